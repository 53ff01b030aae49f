#include "store/ShardMerger.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "StoreFixture.h"

using namespace quire;

namespace {

const QString kKey = QStringLiteral("settings-a");
const QString kHashA = QStringLiteral("hash-a");
const QString kHashB = QStringLiteral("hash-b");

PageResult makePage(int page, const QString &text, PageStatus status = PageStatus::Done)
{
    PageResult r;
    r.page = page;
    r.status = status;
    if (status == PageStatus::Failed) {
        r.error = QStringLiteral("a.pdf, page %1: timed out after 60 s").arg(page);
        return r;
    }
    r.kind = PageKind::Ocr;
    r.dpi = 300;
    r.imageSize = QSize(2550, 3300);
    r.meanConfidence = 80;
    r.timings = {10.0, 2.0, 800.0};
    const QStringList parts = text.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < parts.size(); ++i)
        r.words << Word{parts.at(i), QRect(100 + int(i) * 90, 200, 80, 30), i == 0 ? 40.0f : 95.0f, 0, 0};
    r.text = joinWords(r.words);
    return r;
}

/// A shard database as a task leaves it: its documents and pages.
void writeShard(const QString &path, const QList<std::pair<QString, PageResult>> &pages,
                const QList<DocumentRecord> &documents)
{
    Store shard;
    QVERIFY2(shard.open(path), qPrintable(shard.errorString()));
    const qint64 run = shard.beginRun(kKey, QStringLiteral("{}"));
    for (const DocumentRecord &document : documents)
        QVERIFY(shard.upsertDocument(document) > 0);
    for (const auto &[hash, page] : pages)
        shard.addPage(hash, kKey, page);
    QVERIFY(shard.flush());
    shard.finishRun(run, int(pages.size()), 0);
}

/// Everything that matters in a database, as text, for before/after comparisons.
QString dump(const QString &path, bool withRuns = true)
{
    const test::RawDb db(path, false);
    QString out;
    for (const char *sql : {"SELECT content_hash, page, settings_key, status, attempts, text, corrected_text "
                            "FROM pages ORDER BY content_hash, page",
                            "SELECT p.content_hash, p.page, w.idx, w.text, w.corrected, w.accepted FROM words w "
                            "JOIN pages p ON p.id = w.page_id ORDER BY p.content_hash, p.page, w.idx",
                            "SELECT word_id, page_id, original, corrected FROM corrections ORDER BY id",
                            "SELECT path, content_hash, page_count, status, error FROM documents ORDER BY path",
                            withRuns ? "SELECT started_at, finished_at, pages_done FROM runs ORDER BY id" : "SELECT 1",
                            "SELECT rowid, text FROM pages_fts ORDER BY rowid"})
        out += db.rows(sql) + QStringLiteral("\n--\n");
    return out;
}

QString pageText(Store &store, const QString &path, int page)
{
    const std::optional<StoredPage> stored = store.loadPage(path, page, false);
    return stored ? stored->correctedText : QStringLiteral("<missing>");
}

} // namespace

class TestShardMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsPagesWordsAndDocuments();
    void mergingTwiceChangesNothing();
    void keepsTheMainDatabasesReview();
    void replacesFailedPagesWithDonePages();
    void recoversWhatAKilledTaskCommitted();
    void correctionsInAShardFollowTheirWords();
    void refusesWhatIsNotAShardDatabase();

private:
    QTemporaryDir m_dir;
};

void TestShardMerger::addsPagesWordsAndDocuments()
{
    const QString main = m_dir.filePath(QStringLiteral("add-main.sqlite"));
    const QString shard = m_dir.filePath(QStringLiteral("add-shard.sqlite"));
    {
        // The main database knows the documents (submit records them) but has no pages yet.
        Store store;
        QVERIFY(store.open(main));
        QVERIFY(store.upsertDocument(test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 2)) > 0);
    }
    writeShard(shard,
               {{kHashA, makePage(1, QStringLiteral("alpha one"))},
                {kHashA, makePage(2, QStringLiteral("alpha two"))},
                {kHashB, makePage(1, QStringLiteral("beta one"))}},
               {test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 2),
                test::makeDocument(QStringLiteral("/in/b.pdf"), kHashB, kKey, 3)});

    ShardMerger merger;
    QVERIFY2(merger.open(main), qPrintable(merger.errorString()));
    const std::optional<MergeCounts> counts = merger.merge(shard);
    QVERIFY2(counts, qPrintable(merger.errorString()));
    QCOMPARE(counts->pagesAdded, 3);
    QCOMPARE(counts->pagesReplaced, 0);
    QCOMPARE(counts->pagesKept, 0);
    QCOMPARE(counts->wordsAdded, 6);
    QCOMPARE(counts->documentsAdded, 1);
    merger.close();

    Store store;
    QVERIFY(store.open(main));
    QCOMPARE(pageText(store, QStringLiteral("/in/a.pdf"), 2), QStringLiteral("alpha two"));
    const std::optional<StoredPage> withWords = store.loadPage(QStringLiteral("/in/b.pdf"), 1, true);
    QVERIFY(withWords);
    QCOMPARE(withWords->result.words.size(), 2);
    QCOMPARE(withWords->result.words.at(1).text, QStringLiteral("one"));
    // a.pdf has every page, b.pdf one of three.
    const QList<DocumentRecord> documents = store.documents();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(toString(documents.at(0).status), toString(DocumentStatus::Done));
    QCOMPARE(toString(documents.at(1).status), toString(DocumentStatus::Pending));
    QCOMPARE(documents.at(1).pageCount, 3);
    // Search and the review queue see the merged pages as they see any other.
    QCOMPARE(store.search(QStringLiteral("beta")).size(), 1);
    QCOMPARE(store.suspiciousCount(ReviewFilter{50, false}), 3);
}

