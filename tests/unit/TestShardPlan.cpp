#include "TestDocuments.h"

#include "cluster/ShardFolder.h"
#include "cluster/ShardManifest.h"
#include "cluster/ShardPlan.h"
#include "cluster/ShardProgress.h"
#include "pipeline/InputScanner.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;
using namespace quire::test;

namespace {

QList<QStringList> textPages(int count, const QString &name)
{
    QList<QStringList> pages;
    for (int i = 1; i <= count; ++i)
        pages << QStringList{QStringLiteral("%1 page %2").arg(name).arg(i)};
    return pages;
}

QList<int> range(int first, int last)
{
    QList<int> pages;
    for (int page = first; page <= last; ++page)
        pages << page;
    return pages;
}

PageResult donePage(int page)
{
    PageResult result;
    result.page = page;
    result.kind = PageKind::Text;
    result.text = QStringLiteral("done");
    return result;
}

} // namespace

class TestShardPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutsByPageCount_data();
    void cutsByPageCount();
    void pageListsRoundTrip_data();
    void pageListsRoundTrip();
    void manifestRoundTripKeepsSettingsAndPasswords();
    void manifestRefusesDamageAndOtherVersions();
    void planLeavesOutDonePagesAndPlansCopiesOnce();
    void planNamesDocumentsThatCannotBeOpened();
    void folderLaysOutBatches();
    void progressRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestShardPlan::cutsByPageCount_data()
{
    QTest::addColumn<QList<int>>("documentPages");
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("shardPages");
    QTest::newRow("one small document") << QList<int>{5} << 300 << QList<int>{5};
    QTest::newRow("exact multiple") << QList<int>{40} << 20 << QList<int>{20, 20};
    QTest::newRow("a document spans shards") << QList<int>{25, 10} << 20 << QList<int>{20, 15};
    QTest::newRow("many small documents") << QList<int>{3, 3, 3, 3} << 5 << QList<int>{5, 5, 2};
    QTest::newRow("one page per shard") << QList<int>{2, 1} << 1 << QList<int>{1, 1, 1};
}

void TestShardPlan::cutsByPageCount()
{
    QFETCH(QList<int>, documentPages);
    QFETCH(int, size);
    QFETCH(QList<int>, shardPages);
    QList<ShardEntry> todo;
    int total = 0;
    for (qsizetype i = 0; i < documentPages.size(); ++i) {
        todo << ShardEntry{QStringLiteral("/in/%1.pdf").arg(i), QStringLiteral("hash%1").arg(i),
                           range(1, documentPages.at(i))};
        total += documentPages.at(i);
    }
    PipelineSettings settings;
    settings.dpi = 200;
    const QList<ShardManifest> shards = ShardPlan::cut(todo, size, settings);
    QList<int> sizes;
    QHash<QString, QList<int>> seen;
    for (qsizetype i = 0; i < shards.size(); ++i) {
        QCOMPARE(shards.at(i).index, int(i));
        QCOMPARE(shards.at(i).settingsKey, settings.key());
        sizes << shards.at(i).pageCount();
        for (const ShardEntry &entry : shards.at(i).entries)
            seen[entry.contentHash] += entry.pages;
    }
    QCOMPARE(sizes, shardPages);
    // Every page exactly once, in order.
    for (qsizetype i = 0; i < documentPages.size(); ++i)
        QCOMPARE(seen.value(QStringLiteral("hash%1").arg(i)), range(1, documentPages.at(i)));
}

void TestShardPlan::pageListsRoundTrip_data()
{
    QTest::addColumn<QList<int>>("pages");
    QTest::addColumn<QString>("text");
    QTest::newRow("range") << range(1, 40) << QStringLiteral("1-40");
    QTest::newRow("single") << QList<int>{7} << QStringLiteral("7");
    QTest::newRow("mixed") << (range(1, 3) + QList<int>{5} + range(9, 10)) << QStringLiteral("1-3,5,9-10");
}

void TestShardPlan::pageListsRoundTrip()
{
    QFETCH(QList<int>, pages);
    QFETCH(QString, text);
    QCOMPARE(ShardManifest::formatPages(pages), text);
    QCOMPARE(ShardManifest::parsePages(text), std::optional<QList<int>>(pages));
    QVERIFY(!ShardManifest::parsePages(QStringLiteral("3-1")));
    QVERIFY(!ShardManifest::parsePages(QStringLiteral("0")));
    QVERIFY(!ShardManifest::parsePages(QStringLiteral("a-b")));
}

