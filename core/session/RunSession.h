#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"
#include "session/RunSummary.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace quire {

class Store;

/// One open run database and the runs made into it: the window and quire-cli
/// both drive a RunSession, so the run is wired once. It owns the Store (the
/// only writer of the file) and one Coordinator at a time, holds the inputs
/// waiting for the next run, knows whether a run is idle, running or paused,
/// and tells what happened through signals and a RunSummary. Lives on the
/// thread of its caller's event loop and never blocks it.
class RunSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused };
    Q_ENUM(State)

    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;
    Q_DISABLE_COPY_MOVE(RunSession)

    /// Opens (or creates) the database at @p path, closing the one open
    /// before. Refused while a run goes on. False with errorString().
    bool open(const QString &path);
    /// Writes what is queued and closes the database (a run in progress is
    /// cancelled first). False, with errorString(), when results were lost.
    bool close();
    bool isOpen() const;
    /// The open database; null when none. Readers in this thread may use it.
    Store *store() const;
    QString databasePath() const;
    QString errorString() const;

    /// Settings of the next run (a run keeps those it started with).
    void setSettings(const PipelineSettings &settings);
    const PipelineSettings &settings() const;
    /// Only these pages of these documents in the next runs (a cluster shard); empty: every page.
    void setPageFilter(const PageFilter &filter);
    /// Pool options of the next run; workers 0 means one per core.
    void setPoolOptions(const PoolOptions &options);
    const PoolOptions &poolOptions() const;

    /// Adds files and folders to the inputs of the next run; returns those
    /// newly added (absolute). Paths that do not exist are reported through
    /// problem() and left out.
    QStringList addInputs(const QStringList &paths);
    QStringList pendingInputs() const;
    /// Paths of the documents in the database that are not done with the
    /// current settings.
    QStringList documentsToResume();
    /// When a run ends normally and inputs were added meanwhile, run them next
    /// (the window does; off by default).
    void setRunPendingWhenDone(bool enabled);

    /// Starts a run over @p inputs. False (with errorString()) when a run is
    /// going on, no database is open, or a language is not installed.
    bool start(const QStringList &inputs);
    /// Starts a run over the pending inputs and every unfinished document;
    /// false, with errorString() saying so, when there is nothing to do.
    bool startPendingAndUnfinished();
    /// Starts a run that stays up until finish() or cancel(), for inputs that
    /// come later through addToRun() (a watched folder). Its workers start as
    /// work comes and leave after PoolOptions::idleTimeoutMs without work.
    /// When a run is going already, it is kept going the same way. False, with
    /// errorString(), as for start().
    bool startOpenEnded(const QStringList &inputs = {});
    bool isOpenEnded() const;
    /// Adds inputs to the open-ended run going on (scanned off this thread);
    /// documentAdded() follows for each document found. False when no
    /// open-ended run is going.
    bool addToRun(const QStringList &paths);
    /// The same for inputs already scanned (and hashed).
    bool addToRun(const ScanResult &scan);
    void pause();
    void resume();
    /// Ends the run cleanly: the pages in work finish and are stored, no new
    /// page starts, what is queued stays to do; finished() follows.
    void finish();
    /// Stops at once; everything finished is kept and finished() follows.
    void cancel();
    void setWorkerCount(int count);

    State state() const;
    bool isRunning() const; ///< Running or paused.
    /// The current (or last) run's coordinator, for live figures; null before the first run.
    const Coordinator *coordinator() const;
    /// What the current (or last) run did so far.
    RunSummary summary() const;

Q_SIGNALS:
    void stateChanged(quire::RunSession::State state);
    /// A run starts (start() was called, or inputs that waited for the last run go).
    void started();
    /// The run's inputs are scanned: coordinator()->run().scan() lists them.
    void scanned();
    void pageFinished(qint64 documentId, const QString &path, const quire::PageResult &result);
    /// Every page of the document is finished; once per document of the run.
    void documentFinished(qint64 documentId, const QString &path);
    void documentFailed(const QString &path, const QString &error);
    /// A document of the run's inputs (also of those added later) is recorded.
    void documentAdded(qint64 documentId, const QString &path);
    /// Open-ended runs: the workers left for lack of work (true), or work came (false).
    void idleChanged(bool idle);
    void workerChanged(const quire::WorkerInfo &info);
    void workerCountChanged(int count);
    /// Once a second while running.
    void throughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers);
    /// Something a person should know that does not stop the run: a worker
    /// replaced, a word list that could not be read, a correction that no
    /// longer matches a re-recognized page, a write that will be retried.
    void problem(const QString &message);
    /// The run ended: complete, cancelled, or stopped by an error.
    void finished(const quire::RunSummary &summary);

private:
    bool checkLanguages(const PipelineSettings &settings);
    PipelineSettings withWordList(const PipelineSettings &settings);
    bool prepareRun();
    void launch(const QStringList &inputs, bool openEnded);
    void connectCoordinator(Coordinator *coordinator);
    void onFinished(bool cancelled, const QString &error);
    void setState(State state);
    void dropCoordinator();

    std::unique_ptr<Store> m_store;
    QPointer<Coordinator> m_coordinator;
    std::unique_ptr<QTemporaryDir> m_wordsDir; ///< Holds the word list handed to Tesseract.
    PipelineSettings m_settings;
    PoolOptions m_pool;
    PageFilter m_pageFilter;
    QStringList m_pending;
    State m_state = State::Idle;
    bool m_runPendingWhenDone = false;
    QString m_error;
    RunSummary m_lastSummary;
};

} // namespace quire
