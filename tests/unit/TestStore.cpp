#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
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
    DocumentRecord record;
    record.path = path;
    record.contentHash = hash;
    record.type = DocumentType::Pdf;
    record.size = 12345;
    record.pageCount = pageCount;
    record.status = status;
    record.settingsKey = settingsKey;
    return record;
}

// Direct read-only access to the file, to check what really is on disk.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(RawDb)

    QString value(const char *sql) const
    {
        sqlite3_stmt *statement = nullptr;
        QString result = QStringLiteral("<error>");
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK) {
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW)
                result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            else if (rc == SQLITE_DONE)
                result.clear();
        }
        sqlite3_finalize(statement);
        return result;
    }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3 *m_db = nullptr;
};

struct Visit
{
    QString path;
    int page;
    PageStatus status;
    QString error;
};

QList<Visit> visitAll(const Store &store)
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
        QCOMPARE(raw.value("PRAGMA user_version"), QStringLiteral("1"));
        QCOMPARE(raw.value("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(raw.value("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                           "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name)"),
                 QStringLiteral("documents,pages,runs,words,words_page_id"));
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
        writer.addPage(QStringLiteral("h1"), kKey, makePage(1, QStringLiteral("p")));
        writer.addPage(QStringLiteral("h1"), kKey, makePage(2, QStringLiteral("p")));
        QCOMPARE(writer.pendingCount(), 2);
        QTest::qSleep(1100); // the age of the first queued result is what counts
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
                             "y INTEGER, w INTEGER, h INTEGER, confidence REAL, text TEXT)"));
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

    void manyPagesFlushQuickly()
    {
        Store store;
        QVERIFY(store.open(m_path));
        QElapsedTimer timer;
        timer.start();
        for (int page = 1; page <= 2000; ++page)
            store.addPage(QStringLiteral("h1"), kKey, makePage(page, QStringLiteral("text of the page")));
        QVERIFY(store.flush());
        const qint64 elapsed = timer.elapsed();
        qInfo("2000 pages with 3 words each stored in %lld ms", elapsed);
        QCOMPARE(store.donePages(QStringLiteral("h1"), kKey).size(), 2000);
        QVERIFY2(elapsed < 5000, "batched writes should take well under a second");
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
