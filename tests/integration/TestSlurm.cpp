// Runs Quire on a real one-node Slurm cluster on localhost (munge, slurmctld,
// slurmd, started by tests/support/slurm-localhost.sh in a folder of its own)
// and checks the merged database against a local run of the same documents.
// Skips, saying why, where the cluster cannot start (not root, no packages).
#include "CliRunner.h"
#include "TestDocuments.h"

#include "cluster/ShardFolder.h"
#include "cluster/ShardManifest.h"
#include "cluster/ShardProgress.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "StoreFixture.h"

using namespace quire;
using namespace quire::test;

namespace {

constexpr int kScannedPages = 6;
constexpr int kShardPages = 8;

/// Every page of every document: "FILE#PAGE" → text as people read it.
QHash<QString, QString> pagesOf(const QString &database)
{
    QHash<QString, QString> pages;
    Store store;
    if (!store.open(database))
        return pages;
    store.forEachPage([&pages](const StoredPage &page) {
        if (page.result.page > 0 && page.result.status == PageStatus::Done)
            pages.insert(QFileInfo(page.documentPath).fileName() + QLatin1Char('#')
                             + QString::number(page.result.page),
                         page.correctedText);
        return true;
    });
    return pages;
}

/// Rows in the pages table, and distinct (content, page, settings) among them.
std::pair<int, int> pageRows(const QString &database)
{
    const QStringList counts = test::RawDb(database, false)
                                   .rows("SELECT count(*), count(DISTINCT content_hash || '/' || page || '/' || "
                                         "settings_key) FROM pages WHERE status = 'done'")
                                   .split(QLatin1Char('|'));
    return counts.size() == 2 ? std::pair{counts.at(0).toInt(), counts.at(1).toInt()} : std::pair{-1, -1};
}

} // namespace

class TestSlurm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dryRunPrintsTheJobScript();
    void submitCancelResubmitMatchesALocalRun();

private:
    bool startCluster(QString *why);
    void stopCluster();
    QProcessEnvironment clusterEnvironment() const;
    QStringList submitArguments() const;

    QTemporaryDir m_dir;
    QString m_input;
    QString m_localDb;
    QHash<QString, QString> m_local;
    int m_uniquePages = 0;
    QString m_clusterDir;
    bool m_clusterUp = false;
};

void TestSlurm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    m_input = m_dir.filePath(QStringLiteral("input"));
    QVERIFY(QDir().mkpath(m_input));
    // Mostly text-layer pages, a few scans so that OCR really runs, and one file twice.
    QList<QStringList> scans;
    for (int page = 1; page <= kScannedPages; ++page)
        scans << QStringList{QStringLiteral("Scanned page %1 of the harbour ledger.").arg(page),
                             QStringLiteral("Entry %1: twelve barrels of salted herring.").arg(page * 7)};
    QVERIFY(writeScannedPdf(QDir(m_input).filePath(QStringLiteral("a-scans.pdf")), scans, 200));
    for (const auto &[name, count] : {std::pair{QStringLiteral("b-letters.pdf"), 40},
                                      std::pair{QStringLiteral("c-minutes.pdf"), 21}}) {
        QList<QStringList> pages;
        for (int page = 1; page <= count; ++page)
            pages << QStringList{QStringLiteral("%1, page %2.").arg(name).arg(page),
                                 QStringLiteral("The council met and agreed on item %1.").arg(page * 3)};
        QVERIFY(writeTextPdf(QDir(m_input).filePath(name), pages));
    }
    QVERIFY(QFile::copy(QDir(m_input).filePath(QStringLiteral("c-minutes.pdf")),
                        QDir(m_input).filePath(QStringLiteral("d-copy-of-minutes.pdf"))));
    m_uniquePages = kScannedPages + 40 + 21;

    m_localDb = m_dir.filePath(QStringLiteral("local.sqlite"));
    const CliResult local = runCli({QStringLiteral("run"), QStringLiteral("--db"), m_localDb, QStringLiteral("--dpi"),
                                    QStringLiteral("200"), QStringLiteral("--user-words"), QString(), m_input});
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    m_local = pagesOf(m_localDb);
    QCOMPARE(m_local.size(), m_uniquePages + 21); // the copy's pages are listed under its own name too
    QVERIFY(m_local.value(QStringLiteral("a-scans.pdf#3")).contains(QStringLiteral("harbour ledger")));
}

void TestSlurm::cleanupTestCase()
{
    stopCluster();
}

