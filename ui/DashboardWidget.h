#pragma once

#include "pool/Coordinator.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QLayout;
class QLineSeries;
class QSlider;
class QTableView;
class QValueAxis;

namespace quire {

class WorkerTableModel;

/// The live view of a run: a chart of pages/min over time (the last 30 s and
/// the whole run) with a marker wherever the worker count changed, the
/// worker-count slider (1 to twice the cores) and the table of workers.
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    /// The slider's upper end (twice the cores by default).
    void setMaximumWorkers(int maximum);
    int maximumWorkers() const;
    /// Moves the slider without emitting workerCountRequested().
    void setWorkerCount(int count);
    int workerCount() const;

    QSlider *workerSlider() const;
    WorkerTableModel *workerModel() const;
    QChart *chart() const;

    /// Clears the chart and the worker table for a new run of @p workers workers.
    void startRun(int workers);
    void addSample(qint64 elapsedMs, double windowRate, double overallRate, int workers);
    /// Draws a vertical marker at @p elapsedMs labelled with the new count.
    void markWorkerCount(qint64 elapsedMs, int workers);
    int sampleCount() const;
    int markerCount() const;

    void updateWorker(const WorkerInfo &info);
    void updateWorkers(const QList<WorkerInfo> &workers);

Q_SIGNALS:
    /// The person moved the slider.
    void workerCountRequested(int count);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildChart();
    QLayout *buildSlider();
    void buildTable();
    struct Marker
    {
        double seconds = 0;
        int workers = 0;
        QLineSeries *line = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
    };

    void applyPalette();
    void fitDocumentColumn();
    void updateSliderLabel(int value);
    void updateRanges();
    void placeMarkers();
    void clearMarkers();

    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_windowSeries = nullptr;
    QLineSeries *m_overallSeries = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QList<Marker> m_markers;
    double m_maxRate = 0;
    double m_lastSeconds = 0;
    bool m_minutes = false; ///< The time axis counts minutes (long runs).

    QSlider *m_slider = nullptr;
    QLabel *m_sliderLabel = nullptr;
    QTableView *m_table = nullptr;
    WorkerTableModel *m_workers = nullptr;
    bool m_settingSlider = false;
};

} // namespace quire