void TestShardMerger::mergingTwiceChangesNothing()
{
    const QString main = m_dir.filePath(QStringLiteral("twice-main.sqlite"));
    const QString shard = m_dir.filePath(QStringLiteral("twice-shard.sqlite"));
    writeShard(shard,
               {{kHashA, makePage(1, QStringLiteral("alpha one"))},
                {kHashA, makePage(2, QString(), PageStatus::Failed)}},
               {test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 2)});
    ShardMerger merger;
    QVERIFY(merger.open(main));
    const auto first = merger.merge(shard);
    QVERIFY2(first, qPrintable(merger.errorString()));
    QCOMPARE(first->pagesAdded, 2);
    QCOMPARE(first->pagesFailed, 1);
    QCOMPARE(first->failures, QStringList{QStringLiteral("a.pdf, page 2: timed out after 60 s")});
    const QString before = dump(main);
    const auto second = merger.merge(shard);
    QVERIFY2(second, qPrintable(merger.errorString()));
    QCOMPARE(second->pagesAdded, 0);
    QCOMPARE(second->pagesReplaced, 0);
    QCOMPARE(second->pagesKept, 2);
    QCOMPARE(dump(main), before);

    Store store;
    QVERIFY(store.open(main));
    QCOMPARE(toString(store.documents().at(0).status), toString(DocumentStatus::Partial));
}

void TestShardMerger::keepsTheMainDatabasesReview()
{
    const QString main = m_dir.filePath(QStringLiteral("review-main.sqlite"));
    const QString shard = m_dir.filePath(QStringLiteral("review-shard.sqlite"));
    qint64 wordId = 0;
    {
        Store store;
        QVERIFY(store.open(main));
        DocumentRecord document = test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 1);
        document.status = DocumentStatus::Done;
        QVERIFY(store.upsertDocument(document) > 0);
        store.addPage(kHashA, kKey, makePage(1, QStringLiteral("alpha one")));
        QVERIFY(store.flush());
        const std::optional<StoredPage> page = store.loadPage(QStringLiteral("/in/a.pdf"), 1, true);
        QVERIFY(page);
        wordId = page->result.words.at(0).id;
        QVERIFY(store.correctWord(wordId, QStringLiteral("Alpha")));
        QVERIFY(store.acceptWord(page->result.words.at(1).id));
    }
    // The same page, read differently, comes back from a shard (a resubmission of done work).
    writeShard(shard, {{kHashA, makePage(1, QStringLiteral("aIpha one"))}},
               {test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 1)});
    const QString before = dump(main, false);
    ShardMerger merger;
    QVERIFY(merger.open(main));
    const auto counts = merger.merge(shard);
    QVERIFY2(counts, qPrintable(merger.errorString()));
    QCOMPARE(counts->pagesKept, 1);
    QCOMPARE(counts->pagesAdded, 0);
    QCOMPARE(dump(main, false), before); // only the shard's run record is new
    merger.close();

    Store store;
    QVERIFY(store.open(main));
    const std::optional<StoredPage> page = store.loadPage(QStringLiteral("/in/a.pdf"), 1, true);
    QVERIFY(page);
    QCOMPARE(page->correctedText, QStringLiteral("Alpha one"));
    QCOMPARE(page->result.words.at(0).id, wordId);
    QVERIFY(page->result.words.at(1).accepted);
}

