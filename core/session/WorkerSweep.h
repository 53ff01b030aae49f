#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"
#include "session/RunSession.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace quire {

/// One measured point of a sweep.
struct SweepPoint
{
    int workers = 0;
    int pages = 0;
    double seconds = 0;
    double pagesPerMinute = 0;
    double speedup = 0;    ///< pagesPerMinute over the first point's, scaled to one worker.
    double efficiency = 0; ///< speedup / workers.
};

/// Finds the worker count where more workers stop helping: runs the same
/// pages once per worker count, each into a fresh temporary database (so
/// nothing is skipped), and measures pages/min. Each step is a RunSession;
/// runs on the caller's event loop; cancel() stops it.
class WorkerSweep final : public QObject
{
    Q_OBJECT

public:
    WorkerSweep(const PipelineSettings &settings, const PoolOptions &options, QObject *parent = nullptr);
    ~WorkerSweep() override;

    void start(const QStringList &inputs, const QList<int> &workerCounts);
    void cancel();
    bool isRunning() const;

    QList<SweepPoint> points() const;
    /// The smallest worker count within 5% of the best pages/min; 0 before any point.
    int sweetSpot() const;
    static int sweetSpotOf(const QList<SweepPoint> &points);

Q_SIGNALS:
    void stepStarted(int workers, int index, int count);
    void pageFinished(int workers, int pagesDone);
    void pointMeasured(const quire::SweepPoint &point);
    void finished(bool cancelled, const QString &error);

private:
    void runNext();
    SweepPoint measure(int workers, const RunSummary &summary) const;

    PipelineSettings m_settings;
    PoolOptions m_options;
    QStringList m_inputs;
    QList<int> m_counts;
    QList<SweepPoint> m_points;
    int m_index = 0;
    bool m_running = false;
    QTemporaryDir m_dir;
    std::unique_ptr<RunSession> m_session;
};

} // namespace quire
