#pragma once

#include "model/PageResult.h"
#include "pipeline/BatchRun.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/Throughput.h"
#include "pool/PoolOptions.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace quire {

class RunLedger;
class WorkerProcess;

/// What the coordinator knows about one worker, for dashboards and the CLI.
struct WorkerInfo
{
    enum class State { Starting, Idle, Busy, Retiring, Stopped };
    int id = 0;
    qint64 pid = 0;
    State state = State::Starting;
    QString document; ///< File name of the page in work.
    int page = 0;
    int percent = 0;  ///< Recognition progress of the page in work.
    int pagesDone = 0;
    StageTimings totalTimings; ///< Summed over pagesDone; divide for the mean.
    qint64 residentKb = 0;
    qint64 peakResidentKb = 0; ///< The most the worker process has held (VmHWM), as of its last page.
    qint64 cpuMs = 0; ///< CPU time the worker process has used so far.
    QString device; ///< Where image cleanup runs (OpenCL device or CPU), from the worker's hello.
};
QString toString(WorkerInfo::State state);

/// Runs a BatchRun on a pool of quire-worker processes: pull-based dispatch
/// of one page at a time, live resizing, heartbeats and timeouts, restart and
/// retry, so that no page is ever lost or done twice. Lives on the thread of
/// its caller's event loop and never blocks it; results go to the ledger (the
/// run session's Store) as they arrive.
class Coordinator final : public QObject
{
    Q_OBJECT

public:
    /// @p settings.userWordsFile, when set, is handed to every worker as it is
    /// (the run session merges the word lists into it).
    Coordinator(RunLedger *ledger, const PipelineSettings &settings, const PoolOptions &options,
                QObject *parent = nullptr);
    ~Coordinator() override;

    /// Limits the run to some pages (a shard of a cluster job); before start().
    void setPageFilter(const PageFilter &filter);
    /// Scans the inputs and starts the workers; finished() follows.
    void start(const QStringList &inputs);

    /// An open-ended run does not end when its queue is empty: it waits for
    /// inputs given to add(), starts workers (up to the target count) as work
    /// comes, lets them go after PoolOptions::idleTimeoutMs without work, and
    /// ends on finish() or cancel(). May be switched either way at any time;
    /// switched off, the run ends once its queue is done.
    void setOpenEnded(bool openEnded);
    bool isOpenEnded() const;
    /// Adds inputs to the run (scanned off this thread, like start()'s).
    void add(const QStringList &inputs);
    /// Adds inputs already scanned (a folder watcher hashed them).
    void add(const ScanResult &scan);
    /// Ends the run cleanly: no new page is handed out, the pages in work
    /// finish and are stored, what is still queued stays to do; finished()
    /// follows.
    void finish();
    bool isFinishing() const;

    void setWorkerCount(int count);
    int workerCount() const; ///< The target count.
    void pause();
    void resume();
    bool isPaused() const;
    /// Stops at once: pages in work are abandoned (not stored) and stay to do.
    void cancel();
    bool isRunning() const;

    const BatchRun &run() const;
    QList<WorkerInfo> workers() const;
    int restarts() const; ///< Workers replaced after a crash, hang or memory recycle.
    /// CPU time of all workers of the run so far (as they last reported it), in ms.
    qint64 workerCpuMs() const;
    double windowRate() const;
    double overallRate() const;
    qint64 elapsedMs() const;

    static QString defaultWorkerPath();
    static int defaultWorkerCount();
    /// Page timeout when none is set: 60 s plus 15 s per megapixel of the page
    /// (@p pixels, from the probe); a Letter page at the settings' DPI when unknown.
    static int pageTimeoutFor(const PipelineSettings &settings, qint64 pixels = 0);
    /// The hard limit on a worker's data (RLIMIT_DATA) for @p options, in KiB.
    static qint64 workerMemoryLimitKb(const PoolOptions &options);

Q_SIGNALS:
    /// The inputs are scanned and recorded: run().scan() lists them.
    void scanned();
    void pageFinished(qint64 documentId, const QString &path, const quire::PageResult &result);
    void documentFailed(const QString &path, const QString &error);
    void workerChanged(const quire::WorkerInfo &info);
    void workerCountChanged(int count);
    /// Once a second while running.
    void throughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers);
    /// A worker was killed or crashed (the reason names the page); the run goes on.
    void workerProblem(const QString &message);
    /// Open-ended runs: true when the workers left after the idle timeout,
    /// false when work came and they start again.
    void idleChanged(bool idle);
    /// The run ended: complete, cancelled, or stopped by a fatal error (error set).
    void finished(bool cancelled, const QString &error);

private:
    friend class WorkerProcess;
    void spawnWorker();
    void dispatch();
    void onHello(WorkerProcess *worker);
    void onMessage(WorkerProcess *worker, const QCborMap &message);
    void onWorkerGone(WorkerProcess *worker, const QString &reason, bool faultOfPage);
    void retireSurplus();
    void maybeFinish();
    int wantedWorkers() const; ///< The target count; in an open-ended run no more than the work needs.
    void ensureWorkers();
    void updateIdleTimer();
    void retireIdle();
    /// Stops the run when the database no longer takes its results; true then.
    bool stopIfStoreFailed();
    void finishRun(bool cancelled, const QString &error);
    void sample();
    int liveWorkers() const; ///< Workers not on their way out.

    PipelineSettings m_settings;
    PoolOptions m_options;
    std::unique_ptr<BatchRun> m_run;
    QList<WorkerProcess *> m_workers;
    QHash<QString, int> m_attempts; ///< "docId:page" → attempts that killed a worker.
    int m_target = 1;
    int m_nextId = 1;
    qint64 m_nextMessageId = 1;
    int m_restarts = 0;
    QHash<int, qint64> m_workerCpuMs; ///< Worker id → CPU ms, kept after the worker leaves.
    int m_startFailures = 0;
    bool m_running = false;
    bool m_scanned = false; ///< The inputs are scanned and their work queued: workers may start.
    bool m_paused = false;
    bool m_stopping = false;
    bool m_openEnded = false;
    bool m_draining = false; ///< finish() was called: pages in work finish, no new ones start.
    bool m_idle = false;     ///< The workers left for lack of work (open-ended runs).
    std::vector<ScanResult> m_scansBeforeStart; ///< add()ed before start()'s scan was in.
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
    Throughput m_throughput;
    QTimer m_sampleTimer;
};

} // namespace quire
