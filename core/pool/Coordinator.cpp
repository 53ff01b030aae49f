#include "pool/Coordinator.h"

#include "pipeline/InstallLayout.h"
#include "pool/WorkerProcess.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace quire {

QString toString(WorkerInfo::State state)
{
    switch (state) {
    case WorkerInfo::State::Starting:
        return Coordinator::tr("starting");
    case WorkerInfo::State::Idle:
        return Coordinator::tr("idle");
    case WorkerInfo::State::Busy:
        return Coordinator::tr("working");
    case WorkerInfo::State::Retiring:
        return Coordinator::tr("leaving");
    case WorkerInfo::State::Stopped:
        return Coordinator::tr("stopped");
    }
    return {};
}

namespace {

QString timesText(int count)
{
    return count == 1 ? Coordinator::tr("once") : Coordinator::tr("%1 times").arg(count);
}

QString attemptKey(const Job &job)
{
    return QString::number(job.documentId) + QLatin1Char(':') + QString::number(job.page);
}

} // namespace

Coordinator::Coordinator(RunLedger *ledger, const PipelineSettings &settings, const PoolOptions &options,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options)
    , m_run(std::make_unique<BatchRun>(ledger, settings))
{
    m_target = options.workers > 0 ? options.workers : defaultWorkerCount();
    m_sampleTimer.setInterval(1000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &Coordinator::sample);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Coordinator::retireIdle);
    connect(m_run.get(), &BatchRun::pageFinished, this, &Coordinator::pageFinished);
    connect(m_run.get(), &BatchRun::documentFailed, this, &Coordinator::documentFailed);
}

Coordinator::~Coordinator()
{
    qDeleteAll(m_workers);
}

QString Coordinator::defaultWorkerPath()
{
    return layout::workerProgram();
}

int Coordinator::defaultWorkerCount()
{
    return std::max(1, QThread::idealThreadCount());
}

int Coordinator::pageTimeoutFor(const PipelineSettings &settings, qint64 pixels)
{
    // Unknown: a US Letter page at the settings' DPI, within the pixel cap.
    const double count = pixels > 0 ? double(pixels)
                                    : std::min(8.5 * 11.0 * settings.dpi * settings.dpi, double(settings.maxPixels));
    // A worker's probe is input too: no page gets more than a day.
    return int(std::min(60'000 + 15'000 * count / 1e6, 86'400'000.0));
}

qint64 Coordinator::workerMemoryLimitKb(const PoolOptions &options)
{
    return std::max<qint64>(1024 * 1024, 2 * options.maxWorkerResidentKb);
}

void Coordinator::setPageFilter(const PageFilter &filter)
{
    m_run->setPageFilter(filter);
}

void Coordinator::start(const QStringList &inputs)
{
    m_running = true;
    m_clock.start();
    m_throughput.start(0);
    // Hashing a large folder takes a while: keep it off this thread.
    auto *watcher = new QFutureWatcher<ScanResult>(this);
    connect(watcher, &QFutureWatcher<ScanResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_stopping)
            return;
        m_run->start(watcher->result());
        m_scanned = true;
        for (const ScanResult &scan : std::exchange(m_scansBeforeStart, {}))
            m_run->add(scan);
        Q_EMIT scanned();
        if (stopIfStoreFailed())
            return;
        if (m_openEnded) {
            dispatch(); // starts the workers (and the samples) the work needs: none while there is none
            return;
        }
        m_sampleTimer.start();
        if (m_run->isComplete()) {
            finishRun(false, {});
            return;
        }
        for (int i = 0; i < m_target; ++i)
            spawnWorker();
    });
    watcher->setFuture(QtConcurrent::run([inputs] { return InputScanner::scan(inputs); }));
}

void Coordinator::setOpenEnded(bool openEnded)
{
    m_openEnded = openEnded;
    if (m_running && m_scanned)
        dispatch(); // switched off with nothing to do: the run ends now
}

bool Coordinator::isOpenEnded() const
{
    return m_openEnded;
}

