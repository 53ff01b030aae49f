#include "pool/WorkerSweep.h"

#include "store/Store.h"

namespace quire {

WorkerSweep::WorkerSweep(const PipelineSettings &settings, const PoolOptions &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
{
}

WorkerSweep::~WorkerSweep() = default;

void WorkerSweep::start(const QStringList &inputs, const QList<int> &workerCounts)
{
    m_inputs = inputs;
    m_counts = workerCounts;
    m_points.clear();
    m_index = 0;
    m_running = true;
    if (!m_dir.isValid()) {
        m_running = false;
        Q_EMIT finished(false, tr("Cannot create a temporary folder for the sweep: %1").arg(m_dir.errorString()));
        return;
    }
    runNext();
}

void WorkerSweep::runNext()
{
    m_coordinator.reset();
    m_store.reset();
    if (m_index >= m_counts.size()) {
        m_running = false;
        Q_EMIT finished(false, {});
        return;
    }
    const int workers = m_counts.at(m_index);
    Q_EMIT stepStarted(workers, m_index, int(m_counts.size()));

    m_store = std::make_unique<Store>();
    if (!m_store->open(m_dir.filePath(QStringLiteral("sweep-%1.sqlite").arg(m_index)))) {
        m_running = false;
        Q_EMIT finished(false, m_store->errorString());
        return;
    }
    PoolOptions options = m_options;
    options.workers = workers;
    m_coordinator = std::make_unique<Coordinator>(m_store.get(), m_settings, options);
    connect(m_coordinator.get(), &Coordinator::pageFinished, this, [this, workers] {
        Q_EMIT pageFinished(workers, m_coordinator->run().counts().pagesDone + m_coordinator->run().counts().pagesFailed);
    });
    connect(m_coordinator.get(), &Coordinator::finished, this, [this, workers](bool cancelled, const QString &error) {
        if (cancelled || !error.isEmpty()) {
            m_running = false;
            Q_EMIT finished(cancelled, error);
            return;
        }
        const RunCounts counts = m_coordinator->run().counts();
        SweepPoint point;
        point.workers = workers;
        point.pages = counts.pagesDone + counts.pagesFailed;
        point.seconds = m_coordinator->elapsedMs() / 1000.0;
        point.pagesPerMinute = point.seconds > 0 ? point.pages * 60.0 / point.seconds : 0.0;
        // Speedup against the first point's rate per worker (one worker, usually).
        const double perWorker = m_points.isEmpty() ? point.pagesPerMinute / workers
                                                    : m_points.first().pagesPerMinute / m_points.first().workers;
        point.speedup = perWorker > 0 ? point.pagesPerMinute / perWorker : 0.0;
        point.efficiency = point.speedup / workers;
        m_points << point;
        Q_EMIT pointMeasured(point);
        ++m_index;
        // Leave the event loop first: the coordinator is deleted in runNext().
        QMetaObject::invokeMethod(this, &WorkerSweep::runNext, Qt::QueuedConnection);
    });
    m_coordinator->start(m_inputs);
}

void WorkerSweep::cancel()
{
    if (m_coordinator && m_running)
        m_coordinator->cancel();
}

bool WorkerSweep::isRunning() const
{
    return m_running;
}

QList<SweepPoint> WorkerSweep::points() const
{
    return m_points;
}

int WorkerSweep::sweetSpot() const
{
    return sweetSpotOf(m_points);
}

int WorkerSweep::sweetSpotOf(const QList<SweepPoint> &points)
{
    double best = 0;
    for (const SweepPoint &point : points)
        best = std::max(best, point.pagesPerMinute);
    int spot = 0;
    for (const SweepPoint &point : points) {
        if (point.pagesPerMinute >= 0.95 * best && (spot == 0 || point.workers < spot))
            spot = point.workers;
    }
    return spot;
}

} // namespace quire
