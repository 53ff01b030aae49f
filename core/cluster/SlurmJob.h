#pragma once

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace quire {

class ShardFolder;

/// How a batch is handed to Slurm; what users set on `quire-cli submit`.
struct SlurmOptions
{
    QString jobName = QStringLiteral("quire");
    QString partition;     ///< --partition; empty: the cluster's default.
    QString account;       ///< --account.
    QString timeLimit;     ///< --time, per shard task (Slurm's formats: "30", "2:00:00", "1-0").
    int cpusPerTask = 0;   ///< --cpus-per-task; 0: Slurm's default. Each CPU gets one worker.
    int maxParallel = 0;   ///< Tasks running at once (--array=...%N); 0: no limit.
    QStringList extraArguments; ///< More sbatch options, one per #SBATCH line ("--mem=8G").
    bool mergeJob = true;  ///< Submit a merge job that runs after the array (afterany).
    QString sbatch = QStringLiteral("sbatch");
    QString squeue = QStringLiteral("squeue");
};

/// One job or array task as squeue lists it.
struct SlurmTask
{
    QString arrayJobId; ///< The array's id (the job's own id for a plain job).
    int arrayIndex = -1; ///< -1 for a plain job.
    QString jobId;       ///< "123_4" for an array task, "125" for a plain job.
    QString state;       ///< PENDING, RUNNING, COMPLETED, CANCELLED, TIMEOUT, NODE_FAIL, PREEMPTED, ...
    QString reason;

    /// Pending, running or on its way out: the task may still write its files.
    bool active() const;
    /// Ended in a way that says it did not finish its work (killed, timed out, node lost, preempted).
    bool killed() const;
};

/// Talks to Slurm through its command-line tools, asynchronously: builds the
/// job scripts of a batch, submits the job array and its merge job (sbatch,
/// a dependency afterany), and polls the tasks' states (squeue). Each tool
/// runs in a QProcess with a timeout (terminate, then kill); failures come
/// back as translated messages naming the tool and what to do.
class SlurmJob final : public QObject
{
    Q_OBJECT

public:
    explicit SlurmJob(const SlurmOptions &options, QObject *parent = nullptr);
    ~SlurmJob() override;

    /// The array job's script: one task per shard, each running @p quireCli
    /// (an absolute path valid on the nodes) on its manifest, database and
    /// progress file with one worker per CPU of the task, and @p runArguments
    /// (pool options such as --page-timeout) added.
    QString arrayScript(const ShardFolder &folder, int batch, int shards, const QString &quireCli,
                        const QStringList &runArguments = {}) const;
    /// The merge job's script: `quire-cli merge` into the main database.
    QString mergeScript(const ShardFolder &folder, int batch, const QString &quireCli) const;

    /// Submits the script at @p arrayScriptPath, then (when @p mergeScriptPath
    /// is not empty) the merge job depending on it; submitted() or failed() follows.
    void submit(const QString &arrayScriptPath, const QString &mergeScriptPath);
    /// Lists the tasks of @p jobIds (squeue, ended ones too while Slurm
    /// remembers them); polled() or failed() follows. A job Slurm no longer
    /// knows is simply absent.
    void poll(const QStringList &jobIds);
    bool isBusy() const;

    /// Workers for a shard task: SLURM_CPUS_PER_TASK, else the first count of
    /// SLURM_JOB_CPUS_PER_NODE ("4(x2)", "8,4"), else 0 (not under Slurm).
    static int taskCpus(const QProcessEnvironment &environment);
    /// The tasks in squeue output of the format poll() asks for.
    static QList<SlurmTask> parseQueue(const QString &output);
    /// The job id in `sbatch --parsable` output ("123" or "123;cluster"); empty when none.
    static QString parseJobId(const QString &output);
    /// @p text quoted for bash.
    static QString shellQuote(const QString &text);

Q_SIGNALS:
    /// @p warning is set when the array was submitted but the merge job was not.
    void submitted(const QString &arrayJobId, const QString &mergeJobId, const QString &warning);
    void polled(const QList<quire::SlurmTask> &tasks);
    void failed(const QString &error);

private:
    using Done = std::function<void(int exitCode, const QString &out, const QString &error)>;
    /// Runs @p program; @p done gets its exit code and output, or -1 and a message.
    void runTool(const QString &program, const QStringList &arguments, const Done &done);
    QStringList commonDirectives() const;

    SlurmOptions m_options;
    int m_running = 0;
};

} // namespace quire
