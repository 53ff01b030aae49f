#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <array>
#include <vector>

// One writer per file: the coordinator owns the only Store that writes a run's
// database. Other Stores (an export, an evaluation, a second window) may open
// the same file and read it while the writer works, because the file is in WAL
// mode: readers see everything committed by the last flush(). A Store is used
// from one thread only.

namespace quire {

namespace {

constexpr int kSchemaVersion = 1;
constexpr int kFlushCount = 32;
constexpr qint64 kFlushIntervalMs = 1000;
constexpr int kBusyTimeoutMs = 5000;

constexpr const char *kSchemaSql = R"sql(
CREATE TABLE IF NOT EXISTS runs(
    id INTEGER PRIMARY KEY,
    started_at TEXT,
    finished_at TEXT,
    settings_key TEXT,
    settings TEXT,
    pages_done INTEGER,
    pages_failed INTEGER);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY,
    path TEXT UNIQUE NOT NULL,
    content_hash TEXT NOT NULL,
    type TEXT,
    size INTEGER,
    page_count INTEGER,
    status TEXT,
    error TEXT,
    settings_key TEXT,
    updated_at TEXT);
CREATE TABLE IF NOT EXISTS pages(
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL,
    page INTEGER NOT NULL,
    settings_key TEXT NOT NULL,
    kind TEXT,
    status TEXT,
    error TEXT,
    attempts INTEGER DEFAULT 1,
    dpi INTEGER,
    width INTEGER,
    height INTEGER,
    rotation INTEGER,
    skew REAL,
    confidence REAL,
    render_ms REAL,
    preprocess_ms REAL,
    recognize_ms REAL,
    text TEXT,
    finished_at TEXT,
    UNIQUE(content_hash, page, settings_key));
CREATE TABLE IF NOT EXISTS words(
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    idx INTEGER,
    block INTEGER,
    line INTEGER,
    x INTEGER,
    y INTEGER,
    w INTEGER,
    h INTEGER,
    confidence REAL,
    text TEXT);
CREATE INDEX IF NOT EXISTS words_page_id ON words(page_id);
)sql";

// Cached statements, prepared on first use.
enum Statement {
    UpsertPage,
    DeleteWords,
    InsertWord,
    UpsertDocument,
    SetDocumentState,
    SelectDocument,
    SelectDocuments,
    SelectDonePages,
    SelectFailedPages,
    InsertRun,
    FinishRun,
    StatementCount
};