void Coordinator::add(const QStringList &inputs)
{
    if (!m_running || m_stopping || inputs.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<ScanResult>(this);
    connect(watcher, &QFutureWatcher<ScanResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        add(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([inputs] { return InputScanner::scan(inputs); }));
}

void Coordinator::add(const ScanResult &scan)
{
    if (!m_running || m_stopping)
        return;
    if (!m_scanned) {
        m_scansBeforeStart.push_back(scan);
        return;
    }
    m_run->add(scan);
    if (stopIfStoreFailed())
        return;
    dispatch();
}

void Coordinator::finish()
{
    if (!m_running || m_stopping)
        return;
    m_draining = true;
    m_idleTimer.stop();
    // Workers without a page leave now; the others when their page is stored.
    for (WorkerProcess *worker : std::as_const(m_workers)) {
        if (!worker->job() && !worker->isRetiring()) {
            worker->retire();
            Q_EMIT workerChanged(worker->info());
        }
    }
    maybeFinish();
}

bool Coordinator::isFinishing() const
{
    return m_draining;
}

int Coordinator::wantedWorkers() const
{
    if (!m_openEnded)
        return m_target;
    return std::min(m_target, m_run->queuedJobs() + m_run->outstandingJobs());
}

// Open-ended runs start workers as work comes: one page does not load the model in every core's worker.
void Coordinator::ensureWorkers()
{
    const int missing = wantedWorkers() - liveWorkers();
    if (missing <= 0)
        return;
    if (m_idle) {
        m_idle = false;
        Q_EMIT idleChanged(false);
    }
    if (!m_sampleTimer.isActive())
        m_sampleTimer.start();
    for (int i = 0; i < missing; ++i)
        spawnWorker();
}

void Coordinator::updateIdleTimer()
{
    const bool idle = m_openEnded && m_running && m_scanned && !m_stopping && !m_draining && m_run->isComplete()
                      && liveWorkers() > 0 && m_options.idleTimeoutMs >= 0;
    if (!idle)
        m_idleTimer.stop();
    else if (!m_idleTimer.isActive())
        m_idleTimer.start(m_options.idleTimeoutMs);
}

void Coordinator::retireIdle()
{
    if (!m_openEnded || !m_running || m_stopping || m_draining || !m_run->isComplete())
        return;
    for (WorkerProcess *worker : std::as_const(m_workers)) {
        if (!worker->isRetiring()) {
            worker->retire();
            Q_EMIT workerChanged(worker->info());
        }
    }
    m_idle = true;
    Q_EMIT idleChanged(true);
}

void Coordinator::spawnWorker()
{
    auto *worker = new WorkerProcess(m_nextId++, this, m_options);
    m_workers << worker;
    QCborArray passwords;
    for (const QString &password : std::as_const(m_settings.passwords))
        passwords.append(password);
    worker->start(QCborMap{{QStringLiteral("type"), protocol::type::Configure},
                           {QStringLiteral("settings"), QJsonDocument(m_settings.toJson()).toJson(QJsonDocument::Compact)},
                           {QStringLiteral("passwords"), passwords},
                           {QStringLiteral("memoryLimitKb"), workerMemoryLimitKb(m_options)}});
    Q_EMIT workerChanged(worker->info());
}

void Coordinator::onHello(WorkerProcess *worker)
{
    m_startFailures = 0;
    Q_EMIT workerChanged(worker->info());
    dispatch();
}

void Coordinator::dispatch()
{
    // Before the scan is in, an empty queue does not mean the run is complete.
    if (!m_running || !m_scanned || m_stopping || (m_paused && !m_draining))
        return;
    if (m_openEnded && !m_draining)
        ensureWorkers();
    for (WorkerProcess *worker : std::as_const(m_workers)) {
        if (m_draining)
            break;
        if (!worker->isReady() || worker->isRetiring() || worker->job())
            continue;
        const std::optional<Job> job = m_run->takeJob();
        if (!job)
            break;
        const int timeoutMs = m_options.pageTimeoutMs > 0 ? m_options.pageTimeoutMs : pageTimeoutFor(m_settings, job->pixels);
        worker->assign(*job, m_nextMessageId++, timeoutMs);
        Q_EMIT workerChanged(worker->info());
    }
    maybeFinish();
    updateIdleTimer();
}

void Coordinator::onMessage(WorkerProcess *worker, const QCborMap &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == protocol::type::Error) {
        const QString error = message.value(QStringLiteral("error")).toString();
        if (!worker->everReady()) {
            // Every worker would fail the same way (a missing language, say).
            finishRun(false, error);
            return;
        }
        worker->kill(tr("reported an error: %1").arg(error));
        return;
    }
    if (!worker->job() || message.value(QStringLiteral("id")).toInteger() != worker->messageId()) {
        worker->kill(tr("answered a job it was not given"));
        return;
    }
    const Job job = *worker->takeJob();
    WorkerInfo &info = worker->info();
    if (type == protocol::type::Probed) {
        m_run->finishProbe(job, protocol::documentProbeFromCbor(message));
    } else if (type == protocol::type::Result) {
        const PageResult result = protocol::pageResultFromCbor(message.value(QStringLiteral("result")).toMap());
        info.pagesDone += 1;
        info.totalTimings.renderMs += result.timings.renderMs;
        info.totalTimings.preprocessMs += result.timings.preprocessMs;
        info.totalTimings.recognizeMs += result.timings.recognizeMs;
        info.residentKb = message.value(QStringLiteral("rssKb")).toInteger();
        info.peakResidentKb = std::max(info.residentKb, message.value(QStringLiteral("peakKb")).toInteger());
        info.cpuMs = message.value(QStringLiteral("cpuMs")).toInteger();
        m_workerCpuMs.insert(info.id, info.cpuMs);
        m_throughput.addPages(m_clock.elapsed());
        m_run->finishPage(job, result);
        if (info.residentKb > m_options.maxWorkerResidentKb && !worker->isRetiring()) {
            Q_EMIT workerProblem(tr("Worker %1 uses %2 MB of memory after %3, page %4 (limit %5 MB); replacing it.")
                                     .arg(info.id)
                                     .arg(info.residentKb / 1024)
                                     .arg(QFileInfo(job.path).fileName())
                                     .arg(job.page)
                                     .arg(m_options.maxWorkerResidentKb / 1024));
            worker->retire();
            ++m_restarts;
            if (m_running && !m_stopping && !m_draining && m_run->hasQueuedJobs())
                spawnWorker();
        }
    } else {
        worker->kill(tr("sent an unexpected '%1' message").arg(type));
        return;
    }
    if (stopIfStoreFailed())
        return;
    if (worker->isRetiring())
        worker->retire();
    Q_EMIT workerChanged(info);
    dispatch();
}

void Coordinator::onWorkerGone(WorkerProcess *worker, const QString &reason, bool faultOfPage)
{
    m_workers.removeOne(worker);
    worker->deleteLater();
    Q_EMIT workerChanged(worker->info());
    const std::optional<Job> job = worker->takeJob();
    if (!m_running)
        return;
    if (job && m_stopping) {
        m_run->returnJob(*job);
    } else if (job) {
        const QString name = QFileInfo(job->path).fileName();
        const QString where = job->type == Job::Type::Probe ? name : tr("%1, page %2").arg(name).arg(job->page);
        const int attempts = faultOfPage ? ++m_attempts[attemptKey(*job)] : m_attempts.value(attemptKey(*job));
        Q_EMIT workerProblem(tr("Worker %1 %2 on %3 (attempt %4 of %5).")
                                 .arg(worker->info().id)
                                 .arg(reason, where)
                                 .arg(attempts)
                                 .arg(m_options.retries + 1));
        if (attempts <= m_options.retries || !faultOfPage) {
            m_run->returnJob(*job); // to the front: the next free worker retries it
        } else if (job->type == Job::Type::Probe) {
            DocumentProbe failed;
            failed.error = tr("%1: the worker %2 while opening it, %3; skipped.").arg(name, reason, timesText(attempts));
            m_run->finishProbe(*job, failed);
        } else {
            PageResult failed;
            failed.page = job->page;
            failed.status = PageStatus::Failed;
            failed.error = tr("%1: the worker %2 on this page %3; the page is quarantined.")
                               .arg(where, reason, timesText(attempts));
            m_run->finishPage(*job, failed);
        }
    } else if (!reason.isEmpty()) {
        Q_EMIT workerProblem(tr("Worker %1 %2.").arg(worker->info().id).arg(reason));
    }
    if (stopIfStoreFailed())
        return;

    if (!worker->everReady() && !reason.isEmpty()) {
        if (++m_startFailures >= 3) {
            QString detail = worker->stderrTail();
            finishRun(false, tr("quire-worker %1%2").arg(reason, detail.isEmpty() ? QString()
                                                                                  : QStringLiteral(": ") + detail));
            return;
        }
    }
    if (!m_stopping && !m_draining && liveWorkers() < wantedWorkers() && !m_run->isComplete()) {
        if (!reason.isEmpty())
            ++m_restarts;
        spawnWorker();
    }
    if (m_openEnded && m_workers.isEmpty() && m_run->isComplete() && m_sampleTimer.isActive()) {
        sample(); // the dashboard sees the pool at zero, then nothing until work comes
        m_sampleTimer.stop();
    }
    dispatch();
}

void Coordinator::setWorkerCount(int count)
{
    count = std::max(1, count);
    if (count == m_target)
        return;
    m_target = count;
    Q_EMIT workerCountChanged(count);
    if (!m_running || !m_scanned || m_stopping)
        return; // before the scan is in, start() spawns the new count
    for (int live = liveWorkers(); live < wantedWorkers(); ++live)
        spawnWorker();
    retireSurplus();
    dispatch();
}

void Coordinator::retireSurplus()
{
    QList<WorkerProcess *> active;
    for (WorkerProcess *worker : std::as_const(m_workers)) {
        if (!worker->isRetiring())
            active << worker;
    }
    // Idle and still-starting workers leave first, then the newest busy ones.
    std::stable_sort(active.begin(), active.end(), [](WorkerProcess *a, WorkerProcess *b) {
        if (bool(a->job()) != bool(b->job()))
            return !a->job();
        return a->info().id > b->info().id;
    });
    for (qsizetype i = 0; i < active.size() - m_target; ++i) {
        active.at(i)->retire();
        Q_EMIT workerChanged(active.at(i)->info());
    }
}

int Coordinator::workerCount() const
{
    return m_target;
}

void Coordinator::pause()
{
    m_paused = true;
}

void Coordinator::resume()
{
    m_paused = false;
    dispatch();
}

bool Coordinator::isPaused() const
{
    return m_paused;
}

void Coordinator::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    const QList<WorkerProcess *> workers = m_workers;
    for (WorkerProcess *worker : workers) {
        if (const std::optional<Job> job = worker->takeJob())
            m_run->returnJob(*job);
        worker->kill(tr("was stopped"));
    }
    finishRun(true, {});
}

