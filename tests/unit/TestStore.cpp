#include "export/CsvExporter.h"
#include "export/TextExporter.h"
#include "store/SearchTerms.h"
#include "store/Store.h"

#include "StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace quire;

namespace {

const QString kKey = QStringLiteral("settings-a");
const QString kOtherKey = QStringLiteral("settings-b");

PageResult makePage(int page, const QString &text, PageStatus status = PageStatus::Done)
{
    PageResult r;
    r.page = page;
    r.status = status;
    r.text = text;
    if (status == PageStatus::Failed) {
        r.error = QStringLiteral("Page %1 timed out after 60 s").arg(page);
        r.text.clear();
        return r;
    }
    r.kind = PageKind::Ocr;
    r.dpi = 300;
    r.imageSize = QSize(2550, 3300);
    r.rotation = 90;
    r.skewDegrees = -1.25;
    r.meanConfidence = 91.5;
    r.timings = {12.5, 3.25, 850.0};
    Word first{QStringLiteral("Hello"), QRect(100, 200, 80, 30), 95.5f, 0, 0};
    Word second{QStringLiteral("wörld,"), QRect(190, 201, 90, 31), 87.25f, 0, 0};
    Word third{text, QRect(100, 400, 300, 40), 70.0f, 1, 1};
    r.words = {first, second, third};
    return r;
}

DocumentRecord makeDocument(const QString &path, const QString &hash, int pageCount = 0,
                            DocumentStatus status = DocumentStatus::Pending, const QString &settingsKey = kKey)
{
    return test::makeDocument(path, hash, settingsKey, pageCount, status);
}

using test::makeOcrPage;
using test::RawDb;

// The version-1 schema exactly as Quire 0.x created it.
constexpr const char *kVersion1Sql = R"sql(
CREATE TABLE runs(id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, settings_key TEXT, settings TEXT,
    pages_done INTEGER, pages_failed INTEGER);
CREATE TABLE documents(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, content_hash TEXT NOT NULL, type TEXT,
    size INTEGER, page_count INTEGER, status TEXT, error TEXT, settings_key TEXT, updated_at TEXT);
CREATE TABLE pages(id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL, page INTEGER NOT NULL,
    settings_key TEXT NOT NULL, kind TEXT, status TEXT, error TEXT, attempts INTEGER DEFAULT 1, dpi INTEGER,
    width INTEGER, height INTEGER, rotation INTEGER, skew REAL, confidence REAL, render_ms REAL,
    preprocess_ms REAL, recognize_ms REAL, text TEXT, finished_at TEXT, UNIQUE(content_hash, page, settings_key));
CREATE TABLE words(id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    idx INTEGER, block INTEGER, line INTEGER, x INTEGER, y INTEGER, w INTEGER, h INTEGER, confidence REAL, text TEXT);
CREATE INDEX words_page_id ON words(page_id);
INSERT INTO documents VALUES(1, '/old/letter.pdf', 'hold', 'pdf', 99, 1, 'done', NULL, 'settings-a', '2025-01-01');
INSERT INTO pages(id, content_hash, page, settings_key, kind, status, dpi, width, height, confidence, text)
    VALUES(7, 'hold', 1, 'settings-a', 'ocr', 'done', 300, 2550, 3300, 61.5, 'Dear Sir
Yours faithfuly');
INSERT INTO words(page_id, idx, block, line, x, y, w, h, confidence, text) VALUES
    (7, 0, 0, 0, 10, 10, 50, 20, 90, 'Dear'), (7, 1, 0, 0, 70, 10, 40, 20, 88, 'Sir'),
    (7, 2, 0, 1, 10, 40, 60, 20, 85, 'Yours'), (7, 3, 0, 1, 80, 40, 90, 20, 23, 'faithfuly');
PRAGMA user_version = 1;
)sql";

struct Visit
{
    QString path;
    int page;
    PageStatus status;
    QString error;
};

QList<Visit> visitAll(Store &store)
{
    QList<Visit> visits;
    const bool ok = store.forEachPage([&](const StoredPage &page) {
        visits.append({QFileInfo(page.documentPath).fileName(), page.result.page, page.result.status,
                       page.result.error});
        return true;
    });
    if (!ok)
        visits.append({QStringLiteral("<error: %1>").arg(store.errorString()), -1, PageStatus::Failed, {}});
    return visits;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("run-%1/quire.db").arg(m_counter++));
    }

    void openCreatesSchema()
    {
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QVERIFY(store.errorString().isEmpty());
        QCOMPARE(store.path(), m_path);
        QVERIFY(QFile::exists(m_path));

        RawDb raw(m_path);
        QCOMPARE(raw.value("PRAGMA user_version"), QStringLiteral("3"));
        QCOMPARE(raw.value("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(raw.value("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                           "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name)"),
                 QStringLiteral("corrections,corrections_page_id,corrections_word_id,documents,lexicon,pages,"
                                "pages_fts,pages_fts_config,pages_fts_content,pages_fts_data,pages_fts_docsize,"
                                "pages_fts_idx,runs,words,words_page_id"));
    }

    void openRejectsOtherFiles()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile junk(m_path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();

        Store store;
        QVERIFY(!store.open(m_path));
        qInfo("%s", qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QLatin1String("not a database")), qPrintable(store.errorString()));
    }

    void openRejectsNewerSchema()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
        }
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec("PRAGMA user_version = 7"));
        }
        Store store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.errorString().contains(QLatin1String("newer version")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(m_path));
    }

    void upsertDocumentTwiceKeepsId()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1")));
        QVERIFY(id > 0);
        DocumentRecord changed = makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h2"), 4, DocumentStatus::Done);
        changed.type = DocumentType::Tiff;
        QCOMPARE(store.upsertDocument(changed), id);
        const qint64 other = store.upsertDocument(makeDocument(QStringLiteral("/in/b.pdf"), QStringLiteral("h3")));
        QVERIFY(other > 0 && other != id);

        const std::optional<DocumentRecord> stored = store.document(id);
        QVERIFY(stored);
        QCOMPARE(stored->id, id);
        QCOMPARE(stored->path, QStringLiteral("/in/a.pdf"));
        QCOMPARE(stored->contentHash, QStringLiteral("h2"));
        QCOMPARE(toString(stored->type), toString(DocumentType::Tiff));
        QCOMPARE(stored->size, qint64(12345));
        QCOMPARE(stored->pageCount, 4);
        QCOMPARE(toString(stored->status), toString(DocumentStatus::Done));
        QCOMPARE(stored->settingsKey, kKey);
        QCOMPARE(store.documents().size(), 2);
        QVERIFY(!store.document(9999));
    }

    void setDocumentState()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const qint64 id = store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1")));
        QVERIFY(store.setDocumentState(id, 0, DocumentStatus::Failed, QStringLiteral("The PDF is encrypted")));
        std::optional<DocumentRecord> stored = store.document(id);
        QVERIFY(stored);
        QCOMPARE(toString(stored->status), toString(DocumentStatus::Failed));
        QCOMPARE(stored->error, QStringLiteral("The PDF is encrypted"));
        QCOMPARE(stored->settingsKey, kKey);

        QVERIFY(store.setDocumentState(id, 3, DocumentStatus::Partial, QString()));
        stored = store.document(id);
        QCOMPARE(stored->pageCount, 3);
        QCOMPARE(toString(stored->status), toString(DocumentStatus::Partial));
        QVERIFY(stored->error.isEmpty());

        QVERIFY(!store.setDocumentState(id + 100, 1, DocumentStatus::Done, QString()));
        QVERIFY2(store.errorString().contains(QString::number(id + 100)), qPrintable(store.errorString()));
    }

    void documentStatusNames()
    {
        QCOMPARE(toString(DocumentStatus::Pending), QStringLiteral("pending"));
        QCOMPARE(toString(DocumentStatus::Done), QStringLiteral("done"));
        QCOMPARE(toString(DocumentStatus::Partial), QStringLiteral("partial"));
        QCOMPARE(toString(DocumentStatus::Failed), QStringLiteral("failed"));
    }

    void addPageAndFlush()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("one")));
        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("two")));
        store.addPage(QStringLiteral("h1"), kKey, makePage(3, QString(), PageStatus::Failed));
        QCOMPARE(store.pendingCount(), 3);
        QVERIFY2(store.flush(), qPrintable(store.errorString()));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2}));
        QCOMPARE(store.failedPageAttempts(QStringLiteral("h1"), kKey), (QHash<int, int>{{3, 1}}));
        QVERIFY(store.donePages(QStringLiteral("h2"), kKey).isEmpty());
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM words"), QStringLiteral("6"));
    }

    void queriesFlushFirst()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("one")));
        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QString(), PageStatus::Failed));
        QCOMPARE(store.pendingCount(), 2);
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1}));
        QCOMPARE(store.pendingCount(), 0);
        store.addPage(QStringLiteral("h1"), kKey, makePage(3, QString(), PageStatus::Failed));
        QCOMPARE(store.failedPageAttempts(QStringLiteral("h1"), kKey), (QHash<int, int>{{2, 1}, {3, 1}}));
    }

    void replaceSameKeyKeepsOneRow()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QString(), PageStatus::Failed));
        QVERIFY(store.flush());
        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QString(), PageStatus::Failed));
        QVERIFY(store.flush());
        QCOMPARE(store.failedPageAttempts(QStringLiteral("h1"), kKey), (QHash<int, int>{{2, 2}}));

        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("first")));
        QVERIFY(store.flush());
        PageResult second = makePage(2, QStringLiteral("second"));
        second.words.removeLast();
        store.addPage(QStringLiteral("h1"), kKey, second);
        QVERIFY(store.flush());

        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{2}));
        QVERIFY(store.failedPageAttempts(QStringLiteral("h1"), kKey).isEmpty());
        RawDb raw(m_path);
        QCOMPARE(raw.value("SELECT count(*) FROM pages"), QStringLiteral("1"));
        QCOMPARE(raw.value("SELECT attempts FROM pages"), QStringLiteral("4"));
        QCOMPARE(raw.value("SELECT text FROM pages"), QStringLiteral("second"));
        // The old words went with the old result.
        QCOMPARE(raw.value("SELECT count(*) FROM words"), QStringLiteral("2"));
    }

    void differentSettingsKeyIsSeparate()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("a")));
        store.addPage(QStringLiteral("h1"), kOtherKey, makePage(1, QStringLiteral("b")));
        store.addPage(QStringLiteral("h1"), kOtherKey, makePage(2, QStringLiteral("c")));
        QVERIFY(store.flush());
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1}));
        QCOMPARE(store.donePages(QStringLiteral("h1"), kOtherKey), (QSet<int>{1, 2}));
        QCOMPARE(RawDb(m_path).value("SELECT max(attempts) FROM pages"), QStringLiteral("1"));
    }

    void pageRoundTrip()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 2));
        const PageResult original = makePage(1, QStringLiteral("Ünïcode “quoted”, text\nline two"));
        store.addPage(QStringLiteral("h1"), kKey, original);
        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QString(), PageStatus::Failed));

        QList<StoredPage> pages;
        QVERIFY(store.forEachPage([&](const StoredPage &page) {
            pages.append(page);
            return true;
        }, true));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(pages.size(), 2);

        const StoredPage &done = pages.at(0);
        QVERIFY(done.id > 0);
        QCOMPARE(done.documentPath, QStringLiteral("/in/a.pdf"));
        const PageResult &r = done.result;
        QCOMPARE(r.page, 1);
        QCOMPARE(toString(r.kind), toString(PageKind::Ocr));
        QCOMPARE(toString(r.status), toString(PageStatus::Done));
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.text, original.text);
        QCOMPARE(r.meanConfidence, 91.5);
        QCOMPARE(r.dpi, 300);
        QCOMPARE(r.imageSize, QSize(2550, 3300));
        QCOMPARE(r.rotation, 90);
        QCOMPARE(r.skewDegrees, -1.25);
        QCOMPARE(r.timings.renderMs, 12.5);
        QCOMPARE(r.timings.preprocessMs, 3.25);
        QCOMPARE(r.timings.recognizeMs, 850.0);
        QCOMPARE(r.words.size(), original.words.size());
        for (qsizetype i = 0; i < r.words.size(); ++i) {
            QCOMPARE(r.words.at(i).text, original.words.at(i).text);
            QCOMPARE(r.words.at(i).box, original.words.at(i).box);
            QCOMPARE(r.words.at(i).confidence, original.words.at(i).confidence);
            QCOMPARE(r.words.at(i).block, original.words.at(i).block);
            QCOMPARE(r.words.at(i).line, original.words.at(i).line);
        }

        const PageResult &failed = pages.at(1).result;
        QCOMPARE(failed.page, 2);
        QCOMPARE(toString(failed.status), toString(PageStatus::Failed));
        QCOMPARE(failed.error, QStringLiteral("Page 2 timed out after 60 s"));
        QCOMPARE(failed.meanConfidence, -1.0);
        QVERIFY(failed.words.isEmpty());
        QVERIFY(!failed.imageSize.isValid());

        // Without withWords the words stay in the database.
        int wordsSeen = 0;
        QVERIFY(store.forEachPage([&](const StoredPage &page) {
            wordsSeen += int(page.result.words.size());
            return true;
        }));
        QCOMPARE(wordsSeen, 0);
    }

    void forEachPageOrder()
    {
        Store store;
        QVERIFY(store.open(m_path));
        // Inserted out of order on purpose.
        store.upsertDocument(makeDocument(QStringLiteral("/in/c.pdf"), QStringLiteral("hc"), 3, DocumentStatus::Partial));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 2, DocumentStatus::Done));
        const qint64 broken = store.upsertDocument(makeDocument(QStringLiteral("/in/b.pdf"), QStringLiteral("hb")));
        QVERIFY(store.setDocumentState(broken, 0, DocumentStatus::Failed, QStringLiteral("Not a PDF, a PNG or a TIFF")));
        store.upsertDocument(makeDocument(QStringLiteral("/in/d.pdf"), QStringLiteral("hd"), 1, DocumentStatus::Done, kOtherKey));
        store.upsertDocument(makeDocument(QStringLiteral("/in/e.pdf"), QStringLiteral("he"), 0, DocumentStatus::Pending));

        store.addPage(QStringLiteral("hc"), kKey, makePage(3, QStringLiteral("c3")));
        store.addPage(QStringLiteral("hc"), kKey, makePage(1, QString(), PageStatus::Failed));
        // Page 2 of c is missing: it is simply absent.
        store.addPage(QStringLiteral("ha"), kKey, makePage(2, QStringLiteral("a2")));
        store.addPage(QStringLiteral("ha"), kKey, makePage(1, QStringLiteral("a1")));
        // d was processed with other settings; a page under kKey is not its.
        store.addPage(QStringLiteral("hd"), kKey, makePage(1, QStringLiteral("wrong settings")));
        store.addPage(QStringLiteral("hd"), kOtherKey, makePage(1, QStringLiteral("d1")));

        const QList<Visit> visits = visitAll(store);
        QStringList seen;
        for (const Visit &v : visits)
            seen.append(QStringLiteral("%1:%2:%3").arg(v.path).arg(v.page).arg(toString(v.status)));
        QCOMPARE(seen, (QStringList{QStringLiteral("a.pdf:1:done"), QStringLiteral("a.pdf:2:done"),
                                    QStringLiteral("b.pdf:0:failed"), QStringLiteral("c.pdf:1:failed"),
                                    QStringLiteral("c.pdf:3:done"), QStringLiteral("d.pdf:1:done")}));
        QCOMPARE(visits.at(2).error, QStringLiteral("Not a PDF, a PNG or a TIFF"));

        QStringList paths;
        for (const DocumentRecord &document : store.documents())
            paths.append(QFileInfo(document.path).fileName());
        QCOMPARE(paths, (QStringList{QStringLiteral("a.pdf"), QStringLiteral("b.pdf"), QStringLiteral("c.pdf"),
                                     QStringLiteral("d.pdf"), QStringLiteral("e.pdf")}));

        int calls = 0;
        QVERIFY(store.forEachPage([&](const StoredPage &) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
    }

    void sameContentUnderTwoPaths()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/x/copy.pdf"), QStringLiteral("same"), 1, DocumentStatus::Done));
        store.upsertDocument(makeDocument(QStringLiteral("/in/original.pdf"), QStringLiteral("same"), 1, DocumentStatus::Done));
        store.addPage(QStringLiteral("same"), kKey, makePage(1, QStringLiteral("once")));
        const QList<Visit> visits = visitAll(store);
        QCOMPARE(visits.size(), 2);
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM pages"), QStringLiteral("1"));
    }

    void reopenPersists()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
            store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 2, DocumentStatus::Done));
            const qint64 run = store.beginRun(kKey, QStringLiteral("{\"dpi\":300}"));
            QVERIFY(run > 0);
            store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("one")));
            store.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("two")));
            store.finishRun(run, 2, 0);
            store.addPage(QStringLiteral("h1"), kKey, makePage(3, QStringLiteral("three")));
            store.close(); // close() writes what is still queued
            QCOMPARE(store.pendingCount(), 0);
        }
        Store store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2, 3}));
        QCOMPARE(store.documents().size(), 1);
        RawDb raw(m_path);
        QCOMPARE(raw.value("SELECT settings_key || '|' || settings || '|' || pages_done || '|' || pages_failed "
                           "|| '|' || (finished_at >= started_at) FROM runs"),
                 QStringLiteral("settings-a|{\"dpi\":300}|2|0|1"));
        // ISO 8601 UTC.
        QVERIFY(raw.value("SELECT finished_at FROM pages LIMIT 1").endsWith(QLatin1Char('Z')));
    }

    void destructorFlushes()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
            store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("one")));
            QCOMPARE(store.pendingCount(), 1);
        }
        Store store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1}));
    }

    void secondStoreReadsWhileFirstIsOpen()
    {
        Store writer;
        QVERIFY(writer.open(m_path));
        writer.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 3, DocumentStatus::Pending));
        writer.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("one")));
        QVERIFY(writer.flush());
        writer.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("two")));

        Store reader;
        QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
        QCOMPARE(reader.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1})); // page 2 is not flushed yet
        QCOMPARE(visitAll(reader).size(), 1);

        QVERIFY(writer.flush());
        QCOMPARE(reader.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2}));

        // The reader holds a read snapshot while streaming; the writer can still commit.
        int seen = 0;
        QVERIFY(reader.forEachPage([&](const StoredPage &) {
            writer.addPage(QStringLiteral("h1"), kKey, makePage(3, QStringLiteral("three")));
            if (!writer.flush())
                qWarning("%s", qPrintable(writer.errorString()));
            ++seen;
            return true;
        }));
        QCOMPARE(writer.pendingCount(), 0);
        QCOMPARE(seen, 2);
        QCOMPARE(reader.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2, 3}));
    }

    // A process that dies without close() keeps everything it flushed and
    // loses only what was still queued.
    void crashKeepsFlushedResults()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            Store store;
            if (!store.open(m_path))
                _exit(2);
            store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 4));
            for (int page = 1; page <= 3; ++page)
                store.addPage(QStringLiteral("h1"), kKey, makePage(page, QStringLiteral("page")));
            if (!store.flush())
                _exit(3);
            store.addPage(QStringLiteral("h1"), kKey, makePage(4, QStringLiteral("queued only")));
            _exit(0); // no destructor, no close(), no checkpoint
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));

        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2, 3}));
        QCOMPARE(store.documents().size(), 1);
    }

    void autoFlushAt32()
    {
        Store writer;
        QVERIFY(writer.open(m_path));
        Store reader;
        QVERIFY(reader.open(m_path));
        for (int page = 1; page <= 31; ++page)
            writer.addPage(QStringLiteral("h1"), kKey, makePage(page, QStringLiteral("p")));
        QCOMPARE(writer.pendingCount(), 31);
        QVERIFY(reader.donePages(QStringLiteral("h1"), kKey).isEmpty());
        writer.addPage(QStringLiteral("h1"), kKey, makePage(32, QStringLiteral("p")));
        QCOMPARE(writer.pendingCount(), 0);
        QCOMPARE(reader.donePages(QStringLiteral("h1"), kKey).size(), 32);
        writer.addPage(QStringLiteral("h1"), kKey, makePage(33, QStringLiteral("p")));
        QCOMPARE(writer.pendingCount(), 1);
    }

    void autoFlushAfterOneSecond()
    {
        Store writer;
        QVERIFY(writer.open(m_path));
        qint64 now = 1'000'000;
        writer.setClock([&now] { return now; });
        writer.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("p")));
        now += 600;
        writer.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("p")));
        QCOMPARE(writer.pendingCount(), 2);
        now += 500; // the age of the first queued result is what counts: 1.1 s now
        writer.addPage(QStringLiteral("h1"), kKey, makePage(3, QStringLiteral("p")));
        QCOMPARE(writer.pendingCount(), 0);
        Store reader;
        QVERIFY(reader.open(m_path));
        QCOMPARE(reader.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2, 3}));
    }

    void failedFlushKeepsQueue()
    {
        Store store;
        QVERIFY(store.open(m_path));
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec("DROP TABLE words"));
        }
        store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("one")));
        store.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("two")));
        QVERIFY(!store.flush());
        qInfo("%s", qPrintable(store.errorString()));
        QCOMPARE(store.pendingCount(), 2);
        QVERIFY2(store.errorString().contains(m_path), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QLatin1String("no such table: words")), qPrintable(store.errorString()));
        // Rolled back: the page rows written before the failure are gone too.
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM pages"), QStringLiteral("0"));

        {
            RawDb raw(m_path);
            QVERIFY(raw.exec("CREATE TABLE words(id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES "
                             "pages(id) ON DELETE CASCADE, idx INTEGER, block INTEGER, line INTEGER, x INTEGER, "
                             "y INTEGER, w INTEGER, h INTEGER, confidence REAL, text TEXT, corrected TEXT, "
                             "accepted INTEGER NOT NULL DEFAULT 0, not_in_dictionary INTEGER NOT NULL DEFAULT 0)"));
        }
        QVERIFY2(store.flush(), qPrintable(store.errorString()));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey), (QSet<int>{1, 2}));
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM words"), QStringLiteral("6"));
    }

    void notOpen()
    {
        Store store;
        store.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("p")));
        QVERIFY(!store.flush());
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(store.upsertDocument(makeDocument(QStringLiteral("/a.pdf"), QStringLiteral("h"))), 0);
        QVERIFY(!store.forEachPage([](const StoredPage &) { return true; }));
    }

    void manyPagesFlushInBatches()
    {
        Store store;
        QVERIFY(store.open(m_path));
        for (int page = 1; page <= 2000; ++page)
            store.addPage(QStringLiteral("h1"), kKey, makePage(page, QStringLiteral("text of the page")));
        QVERIFY(store.flush()); // how fast: quire-bench-core
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey).size(), 2000);
    }

    void migratesVersion1()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            RawDb raw(m_path);
            QVERIFY2(raw.exec(kVersion1Sql), qPrintable(raw.error()));
        }
        Store store;
        QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
        {
            RawDb raw(m_path);
            QCOMPARE(raw.value("PRAGMA user_version"), QStringLiteral("3"));
            QCOMPARE(raw.value("SELECT count(*) || '/' || sum(accepted) || '/' || count(corrected) || '/'"
                               " || sum(not_in_dictionary) FROM words"),
                     QStringLiteral("4/0/0/0"));
        }
        // The old data is all there, and searchable.
        const std::optional<StoredPage> page = store.loadPage(QStringLiteral("/old/letter.pdf"), 1);
        QVERIFY(page);
        QCOMPARE(page->result.text, QStringLiteral("Dear Sir\nYours faithfuly"));
        QCOMPARE(page->correctedText, page->result.text);
        QCOMPARE(page->result.words.size(), 4);
        QVERIFY(page->result.words.at(3).id > 0);
        QCOMPARE(store.search(QStringLiteral("faithfuly")).size(), 1);
        QCOMPARE(store.suspiciousCount({50}), 1);

        // And it can be corrected like a new one.
        QVERIFY2(store.correctWord(page->result.words.at(3).id, QStringLiteral("faithfully")),
                 qPrintable(store.errorString()));
        QCOMPARE(store.loadPage(QStringLiteral("/old/letter.pdf"), 1)->correctedText,
                 QStringLiteral("Dear Sir\nYours faithfully"));
        QCOMPARE(store.search(QStringLiteral("faithfully")).size(), 1);
        QVERIFY(store.search(QStringLiteral("faithfuly")).isEmpty());
        store.close();

        // Opening it again changes nothing.
        QVERIFY(store.open(m_path));
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM pages_fts"), QStringLiteral("1"));
        QCOMPARE(store.search(QStringLiteral("faithfully")).size(), 1);
    }

    void correctWordKeepsRecognitionAndAudits()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 1, DocumentStatus::Done));
        store.addPage(QStringLiteral("h1"), kKey,
                      makeOcrPage(1, {{QStringLiteral("Tne"), 40}, {QStringLiteral("quick"), 95},
                                      {QStringLiteral("fox"), 90}, {QStringLiteral("jumps"), 91}}));
        std::optional<StoredPage> page = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(page);
        QCOMPARE(page->correctedText, QStringLiteral("Tne quick fox\njumps"));
        const qint64 id = page->result.words.at(0).id;
        QVERIFY(id > 0);
        QVERIFY(page->result.words.at(0).corrected.isEmpty());

        QVERIFY2(store.correctWord(id, QStringLiteral("The")), qPrintable(store.errorString()));
        page = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QCOMPARE(page->result.text, QStringLiteral("Tne quick fox\njumps")); // the recognition stays
        QCOMPARE(page->correctedText, QStringLiteral("The quick fox\njumps"));
        QCOMPARE(page->result.words.at(0).text, QStringLiteral("Tne"));
        QCOMPARE(page->result.words.at(0).corrected, QStringLiteral("The"));
        QCOMPARE(page->result.words.at(0).displayText(), QStringLiteral("The"));

        QVERIFY(store.correctWord(id, QStringLiteral("THE")));
        QVERIFY(store.correctWord(id, QStringLiteral("THE"))); // no change, no audit row
        QCOMPARE(store.loadPage(QStringLiteral("/in/a.pdf"), 1)->correctedText, QStringLiteral("THE quick fox\njumps"));
        // Back to what was recognized: the correction is gone, the audit is not.
        QVERIFY(store.correctWord(id, QStringLiteral("Tne")));
        page = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(page->result.words.at(0).corrected.isEmpty());
        QCOMPARE(page->correctedText, page->result.text);
        RawDb raw(m_path);
        QCOMPARE(raw.value("SELECT group_concat(original || '>' || corrected, ',') FROM "
                           "(SELECT * FROM corrections ORDER BY id)"),
                 QStringLiteral("Tne>The,The>THE,THE>Tne"));
        QCOMPARE(raw.value("SELECT count(*) FROM corrections WHERE word_id = (SELECT id FROM words WHERE idx = 0) "
                           "AND page_id = (SELECT id FROM pages) AND at LIKE '%Z'"),
                 QStringLiteral("3"));
        QCOMPARE(raw.value("SELECT count(*) FROM words WHERE corrected IS NOT NULL"), QStringLiteral("0"));
        QCOMPARE(raw.value("SELECT count(*) FROM pages WHERE corrected_text IS NOT NULL"), QStringLiteral("0"));

        QVERIFY(!store.correctWord(id, QStringLiteral("  ")));
        QVERIFY2(store.errorString().contains(QLatin1String("empty")), qPrintable(store.errorString()));
        QVERIFY(!store.correctWord(id + 1000, QStringLiteral("x")));
        QVERIFY2(store.errorString().contains(QString::number(id + 1000)), qPrintable(store.errorString()));
    }

    void setPageTextCorrectsChangedWord()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 1, DocumentStatus::Done));
        store.addPage(QStringLiteral("h1"), kKey,
                      makeOcrPage(1, {{QStringLiteral("Tne"), 40}, {QStringLiteral("quick"), 95},
                                      {QStringLiteral("fox"), 90}, {QStringLiteral("jumps"), 91}}));
        const std::optional<StoredPage> before = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(before);
        QCOMPARE(before->correctedText, QStringLiteral("Tne quick fox\njumps"));

        QVERIFY2(store.setPageText(QStringLiteral("/in/a.pdf"), 1, QStringLiteral("The quick fox\njumps")),
                 qPrintable(store.errorString()));
        std::optional<StoredPage> after = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(after);
        QCOMPARE(after->correctedText, QStringLiteral("The quick fox\njumps"));
        QCOMPARE(after->result.text, before->result.text); // the recognition stays
        QCOMPARE(after->result.words.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const Word &was = before->result.words.at(i);
            const Word &now = after->result.words.at(i);
            QCOMPARE(now.id, was.id);
            QCOMPARE(now.box, was.box);
            QCOMPARE(now.text, was.text);
            QCOMPARE(now.corrected, i == 0 ? QStringLiteral("The") : QString());
        }
        {
            RawDb raw(m_path);
            QCOMPARE(raw.value("SELECT group_concat(word_id || ':' || replace(original, char(10), '|') || '>'"
                               " || replace(corrected, char(10), '|'), ',') FROM (SELECT * FROM corrections ORDER BY id)"),
                     QStringLiteral("%1:Tne>The,0:Tne quick fox|jumps>The quick fox|jumps")
                         .arg(before->result.words.at(0).id));
            QCOMPARE(raw.value("SELECT count(*) FROM corrections WHERE word_id = 0 AND page_id = (SELECT id FROM pages)"
                               " AND at LIKE '%Z'"),
                     QStringLiteral("1"));
        }

        // The same text again changes nothing and is not audited.
        QVERIFY(store.setPageText(QStringLiteral("/in/a.pdf"), 1, QStringLiteral("The quick fox\njumps")));
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM corrections"), QStringLiteral("2"));

        // A later word correction lands where the word stands in the person's text.
        QVERIFY2(store.correctWord(after->result.words.at(3).id, QStringLiteral("jumped")),
                 qPrintable(store.errorString()));
        QCOMPARE(store.loadPage(QStringLiteral("/in/a.pdf"), 1)->correctedText, QStringLiteral("The quick fox\njumped"));

        // A page that is not stored is refused with a reason.
        QVERIFY(!store.setPageText(QStringLiteral("/in/a.pdf"), 7, QStringLiteral("x")));
        QVERIFY2(store.errorString().contains(QLatin1String("page 7")), qPrintable(store.errorString()));
    }

    void setPageTextKeepsLinksAcrossInsertAndDelete()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("h1"), 1, DocumentStatus::Done));
        store.addPage(QStringLiteral("h1"), kKey,
                      makeOcrPage(1,
                                  {{QStringLiteral("Tne"), 40}, {QStringLiteral("quick"), 95},
                                   {QStringLiteral("brown"), 90}, {QStringLiteral("fox"), 91},
                                   {QStringLiteral("jumps"), 92}, {QStringLiteral("high"), 93}},
                                  6));
        const std::optional<StoredPage> before = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(before);
        // "very" inserted, "brown" deleted, "Tne" and "high" changed.
        const QString edited = QStringLiteral("The very quick fox jumps higher");
        QVERIFY2(store.setPageText(QStringLiteral("/in/a.pdf"), 1, edited), qPrintable(store.errorString()));
        const std::optional<StoredPage> after = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(after);
        QCOMPARE(after->correctedText, edited);
        QCOMPARE(after->result.words.size(), 6);
        // "Tne" sits between the start and the insertion, "very": a gap of one
        // old word against two new ones, so it is not linked. "brown" is gone
        // (unlinked); "high" -> "higher" pairs one to one at the end.
        const QStringList corrected = {QString(), QString(), QString(), QString(), QString(), QStringLiteral("higher")};
        for (int i = 0; i < 6; ++i) {
            const Word &was = before->result.words.at(i);
            const Word &now = after->result.words.at(i);
            QCOMPARE(now.id, was.id);
            QCOMPARE(now.box, was.box);
            QCOMPARE(now.text, was.text);
            QCOMPARE(now.corrected, corrected.at(i));
        }
        RawDb raw(m_path);
        QCOMPARE(raw.value("SELECT group_concat(word_id || ':' || original || '>' || corrected, ',') FROM "
                           "(SELECT * FROM corrections WHERE word_id != 0 ORDER BY id)"),
                 QStringLiteral("%1:high>higher").arg(before->result.words.at(5).id));
        QCOMPARE(raw.value("SELECT count(*) FROM corrections WHERE word_id = 0"), QStringLiteral("1"));

        // A plain insertion and deletion with a one-to-one change beside them.
        QVERIFY(store.setPageText(QStringLiteral("/in/a.pdf"), 1, QStringLiteral("Thee quick fox jumps higher now")));
        const std::optional<StoredPage> again = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QCOMPARE(again->result.words.at(0).corrected, QStringLiteral("Thee"));
        QCOMPARE(again->result.words.at(0).box, before->result.words.at(0).box);
        QVERIFY(again->result.words.at(2).corrected.isEmpty()); // "brown", still unlinked
        QCOMPARE(again->result.words.at(5).corrected, QStringLiteral("higher"));
    }

    void setPageTextFeedsExportsAndSearch()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/letter.pdf"), QStringLiteral("h1"), 1,
                                          DocumentStatus::Done));
        store.addPage(QStringLiteral("h1"), kKey,
                      makeOcrPage(1, {{QStringLiteral("Tne"), 40}, {QStringLiteral("quick"), 95},
                                      {QStringLiteral("fox"), 90}, {QStringLiteral("jumps"), 91}}));
        // New line breaks, a blank line, doubled spaces and a comma: kept exactly.
        const QString edited = QStringLiteral("The quick\n\nfox  jumps, \"gracefully\"");
        QVERIFY2(store.setPageText(QStringLiteral("/in/letter.pdf"), 1, edited), qPrintable(store.errorString()));
        QCOMPARE(store.loadPage(QStringLiteral("/in/letter.pdf"), 1)->correctedText, edited);

        QTemporaryDir out;
        QVERIFY(out.isValid());
        QString error;
        const QString csv = out.filePath(QStringLiteral("pages.csv"));
        QVERIFY2(CsvExporter::exportPages(store, csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QVERIFY2(csvText.endsWith(QLatin1Char(',') + CsvExporter::escapeField(edited) + QStringLiteral("\r\n")),
                 qPrintable(csvText));
        const QString folder = out.filePath(QStringLiteral("text"));
        QVERIFY2(TextExporter::exportDocuments(store, folder, &error), qPrintable(error));
        QFile txt(QDir(folder).filePath(QStringLiteral("letter.txt")));
        QVERIFY(txt.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(txt.readAll()), edited);

        QCOMPARE(store.search(QStringLiteral("gracefully")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("the quick")).size(), 1);
        QVERIFY(store.search(QStringLiteral("Tne")).isEmpty());

        // Reopening keeps the person's text.
        store.close();
        QVERIFY(store.open(m_path));
        QCOMPARE(store.loadPage(QStringLiteral("/in/letter.pdf"), 1)->correctedText, edited);
        QCOMPARE(store.search(QStringLiteral("gracefully")).size(), 1);
    }

    void acceptAndSuspicious()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/b.pdf"), QStringLiteral("hb"), 1, DocumentStatus::Done));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 2, DocumentStatus::Done));
        // An old page under other settings is not the document's any more: not listed.
        store.addPage(QStringLiteral("ha"), kOtherKey, makeOcrPage(1, {{QStringLiteral("stale"), 1}}));
        store.addPage(QStringLiteral("ha"), kKey,
                      makeOcrPage(1, {{QStringLiteral("al"), 55}, {QStringLiteral("b2"), 30}, {QStringLiteral("ok"), 96}}));
        store.addPage(QStringLiteral("ha"), kKey, makeOcrPage(2, {{QStringLiteral("a2x"), 12.5f}}));
        store.addPage(QStringLiteral("hb"), kKey,
                      makeOcrPage(1, {{QStringLiteral("first"), 99}, {QStringLiteral("bx"), 20}, {QStringLiteral("c"), 70}},
                                  2));

        auto texts = [](const QList<SuspiciousWord> &words) {
            QStringList out;
            for (const SuspiciousWord &w : words)
                out.append(QStringLiteral("%1:%2:%3").arg(QFileInfo(w.documentPath).fileName()).arg(w.page).arg(w.text));
            return out;
        };
        QCOMPARE(store.suspiciousCount({60}), 4);
        QCOMPARE(store.suspiciousCount({80}), 5);
        QCOMPARE(store.suspiciousCount({10}), 0);
        const QList<SuspiciousWord> all = store.suspiciousWords({60}, 100);
        QCOMPARE(texts(all), (QStringList{QStringLiteral("a.pdf:2:a2x"), QStringLiteral("b.pdf:1:bx"),
                                          QStringLiteral("a.pdf:1:b2"), QStringLiteral("a.pdf:1:al")}));
        QCOMPARE(all.at(0).confidence, 12.5f);
        QCOMPARE(all.at(1).box, QRect(300, 100, 150, 40));
        QCOMPARE(all.at(1).dpi, 300);
        QCOMPARE(all.at(1).lineText, QStringLiteral("first bx"));
        QCOMPARE(texts(store.suspiciousWords({60}, 2, 1)),
                 (QStringList{QStringLiteral("b.pdf:1:bx"), QStringLiteral("a.pdf:1:b2")}));

        // Accepted and corrected words leave the list; un-accepting brings one back.
        QVERIFY2(store.acceptWord(all.at(0).wordId), qPrintable(store.errorString()));
        QVERIFY(store.correctWord(all.at(2).wordId, QStringLiteral("be")));
        QCOMPARE(texts(store.suspiciousWords({60}, 100)),
                 (QStringList{QStringLiteral("b.pdf:1:bx"), QStringLiteral("a.pdf:1:al")}));
        QCOMPARE(store.suspiciousCount({60}), 2);
        // The line text shows the correction.
        QCOMPARE(store.suspiciousWords({60}, 100).at(1).lineText, QStringLiteral("al be ok"));
        QVERIFY(store.loadPage(QStringLiteral("/in/a.pdf"), 2)->result.words.at(0).accepted);
        QVERIFY(store.acceptWord(all.at(0).wordId, false));
        QCOMPARE(store.suspiciousCount({60}), 3);
        QVERIFY(!store.acceptWord(987654));
        QVERIFY2(store.errorString().contains(QLatin1String("987654")), qPrintable(store.errorString()));
    }

    void suspiciousIncludesWordsNotInDictionary()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 1, DocumentStatus::Done));
        PageResult page = makeOcrPage(1, {{QStringLiteral("Zorbitane"), 93}, {QStringLiteral("the"), 96},
                                          {QStringLiteral("tbe"), 40}, {QStringLiteral("Quirelex"), 88}});
        page.words[0].notInDictionary = true;
        page.words[2].notInDictionary = true;
        page.words[3].notInDictionary = true;
        store.addPage(QStringLiteral("ha"), kKey, page);

        // Stored and read back.
        const std::optional<StoredPage> stored = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(stored);
        QList<bool> flags;
        for (const Word &word : stored->result.words)
            flags.append(word.notInDictionary);
        QCOMPARE(flags, (QList<bool>{true, false, true, true}));

        auto texts = [](const QList<SuspiciousWord> &words) {
            QStringList out;
            for (const SuspiciousWord &w : words)
                out.append(w.text + (w.notInDictionary ? QStringLiteral("*") : QString()));
            return out;
        };
        // Confidence alone: only the weak one. With the dictionary: the confident
        // unknown words too, still weakest first.
        QCOMPARE(texts(store.suspiciousWords({80, false}, 100)), QStringList{QStringLiteral("tbe*")});
        QCOMPARE(store.suspiciousCount({80, false}), 1);
        QCOMPARE(texts(store.suspiciousWords({80, true}, 100)),
                 (QStringList{QStringLiteral("tbe*"), QStringLiteral("Quirelex*"), QStringLiteral("Zorbitane*")}));
        QCOMPARE(store.suspiciousCount({80, true}), 3);
        // A known word is never queued for the dictionary, only for confidence.
        QCOMPARE(store.suspiciousCount({97, true}), 4);

        // Reviewed words leave the queue whatever put them there.
        const QList<SuspiciousWord> all = store.suspiciousWords({80, true}, 100);
        QVERIFY(store.acceptWord(all.at(2).wordId));
        QVERIFY(store.correctWord(all.at(1).wordId, QStringLiteral("Quirelox")));
        QCOMPARE(texts(store.suspiciousWords({80, true}, 100)), QStringList{QStringLiteral("tbe*")});
    }

    void lexicon()
    {
        {
            Store store;
            QVERIFY(store.open(m_path));
            QVERIFY(store.lexicon().isEmpty());
            QVERIFY(store.addToLexicon(QStringLiteral("Quire")));
            QVERIFY(store.addToLexicon(QStringLiteral(" Ñandú ")));
            QVERIFY(store.addToLexicon(QStringLiteral("Quire"))); // already there: fine
            QVERIFY(!store.addToLexicon(QStringLiteral("   ")));
            QVERIFY(!store.errorString().isEmpty());
        }
        Store store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.lexicon(), (QSet<QString>{QStringLiteral("Quire"), QStringLiteral("Ñandú")}));
    }

    // The words highlighted on a page are those FTS5 matched the page on:
    // same tokens, case and accents ignored, punctuation splitting.
    void searchTermsAgreeWithTheIndex()
    {
        QCOMPARE(search::tokens(QStringLiteral("Zürich, e-mail CAFÉ’s 4711")),
                 (QStringList{QStringLiteral("zurich"), QStringLiteral("e"), QStringLiteral("mail"),
                              QStringLiteral("cafe"), QStringLiteral("s"), QStringLiteral("4711")}));

        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 1, DocumentStatus::Done));
        PageResult page = makeOcrPage(1, {{QStringLiteral("Zürich,"), 90}, {QStringLiteral("e-mail"), 90},
                                          {QStringLiteral("CAFÉ"), 90}, {QStringLiteral("Mail."), 90},
                                          {QStringLiteral("mailbox"), 90}});
        store.addPage(QStringLiteral("ha"), kKey, page);
        const WordList words = store.loadPage(QStringLiteral("/in/a.pdf"), 1)->result.words;

        const QList<std::pair<QString, QList<int>>> cases = {
            {QStringLiteral("zurich"), {0}},
            {QStringLiteral("MAIL"), {1, 3}},
            {QStringLiteral("café"), {2}},
            {QStringLiteral("e-mail"), {1, 3}}, // the tokens e and mail: "Mail." holds one of them
            {QStringLiteral("cafe zurich"), {0, 2}},
            {QStringLiteral("mailbo"), {}},
        };
        for (const auto &[query, expected] : cases) {
            QCOMPARE(search::matchingWords(words, query), expected);
            QCOMPARE(store.search(query).size(), expected.isEmpty() ? 0 : 1);
        }
        // A correction is what is matched.
        QVERIFY(store.correctWord(words.at(4).id, QStringLiteral("mailbo")));
        const WordList corrected = store.loadPage(QStringLiteral("/in/a.pdf"), 1)->result.words;
        QCOMPARE(search::matchingWords(corrected, QStringLiteral("mailbo")), QList<int>{4});
        QCOMPARE(store.search(QStringLiteral("mailbo")).size(), 1);
    }

    void searchFindsCorrectedText()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 2, DocumentStatus::Done));
        store.upsertDocument(makeDocument(QStringLiteral("/in/b.pdf"), QStringLiteral("hb"), 1, DocumentStatus::Done));
        store.addPage(QStringLiteral("ha"), kKey,
                      makeOcrPage(1, {{QStringLiteral("Invoice"), 90}, {QStringLiteral("numbcr"), 40},
                                      {QStringLiteral("4711"), 90}}));
        store.addPage(QStringLiteral("ha"), kKey, makeOcrPage(2, {{QStringLiteral("Café"), 90}, {QStringLiteral("crème"), 90}}));
        store.addPage(QStringLiteral("hb"), kKey, makeOcrPage(1, {{QStringLiteral("number"), 90}, {QStringLiteral("one"), 90}}));

        auto where = [](const QList<SearchHit> &hits) {
            QStringList out;
            for (const SearchHit &hit : hits)
                out.append(QStringLiteral("%1#%2").arg(QFileInfo(hit.documentPath).fileName()).arg(hit.page));
            out.sort();
            return out;
        };
        QCOMPARE(where(store.search(QStringLiteral("number"))), (QStringList{QStringLiteral("b.pdf#1")}));
        QCOMPARE(where(store.search(QStringLiteral("numbcr"))), (QStringList{QStringLiteral("a.pdf#1")}));

        const qint64 id = store.loadPage(QStringLiteral("/in/a.pdf"), 1)->result.words.at(1).id;
        QVERIFY(store.correctWord(id, QStringLiteral("number")));
        QCOMPARE(where(store.search(QStringLiteral("number"))),
                 (QStringList{QStringLiteral("a.pdf#1"), QStringLiteral("b.pdf#1")}));
        QVERIFY(store.search(QStringLiteral("numbcr")).isEmpty());
        const QList<SearchHit> hits = store.search(QStringLiteral("invoice NUMBER"));
        QCOMPARE(where(hits), (QStringList{QStringLiteral("a.pdf#1")}));
        QVERIFY2(hits.at(0).snippet.contains(QLatin1String("[number]")), qPrintable(hits.at(0).snippet));
        QVERIFY2(hits.at(0).snippet.contains(QLatin1String("[Invoice]")), qPrintable(hits.at(0).snippet));
        QVERIFY(hits.at(0).pageId > 0);
        // Accents and case are ignored; FTS5 syntax in the query is searched for, not obeyed.
        QCOMPARE(where(store.search(QStringLiteral("cafe CREME"))), (QStringList{QStringLiteral("a.pdf#2")}));
        QVERIFY(store.search(QStringLiteral("number AND \"one")).isEmpty());
        QVERIFY(store.errorString().isEmpty());
        QVERIFY(store.search(QStringLiteral("   ")).isEmpty());
        QCOMPARE(store.search(QStringLiteral("number"), 1).size(), 1);
        // A re-run of a page re-indexes it.
        store.addPage(QStringLiteral("hb"), kKey, makeOcrPage(1, {{QStringLiteral("nothing"), 90}}));
        QCOMPARE(where(store.search(QStringLiteral("number"))), (QStringList{QStringLiteral("a.pdf#1")}));
    }

    void correctionSurvivesRerun()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 1, DocumentStatus::Done));
        const PageResult first = makeOcrPage(1, {{QStringLiteral("Tne"), 40}, {QStringLiteral("qu1ck"), 45},
                                                 {QStringLiteral("fox"), 30}, {QStringLiteral("gone"), 20},
                                                 {QStringLiteral("ok"), 95}});
        store.addPage(QStringLiteral("ha"), kKey, first);
        const WordList before = store.loadPage(QStringLiteral("/in/a.pdf"), 1)->result.words;
        QVERIFY(store.correctWord(before.at(0).id, QStringLiteral("The")));
        QVERIFY(store.correctWord(before.at(1).id, QStringLiteral("quick")));
        QVERIFY(store.correctWord(before.at(3).id, QStringLiteral("goner")));
        QVERIFY(store.acceptWord(before.at(2).id));

        // OCR runs again: "Tne" comes back at the same box, "qu1ck" a few
        // pixels off, "fox" the same, "gone" not at all, and a new word.
        PageResult again = first;
        again.words[1].box.translate(3, 2);
        again.words[3].text = QStringLiteral("g0ne");
        again.words.append(Word{QStringLiteral("new"), QRect(500, 500, 50, 20), 10.0f, 0, 2});
        again.text = joinWords(again.words);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"gone\".*\"goner\"")));
        store.addPage(QStringLiteral("ha"), kKey, again);
        QVERIFY2(store.flush(), qPrintable(store.errorString()));

        const std::optional<StoredPage> page = store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(page);
        const WordList &after = page->result.words;
        QCOMPARE(after.size(), 6);
        QVERIFY(after.at(0).id != before.at(0).id);
        QCOMPARE(after.at(0).corrected, QStringLiteral("The"));
        QCOMPARE(after.at(1).corrected, QStringLiteral("quick"));
        QVERIFY(after.at(2).accepted);
        QVERIFY(after.at(3).corrected.isEmpty());
        QCOMPARE(page->correctedText, QStringLiteral("The quick fox\ng0ne ok\nnew"));
        QCOMPARE(store.search(QStringLiteral("quick")).size(), 1);
        QCOMPARE(store.suspiciousCount({50}), 2); // g0ne and new

        RawDb raw(m_path);
        // Every audit row is kept; those of carried words point at the new words.
        QCOMPARE(raw.value("SELECT count(*) FROM corrections"), QStringLiteral("3"));
        QCOMPARE(raw.value("SELECT count(*) FROM corrections c JOIN words w ON w.id = c.word_id"), QStringLiteral("2"));
        QCOMPARE(raw.value("SELECT corrected FROM corrections WHERE word_id NOT IN (SELECT id FROM words)"),
                 QStringLiteral("goner"));

        // A re-run that now reads the corrected text needs no correction.
        PageResult fixed = again;
        fixed.words[0].text = QStringLiteral("The");
        fixed.text = joinWords(fixed.words);
        store.addPage(QStringLiteral("ha"), kKey, fixed);
        const StoredPage last = *store.loadPage(QStringLiteral("/in/a.pdf"), 1);
        QVERIFY(last.result.words.at(0).corrected.isEmpty());
        QCOMPARE(last.result.words.at(1).corrected, QStringLiteral("quick"));
        QCOMPARE(last.correctedText, QStringLiteral("The quick fox\ng0ne ok\nnew"));
        QCOMPARE(RawDb(m_path).value("SELECT count(*) FROM corrections c JOIN words w ON w.id = c.word_id"),
                 QStringLiteral("2"));
    }

    void correctionKeepsTextLayerLayout()
    {
        // A text-layer page's text is not joinWords(): a correction replaces
        // the word where it stands and keeps the rest of the text as it was.
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/t.pdf"), QStringLiteral("ht"), 1, DocumentStatus::Done));
        PageResult r = makeOcrPage(1, {{QStringLiteral("Title"), 100}, {QStringLiteral("Body"), 100},
                                       {QStringLiteral("text."), 100}}, 1);
        r.kind = PageKind::Text;
        r.text = QStringLiteral("  Title\n\n\tBody   text.\n");
        store.addPage(QStringLiteral("ht"), kKey, r);
        const qint64 id = store.loadPage(QStringLiteral("/in/t.pdf"), 1)->result.words.at(2).id;
        QVERIFY(store.correctWord(id, QStringLiteral("text.")));
        QCOMPARE(store.loadPage(QStringLiteral("/in/t.pdf"), 1)->correctedText,
                 QStringLiteral("  Title\n\n\tBody   text.\n"));
    }

    void pageCountMatchesForEachPage()
    {
        Store store;
        QVERIFY(store.open(m_path));
        store.upsertDocument(makeDocument(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"), 2, DocumentStatus::Done));
        const qint64 b = store.upsertDocument(makeDocument(QStringLiteral("/in/b.pdf"), QStringLiteral("hb")));
        QVERIFY(store.setDocumentState(b, 0, DocumentStatus::Failed, QStringLiteral("damaged")));
        store.addPage(QStringLiteral("ha"), kKey, makePage(1, QStringLiteral("one")));
        store.addPage(QStringLiteral("ha"), kKey, makePage(2, QStringLiteral("two")));
        store.addPage(QStringLiteral("ha"), kOtherKey, makePage(3, QStringLiteral("other settings")));
        QCOMPARE(store.pageCount(), 3);
        QCOMPARE(int(visitAll(store).size()), 3);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