void TestShardMerger::replacesFailedPagesWithDonePages()
{
    const QString main = m_dir.filePath(QStringLiteral("failed-main.sqlite"));
    const QString shard = m_dir.filePath(QStringLiteral("failed-shard.sqlite"));
    {
        Store store;
        QVERIFY(store.open(main));
        QVERIFY(store.upsertDocument(test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 2)) > 0);
        store.addPage(kHashA, kKey, makePage(1, QStringLiteral("alpha one")));
        store.addPage(kHashA, kKey, makePage(2, QString(), PageStatus::Failed));
        QVERIFY(store.flush());
    }
    writeShard(shard, {{kHashA, makePage(2, QStringLiteral("alpha two"))}},
               {test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 2)});
    ShardMerger merger;
    QVERIFY(merger.open(main));
    const auto counts = merger.merge(shard);
    QVERIFY2(counts, qPrintable(merger.errorString()));
    QCOMPARE(counts->pagesReplaced, 1);
    QCOMPARE(counts->pagesAdded, 0);
    merger.close();

    Store store;
    QVERIFY(store.open(main));
    QCOMPARE(pageText(store, QStringLiteral("/in/a.pdf"), 2), QStringLiteral("alpha two"));
    QCOMPARE(store.donePages(kHashA, kKey), (QSet<int>{1, 2}));
    QVERIFY(store.failedPageAttempts(kHashA, kKey).isEmpty());
    QCOMPARE(toString(store.documents().at(0).status), toString(DocumentStatus::Done));
    QCOMPARE(store.search(QStringLiteral("two")).size(), 1);
}

void TestShardMerger::recoversWhatAKilledTaskCommitted()
{
    // A task killed by Slurm leaves its database with committed pages still in the WAL:
    // copy the files while the writer holds them open, as a kill would leave them.
    const QString live = m_dir.filePath(QStringLiteral("killed-live.sqlite"));
    const QString shard = m_dir.filePath(QStringLiteral("killed-shard.sqlite"));
    const QString main = m_dir.filePath(QStringLiteral("killed-main.sqlite"));
    Store writer;
    QVERIFY(writer.open(live));
    QVERIFY(writer.upsertDocument(test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 3)) > 0);
    writer.addPage(kHashA, kKey, makePage(1, QStringLiteral("alpha one")));
    writer.addPage(kHashA, kKey, makePage(2, QStringLiteral("alpha two")));
    QVERIFY(writer.flush());
    writer.addPage(kHashA, kKey, makePage(3, QStringLiteral("never committed")));
    QVERIFY(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFile::copy(live, shard));
    QVERIFY(QFile::copy(live + QStringLiteral("-wal"), shard + QStringLiteral("-wal")));

    ShardMerger merger;
    QVERIFY(merger.open(main));
    const auto counts = merger.merge(shard);
    QVERIFY2(counts, qPrintable(merger.errorString()));
    QCOMPARE(counts->pagesAdded, 2);
    merger.close();
    Store store;
    QVERIFY(store.open(main));
    QCOMPARE(store.donePages(kHashA, kKey), (QSet<int>{1, 2}));
    QCOMPARE(toString(store.documents().at(0).status), toString(DocumentStatus::Pending));
    writer.close();
}

void TestShardMerger::correctionsInAShardFollowTheirWords()
{
    const QString main = m_dir.filePath(QStringLiteral("corr-main.sqlite"));
    const QString shard = m_dir.filePath(QStringLiteral("corr-shard.sqlite"));
    writeShard(shard, {{kHashA, makePage(1, QStringLiteral("alpha one"))}},
               {test::makeDocument(QStringLiteral("/in/a.pdf"), kHashA, kKey, 1)});
    {
        Store store;
        QVERIFY(store.open(shard));
        const std::optional<StoredPage> page = store.loadPage(QStringLiteral("/in/a.pdf"), 1, true);
        QVERIFY(page);
        QVERIFY(store.correctWord(page->result.words.at(1).id, QStringLiteral("One")));
    }
    ShardMerger merger;
    QVERIFY(merger.open(main));
    QVERIFY2(merger.merge(shard), qPrintable(merger.errorString()));
    merger.close();
    Store store;
    QVERIFY(store.open(main));
    const std::optional<StoredPage> page = store.loadPage(QStringLiteral("/in/a.pdf"), 1, true);
    QVERIFY(page);
    QCOMPARE(page->correctedText, QStringLiteral("alpha One"));
    // The audit row points at the word's id in the main database.
    const qint64 wordId = page->result.words.at(1).id;
    QCOMPARE(test::RawDb(main, false).rows("SELECT word_id, corrected FROM corrections"),
             QStringLiteral("%1|One").arg(wordId));
}

void TestShardMerger::refusesWhatIsNotAShardDatabase()
{
    const QString main = m_dir.filePath(QStringLiteral("refuse-main.sqlite"));
    ShardMerger merger;
    QVERIFY(merger.open(main));
    const QString missing = m_dir.filePath(QStringLiteral("no-such-shard.sqlite"));
    QVERIFY(!merger.merge(missing));
    QVERIFY2(merger.errorString().contains(QDir::toNativeSeparators(missing)), qPrintable(merger.errorString()));
    QVERIFY(!QFileInfo::exists(missing));

    const QString text = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not SQLite at all, just some text that is long enough to be a header........");
    file.close();
    const QString before = dump(main);
    QVERIFY(!merger.merge(text));
    QVERIFY2(merger.errorString().contains(QDir::toNativeSeparators(text)), qPrintable(merger.errorString()));
    QCOMPARE(dump(main), before);
}

QTEST_GUILESS_MAIN(TestShardMerger)
#include "TestShardMerger.moc"