bool TestSlurm::startCluster(QString *why)
{
    m_clusterDir = m_dir.filePath(QStringLiteral("cluster"));
    QDir().mkpath(m_clusterDir);
    QProcess start;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_SLURM_TEST"), m_clusterDir);
    start.setProcessEnvironment(environment);
    start.start(QStringLiteral("bash"), {QStringLiteral(QUIRE_SLURM_SCRIPT), QStringLiteral("start"), m_clusterDir,
                                         QString::number(QCoreApplication::applicationPid())});
    m_clusterUp = true; // whatever it got to, stop it at the end
    if (!start.waitForFinished(120'000)) {
        *why = QStringLiteral("slurm-localhost.sh start did not finish in 2 minutes");
        return false;
    }
    const QString out = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    if (start.exitCode() == 77) {
        m_clusterUp = false;
        *why = QStringLiteral("cannot start a Slurm cluster here: ") + out;
        return false;
    }
    if (start.exitCode() != 0) {
        *why = QStringLiteral("slurm-localhost.sh start failed (%1): %2 %3")
                   .arg(start.exitCode())
                   .arg(out, QString::fromUtf8(start.readAllStandardError()));
        return false;
    }
    return true;
}

void TestSlurm::stopCluster()
{
    if (!m_clusterUp)
        return;
    QProcess stop;
    stop.start(QStringLiteral("bash"), {QStringLiteral(QUIRE_SLURM_SCRIPT), QStringLiteral("stop"), m_clusterDir});
    stop.waitForFinished(120'000);
    m_clusterUp = false;
}

QProcessEnvironment TestSlurm::clusterEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLURM_CONF"), QDir(m_clusterDir).filePath(QStringLiteral("slurm.conf")));
    // Jobs carry the cluster's mark, so that stopping it ends whatever they left.
    environment.insert(QStringLiteral("QUIRE_SLURM_TEST"), m_clusterDir);
    return environment;
}

QStringList TestSlurm::submitArguments() const
{
    return {QStringLiteral("submit"),      QStringLiteral("--db"),          m_dir.filePath(QStringLiteral("main.sqlite")),
            QStringLiteral("--dpi"),       QStringLiteral("200"),           QStringLiteral("--user-words"),
            QString(),                     QStringLiteral("--shard-pages"), QString::number(kShardPages),
            QStringLiteral("--cpus-per-task"), QStringLiteral("1"),         QStringLiteral("--partition"),
            QStringLiteral("quiretest"),   QStringLiteral("--time"),        QStringLiteral("10"),
            QStringLiteral("--wait"),      m_input};
}

void TestSlurm::dryRunPrintsTheJobScript()
{
    // Needs no cluster: plans, prints, and leaves no trace.
    const QString db = m_dir.filePath(QStringLiteral("dry.sqlite"));
    const CliResult dry = runCli({QStringLiteral("submit"), QStringLiteral("--db"), db, QStringLiteral("--dpi"),
                                  QStringLiteral("200"), QStringLiteral("--shard-pages"), QString::number(kShardPages),
                                  QStringLiteral("--partition"), QStringLiteral("ocr"), QStringLiteral("--account"),
                                  QStringLiteral("archive"), QStringLiteral("--max-parallel"), QStringLiteral("3"),
                                  QStringLiteral("--sbatch-arg=--mem=2G"), QStringLiteral("--dry-run"), m_input});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const int shards = (m_uniquePages + kShardPages - 1) / kShardPages;
    QVERIFY2(dry.out.contains(QStringLiteral("#SBATCH --array=0-%1%3\n").arg(shards - 1)), qPrintable(dry.out));
    for (const char *line : {"#SBATCH --partition=ocr\n", "#SBATCH --account=archive\n", "#SBATCH --mem=2G\n",
                             " run --shard ", " merge --db "})
        QVERIFY2(dry.out.contains(QLatin1String(line)), line);
    QVERIFY2(dry.err.contains(QStringLiteral("%1 to do in %2 shards").arg(m_uniquePages).arg(shards)),
             qPrintable(dry.err));
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral(".shards")));
}

