#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"
#include "session/WorkerSweep.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QChart;
class QLabel;
class QLayout;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QTableWidget;
class QValueAxis;

namespace quire {

class QueueModel;

/// "Find sweet spot": runs the same pages once per worker count (WorkerSweep,
/// each into a temporary database), plots pages/min, speedup and efficiency
/// against workers, marks the best count and offers to use it. Non-modal;
/// runs on the event loop like a run, and stops when closed.
class SweepDialog final : public QDialog
{
    Q_OBJECT

public:
    SweepDialog(const PipelineSettings &settings, const PoolOptions &options, QWidget *parent = nullptr);
    ~SweepDialog() override;

    /// The pages to measure on, and a description for people; empty: the bundled samples.
    void setInputs(const QStringList &inputs, const QString &description = {});
    QStringList inputs() const;
    void setWorkerCounts(const QList<int> &counts);
    QList<int> workerCounts() const;

    /// 1, 2, 3, 4, 6, 8, 12, 16… up to @p maximum (always included), at most six of them.
    static QList<int> defaultWorkerCounts(int maximum);
    /// What to measure on: a few documents of @p queue (enough for a steady
    /// rate, not a whole run per worker count), else @p lastInputs; @p description
    /// says which for the dialog.
    static QStringList inputsFrom(const QueueModel &queue, const QStringList &lastInputs, QString *description);
    /// The bundled sample documents (share/quire/samples beside the executable's
    /// bin/, installed or in the build tree); empty when none is found.
    static QString samplesDirectory();

    void startSweep();
    void cancelSweep();
    bool isRunning() const;
    QList<SweepPoint> points() const;
    int sweetSpot() const; ///< 0 until measured.
    QPushButton *useButton() const;
    QString statusText() const;

Q_SIGNALS:
    /// The person chose to use @p count workers.
    void useWorkers(int count);
    void sweepFinished(bool cancelled, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void buildChart();
    QLayout *buildButtons();
    void onStepStarted(int workers, int index, int count);
    void onPageFinished(int workers, int pagesDone);
    void onPointMeasured(const SweepPoint &point);
    void onFinished(bool cancelled, const QString &error);
    void showPoints();
    void updateButtons();
    void applyPalette();

    PipelineSettings m_settings;
    PoolOptions m_options;
    QStringList m_inputs;
    QList<int> m_counts;
    std::unique_ptr<WorkerSweep> m_sweep;
    QList<SweepPoint> m_points;
    int m_stepIndex = 0;
    int m_stepCount = 0;
    int m_spot = 0;

    QLabel *m_inputsLabel = nullptr;
    QLineEdit *m_countsEdit = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_rateSeries = nullptr;
    QLineSeries *m_speedupSeries = nullptr;
    QLineSeries *m_efficiencySeries = nullptr;
    QScatterSeries *m_bestSeries = nullptr;
    QValueAxis *m_workerAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_ratioAxis = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_useButton = nullptr;
};

} // namespace quire
