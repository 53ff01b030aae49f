#include "ClusterSupport.h"

#include "CliCommands.h"
#include "ProgressPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <memory>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

} // namespace

void askSlurm(SlurmJob *slurm, const QStringList &jobIds, const SlurmAnswer &done)
{
    if (jobIds.isEmpty()) {
        QTimer::singleShot(0, slurm, [done] { done(QList<SlurmTask>(), QString()); });
        return;
    }
    // One answer per question: the connections go with their context.
    auto *context = new QObject(slurm);
    QObject::connect(slurm, &SlurmJob::polled, context, [context, done](const QList<SlurmTask> &tasks) {
        delete context;
        done(tasks, QString());
    });
    QObject::connect(slurm, &SlurmJob::failed, context, [context, done](const QString &error) {
        delete context;
        done(std::nullopt, error);
    });
    slurm->poll(jobIds);
}

void printMergeOutcome(const MergeOutcome &outcome)
{
    for (const QString &line : outcome.lines)
        printError(QStringLiteral("  ") + line);
    for (const QString &failure : outcome.failures)
        printError(tr("  failed: %1").arg(failure));
    for (const QString &warning : outcome.warnings)
        printError(tr("warning: %1").arg(warning));
    for (const QString &error : outcome.errors)
        printError(tr("error: %1").arg(error));
    if (outcome.shards > 0) {
        printError(tr("Merged %n shard(s): %1 pages in %2 s (%3 pages/s); %4 added, %5 replaced a failed page, "
                      "%6 were already there.",
                      nullptr, outcome.shards)
                       .arg(outcome.pages)
                       .arg(outcome.seconds, 0, 'f', 2)
                       .arg(outcome.seconds > 0 ? outcome.pages / outcome.seconds : 0.0, 0, 'f', 0)
                       .arg(outcome.counts.pagesAdded)
                       .arg(outcome.counts.pagesReplaced)
                       .arg(outcome.counts.pagesKept));
    }
}

QStringList shardProblems(const ShardFolder &folder, const BatchSummary &batch, const ShardState &shard)
{
    QStringList lines;
    const QString label = tr("shard %1").arg(shard.shard);
    if (shard.progress && shard.progress->state == ShardProgress::State::Failed) {
        lines << tr("%1 could not run: %2 (log: %3)")
                     .arg(label, shard.progress->error,
                          QDir::toNativeSeparators(folder.logPath(batch.batch.number, shard.shard)));
    }
    SlurmTask task;
    task.state = shard.taskState;
    if (!shard.taskState.isEmpty() && task.killed()) {
        lines << tr("%1 (job %2) ended %3 after %4 of %5 pages; what it saved is kept, and submitting the same "
                    "command again does the rest.")
                     .arg(label, shard.jobId, shard.taskState)
                     .arg(shard.finished())
                     .arg(shard.pages);
    } else if (shard.taskState.isEmpty() && !shard.taskActive && batch.slurmKnown && !batch.batch.arrayJobId.isEmpty()
               && (!shard.progress || shard.progress->state == ShardProgress::State::Running)
               && shard.finished() < shard.pages) {
        lines << tr("%1 (job %2) ended without finishing (%3 of %4 pages).")
                     .arg(label, shard.jobId)
                     .arg(shard.finished())
                     .arg(shard.pages);
    }
    return lines;
}

QStringList describeBatch(const ShardFolder &folder, const BatchSummary &batch)
{
    QStringList lines;
    const int ended = int(batch.shards.size()) - batch.running() - batch.pending();
    QString header = batch.batch.arrayJobId.isEmpty()
                         ? tr("Batch %1 (not submitted): %n shard(s)", nullptr, int(batch.shards.size()))
                               .arg(batch.batch.number)
                         : tr("Batch %1, job %2: %n shard(s)", nullptr, int(batch.shards.size()))
                               .arg(batch.batch.number)
                               .arg(batch.batch.arrayJobId);
    header += tr(", %1 running, %2 waiting, %3 ended").arg(batch.running()).arg(batch.pending()).arg(ended);
    if (!batch.batch.mergeJobId.isEmpty()) {
        header += tr("; merge job %1 %2")
                      .arg(batch.batch.mergeJobId,
                           batch.mergeState.isEmpty() ? tr("ended") : batch.mergeState.toLower());
    }
    if (!batch.slurmKnown)
        header += tr(" (Slurm could not be asked: states from the progress files)");
    lines << header;

    RunCounts counts;
    counts.pagesTotal = batch.pages();
    counts.pagesFailed = batch.failed();
    counts.pagesDone = batch.finished() - counts.pagesFailed;
    if (batch.active()) {
        const double rate = batch.pagesPerMinute();
        const double eta = rate > 0 ? counts.pagesRemaining() * 60.0 / rate : -1;
        lines << QStringLiteral("  ") + ProgressPrinter::formatLine(counts, rate, eta);
    } else {
        lines << QStringLiteral("  ")
                     + tr("%1/%2 pages finished, %3 failed.").arg(batch.finished()).arg(counts.pagesTotal).arg(counts.pagesFailed);
    }
    for (const ShardState &shard : batch.shards) {
        if (shard.progress) {
            for (const QString &failure : shard.progress->failures)
                lines << QStringLiteral("  ") + tr("shard %1: %2").arg(shard.shard).arg(failure);
        }
        for (const QString &problem : shardProblems(folder, batch, shard))
            lines << QStringLiteral("  ") + problem;
    }
    if (!batch.active() && batch.unmerged() > 0) {
        lines << QStringLiteral("  ")
                     + tr("%n shard database(s) not merged yet: run quire-cli merge --db %1", nullptr, batch.unmerged())
                           .arg(QDir::toNativeSeparators(folder.mainDatabase()));
    }
    return lines;
}

} // namespace quire::cli