constexpr std::array<const char *, StatementCount> kStatementSql = {
    // UpsertPage
    "INSERT INTO pages(content_hash, page, settings_key, kind, status, error, dpi, width, height,"
    " rotation, skew, confidence, render_ms, preprocess_ms, recognize_ms, text, finished_at)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
    " ON CONFLICT(content_hash, page, settings_key) DO UPDATE SET"
    " kind = excluded.kind, status = excluded.status, error = excluded.error, dpi = excluded.dpi,"
    " width = excluded.width, height = excluded.height, rotation = excluded.rotation,"
    " skew = excluded.skew, confidence = excluded.confidence, render_ms = excluded.render_ms,"
    " preprocess_ms = excluded.preprocess_ms, recognize_ms = excluded.recognize_ms,"
    " text = excluded.text, finished_at = excluded.finished_at, attempts = attempts + 1"
    " RETURNING id",
    // DeleteWords
    "DELETE FROM words WHERE page_id = ?1",
    // InsertWord
    "INSERT INTO words(page_id, idx, block, line, x, y, w, h, confidence, text)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    // UpsertDocument
    "INSERT INTO documents(path, content_hash, type, size, page_count, status, error, settings_key, updated_at)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    " ON CONFLICT(path) DO UPDATE SET"
    " content_hash = excluded.content_hash, type = excluded.type, size = excluded.size,"
    " page_count = excluded.page_count, status = excluded.status, error = excluded.error,"
    " settings_key = excluded.settings_key, updated_at = excluded.updated_at"
    " RETURNING id",
    // SetDocumentState
    "UPDATE documents SET page_count = ?2, status = ?3, error = ?4, updated_at = ?5 WHERE id = ?1",
    // SelectDocument
    "SELECT id, path, content_hash, type, size, page_count, status, error, settings_key"
    " FROM documents WHERE id = ?1",
    // SelectDocuments
    "SELECT id, path, content_hash, type, size, page_count, status, error, settings_key"
    " FROM documents ORDER BY path",
    // SelectDonePages
    "SELECT page FROM pages WHERE content_hash = ?1 AND settings_key = ?2 AND status = 'done'",
    // SelectFailedPages
    "SELECT page, attempts FROM pages WHERE content_hash = ?1 AND settings_key = ?2 AND status = 'failed'",
    // InsertRun
    "INSERT INTO runs(started_at, settings_key, settings, pages_done, pages_failed) VALUES(?1, ?2, ?3, 0, 0)",
    // FinishRun
    "UPDATE runs SET finished_at = ?2, pages_done = ?3, pages_failed = ?4 WHERE id = ?1",
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

DocumentType documentTypeFromString(const QString &text)
{
    for (DocumentType type : {DocumentType::Pdf, DocumentType::Png, DocumentType::Jpeg, DocumentType::Tiff}) {
        if (text == toString(type))
            return type;
    }
    return DocumentType::Unknown;
}

DocumentStatus documentStatusFromString(const QString &text)
{
    for (DocumentStatus status : {DocumentStatus::Done, DocumentStatus::Partial, DocumentStatus::Failed}) {
        if (text == toString(status))
            return status;
    }
    return DocumentStatus::Pending;
}

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Empty strings are stored as NULL (errors, mostly).
void bindOptionalText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(statement, index);
    else
        bindText(statement, index, text);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
}

DocumentRecord readDocument(sqlite3_stmt *statement)
{
    DocumentRecord record;
    record.id = sqlite3_column_int64(statement, 0);
    record.path = columnText(statement, 1);
    record.contentHash = columnText(statement, 2);
    record.type = documentTypeFromString(columnText(statement, 3));
    record.size = sqlite3_column_int64(statement, 4);
    record.pageCount = sqlite3_column_int(statement, 5);
    record.status = documentStatusFromString(columnText(statement, 6));
    record.error = columnText(statement, 7);
    record.settingsKey = columnText(statement, 8);
    return record;
}

// Resets a statement and its bindings when the scope ends, so a cached
// statement never keeps a read transaction open.
class StatementScope
{
public:
    explicit StatementScope(sqlite3_stmt *statement) : m_statement(statement) {}
    ~StatementScope()
    {
        if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    }
    Q_DISABLE_COPY_MOVE(StatementScope)

private:
    sqlite3_stmt *m_statement;
};