bool Coordinator::isRunning() const
{
    return m_running;
}

const BatchRun &Coordinator::run() const
{
    return *m_run;
}

QList<WorkerInfo> Coordinator::workers() const
{
    QList<WorkerInfo> infos;
    for (WorkerProcess *worker : m_workers)
        infos << worker->info();
    return infos;
}

int Coordinator::restarts() const
{
    return m_restarts;
}

qint64 Coordinator::workerCpuMs() const
{
    qint64 total = 0;
    for (qint64 ms : m_workerCpuMs)
        total += ms;
    return total;
}

double Coordinator::windowRate() const
{
    return m_throughput.windowRate(m_clock.elapsed());
}

double Coordinator::overallRate() const
{
    return m_throughput.overallRate(m_clock.elapsed());
}

qint64 Coordinator::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

int Coordinator::liveWorkers() const
{
    return int(std::count_if(m_workers.cbegin(), m_workers.cend(),
                             [](const WorkerProcess *worker) { return !worker->isRetiring(); }));
}

void Coordinator::sample()
{
    Q_EMIT throughputSample(m_clock.elapsed(), windowRate(), overallRate(), liveWorkers());
}

bool Coordinator::stopIfStoreFailed()
{
    if (m_run->storeError().isEmpty() || !m_running)
        return false;
    finishRun(false, m_run->storeError()); // an error: the workers are stopped, not waited for
    return true;
}