void TestShardPlan::manifestRoundTripKeepsSettingsAndPasswords()
{
    ShardManifest manifest;
    manifest.index = 3;
    manifest.settings.dpi = 150;
    manifest.settings.languages = QStringLiteral("eng+spa");
    manifest.settings.passwords = {QStringLiteral("secret")};
    manifest.settings.userWordsFile = QStringLiteral("/shared/words.txt");
    manifest.settingsKey = manifest.settings.key();
    manifest.entries << ShardEntry{QStringLiteral("/in/a b.pdf"), QStringLiteral("aaa"), range(41, 60)}
                     << ShardEntry{QStringLiteral("/in/c.pdf"), QStringLiteral("ccc"), {1, 3}};
    const QString path = m_dir.filePath(QStringLiteral("shard-0003.json"));
    QString error;
    QVERIFY2(manifest.write(path, &error), qPrintable(error));
    // It may hold passwords: only its owner reads it.
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    const std::optional<ShardManifest> read = ShardManifest::read(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->index, 3);
    QCOMPARE(read->settings.dpi, 150);
    QCOMPARE(read->settings.languages, QStringLiteral("eng+spa"));
    QCOMPARE(read->settings.passwords, QStringList{QStringLiteral("secret")});
    QCOMPARE(read->settings.userWordsFile, QStringLiteral("/shared/words.txt"));
    QCOMPARE(read->settingsKey, manifest.settingsKey);
    QCOMPARE(read->pageCount(), 22);
    QCOMPARE(read->paths(), (QStringList{QStringLiteral("/in/a b.pdf"), QStringLiteral("/in/c.pdf")}));
    const PageFilter filter = read->pageFilter();
    QCOMPARE(filter.value(QStringLiteral("/in/c.pdf")).contentHash, QStringLiteral("ccc"));
    QCOMPARE(filter.value(QStringLiteral("/in/c.pdf")).pages, (QSet<int>{1, 3}));
}

void TestShardPlan::manifestRefusesDamageAndOtherVersions()
{
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!ShardManifest::read(missing, &error));
    QVERIFY2(error.contains(missing) && error.contains(QStringLiteral("shares")), qPrintable(error));

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QVERIFY(writeBytes(damaged, "{\"format\": \"quire-shard\", \"version\": 1, "));
    QVERIFY(!ShardManifest::read(damaged, &error));
    QVERIFY2(error.contains(damaged), qPrintable(error));

    // Settings that do not give the recorded key: another Quire version wrote it.
    ShardManifest manifest;
    manifest.settingsKey = QStringLiteral("0123456789abcdef");
    manifest.entries << ShardEntry{QStringLiteral("/in/a.pdf"), QStringLiteral("aaa"), {1}};
    const QString otherKey = m_dir.filePath(QStringLiteral("other-key.json"));
    QVERIFY(manifest.write(otherKey, &error));
    QVERIFY(!ShardManifest::read(otherKey, &error));
    QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));
}

void TestShardPlan::planLeavesOutDonePagesAndPlansCopiesOnce()
{
    const QString input = m_dir.filePath(QStringLiteral("plan-in"));
    QVERIFY(QDir().mkpath(input));
    QVERIFY(writeTextPdf(QDir(input).filePath(QStringLiteral("a.pdf")), textPages(12, QStringLiteral("a"))));
    QVERIFY(writeTextPdf(QDir(input).filePath(QStringLiteral("b.pdf")), textPages(5, QStringLiteral("b"))));
    QVERIFY(QFile::copy(QDir(input).filePath(QStringLiteral("a.pdf")), QDir(input).filePath(QStringLiteral("c.pdf"))));
    const ScanResult scan = InputScanner::scan({input});
    QCOMPARE(scan.documents.size(), 3);

    PipelineSettings settings;
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("plan.sqlite"))));
    // Pages 1-4 of a.pdf are already done.
    for (int page = 1; page <= 4; ++page)
        store.addPage(scan.documents.at(0).contentHash, settings.key(), donePage(page));
    QVERIFY(store.flush());

    const ShardPlan plan = ShardPlan::make(scan, store, settings, 5);
    QCOMPARE(plan.pagesTotal(), 17);
    QCOMPARE(plan.pagesDone(), 4);
    QCOMPARE(plan.pagesToDo(), 13);
    QVERIFY(plan.problems().isEmpty());
    const QList<DocumentRecord> documents = plan.documents();
    QCOMPARE(documents.size(), 3);
    for (const DocumentRecord &document : documents) {
        QCOMPARE(document.settingsKey, settings.key());
        QCOMPARE(document.pageCount, document.path.endsWith(QLatin1String("b.pdf")) ? 5 : 12);
    }
    const QList<ShardManifest> shards = plan.shards();
    QCOMPARE(shards.size(), 3);
    QList<int> aPages;
    QSet<QString> paths;
    for (const ShardManifest &shard : shards) {
        for (const ShardEntry &entry : shard.entries) {
            paths.insert(QFileInfo(entry.path).fileName());
            if (entry.path.endsWith(QLatin1String("a.pdf")))
                aPages += entry.pages;
        }
    }
    QCOMPARE(aPages, range(5, 12));
    // c.pdf holds a.pdf's bytes: planned once, under a.pdf.
    QCOMPARE(paths, (QSet<QString>{QStringLiteral("a.pdf"), QStringLiteral("b.pdf")}));
}

