#include "CliCommands.h"
#include "ClusterSupport.h"

#include "cluster/ClusterBatches.h"
#include "cluster/SlurmJob.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

/// One line on the database: documents, pages done, failed and still to do.
QString describeDatabase(Store &store)
{
    const QList<DocumentRecord> documents = store.documents();
    QSet<QString> counted;
    int pages = 0;
    int done = 0;
    int failed = 0;
    int unreadable = 0;
    for (const DocumentRecord &document : documents) {
        if (document.status == DocumentStatus::Failed && document.pageCount == 0) {
            ++unreadable;
            continue;
        }
        const QString key = document.contentHash + QLatin1Char('/') + document.settingsKey;
        if (counted.contains(key))
            continue; // the same content under another path
        counted.insert(key);
        pages += document.pageCount;
        done += int(store.donePages(document.contentHash, document.settingsKey).size());
        failed += int(store.failedPageAttempts(document.contentHash, document.settingsKey).size());
    }
    QString line = tr("%1: %n document(s)", nullptr, int(documents.size()))
                       .arg(QDir::toNativeSeparators(store.path()));
    if (unreadable > 0)
        line += tr(" (%n could not be opened)", nullptr, unreadable);
    line += tr(", %1/%2 pages done, %3 failed, %4 to do.").arg(done).arg(pages).arg(failed).arg(pages - done - failed);
    return line;
}

} // namespace

int statusCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show a database's progress: pages done, failed and to do, and for its cluster jobs (quire-cli submit) "
           "the tasks running and waiting, pages/min, the time left and every failure by shard, file and page."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database (default: quire.sqlite)."), tr("FILE"),
                                QStringLiteral("quire.sqlite"));
    parser.addOption(db);
    if (const auto exit = parseCommandLine(parser, QStringLiteral("status"), arguments))
        return *exit;

    Store store;
    if (!openExistingStore(parser.value(db), store))
        return ExitUsage;
    printOut(describeDatabase(store));
    for (const DocumentRecord &document : store.documents()) {
        if (document.status == DocumentStatus::Failed)
            printOut(QStringLiteral("  ") + tr("failed: %1: %2").arg(document.path, document.error));
    }
    store.close();

    ClusterBatches batches(parser.value(db));
    if (batches.folder().batches().isEmpty())
        return ExitOk;
    SlurmJob slurm{SlurmOptions{}};
    askSlurm(&slurm, batches.jobIds(), [&](const std::optional<QList<SlurmTask>> &tasks, const QString &error) {
        if (!tasks)
            printError(tr("warning: Slurm could not be asked about the jobs (%1).").arg(error));
        for (const BatchSummary &batch : batches.summarize(tasks)) {
            for (const QString &line : describeBatch(batches.folder(), batch))
                printOut(line);
        }
        QCoreApplication::exit();
    });
    QCoreApplication::exec();
    return ExitOk;
}

} // namespace quire::cli