void Coordinator::maybeFinish()
{
    if (!m_running || m_stopping)
        return;
    if (m_draining ? m_run->outstandingJobs() == 0 : !m_openEnded && m_run->isComplete())
        finishRun(false, {});
}

void Coordinator::finishRun(bool cancelled, const QString &error)
{
    if (!m_running)
        return;
    m_stopping = true;
    m_running = false;
    m_sampleTimer.stop();
    m_idleTimer.stop();
    // The closing sample still counts the workers that did the run, not the ones already sent away.
    sample();
    for (WorkerProcess *worker : std::as_const(m_workers)) {
        if (const std::optional<Job> job = worker->takeJob())
            m_run->returnJob(*job);
        if (error.isEmpty() && !cancelled)
            worker->retire();
        else
            worker->kill(tr("was stopped"));
    }
    m_run->finish();
    // Results that could not be saved end the run with an error, whatever
    // else it was going to report: nothing after them was kept.
    const QString storeError = m_run->storeError();
    Q_EMIT finished(cancelled && storeError.isEmpty(),
                    storeError.isEmpty()
                        ? error
                        : tr("The run stopped because its results cannot be saved. %1 Everything saved before "
                             "is kept: free some disk space or make the database writable, and start the same run "
                             "again to continue.")
                              .arg(storeError));
}

} // namespace quire