void TestShardPlan::planNamesDocumentsThatCannotBeOpened()
{
    const QString input = m_dir.filePath(QStringLiteral("broken-in"));
    QVERIFY(QDir().mkpath(input));
    const QString broken = QDir(input).filePath(QStringLiteral("broken.pdf"));
    QVERIFY(writeBytes(broken, "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n"));
    QVERIFY(writeTextPdf(QDir(input).filePath(QStringLiteral("good.pdf")), textPages(2, QStringLiteral("g"))));
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("broken.sqlite"))));
    const ShardPlan plan = ShardPlan::make(InputScanner::scan({input}), store, PipelineSettings{}, 300);
    QCOMPARE(plan.pagesToDo(), 2);
    QCOMPARE(plan.problems().size(), 1);
    QVERIFY2(plan.problems().at(0).contains(QStringLiteral("broken.pdf")), qPrintable(plan.problems().at(0)));
    const QList<DocumentRecord> documents = plan.documents();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(toString(documents.at(0).status), toString(DocumentStatus::Failed));
    QVERIFY(!documents.at(0).error.isEmpty());
}

void TestShardPlan::folderLaysOutBatches()
{
    const ShardFolder folder(m_dir.filePath(QStringLiteral("folder.sqlite")));
    QCOMPARE(folder.root(), m_dir.filePath(QStringLiteral("folder.sqlite.shards")));
    QVERIFY(folder.batches().isEmpty());
    QString error;
    QCOMPARE(folder.createBatch(&error), 1);
    QCOMPARE(folder.createBatch(&error), 2);
    QCOMPARE(folder.batches(), (QList<int>{1, 2}));
    QCOMPARE(QFileInfo(folder.shardDatabase(2, 7)).fileName(), QStringLiteral("shard-0007.sqlite"));

    ShardBatch batch;
    batch.number = 2;
    batch.arrayJobId = QStringLiteral("123");
    batch.mergeJobId = QStringLiteral("124");
    batch.shards = 8;
    batch.pages = 2000;
    batch.submitted = QDateTime::currentDateTimeUtc();
    QVERIFY(folder.writeBatch(batch, &error));
    const std::optional<ShardBatch> read = folder.readBatch(2);
    QVERIFY(read);
    QCOMPARE(read->arrayJobId, QStringLiteral("123"));
    QCOMPARE(read->mergeJobId, QStringLiteral("124"));
    QCOMPARE(read->shards, 8);

    for (int shard : {3, 7}) {
        QVERIFY(writeBytes(folder.shardDatabase(2, shard), "x"));
        QVERIFY(writeBytes(folder.shardDatabase(2, shard) + QStringLiteral("-wal"), "x"));
    }
    QCOMPARE(folder.unmergedShards(2), (QList<int>{3, 7}));
    QVERIFY(folder.removeShardDatabase(2, 3, &error));
    QVERIFY(!QFileInfo::exists(folder.shardDatabase(2, 3) + QStringLiteral("-wal")));
    QCOMPARE(folder.unmergedShards(2), QList<int>{7});
    QVERIFY(folder.removeBatch(1, &error));
    QCOMPARE(folder.batches(), QList<int>{2});
    QCOMPARE(folder.createBatch(&error), 3);
}

void TestShardPlan::progressRoundTrip()
{
    RunCounts counts;
    counts.pagesTotal = 40;
    counts.pagesSkipped = 5;
    counts.pagesDone = 20;
    counts.pagesFailed = 1;
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    ShardProgress progress = ShardProgress::fromRun(
        counts, {QStringLiteral("a.pdf, page 9: timed out")}, ShardProgress::State::Stopped, started);
    const QString path = m_dir.filePath(QStringLiteral("shard-0001.progress"));
    QString error;
    QVERIFY2(progress.write(path, &error), qPrintable(error));
    const std::optional<ShardProgress> read = ShardProgress::read(path, &error);
    QVERIFY(read);
    QCOMPARE(read->state, ShardProgress::State::Stopped);
    QCOMPARE(read->total, 40);
    QCOMPARE(read->finished(), 26);
    QCOMPARE(read->failures, QStringList{QStringLiteral("a.pdf, page 9: timed out")});
    QVERIFY(read->pagesPerMinute() > 15 && read->pagesPerMinute() < 25);
    QVERIFY(!ShardProgress::read(m_dir.filePath(QStringLiteral("none.progress"))));
}

QTEST_MAIN(TestShardPlan) // QPdfWriter needs a QGuiApplication
#include "TestShardPlan.moc"
