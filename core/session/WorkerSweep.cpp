#include "session/WorkerSweep.h"

#include <algorithm>

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
    m_session.reset();
    if (m_index >= m_counts.size()) {
        m_running = false;
        Q_EMIT finished(false, {});
        return;
    }
    const int workers = m_counts.at(m_index);
    Q_EMIT stepStarted(workers, m_index, int(m_counts.size()));

    m_session = std::make_unique<RunSession>();
    PoolOptions options = m_options;
    options.workers = workers;
    m_session->setSettings(m_settings);
    m_session->setPoolOptions(options);
    connect(m_session.get(), &RunSession::pageFinished, this, [this, workers] {
        Q_EMIT pageFinished(workers, m_session->summary().pagesFinished());
    });
    connect(m_session.get(), &RunSession::finished, this, [this, workers](const RunSummary &summary) {
        if (summary.cancelled || !summary.error.isEmpty()) {
            m_running = false;
            Q_EMIT finished(summary.cancelled, summary.error);
            return;
        }
        m_points << measure(workers, summary);
        Q_EMIT pointMeasured(m_points.constLast());
        ++m_index;
        // Leave the session's signal first: it is deleted in runNext().
        QMetaObject::invokeMethod(this, &WorkerSweep::runNext, Qt::QueuedConnection);
    });
    if (!m_session->open(m_dir.filePath(QStringLiteral("sweep-%1.sqlite").arg(m_index)))
        || !m_session->start(m_inputs)) {
        m_running = false;
        Q_EMIT finished(false, m_session->errorString());
    }
}

SweepPoint WorkerSweep::measure(int workers, const RunSummary &summary) const
{
    SweepPoint point;
    point.workers = workers;
    point.pages = summary.pagesFinished();
    point.seconds = summary.elapsedMs / 1000.0;
    point.pagesPerMinute = point.seconds > 0 ? point.pages * 60.0 / point.seconds : 0.0;
    // Speedup against the first point's rate per worker (one worker, usually).
    const double perWorker = m_points.isEmpty() ? point.pagesPerMinute / workers
                                                : m_points.first().pagesPerMinute / m_points.first().workers;
    point.speedup = perWorker > 0 ? point.pagesPerMinute / perWorker : 0.0;
    point.efficiency = point.speedup / workers;
    return point;
}

void WorkerSweep::cancel()
{
    if (m_session && m_running)
        m_session->cancel();
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