// A statement owned by one call (forEachPage), finalized when the scope ends.
class LocalStatement
{
public:
    LocalStatement() = default;
    ~LocalStatement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(LocalStatement)
    sqlite3_stmt **out() { return &m_statement; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

struct QueuedPage
{
    QString contentHash;
    QString settingsKey;
    PageResult result;
};

} // namespace

QString toString(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending:
        return QStringLiteral("pending");
    case DocumentStatus::Done:
        return QStringLiteral("done");
    case DocumentStatus::Partial:
        return QStringLiteral("partial");
    case DocumentStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

struct Store::Private
{
    Q_DECLARE_TR_FUNCTIONS(quire::Store)

public:
    sqlite3 *db = nullptr;
    QString path;
    QString error;
    std::array<sqlite3_stmt *, StatementCount> statements{};
    std::vector<QueuedPage> queue;
    QElapsedTimer firstQueued;  // Started when the queue gets its first item.
    QElapsedTimer failedFlush;  // Started when an automatic flush failed.

    QString sqliteMessage() const
    {
        return db ? QString::fromUtf8(sqlite3_errmsg(db)) : tr("the database is not open");
    }

    // Records a failure: what was being done, the file, SQLite's reason.
    void fail(const QString &what, const QString &advice = QString())
    {
        error = tr("%1 (database %2): %3.").arg(what, QDir::toNativeSeparators(path), sqliteMessage());
        if (!advice.isEmpty())
            error += QLatin1Char(' ') + advice;
    }

    bool requireOpen()
    {
        if (db)
            return true;
        error = tr("The run database is not open; open a database file before reading or writing results.");
        return false;
    }

    sqlite3_stmt *statement(Statement which)
    {
        sqlite3_stmt *&cached = statements[which];
        if (!cached) {
            if (sqlite3_prepare_v3(db, kStatementSql[which], -1, SQLITE_PREPARE_PERSISTENT, &cached, nullptr)
                != SQLITE_OK) {
                cached = nullptr;
                fail(tr("Could not prepare a query"));
            }
        }
        return cached;
    }

    bool exec(const char *sql)
    {
        return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    void rollback()
    {
        if (db && !sqlite3_get_autocommit(db))
            exec("ROLLBACK");
    }

    // Runs a single-row query (a PRAGMA) and returns its first column.
    std::optional<QString> queryValue(const char *sql)
    {
        LocalStatement statement;
        if (sqlite3_prepare_v2(db, sql, -1, statement.out(), nullptr) != SQLITE_OK)
            return std::nullopt;
        const int rc = sqlite3_step(statement.get());
        if (rc == SQLITE_ROW)
            return columnText(statement.get(), 0);
        if (rc == SQLITE_DONE)
            return QString();
        return std::nullopt;
    }

    bool createSchema()
    {
        if (!exec("BEGIN IMMEDIATE")) {
            fail(tr("Could not start creating the tables"));
            return false;
        }
        // Read the version inside the transaction: two processes opening a new
        // file at once must not both create it.
        const std::optional<QString> version = queryValue("PRAGMA user_version");
        if (!version) {
            fail(tr("Could not read the schema version"));
            rollback();
            return false;
        }
        const int current = version->toInt();
        if (current > kSchemaVersion) {
            error = tr("The database %1 was written by a newer version of Quire (schema %2; this version "
                       "reads schema %3). Open it with a newer Quire or choose another database file.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(current)
                        .arg(kSchemaVersion);
            rollback();
            return false;
        }
        if (current < kSchemaVersion) {
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(kSchemaVersion);
            if (!exec(kSchemaSql) || !exec(setVersion.constData())) {
                fail(tr("Could not create the tables"));
                rollback();
                return false;
            }
        }
        if (!exec("COMMIT")) {
            fail(tr("Could not save the tables"));
            rollback();
            return false;
        }
        return true;
    }

    void finalizeStatements()
    {
        for (sqlite3_stmt *&statement : statements) {
            sqlite3_finalize(statement);
            statement = nullptr;
        }
    }

    bool writePage(const QueuedPage &item, const QString &finishedAt)
    {
        const PageResult &r = item.result;
        sqlite3_stmt *upsert = statement(UpsertPage);
        if (!upsert)
            return false;
        qint64 pageId = 0;
        {
            StatementScope scope(upsert);
            bindText(upsert, 1, item.contentHash);
            sqlite3_bind_int(upsert, 2, r.page);
            bindText(upsert, 3, item.settingsKey);
            bindText(upsert, 4, toString(r.kind));
            bindText(upsert, 5, toString(r.status));
            bindOptionalText(upsert, 6, r.error);
            sqlite3_bind_int(upsert, 7, r.dpi);
            if (r.imageSize.isValid()) {
                sqlite3_bind_int(upsert, 8, r.imageSize.width());
                sqlite3_bind_int(upsert, 9, r.imageSize.height());
            } else {
                sqlite3_bind_null(upsert, 8);
                sqlite3_bind_null(upsert, 9);
            }
            sqlite3_bind_int(upsert, 10, r.rotation);
            sqlite3_bind_double(upsert, 11, r.skewDegrees);
            if (r.meanConfidence >= 0)
                sqlite3_bind_double(upsert, 12, r.meanConfidence);
            else
                sqlite3_bind_null(upsert, 12);
            sqlite3_bind_double(upsert, 13, r.timings.renderMs);
            sqlite3_bind_double(upsert, 14, r.timings.preprocessMs);
            sqlite3_bind_double(upsert, 15, r.timings.recognizeMs);
            bindText(upsert, 16, r.text);
            bindText(upsert, 17, finishedAt);
            int rc = sqlite3_step(upsert);
            if (rc == SQLITE_ROW) {
                pageId = sqlite3_column_int64(upsert, 0);
                rc = sqlite3_step(upsert);
            }
            if (rc != SQLITE_DONE || pageId == 0) {
                fail(tr("Could not save page %1").arg(r.page));
                return false;
            }
        }

        sqlite3_stmt *deleteWords = statement(DeleteWords);
        if (!deleteWords)
            return false;
        {
            StatementScope scope(deleteWords);
            sqlite3_bind_int64(deleteWords, 1, pageId);
            if (sqlite3_step(deleteWords) != SQLITE_DONE) {
                fail(tr("Could not replace the words of page %1").arg(r.page));
                return false;
            }
        }

        if (r.words.isEmpty())
            return true;
        sqlite3_stmt *insertWord = statement(InsertWord);
        if (!insertWord)
            return false;
        for (qsizetype i = 0; i < r.words.size(); ++i) {
            const Word &word = r.words.at(i);
            StatementScope scope(insertWord);
            sqlite3_bind_int64(insertWord, 1, pageId);
            sqlite3_bind_int64(insertWord, 2, i);
            sqlite3_bind_int(insertWord, 3, word.block);
            sqlite3_bind_int(insertWord, 4, word.line);
            sqlite3_bind_int(insertWord, 5, word.box.x());
            sqlite3_bind_int(insertWord, 6, word.box.y());
            sqlite3_bind_int(insertWord, 7, word.box.width());
            sqlite3_bind_int(insertWord, 8, word.box.height());
            sqlite3_bind_double(insertWord, 9, double(word.confidence));
            bindText(insertWord, 10, word.text);
            if (sqlite3_step(insertWord) != SQLITE_DONE) {
                fail(tr("Could not save the words of page %1").arg(r.page));
                return false;
            }
        }
        return true;
    }

    bool flush()
    {
        if (queue.empty())
            return true;
        if (!requireOpen())
            return false;
        if (!exec("BEGIN IMMEDIATE")) {
            fail(tr("Could not start saving %n page result(s)", nullptr, int(queue.size())),
                 tr("They stay queued; check that no other program is writing this file."));
            rollback();
            return false;
        }
        const QString finishedAt = nowUtc();
        for (const QueuedPage &item : queue) {
            if (!writePage(item, finishedAt)) {
                rollback();
                error += QLatin1Char(' ')
                    + tr("The %n queued page result(s) were kept and will be written with the next flush.",
                         nullptr, int(queue.size()));
                return false;
            }
        }
        if (!exec("COMMIT")) {
            fail(tr("Could not commit %n page result(s)", nullptr, int(queue.size())),
                 tr("They stay queued; check free disk space."));
            rollback();
            return false;
        }
        queue.clear();
        firstQueued.invalidate();
        failedFlush.invalidate();
        return true;
    }

    bool loadWords(sqlite3_stmt *wordsStatement, qint64 pageId, WordList *words)
    {
        StatementScope scope(wordsStatement);
        sqlite3_bind_int64(wordsStatement, 1, pageId);
        int rc;
        while ((rc = sqlite3_step(wordsStatement)) == SQLITE_ROW) {
            Word word;
            word.text = columnText(wordsStatement, 0);
            word.box = QRect(sqlite3_column_int(wordsStatement, 1), sqlite3_column_int(wordsStatement, 2),
                             sqlite3_column_int(wordsStatement, 3), sqlite3_column_int(wordsStatement, 4));
            word.confidence = float(sqlite3_column_double(wordsStatement, 5));
            word.block = sqlite3_column_int(wordsStatement, 6);
            word.line = sqlite3_column_int(wordsStatement, 7);
            words->append(word);
        }
        return rc == SQLITE_DONE;
    }
};

Store::Store() : d(std::make_unique<Private>()) {}

Store::~Store()
{
    close();
}

bool Store::open(const QString &path)
{
    close();
    d->error.clear();
    d->path = QFileInfo(path).absoluteFilePath();

    const QString folder = QFileInfo(d->path).absolutePath();
    if (!QDir().mkpath(folder)) {
        d->error = Private::tr("Could not create the folder %1 for the run database; check that it can be written.")
                       .arg(QDir::toNativeSeparators(folder));
        return false;
    }

    const QByteArray file = QFile::encodeName(d->path);
    if (sqlite3_open_v2(file.constData(), &d->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        d->fail(Private::tr("Could not open or create the file"),
                Private::tr("Check the path and its permissions."));
        sqlite3_close_v2(d->db);
        d->db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(d->db, 1);
    sqlite3_busy_timeout(d->db, kBusyTimeoutMs);

    const std::optional<QString> journal = d->queryValue("PRAGMA journal_mode = WAL");
    if (!journal) {
        d->fail(Private::tr("Could not read the file"),
                Private::tr("Choose a Quire run database or a new file name."));
        close();
        return false;
    }
    if (journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qWarning().noquote() << Private::tr("The database %1 could not switch to WAL mode (it uses %2); "
                                            "readers will wait for the writer.")
                                    .arg(QDir::toNativeSeparators(d->path), *journal);
    }
    if (!d->exec("PRAGMA synchronous = NORMAL") || !d->exec("PRAGMA foreign_keys = ON")) {
        d->fail(Private::tr("Could not configure the database"));
        close();
        return false;
    }

    const std::optional<QString> version = d->queryValue("PRAGMA user_version");
    if (!version) {
        d->fail(Private::tr("Could not read the schema version"));
        close();
        return false;
    }
    if (version->toInt() != kSchemaVersion && !d->createSchema()) {
        const QString message = d->error;
        close();
        d->error = message;
        return false;
    }
    return true;
}

void Store::close()
{
    if (!d->db) {
        d->queue.clear();
        return;
    }
    if (!d->flush()) {
        qWarning().noquote() << Private::tr("Closing the run database lost %n page result(s): %1",
                                            nullptr, int(d->queue.size()))
                                    .arg(d->error);
    }
    d->queue.clear();
    d->firstQueued.invalidate();
    d->failedFlush.invalidate();
    d->finalizeStatements();
    sqlite3_close_v2(d->db);
    d->db = nullptr;
}

QString Store::errorString() const
{
    return d->error;
}

QString Store::path() const
{
    return d->path;
}

qint64 Store::beginRun(const QString &settingsKey, const QString &settingsJson)
{
    if (!d->requireOpen())
        return 0;
    sqlite3_stmt *statement = d->statement(InsertRun);
    if (!statement)
        return 0;
    StatementScope scope(statement);
    bindText(statement, 1, nowUtc());
    bindText(statement, 2, settingsKey);
    bindText(statement, 3, settingsJson);
    if (sqlite3_step(statement) != SQLITE_DONE) {
        d->fail(Private::tr("Could not record the start of the run"));
        return 0;
    }
    return sqlite3_last_insert_rowid(d->db);
}

void Store::finishRun(qint64 runId, int pagesDone, int pagesFailed)
{
    if (!d->requireOpen())
        return;
    d->flush();
    sqlite3_stmt *statement = d->statement(FinishRun);
    if (!statement)
        return;
    StatementScope scope(statement);
    sqlite3_bind_int64(statement, 1, runId);
    bindText(statement, 2, nowUtc());
    sqlite3_bind_int(statement, 3, pagesDone);
    sqlite3_bind_int(statement, 4, pagesFailed);
    if (sqlite3_step(statement) != SQLITE_DONE)
        d->fail(Private::tr("Could not record the end of run %1").arg(runId));
}

qint64 Store::upsertDocument(const DocumentRecord &record)
{
    if (!d->requireOpen())
        return 0;
    sqlite3_stmt *statement = d->statement(UpsertDocument);
    if (!statement)
        return 0;
    StatementScope scope(statement);
    bindText(statement, 1, record.path);
    bindText(statement, 2, record.contentHash);
    bindText(statement, 3, toString(record.type));
    sqlite3_bind_int64(statement, 4, record.size);
    sqlite3_bind_int(statement, 5, record.pageCount);
    bindText(statement, 6, toString(record.status));
    bindOptionalText(statement, 7, record.error);
    bindText(statement, 8, record.settingsKey);
    bindText(statement, 9, nowUtc());
    qint64 id = 0;
    int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(statement, 0);
        rc = sqlite3_step(statement);
    }
    if (rc != SQLITE_DONE || id == 0) {
        d->fail(Private::tr("Could not record the document %1").arg(QDir::toNativeSeparators(record.path)));
        return 0;
    }
    return id;
}

bool Store::setDocumentState(qint64 documentId, int pageCount, DocumentStatus status, const QString &error)
{
    if (!d->requireOpen())
        return false;
    sqlite3_stmt *statement = d->statement(SetDocumentState);
    if (!statement)
        return false;
    StatementScope scope(statement);
    sqlite3_bind_int64(statement, 1, documentId);
    sqlite3_bind_int(statement, 2, pageCount);
    bindText(statement, 3, toString(status));
    bindOptionalText(statement, 4, error);
    bindText(statement, 5, nowUtc());
    if (sqlite3_step(statement) != SQLITE_DONE) {
        d->fail(Private::tr("Could not update the state of document %1").arg(documentId));
        return false;
    }
    if (sqlite3_changes(d->db) == 0) {
        d->error = Private::tr("There is no document with id %1 in the database %2.")
                       .arg(documentId)
                       .arg(QDir::toNativeSeparators(d->path));
        return false;
    }
    return true;
}

std::optional<DocumentRecord> Store::document(qint64 documentId) const
{
    if (!d->requireOpen())
        return std::nullopt;
    sqlite3_stmt *statement = d->statement(SelectDocument);
    if (!statement)
        return std::nullopt;
    StatementScope scope(statement);
    sqlite3_bind_int64(statement, 1, documentId);
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        return readDocument(statement);
    if (rc != SQLITE_DONE)
        d->fail(Private::tr("Could not read document %1").arg(documentId));
    return std::nullopt;
}

QList<DocumentRecord> Store::documents() const
{
    QList<DocumentRecord> result;
    if (!d->requireOpen())
        return result;
    sqlite3_stmt *statement = d->statement(SelectDocuments);
    if (!statement)
        return result;
    StatementScope scope(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        result.append(readDocument(statement));
    if (rc != SQLITE_DONE)
        d->fail(Private::tr("Could not read the list of documents"));
    return result;
}

QSet<int> Store::donePages(const QString &contentHash, const QString &settingsKey) const
{
    QSet<int> pages;
    if (!d->requireOpen() || !d->flush())
        return pages;
    sqlite3_stmt *statement = d->statement(SelectDonePages);
    if (!statement)
        return pages;
    StatementScope scope(statement);
    bindText(statement, 1, contentHash);
    bindText(statement, 2, settingsKey);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        pages.insert(sqlite3_column_int(statement, 0));
    if (rc != SQLITE_DONE)
        d->fail(Private::tr("Could not read the finished pages"));
    return pages;
}

QHash<int, int> Store::failedPageAttempts(const QString &contentHash, const QString &settingsKey) const
{
    QHash<int, int> pages;
    if (!d->requireOpen() || !d->flush())
        return pages;
    sqlite3_stmt *statement = d->statement(SelectFailedPages);
    if (!statement)
        return pages;
    StatementScope scope(statement);
    bindText(statement, 1, contentHash);
    bindText(statement, 2, settingsKey);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        pages.insert(sqlite3_column_int(statement, 0), sqlite3_column_int(statement, 1));
    if (rc != SQLITE_DONE)
        d->fail(Private::tr("Could not read the failed pages"));
    return pages;
}

void Store::addPage(const QString &contentHash, const QString &settingsKey, const PageResult &result)
{
    if (d->queue.empty())
        d->firstQueued.start();
    d->queue.push_back({contentHash, settingsKey, result});

    const bool due = int(d->queue.size()) >= kFlushCount || d->firstQueued.elapsed() >= kFlushIntervalMs;
    // After a failed automatic flush, wait a second before trying again
    // rather than retrying (and waiting on a busy file) with every result.
    const bool backingOff = d->failedFlush.isValid() && d->failedFlush.elapsed() < kFlushIntervalMs;
    if (due && !backingOff && !d->flush()) {
        d->failedFlush.start();
        qWarning().noquote() << d->error;
    }
}

bool Store::flush()
{
    return d->flush();
}

int Store::pendingCount() const
{
    return int(d->queue.size());
}

namespace {

/// Fills @p stored from a row of "SELECT id, page, kind, status, error, dpi, width, height,
/// rotation, skew, confidence, render_ms, preprocess_ms, recognize_ms, text FROM pages".
void readPageRow(sqlite3_stmt *pages, const QString &path, StoredPage *stored)
{
    stored->id = sqlite3_column_int64(pages, 0);
    stored->documentPath = path;
    PageResult &r = stored->result;
    r.page = sqlite3_column_int(pages, 1);
    r.kind = columnText(pages, 2) == toString(PageKind::Text) ? PageKind::Text : PageKind::Ocr;
    r.status = columnText(pages, 3) == toString(PageStatus::Failed) ? PageStatus::Failed : PageStatus::Done;
    r.error = columnText(pages, 4);
    r.dpi = sqlite3_column_int(pages, 5);
    if (sqlite3_column_type(pages, 6) != SQLITE_NULL)
        r.imageSize = QSize(sqlite3_column_int(pages, 6), sqlite3_column_int(pages, 7));
    r.rotation = sqlite3_column_int(pages, 8);
    r.skewDegrees = sqlite3_column_double(pages, 9);
    r.meanConfidence = sqlite3_column_type(pages, 10) == SQLITE_NULL ? -1.0 : sqlite3_column_double(pages, 10);
    r.timings.renderMs = sqlite3_column_double(pages, 11);
    r.timings.preprocessMs = sqlite3_column_double(pages, 12);
    r.timings.recognizeMs = sqlite3_column_double(pages, 13);
    r.text = columnText(pages, 14);
}

} // namespace

std::optional<StoredPage> Store::loadPage(const QString &documentPath, int page, bool withWords) const
{
    if (!d->requireOpen() || !d->flush())
        return std::nullopt;
    LocalStatement pageStatement;
    LocalStatement wordsStatement;
    if (sqlite3_prepare_v2(d->db,
                           "SELECT p.id, p.page, p.kind, p.status, p.error, p.dpi, p.width, p.height, p.rotation,"
                           " p.skew, p.confidence, p.render_ms, p.preprocess_ms, p.recognize_ms, p.text"
                           " FROM pages p JOIN documents d"
                           " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
                           " WHERE d.path = ?1 AND p.page = ?2",
                           -1, pageStatement.out(), nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(d->db, "SELECT text, x, y, w, h, confidence, block, line FROM words"
                                     " WHERE page_id = ?1 ORDER BY idx",
                              -1, wordsStatement.out(), nullptr)
               != SQLITE_OK) {
        d->fail(Private::tr("Could not prepare reading a stored page"));
        return std::nullopt;
    }
    const QByteArray pathUtf8 = documentPath.toUtf8();
    sqlite3_bind_text(pageStatement.get(), 1, pathUtf8.constData(), int(pathUtf8.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(pageStatement.get(), 2, page);
    if (sqlite3_step(pageStatement.get()) != SQLITE_ROW)
        return std::nullopt;
    StoredPage stored;
    readPageRow(pageStatement.get(), documentPath, &stored);
    if (withWords && !d->loadWords(wordsStatement.get(), stored.id, &stored.result.words))
        return std::nullopt;
    return stored;
}

// Returns false on a database error (errorString() says which); true when
// every page was delivered or the callback asked to stop.
bool Store::forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords) const
{
    if (!d->requireOpen() || !d->flush())
        return false;

    LocalStatement documentsStatement;
    LocalStatement pagesStatement;
    LocalStatement wordsStatement;
    if (sqlite3_prepare_v2(d->db,
                           "SELECT path, content_hash, settings_key, page_count, status, error"
                           " FROM documents ORDER BY path",
                           -1, documentsStatement.out(), nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(d->db,
                              "SELECT id, page, kind, status, error, dpi, width, height, rotation, skew,"
                              " confidence, render_ms, preprocess_ms, recognize_ms, text FROM pages"
                              " WHERE content_hash = ?1 AND settings_key = ?2 ORDER BY page",
                              -1, pagesStatement.out(), nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(d->db,
                              "SELECT text, x, y, w, h, confidence, block, line FROM words"
                              " WHERE page_id = ?1 ORDER BY idx",
                              -1, wordsStatement.out(), nullptr)
            != SQLITE_OK) {
        d->fail(Private::tr("Could not prepare reading the stored pages"));
        return false;
    }

    sqlite3_stmt *documents = documentsStatement.get();
    sqlite3_stmt *pages = pagesStatement.get();
    int rc;
    while ((rc = sqlite3_step(documents)) == SQLITE_ROW) {
        const QString path = columnText(documents, 0);
        const int pageCount = sqlite3_column_int(documents, 3);
        const DocumentStatus status = documentStatusFromString(columnText(documents, 4));

        if (status == DocumentStatus::Failed && pageCount == 0) {
            StoredPage stored;
            stored.documentPath = path;
            stored.result.page = 0;
            stored.result.status = PageStatus::Failed;
            stored.result.error = columnText(documents, 5);
            if (!callback(stored))
                return true;
            continue;
        }

        StatementScope scope(pages);
        sqlite3_bind_text(pages, 1, reinterpret_cast<const char *>(sqlite3_column_text(documents, 1)),
                          sqlite3_column_bytes(documents, 1), SQLITE_TRANSIENT);
        sqlite3_bind_text(pages, 2, reinterpret_cast<const char *>(sqlite3_column_text(documents, 2)),
                          sqlite3_column_bytes(documents, 2), SQLITE_TRANSIENT);
        int pageRc;
        while ((pageRc = sqlite3_step(pages)) == SQLITE_ROW) {
            StoredPage stored;
            readPageRow(pages, path, &stored);
            PageResult &r = stored.result;
            if (withWords && !d->loadWords(wordsStatement.get(), stored.id, &r.words)) {
                d->fail(Private::tr("Could not read the words of page %1 of %2")
                            .arg(r.page)
                            .arg(QDir::toNativeSeparators(path)));
                return false;
            }
            if (!callback(stored))
                return true;
        }
        if (pageRc != SQLITE_DONE) {
            d->fail(Private::tr("Could not read the pages of %1").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    if (rc != SQLITE_DONE) {
        d->fail(Private::tr("Could not read the list of documents"));
        return false;
    }
    return true;
}

} // namespace quire
