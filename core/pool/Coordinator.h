#pragma once

#include "model/PageResult.h"
#include "pipeline/BatchRun.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/Throughput.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace quire {

class Store;
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

struct PoolOptions
{
    int workers = 0;                 ///< 0: one per core.
    int retries = 2;                 ///< Extra attempts for a page whose worker crashed or hung.
    int pageTimeoutMs = 0;           ///< 0: scale with the page's pixel count (see pageTimeoutFor()).
    int heartbeatTimeoutMs = 30'000; ///< A busy worker silent this long is killed.
    qint64 maxWorkerResidentKb = 2 * 1024 * 1024; ///< Recycle a worker above this after its page.
    /// A worker may not hold more data than twice that (at least 1 GiB): past
    /// it an allocation fails, the page fails "out of memory" (or the worker
    /// dies and the page is retried, then quarantined) instead of a hostile
    /// file taking the machine's memory. See workerMemoryLimitKb().
    QString workerPath;              ///< Empty: quire-worker beside this executable.
    QStringList extraEnvironment;    ///< KEY=VALUE for the workers (tests inject faults this way).
};

/// Runs a BatchRun on a pool of quire-worker processes: pull-based dispatch
/// of one page at a time, live resizing, heartbeats and timeouts, restart and
/// retry, so that no page is ever lost or done twice. Lives on the thread of
/// its caller's event loop and never blocks it; only it writes the Store.
class Coordinator final : public QObject
{
    Q_OBJECT

public:
    Coordinator(Store *store, const PipelineSettings &settings, const PoolOptions &options,
                QObject *parent = nullptr);
    ~Coordinator() override;

    /// Scans the inputs and starts the workers; finished() follows.
    void start(const QStringList &inputs);

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
    void pageFinished(qint64 documentId, const QString &path, const quire::PageResult &result);
    void documentFailed(const QString &path, const QString &error);
    void workerChanged(const quire::WorkerInfo &info);
    void workerCountChanged(int count);
    /// Once a second while running.
    void throughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers);
    /// A worker was killed or crashed (the reason names the page), or the
    /// word list could not be read; the run goes on.
    void workerProblem(const QString &message);
    /// The run ended: complete, cancelled, or stopped by a fatal error (error set).
    void finished(bool cancelled, const QString &error);

private:
    friend class WorkerProcess;
    void prepareWordList();
    void spawnWorker();
    void dispatch();
    void onHello(WorkerProcess *worker);
    void onMessage(WorkerProcess *worker, const QCborMap &message);
    void onWorkerGone(WorkerProcess *worker, const QString &reason, bool faultOfPage);
    void retireSurplus();
    void maybeFinish();
    /// Stops the run when the database no longer takes its results; true then.
    bool stopIfStoreFailed();
    void finishRun(bool cancelled, const QString &error);
    void sample();
    int liveWorkers() const; ///< Workers not on their way out.

    Store *m_store;
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
    QElapsedTimer m_clock;
    std::unique_ptr<QTemporaryDir> m_wordsDir; ///< Holds the word list handed to Tesseract.
    Throughput m_throughput;
    QTimer m_sampleTimer;
};

} // namespace quire
