#include "cluster/SlurmJob.h"

#include "cluster/ShardFolder.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace quire {

namespace {

constexpr int kToolTimeoutMs = 60'000; // slurmctld can be slow to answer when busy
constexpr int kKillGraceMs = 3'000;

/// squeue's fields: array job id, array task id, job id, state, reason.
const QString kQueueFormat = QStringLiteral("%F|%K|%i|%T|%r");

const QStringList kEndedStates = {
    QStringLiteral("COMPLETED"), QStringLiteral("CANCELLED"),   QStringLiteral("FAILED"),
    QStringLiteral("TIMEOUT"),   QStringLiteral("NODE_FAIL"),   QStringLiteral("PREEMPTED"),
    QStringLiteral("BOOT_FAIL"), QStringLiteral("DEADLINE"),    QStringLiteral("OUT_OF_MEMORY"),
    QStringLiteral("REVOKED"),   QStringLiteral("SPECIAL_EXIT"),
};

/// A value for an #SBATCH line: sbatch splits those lines like a shell.
QString directiveValue(const QString &value)
{
    if (!value.contains(QRegularExpression(QStringLiteral("[\\s\"'\\\\]"))))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString directive(const QString &option, const QString &value)
{
    return QStringLiteral("#SBATCH --%1=%2\n").arg(option, directiveValue(value));
}

} // namespace

bool SlurmTask::active() const
{
    return !kEndedStates.contains(state);
}

bool SlurmTask::killed() const
{
    return !active() && state != QLatin1String("COMPLETED") && state != QLatin1String("FAILED");
}

SlurmJob::SlurmJob(const SlurmOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

SlurmJob::~SlurmJob() = default;

QString SlurmJob::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList SlurmJob::commonDirectives() const
{
    QStringList lines;
    if (!m_options.partition.isEmpty())
        lines << directive(QStringLiteral("partition"), m_options.partition);
    if (!m_options.account.isEmpty())
        lines << directive(QStringLiteral("account"), m_options.account);
    if (!m_options.timeLimit.isEmpty())
        lines << directive(QStringLiteral("time"), m_options.timeLimit);
    return lines;
}

QString SlurmJob::arrayScript(const ShardFolder &folder, int batch, int shards, const QString &quireCli,
                              const QStringList &runArguments) const
{
    QString script = QStringLiteral("#!/bin/bash\n");
    script += tr("# Quire: one task per shard of batch %1 of %2.\n")
                  .arg(batch)
                  .arg(QDir::toNativeSeparators(folder.mainDatabase()));
    script += directive(QStringLiteral("job-name"), m_options.jobName);
    QString array = QStringLiteral("0-%1").arg(shards - 1);
    if (m_options.maxParallel > 0)
        array += QStringLiteral("%%1").arg(m_options.maxParallel);
    script += directive(QStringLiteral("array"), array);
    script += directive(QStringLiteral("output"), folder.logPattern(batch));
    script += directive(QStringLiteral("chdir"), folder.batchPath(batch));
    if (m_options.cpusPerTask > 0)
        script += directive(QStringLiteral("cpus-per-task"), QString::number(m_options.cpusPerTask));
    script += commonDirectives().join(QString());
    for (const QString &extra : m_options.extraArguments)
        script += QStringLiteral("#SBATCH ") + extra + QLatin1Char('\n');
    script += tr("# Each task processes its shard's pages into a database of its own, with one worker\n"
                 "# per CPU Slurm gave it (SLURM_CPUS_PER_TASK); the merge job or `quire-cli merge`\n"
                 "# brings them into the main database.\n");
    script += QStringLiteral("dir=%1\n").arg(shellQuote(folder.batchPath(batch)));
    script += QStringLiteral("shard=$(printf 'shard-%04d' \"$SLURM_ARRAY_TASK_ID\")\n");
    QString extra;
    for (const QString &argument : runArguments)
        extra += QLatin1Char(' ') + shellQuote(argument);
    script += QStringLiteral("exec %1 run --shard \"$dir/$shard.json\" --db \"$dir/$shard.sqlite\" "
                             "--progress \"$dir/$shard.progress\"%2\n")
                  .arg(shellQuote(quireCli), extra);
    return script;
}

QString SlurmJob::mergeScript(const ShardFolder &folder, int batch, const QString &quireCli) const
{
    QString script = QStringLiteral("#!/bin/bash\n");
    script += tr("# Quire: merges the shard databases of %1 once the array job has ended.\n")
                  .arg(QDir::toNativeSeparators(folder.mainDatabase()));
    script += directive(QStringLiteral("job-name"), m_options.jobName + QStringLiteral("-merge"));
    script += directive(QStringLiteral("output"), folder.mergeLogPath(batch));
    script += directive(QStringLiteral("chdir"), folder.batchPath(batch));
    script += commonDirectives().join(QString());
    for (const QString &extra : m_options.extraArguments)
        script += QStringLiteral("#SBATCH ") + extra + QLatin1Char('\n');
    script += QStringLiteral("exec %1 merge --db %2\n").arg(shellQuote(quireCli), shellQuote(folder.mainDatabase()));
    return script;
}

int SlurmJob::taskCpus(const QProcessEnvironment &environment)
{
    bool ok = false;
    const int perTask = environment.value(QStringLiteral("SLURM_CPUS_PER_TASK")).toInt(&ok);
    if (ok && perTask > 0)
        return perTask;
    static const QRegularExpression leading(QStringLiteral("^\\s*(\\d+)"));
    const QRegularExpressionMatch match = leading.match(environment.value(QStringLiteral("SLURM_JOB_CPUS_PER_NODE")));
    if (match.hasMatch()) {
        const int perNode = match.captured(1).toInt();
        if (perNode > 0)
            return perNode;
    }
    return 0;
}

QList<SlurmTask> SlurmJob::parseQueue(const QString &output)
{
    QList<SlurmTask> tasks;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.trimmed().split(QLatin1Char('|'));
        if (fields.size() < 4)
            continue;
        SlurmTask task;
        task.arrayJobId = fields.at(0).trimmed();
        bool ok = false;
        const int index = fields.at(1).trimmed().toInt(&ok);
        task.arrayIndex = ok ? index : -1;
        task.jobId = fields.at(2).trimmed();
        task.state = fields.at(3).trimmed();
        task.reason = fields.value(4).trimmed();
        tasks << task;
    }
    return tasks;
}

QString SlurmJob::parseJobId(const QString &output)
{
    static const QRegularExpression id(QStringLiteral("^\\s*(\\d+)(;\\S*)?\\s*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = id.match(output);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool SlurmJob::isBusy() const
{
    return m_running > 0;
}

void SlurmJob::runTool(const QString &program, const QStringList &arguments, const Done &done)
{
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    ++m_running;
    const auto finish = [this, process, done](int exitCode, const QString &error) {
        if (process->property("quireDone").toBool())
            return;
        process->setProperty("quireDone", true);
        --m_running;
        const QString out = QString::fromLocal8Bit(process->readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        process->deleteLater();
        done(exitCode, out, error.isEmpty() ? err : error);
    };
    connect(process, &QProcess::finished, this, [process, finish](int exitCode, QProcess::ExitStatus status) {
        if (status == QProcess::CrashExit && !process->property("quireTimedOut").toBool())
            finish(-1, tr("%1 crashed.").arg(process->program()));
        else if (process->property("quireTimedOut").toBool())
            finish(-1, tr("%1 did not answer within %2 s; is slurmctld running and reachable?")
                           .arg(process->program())
                           .arg(kToolTimeoutMs / 1000));
        else
            finish(exitCode, QString());
    });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, tr("%1 could not be started (%2). Install the Slurm client tools (Debian: slurm-client) "
                          "and run this on a machine that can submit Slurm jobs.")
                           .arg(process->program(), process->errorString()));
    });
    connect(timer, &QTimer::timeout, process, [process] {
        process->setProperty("quireTimedOut", true);
        process->terminate();
        QTimer::singleShot(kKillGraceMs, process, [process] { process->kill(); });
    });
    timer->start(kToolTimeoutMs);
    process->start(program, arguments);
}

void SlurmJob::submit(const QString &arrayScriptPath, const QString &mergeScriptPath)
{
    runTool(m_options.sbatch, {QStringLiteral("--parsable"), arrayScriptPath},
            [this, arrayScriptPath, mergeScriptPath](int exitCode, const QString &out, const QString &error) {
                const QString arrayId = exitCode == 0 ? parseJobId(out) : QString();
                if (arrayId.isEmpty()) {
                    Q_EMIT failed(tr("sbatch refused the job array (%1). Check the Slurm options (--partition, "
                                     "--account, --time, --sbatch-arg); the script is %2.")
                                      .arg(error.isEmpty() ? out.trimmed() : error,
                                           QDir::toNativeSeparators(arrayScriptPath)));
                    return;
                }
                if (mergeScriptPath.isEmpty()) {
                    Q_EMIT submitted(arrayId, QString(), QString());
                    return;
                }
                runTool(m_options.sbatch,
                        {QStringLiteral("--parsable"), QStringLiteral("--dependency=afterany:") + arrayId,
                         QStringLiteral("--kill-on-invalid-dep=no"), mergeScriptPath},
                        [this, arrayId, mergeScriptPath](int code, const QString &mergeOut, const QString &mergeError) {
                            const QString mergeId = code == 0 ? parseJobId(mergeOut) : QString();
                            const QString warning =
                                mergeId.isEmpty()
                                    ? tr("The job array %1 was submitted, but sbatch refused its merge job (%2); "
                                         "run quire-cli merge when the array has ended.")
                                          .arg(arrayId, mergeError.isEmpty() ? mergeOut.trimmed() : mergeError)
                                    : QString();
                            Q_EMIT submitted(arrayId, mergeId, warning);
                        });
            });
}

void SlurmJob::poll(const QStringList &jobIds)
{
    runTool(m_options.squeue,
            {QStringLiteral("--noheader"), QStringLiteral("--array"), QStringLiteral("--states=all"),
             QStringLiteral("--jobs=") + jobIds.join(QLatin1Char(',')), QStringLiteral("--format=") + kQueueFormat},
            [this](int exitCode, const QString &out, const QString &error) {
                // squeue refuses ids it no longer remembers: those jobs have ended long ago.
                if (exitCode == 0 || error.contains(QLatin1String("Invalid job id"), Qt::CaseInsensitive)) {
                    Q_EMIT polled(exitCode == 0 ? parseQueue(out) : QList<SlurmTask>());
                    return;
                }
                Q_EMIT failed(tr("squeue failed: %1").arg(error.isEmpty() ? out.trimmed() : error));
            });
}

} // namespace quire