void TestSlurm::submitCancelResubmitMatchesALocalRun()
{
    QString why;
    if (!startCluster(&why)) {
        stopCluster();
        if (why.startsWith(QLatin1String("cannot start")))
            QSKIP(qPrintable(why));
        QFAIL(qPrintable(why));
    }
    const QString db = m_dir.filePath(QStringLiteral("main.sqlite"));
    const ShardFolder folder(db);

    // 1. Submit and follow the job; cancel the shard with the scans once it has done a page.
    // Its pages after the first are slow in this submission, so that a fast
    // machine cannot finish the shard before it is cancelled.
    QProcess first;
    QProcessEnvironment slow = clusterEnvironment();
    QStringList faults;
    for (int page = 2; page <= kScannedPages; ++page)
        faults << QStringLiteral("slow@a-scans.pdf:%1").arg(page);
    slow.insert(QStringLiteral("QUIRE_WORKER"), QStringLiteral(QUIRE_FAULTY_WORKER_PATH));
    slow.insert(QStringLiteral("QUIRE_WORKER_FAULTS"), faults.join(QLatin1Char(';')));
    first.setProcessEnvironment(slow);
    first.start(QStringLiteral(QUIRE_CLI_PATH), submitArguments());
    QVERIFY(first.waitForStarted());
    int scanShard = -1;
    QString cancelled;
    QElapsedTimer clock;
    clock.start();
    while (cancelled.isEmpty() && clock.elapsed() < 240'000 && first.state() == QProcess::Running) {
        QTest::qWait(100);
        const std::optional<ShardBatch> batch = folder.readBatch(1);
        if (!batch || batch->arrayJobId.isEmpty())
            continue;
        if (scanShard < 0) {
            for (int shard = 0; shard < batch->shards && scanShard < 0; ++shard) {
                QString error;
                const auto manifest = ShardManifest::read(folder.manifestPath(1, shard), &error);
                QVERIFY2(manifest, qPrintable(error));
                for (const ShardEntry &entry : manifest->entries) {
                    if (entry.path.endsWith(QLatin1String("a-scans.pdf")) && entry.pages.size() == kScannedPages)
                        scanShard = shard;
                }
            }
            QVERIFY(scanShard >= 0);
        }
        const std::optional<ShardProgress> progress = ShardProgress::read(folder.progressPath(1, scanShard));
        if (!progress || progress->done < 1)
            continue;
        QVERIFY2(progress->done < progress->total, "the shard finished before it could be cancelled");
        cancelled = QStringLiteral("%1_%2").arg(batch->arrayJobId).arg(scanShard);
        QProcess scancel;
        scancel.setProcessEnvironment(clusterEnvironment());
        scancel.start(QStringLiteral("scancel"), {cancelled});
        QVERIFY(scancel.waitForFinished(30'000));
        QCOMPARE(scancel.exitCode(), 0);
    }
    QVERIFY2(!cancelled.isEmpty(), "the shard with the scanned pages never started");
    QVERIFY(first.waitForFinished(300'000));
    const QString firstErr = QString::fromUtf8(first.readAllStandardError());
    QVERIFY2(first.exitCode() == 2, qPrintable(firstErr)); // some pages were not processed
    QVERIFY2(firstErr.contains(cancelled) && firstErr.contains(QStringLiteral("CANCELLED")), qPrintable(firstErr));
    QVERIFY2(firstErr.contains(QStringLiteral("shard %1: ").arg(scanShard))
                 && firstErr.contains(QStringLiteral("were not processed (the task ended CANCELLED)")),
             qPrintable(firstErr));

    // What the cancelled task committed is there, and nothing twice.
    QHash<QString, QString> merged = pagesOf(db);
    const auto [rows, distinct] = pageRows(db);
    QCOMPARE(rows, distinct);
    QVERIFY2(rows < m_uniquePages && rows >= m_uniquePages - (kShardPages - 1),
             qPrintable(QStringLiteral("%1 pages after the cancel").arg(rows)));
    QVERIFY(merged.contains(QStringLiteral("a-scans.pdf#1")) || merged.contains(QStringLiteral("a-scans.pdf#2")));
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        QCOMPARE(it.value(), m_local.value(it.key()));

    const CliResult status = runCli({QStringLiteral("status"), QStringLiteral("--db"), db}, 60'000,
                                    clusterEnvironment());
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(QStringLiteral("%1/%2 pages done").arg(rows).arg(m_uniquePages)),
             qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("CANCELLED")), qPrintable(status.out));

    // 2. The same command again does only the rest.
    const CliResult second = runCli(submitArguments(), 300'000, clusterEnvironment());
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("%1 already done, %2 to do").arg(rows).arg(m_uniquePages - rows)),
             qPrintable(second.err));
    merged = pagesOf(db);
    QCOMPARE(pageRows(db), std::pair(m_uniquePages, m_uniquePages));
    QCOMPARE(merged.size(), m_local.size());
    for (auto it = m_local.cbegin(); it != m_local.cend(); ++it)
        QCOMPARE(merged.value(it.key()), it.value());

    // The window reads it like any run database: documents done, search and review work.
    Store store;
    QVERIFY(store.open(db));
    const QList<DocumentRecord> documents = store.documents();
    QCOMPARE(documents.size(), 4);
    for (const DocumentRecord &document : documents)
        QVERIFY2(document.status == DocumentStatus::Done, qPrintable(document.path));
    QVERIFY(!store.search(QStringLiteral("herring")).isEmpty());
    QVERIFY(!store.search(QStringLiteral("council")).isEmpty());
    store.close();

    // 3. Merging again changes nothing.
    const CliResult merge = runCli({QStringLiteral("merge"), QStringLiteral("--db"), db}, 60'000,
                                   clusterEnvironment());
    QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
    QCOMPARE(pageRows(db), std::pair(m_uniquePages, m_uniquePages));

    stopCluster();
}

QTEST_MAIN(TestSlurm)
#include "TestSlurm.moc"
