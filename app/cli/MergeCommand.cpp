#include "CliCommands.h"
#include "ClusterSupport.h"

#include "cluster/ClusterBatches.h"
#include "cluster/SlurmJob.h"
#include "store/ShardMerger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

} // namespace

int mergeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merge the shard databases of cluster jobs (quire-cli submit) whose tasks have ended into the main "
           "database, one transaction per shard. Pages are keyed by content, page and settings, so merging twice "
           "changes nothing; the person's corrections in the main database are kept."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The main database (default: quire.sqlite)."), tr("FILE"),
                                QStringLiteral("quire.sqlite"));
    parser.addOption(db);
    if (const auto exit = parseCommandLine(parser, QStringLiteral("merge"), arguments))
        return *exit;

    ClusterBatches batches(parser.value(db));
    if (!QFileInfo(batches.folder().root()).isDir()) {
        printError(tr("Nothing to merge: %1 has no cluster jobs (no folder %2).")
                       .arg(QDir::toNativeSeparators(batches.folder().mainDatabase()),
                            QDir::toNativeSeparators(batches.folder().root())));
        return ExitOk;
    }

    SlurmJob slurm{SlurmOptions{}};
    int exitCode = ExitOk;
    askSlurm(&slurm, batches.jobIds(), [&](const std::optional<QList<SlurmTask>> &tasks, const QString &error) {
        if (!tasks)
            printError(tr("warning: Slurm could not be asked which tasks still run (%1); shards whose progress "
                          "file says they ended are merged, the others are merged but kept.")
                           .arg(error));
        const QList<BatchSummary> summaries = batches.summarize(tasks);
        ShardMerger merger;
        if (!merger.open(batches.folder().mainDatabase())) {
            printError(tr("error: %1").arg(merger.errorString()));
            exitCode = ExitUsage;
            QCoreApplication::exit();
            return;
        }
        const MergeOutcome outcome = batches.mergeEnded(summaries, &merger);
        printMergeOutcome(outcome);
        if (outcome.shards == 0 && outcome.errors.isEmpty())
            printError(tr("Nothing to merge."));
        if (!outcome.errors.isEmpty())
            exitCode = ExitSomeFailed;
        QCoreApplication::exit();
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace quire::cli
