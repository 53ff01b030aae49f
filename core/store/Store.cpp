#include "store/Store.h"
#include "store/SqliteBinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <vector>

// One writer per file: the coordinator owns the only Store that writes a run's
// database. Other Stores (an export, an evaluation, a second window) may open
// the same file and read it while the writer works, because the file is in WAL
// mode: readers see everything committed by the last flush(). A Store is used
// from one thread only.

namespace quire {

namespace {

constexpr int kSchemaVersion = 3;
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

// Schema 1 -> 2: review and correction, search. A new file gets schema 1
// first and then this, so every database goes through the same migration.
// The recognition is never overwritten: words.corrected holds the person's
// text, pages.corrected_text the page with corrections applied (NULL when
// nothing was corrected), and corrections an audit row per edit (word_id 0
// for a free edit of the whole page, Store::setPageText). pages_fts
// indexes the page text as people read it; triggers keep it in step. words
// is rebuilt with AUTOINCREMENT so that the id of a word replaced by a re-run
// is never given to another word: audit rows and a review window's ids stay
// unambiguous.
constexpr const char *kMigrationTo2Sql = R"sql(
CREATE TABLE words_v2(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    idx INTEGER,
    block INTEGER,
    line INTEGER,
    x INTEGER,
    y INTEGER,
    w INTEGER,
    h INTEGER,
    confidence REAL,
    text TEXT,
    corrected TEXT,
    accepted INTEGER NOT NULL DEFAULT 0);
INSERT INTO words_v2(id, page_id, idx, block, line, x, y, w, h, confidence, text)
    SELECT id, page_id, idx, block, line, x, y, w, h, confidence, text FROM words;
DROP TABLE words;
ALTER TABLE words_v2 RENAME TO words;
CREATE INDEX IF NOT EXISTS words_page_id ON words(page_id);
ALTER TABLE pages ADD COLUMN corrected_text TEXT;
CREATE TABLE IF NOT EXISTS corrections(
    id INTEGER PRIMARY KEY,
    word_id INTEGER NOT NULL,
    page_id INTEGER NOT NULL,
    original TEXT,
    corrected TEXT,
    at TEXT);
CREATE INDEX IF NOT EXISTS corrections_word_id ON corrections(word_id);
CREATE INDEX IF NOT EXISTS corrections_page_id ON corrections(page_id);
CREATE TABLE IF NOT EXISTS lexicon(word TEXT PRIMARY KEY);
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS pages_fts_insert AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts(rowid, text) VALUES(new.id, coalesce(new.corrected_text, new.text, ''));
END;
CREATE TRIGGER IF NOT EXISTS pages_fts_update AFTER UPDATE OF text, corrected_text ON pages BEGIN
    DELETE FROM pages_fts WHERE rowid = old.id;
    INSERT INTO pages_fts(rowid, text) VALUES(new.id, coalesce(new.corrected_text, new.text, ''));
END;
CREATE TRIGGER IF NOT EXISTS pages_fts_delete AFTER DELETE ON pages BEGIN
    DELETE FROM pages_fts WHERE rowid = old.id;
END;
INSERT INTO pages_fts(rowid, text) SELECT id, coalesce(corrected_text, text, '') FROM pages;
)sql";

// Schema 2 -> 3: Tesseract's dictionary verdict per word, so the review queue
// can hold confident words no dictionary knows. Words of older runs count as
// known (0): nothing was recorded for them.
constexpr const char *kMigrationTo3Sql = R"sql(
ALTER TABLE words ADD COLUMN not_in_dictionary INTEGER NOT NULL DEFAULT 0;
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
    SelectReviewedWords,
    SetWordReview,
    MoveCorrections,
    SelectWord,
    SetWordCorrected,
    InsertCorrection,
    SelectPageText,
    SelectPageWords,
    SetPageCorrectedText,
    SetWordAccepted,
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
    "INSERT INTO words(page_id, idx, block, line, x, y, w, h, confidence, text, not_in_dictionary)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
    // SelectReviewedWords
    "SELECT id, x, y, w, h, text, corrected, accepted FROM words"
    " WHERE page_id = ?1 AND (corrected IS NOT NULL OR accepted != 0)",
    // SetWordReview
    "UPDATE words SET corrected = ?2, accepted = ?3 WHERE id = ?1",
    // MoveCorrections
    "UPDATE corrections SET word_id = ?2 WHERE word_id = ?1",
    // SelectWord
    "SELECT page_id, text, corrected FROM words WHERE id = ?1",
    // SetWordCorrected
    "UPDATE words SET corrected = ?2 WHERE id = ?1",
    // InsertCorrection
    "INSERT INTO corrections(word_id, page_id, original, corrected, at) VALUES(?1, ?2, ?3, ?4, ?5)",
    // SelectPageText
    "SELECT text, page FROM pages WHERE id = ?1",
    // SelectPageWords
    "SELECT text, corrected, block, line FROM words WHERE page_id = ?1 ORDER BY idx",
    // SetPageCorrectedText
    "UPDATE pages SET corrected_text = ?2 WHERE id = ?1",
    // SetWordAccepted
    "UPDATE words SET accepted = ?2 WHERE id = ?1",
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

using sqlite::bindOptionalText;
using sqlite::bindText;

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

struct ReviewedWord
{
    qint64 id = 0;
    QRect box;
    QString text;
    QString corrected;
    bool accepted = false;
};

// The page text with each corrected word replaced where it stands, so the
// layout of the page text (a text layer's, or joinWords()) is kept. Words are
// found in reading order; when a corrected word cannot be found in the text
// the page text is rebuilt from the words. Returns a null string when no word
// is corrected.
QString applyCorrections(const QString &text, const WordList &words)
{
    bool any = false;
    for (const Word &word : words)
        any = any || !word.corrected.isEmpty();
    if (!any)
        return QString();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype cursor = 0;
    for (const Word &word : words) {
        if (word.text.isEmpty())
            continue;
        const qsizetype at = text.indexOf(word.text, cursor);
        if (at < 0) {
            if (word.corrected.isEmpty())
                continue;
            WordList shown = words;
            for (Word &w : shown)
                w.text = w.displayText();
            return joinWords(shown);
        }
        out += QStringView(text).mid(cursor, at - cursor);
        out += word.displayText();
        cursor = at + word.text.size();
    }
    out += QStringView(text).mid(cursor);
    return out;
}

// A whitespace-separated token of a freely edited page text.
struct TextToken
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

QList<TextToken> tokenize(const QString &text)
{
    QList<TextToken> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i > start)
            tokens.append({start, i - start, text.mid(start, i - start)});
    }
    return tokens;
}

// Word-level alignment of @p oldWords (the page's words as shown) with
// @p newWords (the edited text's tokens): an LCS over the two sequences after
// trimming their common head and tail. Returns, for each old word, the index
// of the new token it is linked to, or -1. Equal words are linked; between
// two linked pairs, gaps of the same length are linked one to one (those are
// changed words); gaps of different lengths (insertions, deletions) are not.
QList<qsizetype> alignWords(const QStringList &oldWords, const QStringList &newWords)
{
    const qsizetype n = oldWords.size();
    const qsizetype m = newWords.size();
    QList<qsizetype> link(n, -1);
    qsizetype head = 0;
    while (head < n && head < m && oldWords.at(head) == newWords.at(head)) {
        link[head] = head;
        ++head;
    }
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && oldWords.at(n - 1 - tail) == newWords.at(m - 1 - tail)) {
        link[n - 1 - tail] = m - 1 - tail;
        ++tail;
    }
    const qsizetype a = n - head - tail;
    const qsizetype b = m - head - tail;
    // lcs[i][j]: LCS length of old[head+i..] and new[head+j..].
    std::vector<int> lcs(size_t((a + 1) * (b + 1)), 0);
    const auto at = [b](qsizetype i, qsizetype j) { return size_t(i * (b + 1) + j); };
    for (qsizetype i = a - 1; i >= 0; --i) {
        for (qsizetype j = b - 1; j >= 0; --j) {
            lcs[at(i, j)] = oldWords.at(head + i) == newWords.at(head + j)
                ? lcs[at(i + 1, j + 1)] + 1
                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    // Walk the table; pair equal-length gaps between matches.
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype gapOld = 0;
    qsizetype gapNew = 0;
    const auto closeGap = [&] {
        if (i - gapOld == j - gapNew) {
            for (qsizetype k = 0; k < i - gapOld; ++k)
                link[head + gapOld + k] = head + gapNew + k;
        }
    };
    while (i < a || j < b) {
        if (i < a && j < b && oldWords.at(head + i) == newWords.at(head + j)) {
            closeGap();
            link[head + i] = head + j;
            ++i;
            ++j;
            gapOld = i;
            gapNew = j;
        } else if (j < b && (i == a || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
            ++j;
        } else {
            ++i;
        }
    }
    closeGap();
    return link;
}

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
        if (current < 1 && !exec(kSchemaSql)) {
            fail(tr("Could not create the tables"));
            rollback();
            return false;
        }
        if (current < 2 && !exec(kMigrationTo2Sql)) {
            fail(tr("Could not bring the tables up to schema 2 (review and search)"),
                 tr("The file was not changed; check free disk space and that SQLite has FTS5."));
            rollback();
            return false;
        }
        if (current < 3 && !exec(kMigrationTo3Sql)) {
            fail(tr("Could not bring the tables up to schema 3 (dictionary check)"),
                 tr("The file was not changed; check free disk space."));
            rollback();
            return false;
        }
        if (current < kSchemaVersion) {
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(kSchemaVersion);
            if (!exec(setVersion.constData())) {
                fail(tr("Could not record the schema version"));
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

        // A re-run of a page the person reviewed: remember the reviewed words
        // so that their corrections move to the new words.
        std::vector<ReviewedWord> reviewed;
        if (!readReviewedWords(pageId, &reviewed)) {
            fail(tr("Could not read the corrections of page %1").arg(r.page));
            return false;
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
            return reviewed.empty() || carryReview(pageId, r, {}, reviewed);
        sqlite3_stmt *insertWord = statement(InsertWord);
        if (!insertWord)
            return false;
        std::vector<qint64> newIds;
        newIds.reserve(size_t(r.words.size()));
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
            sqlite3_bind_int(insertWord, 11, word.notInDictionary ? 1 : 0);
            if (sqlite3_step(insertWord) != SQLITE_DONE) {
                fail(tr("Could not save the words of page %1").arg(r.page));
                return false;
            }
            newIds.push_back(sqlite3_last_insert_rowid(db));
        }
        return reviewed.empty() || carryReview(pageId, r, newIds, reviewed);
    }

    bool readReviewedWords(qint64 pageId, std::vector<ReviewedWord> *reviewed)
    {
        sqlite3_stmt *select = statement(SelectReviewedWords);
        if (!select)
            return false;
        StatementScope scope(select);
        sqlite3_bind_int64(select, 1, pageId);
        int rc;
        while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
            ReviewedWord word;
            word.id = sqlite3_column_int64(select, 0);
            word.box = QRect(sqlite3_column_int(select, 1), sqlite3_column_int(select, 2),
                             sqlite3_column_int(select, 3), sqlite3_column_int(select, 4));
            word.text = columnText(select, 5);
            word.corrected = columnText(select, 6);
            word.accepted = sqlite3_column_int(select, 7) != 0;
            reviewed->push_back(word);
        }
        return rc == SQLITE_DONE;
    }

    // Moves the review of the old words of a re-run page to the new words: a
    // new word with the same text at the same box (or one that mostly
    // overlaps it) takes the old word's correction and acceptance, and the
    // audit rows follow it. Where the new recognition already reads the
    // corrected text, only the audit rows move. A correction with no match is
    // kept in the corrections table and reported, never dropped silently.
    bool carryReview(qint64 pageId, const PageResult &r, const std::vector<qint64> &newIds,
                     const std::vector<ReviewedWord> &reviewed)
    {
        std::vector<bool> taken(newIds.size(), false);
        auto overlap = [](const QRect &a, const QRect &b) {
            const QRect common = a.intersected(b);
            const double both = double(a.width()) * a.height() + double(b.width()) * b.height()
                - double(common.width()) * common.height();
            return both > 0 ? double(common.width()) * common.height() / both : 0.0;
        };
        auto find = [&](const ReviewedWord &old, const QString &text) -> qsizetype {
            qsizetype best = -1;
            double bestOverlap = 0.5;
            for (qsizetype i = 0; i < r.words.size(); ++i) {
                const Word &word = r.words.at(i);
                if (taken[size_t(i)] || word.text != text)
                    continue;
                if (word.box == old.box)
                    return i;
                const double o = overlap(word.box, old.box);
                if (o >= bestOverlap) {
                    bestOverlap = o;
                    best = i;
                }
            }
            return best;
        };

        sqlite3_stmt *setReview = statement(SetWordReview);
        sqlite3_stmt *move = statement(MoveCorrections);
        if (!setReview || !move)
            return false;
        for (const ReviewedWord &old : reviewed) {
            qsizetype match = find(old, old.text);
            const bool sameText = match >= 0;
            if (!sameText && !old.corrected.isEmpty())
                match = find(old, old.corrected);
            if (match < 0) {
                if (!old.corrected.isEmpty()) {
                    qWarning().noquote() << tr("Page %1 was recognized again and no longer has the word \"%2\" "
                                               "that was corrected to \"%3\"; the correction is kept in the "
                                               "corrections table of %4. Correct the new word again if needed.")
                                                .arg(r.page)
                                                .arg(old.text, old.corrected, QDir::toNativeSeparators(path));
                }
                continue;
            }
            taken[size_t(match)] = true;
            const qint64 newId = newIds[size_t(match)];
            {
                StatementScope scope(setReview);
                sqlite3_bind_int64(setReview, 1, newId);
                if (sameText)
                    bindOptionalText(setReview, 2, old.corrected);
                else
                    sqlite3_bind_null(setReview, 2); // the new recognition reads the corrected text
                sqlite3_bind_int(setReview, 3, old.accepted ? 1 : 0);
                if (sqlite3_step(setReview) != SQLITE_DONE) {
                    fail(tr("Could not keep the corrections of page %1").arg(r.page));
                    return false;
                }
            }
            StatementScope scope(move);
            sqlite3_bind_int64(move, 1, old.id);
            sqlite3_bind_int64(move, 2, newId);
            if (sqlite3_step(move) != SQLITE_DONE) {
                fail(tr("Could not keep the corrections of page %1").arg(r.page));
                return false;
            }
        }
        return refreshCorrectedText(pageId);
    }

    // Whether the person edited the page's text freely (setPageText): such a
    // page keeps their text as its corrected text; an audit row with word_id 0
    // marks it (word ids start at 1).
    std::optional<bool> hasFreeText(qint64 pageId)
    {
        LocalStatement query;
        if (sqlite3_prepare_v2(db, "SELECT 1 FROM corrections WHERE page_id = ?1 AND word_id = 0 LIMIT 1", -1,
                               query.out(), nullptr)
            != SQLITE_OK) {
            fail(tr("Could not check whether a page's text was edited"));
            return std::nullopt;
        }
        sqlite3_bind_int64(query.get(), 1, pageId);
        const int rc = sqlite3_step(query.get());
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            fail(tr("Could not check whether a page's text was edited"));
            return std::nullopt;
        }
        return rc == SQLITE_ROW;
    }

    // The page's words in reading order: id and the text people see.
    bool shownWords(qint64 pageId, QList<qint64> *ids, QStringList *texts, QStringList *recognized)
    {
        LocalStatement query;
        if (sqlite3_prepare_v2(db, "SELECT id, text, corrected FROM words WHERE page_id = ?1 ORDER BY idx", -1,
                               query.out(), nullptr)
            != SQLITE_OK) {
            fail(tr("Could not read the words of an edited page"));
            return false;
        }
        sqlite3_bind_int64(query.get(), 1, pageId);
        int rc;
        while ((rc = sqlite3_step(query.get())) == SQLITE_ROW) {
            ids->append(sqlite3_column_int64(query.get(), 0));
            const QString text = columnText(query.get(), 1);
            const QString corrected = columnText(query.get(), 2);
            texts->append(corrected.isEmpty() ? text : corrected);
            recognized->append(text);
        }
        if (rc != SQLITE_DONE) {
            fail(tr("Could not read the words of an edited page"));
            return false;
        }
        return true;
    }

    bool setCorrectedText(qint64 pageId, const QString &text)
    {
        sqlite3_stmt *update = statement(SetPageCorrectedText);
        if (!update)
            return false;
        StatementScope scope(update);
        sqlite3_bind_int64(update, 1, pageId);
        bindText(update, 2, text);
        if (sqlite3_step(update) != SQLITE_DONE) {
            fail(tr("Could not save the edited text of a page"));
            return false;
        }
        return true;
    }

    // Sets word @p wordId (on page @p pageId, read as @p recognized, shown as
    // @p previous) to @p text and records the edit; inside a transaction.
    bool setWordText(qint64 wordId, qint64 pageId, const QString &recognized, const QString &previous,
                     const QString &text)
    {
        sqlite3_stmt *setCorrected = statement(SetWordCorrected);
        sqlite3_stmt *audit = statement(InsertCorrection);
        if (!setCorrected || !audit)
            return false;
        bool ok = true;
        {
            StatementScope scope(setCorrected);
            sqlite3_bind_int64(setCorrected, 1, wordId);
            if (text == recognized)
                sqlite3_bind_null(setCorrected, 2);
            else
                bindText(setCorrected, 2, text);
            ok = sqlite3_step(setCorrected) == SQLITE_DONE;
        }
        if (ok) {
            StatementScope scope(audit);
            sqlite3_bind_int64(audit, 1, wordId);
            sqlite3_bind_int64(audit, 2, pageId);
            bindText(audit, 3, previous);
            bindText(audit, 4, text);
            bindText(audit, 5, nowUtc());
            ok = sqlite3_step(audit) == SQLITE_DONE;
        }
        if (!ok)
            fail(tr("Could not save the correction of word %1").arg(wordId));
        return ok;
    }

    // On a freely edited page, puts @p text where word @p wordId stands in the
    // person's text (when the word is still linked to a word of it).
    bool patchFreeText(qint64 pageId, qint64 wordId, const QString &text)
    {
        LocalStatement query;
        if (sqlite3_prepare_v2(db, "SELECT corrected_text FROM pages WHERE id = ?1", -1, query.out(), nullptr)
            != SQLITE_OK) {
            fail(tr("Could not read the edited text of a page"));
            return false;
        }
        sqlite3_bind_int64(query.get(), 1, pageId);
        if (sqlite3_step(query.get()) != SQLITE_ROW) {
            fail(tr("Could not read the edited text of a page"));
            return false;
        }
        QString pageText = columnText(query.get(), 0);
        QList<qint64> ids;
        QStringList shown;
        QStringList recognized;
        if (!shownWords(pageId, &ids, &shown, &recognized))
            return false;
        const QList<TextToken> tokens = tokenize(pageText);
        QStringList tokenTexts;
        for (const TextToken &token : tokens)
            tokenTexts.append(token.text);
        const QList<qsizetype> link = alignWords(shown, tokenTexts);
        const qsizetype index = ids.indexOf(wordId);
        if (index < 0 || link.at(index) < 0)
            return true;
        const TextToken &token = tokens.at(link.at(index));
        pageText.replace(token.start, token.length, text);
        return setCorrectedText(pageId, pageText);
    }

    // Recomputes pages.corrected_text from the page text and its words'
    // corrections (NULL when no word is corrected); the trigger re-indexes it.
    // A freely edited page keeps the person's text.
    bool refreshCorrectedText(qint64 pageId)
    {
        const std::optional<bool> freeText = hasFreeText(pageId);
        if (!freeText)
            return false;
        if (*freeText)
            return true;
        sqlite3_stmt *pageText = statement(SelectPageText);
        sqlite3_stmt *pageWords = statement(SelectPageWords);
        sqlite3_stmt *update = statement(SetPageCorrectedText);
        if (!pageText || !pageWords || !update)
            return false;
        QString text;
        int page = 0;
        {
            StatementScope scope(pageText);
            sqlite3_bind_int64(pageText, 1, pageId);
            if (sqlite3_step(pageText) != SQLITE_ROW) {
                fail(tr("Could not read the text of a corrected page"));
                return false;
            }
            text = columnText(pageText, 0);
            page = sqlite3_column_int(pageText, 1);
        }
        WordList words;
        {
            StatementScope scope(pageWords);
            sqlite3_bind_int64(pageWords, 1, pageId);
            int rc;
            while ((rc = sqlite3_step(pageWords)) == SQLITE_ROW) {
                Word word;
                word.text = columnText(pageWords, 0);
                word.corrected = columnText(pageWords, 1);
                word.block = sqlite3_column_int(pageWords, 2);
                word.line = sqlite3_column_int(pageWords, 3);
                words.append(word);
            }
            if (rc != SQLITE_DONE) {
                fail(tr("Could not read the words of page %1").arg(page));
                return false;
            }
        }
        const QString corrected = applyCorrections(text, words);
        StatementScope scope(update);
        sqlite3_bind_int64(update, 1, pageId);
        if (corrected.isNull())
            sqlite3_bind_null(update, 2);
        else
            bindText(update, 2, corrected);
        if (sqlite3_step(update) != SQLITE_DONE) {
            fail(tr("Could not save the corrected text of page %1").arg(page));
            return false;
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
            word.id = sqlite3_column_int64(wordsStatement, 8);
            word.corrected = columnText(wordsStatement, 9);
            word.accepted = sqlite3_column_int(wordsStatement, 10) != 0;
            word.notInDictionary = sqlite3_column_int(wordsStatement, 11) != 0;
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
/// rotation, skew, confidence, render_ms, preprocess_ms, recognize_ms, text,
/// coalesce(corrected_text, text) FROM pages".
void readPageRow(sqlite3_stmt *pages, const QString &path, StoredPage *stored)
{
    stored->id = sqlite3_column_int64(pages, 0);
    stored->documentPath = path;
    PageResult &r = stored->result;
    r.page = sqlite3_column_int(pages, 1);
    r.kind = pageKindFromString(columnText(pages, 2));
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
    stored->correctedText = columnText(pages, 15);
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
                           " p.skew, p.confidence, p.render_ms, p.preprocess_ms, p.recognize_ms, p.text,"
                           " coalesce(p.corrected_text, p.text)"
                           " FROM pages p JOIN documents d"
                           " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
                           " WHERE d.path = ?1 AND p.page = ?2",
                           -1, pageStatement.out(), nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(d->db, "SELECT text, x, y, w, h, confidence, block, line, id, corrected, accepted, not_in_dictionary FROM words"
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
                              " confidence, render_ms, preprocess_ms, recognize_ms, text, coalesce(corrected_text, text) FROM pages"
                              " WHERE content_hash = ?1 AND settings_key = ?2 ORDER BY page",
                              -1, pagesStatement.out(), nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(d->db,
                              "SELECT text, x, y, w, h, confidence, block, line, id, corrected, accepted, not_in_dictionary FROM words"
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

int Store::pageCount() const
{
    if (!d->requireOpen() || !d->flush())
        return 0;
    const std::optional<QString> count = d->queryValue(
        "SELECT (SELECT count(*) FROM documents d JOIN pages p"
        " ON p.content_hash = d.content_hash AND p.settings_key = d.settings_key"
        " WHERE NOT (d.status = 'failed' AND d.page_count = 0))"
        " + (SELECT count(*) FROM documents WHERE status = 'failed' AND page_count = 0)");
    if (!count) {
        d->fail(Private::tr("Could not count the stored pages"));
        return 0;
    }
    return count->toInt();
}

bool Store::correctWord(qint64 wordId, const QString &text)
{
    if (!d->requireOpen() || !d->flush())
        return false;
    if (text.trimmed().isEmpty()) {
        d->error = Private::tr("Word %1 cannot be corrected to empty text; type the word as it stands on the page.")
                       .arg(wordId);
        return false;
    }
    sqlite3_stmt *select = d->statement(SelectWord);
    if (!select)
        return false;
    if (!d->exec("BEGIN IMMEDIATE")) {
        d->fail(Private::tr("Could not start saving the correction of word %1").arg(wordId),
                Private::tr("Check that no other program is writing this file."));
        return false;
    }
    qint64 pageId = 0;
    QString recognized;
    QString previous;
    {
        StatementScope scope(select);
        sqlite3_bind_int64(select, 1, wordId);
        const int rc = sqlite3_step(select);
        if (rc != SQLITE_ROW) {
            if (rc == SQLITE_DONE) {
                d->error = Private::tr("There is no word with id %1 in the database %2; the page may have been "
                                       "recognized again. Reload the page and correct the word there.")
                               .arg(wordId)
                               .arg(QDir::toNativeSeparators(d->path));
            } else {
                d->fail(Private::tr("Could not read word %1").arg(wordId));
            }
            d->rollback();
            return false;
        }
        pageId = sqlite3_column_int64(select, 0);
        recognized = columnText(select, 1);
        previous = columnText(select, 2);
    }
    if (previous.isEmpty())
        previous = recognized;
    if (previous == text) {
        d->rollback();
        return true; // nothing changes, nothing to audit
    }
    const std::optional<bool> freeText = d->hasFreeText(pageId);
    if (!freeText || (*freeText && !d->patchFreeText(pageId, wordId, text))
        || !d->setWordText(wordId, pageId, recognized, previous, text)) {
        d->rollback();
        return false;
    }
    if (!d->refreshCorrectedText(pageId)) {
        d->rollback();
        return false;
    }
    if (!d->exec("COMMIT")) {
        d->fail(Private::tr("Could not commit the correction of word %1").arg(wordId),
                Private::tr("Check free disk space."));
        d->rollback();
        return false;
    }
    return true;
}

bool Store::setPageText(const QString &documentPath, int page, const QString &text)
{
    if (!d->requireOpen() || !d->flush())
        return false;
    const QString where = Private::tr("page %1 of %2").arg(page).arg(QDir::toNativeSeparators(documentPath));
    if (!d->exec("BEGIN IMMEDIATE")) {
        d->fail(Private::tr("Could not start saving the edited text of %1").arg(where),
                Private::tr("Check that no other program is writing this file."));
        return false;
    }
    qint64 pageId = 0;
    QString previous;
    {
        LocalStatement query;
        if (sqlite3_prepare_v2(d->db,
                               "SELECT p.id, coalesce(p.corrected_text, p.text, '') FROM pages p JOIN documents d"
                               " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
                               " WHERE d.path = ?1 AND p.page = ?2",
                               -1, query.out(), nullptr)
            != SQLITE_OK) {
            d->fail(Private::tr("Could not read %1").arg(where));
            d->rollback();
            return false;
        }
        bindText(query.get(), 1, documentPath);
        sqlite3_bind_int(query.get(), 2, page);
        const int rc = sqlite3_step(query.get());
        if (rc != SQLITE_ROW) {
            if (rc == SQLITE_DONE) {
                d->error = Private::tr("There is no stored %1 in the database %2; recognize the document first.")
                               .arg(where, QDir::toNativeSeparators(d->path));
            } else {
                d->fail(Private::tr("Could not read %1").arg(where));
            }
            d->rollback();
            return false;
        }
        pageId = sqlite3_column_int64(query.get(), 0);
        previous = columnText(query.get(), 1);
    }
    if (previous == text) {
        d->rollback();
        return true; // nothing changes, nothing to audit
    }
    QList<qint64> ids;
    QStringList shown;
    QStringList recognized;
    if (!d->shownWords(pageId, &ids, &shown, &recognized)) {
        d->rollback();
        return false;
    }
    QStringList tokens;
    for (const TextToken &token : tokenize(text))
        tokens.append(token.text);
    const QList<qsizetype> link = alignWords(shown, tokens);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (link.at(i) < 0 || tokens.at(link.at(i)) == shown.at(i))
            continue;
        if (!d->setWordText(ids.at(i), pageId, recognized.at(i), shown.at(i), tokens.at(link.at(i)))) {
            d->rollback();
            return false;
        }
    }
    bool ok = d->setCorrectedText(pageId, text);
    if (ok) {
        sqlite3_stmt *audit = d->statement(InsertCorrection);
        if (!audit) {
            d->rollback();
            return false;
        }
        StatementScope scope(audit);
        sqlite3_bind_int64(audit, 1, 0); // the whole page, no word
        sqlite3_bind_int64(audit, 2, pageId);
        bindText(audit, 3, previous);
        bindText(audit, 4, text);
        bindText(audit, 5, nowUtc());
        ok = sqlite3_step(audit) == SQLITE_DONE;
        if (!ok)
            d->fail(Private::tr("Could not record the edit of %1").arg(where));
    }
    if (!ok) {
        d->rollback();
        return false;
    }
    if (!d->exec("COMMIT")) {
        d->fail(Private::tr("Could not commit the edited text of %1").arg(where), Private::tr("Check free disk space."));
        d->rollback();
        return false;
    }
    return true;
}

bool Store::acceptWord(qint64 wordId, bool accepted)
{
    if (!d->requireOpen() || !d->flush())
        return false;
    sqlite3_stmt *statement = d->statement(SetWordAccepted);
    if (!statement)
        return false;
    StatementScope scope(statement);
    sqlite3_bind_int64(statement, 1, wordId);
    sqlite3_bind_int(statement, 2, accepted ? 1 : 0);
    if (sqlite3_step(statement) != SQLITE_DONE) {
        d->fail(Private::tr("Could not save the review of word %1").arg(wordId));
        return false;
    }
    if (sqlite3_changes(d->db) == 0) {
        d->error = Private::tr("There is no word with id %1 in the database %2; the page may have been "
                               "recognized again. Reload the page and review the word there.")
                       .arg(wordId)
                       .arg(QDir::toNativeSeparators(d->path));
        return false;
    }
    return true;
}

namespace {

// Words still to review: weak (or, when ?4 is 1, not in the dictionary), not
// corrected, not accepted, on a page that belongs to a document under its
// current settings. A page shared by two paths lists its words once, under
// the first path.
constexpr const char *kSuspiciousFrom =
    " FROM words w JOIN pages p ON p.id = w.page_id JOIN documents d"
    " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
    " WHERE (w.confidence < ?1 OR (?4 = 1 AND w.not_in_dictionary = 1))"
    " AND w.corrected IS NULL AND w.accepted = 0";

} // namespace

QList<SuspiciousWord> Store::suspiciousWords(const ReviewFilter &filter, int limit, int offset) const
{
    QList<SuspiciousWord> result;
    if (!d->requireOpen() || !d->flush())
        return result;
    const QByteArray sql = QByteArray("SELECT w.id, p.id, min(d.path), p.page, p.dpi, w.x, w.y, w.w, w.h,"
                                      " w.confidence, w.text, w.line, w.not_in_dictionary")
        + kSuspiciousFrom + " GROUP BY w.id ORDER BY w.confidence, w.id LIMIT ?2 OFFSET ?3";
    LocalStatement statement;
    LocalStatement lineStatement;
    if (sqlite3_prepare_v2(d->db, sql.constData(), -1, statement.out(), nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(d->db,
                              "SELECT text, corrected FROM words WHERE page_id = ?1 AND line = ?2 ORDER BY idx", -1,
                              lineStatement.out(), nullptr)
               != SQLITE_OK) {
        d->fail(Private::tr("Could not prepare reading the words to review"));
        return result;
    }
    sqlite3_bind_double(statement.get(), 1, filter.confidenceBelow);
    sqlite3_bind_int(statement.get(), 2, limit < 0 ? -1 : limit);
    sqlite3_bind_int(statement.get(), 3, qMax(0, offset));
    sqlite3_bind_int(statement.get(), 4, filter.notInDictionary ? 1 : 0);
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        sqlite3_stmt *row = statement.get();
        SuspiciousWord word;
        word.wordId = sqlite3_column_int64(row, 0);
        word.pageId = sqlite3_column_int64(row, 1);
        word.documentPath = columnText(row, 2);
        word.page = sqlite3_column_int(row, 3);
        word.dpi = sqlite3_column_int(row, 4);
        word.box = QRect(sqlite3_column_int(row, 5), sqlite3_column_int(row, 6), sqlite3_column_int(row, 7),
                         sqlite3_column_int(row, 8));
        word.confidence = float(sqlite3_column_double(row, 9));
        word.text = columnText(row, 10);
        word.notInDictionary = sqlite3_column_int(row, 12) != 0;

        sqlite3_stmt *line = lineStatement.get();
        StatementScope scope(line);
        sqlite3_bind_int64(line, 1, word.pageId);
        sqlite3_bind_int(line, 2, sqlite3_column_int(row, 11));
        QStringList parts;
        int lineRc;
        while ((lineRc = sqlite3_step(line)) == SQLITE_ROW) {
            const QString corrected = columnText(line, 1);
            parts.append(corrected.isEmpty() ? columnText(line, 0) : corrected);
        }
        if (lineRc != SQLITE_DONE)
            break;
        word.lineText = parts.join(QLatin1Char(' '));
        result.append(word);
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        d->fail(Private::tr("Could not read the words to review"));
    return result;
}

int Store::suspiciousCount(const ReviewFilter &filter) const
{
    if (!d->requireOpen() || !d->flush())
        return 0;
    const QByteArray sql = QByteArray("SELECT count(DISTINCT w.id)") + kSuspiciousFrom;
    LocalStatement statement;
    if (sqlite3_prepare_v2(d->db, sql.constData(), -1, statement.out(), nullptr) != SQLITE_OK) {
        d->fail(Private::tr("Could not count the words to review"));
        return 0;
    }
    sqlite3_bind_double(statement.get(), 1, filter.confidenceBelow);
    sqlite3_bind_int(statement.get(), 4, filter.notInDictionary ? 1 : 0);
    if (sqlite3_step(statement.get()) != SQLITE_ROW) {
        d->fail(Private::tr("Could not count the words to review"));
        return 0;
    }
    return sqlite3_column_int(statement.get(), 0);
}

bool Store::addToLexicon(const QString &word)
{
    if (!d->requireOpen())
        return false;
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty()) {
        d->error = Private::tr("An empty word cannot be added to the word list.");
        return false;
    }
    LocalStatement statement;
    if (sqlite3_prepare_v2(d->db, "INSERT OR IGNORE INTO lexicon(word) VALUES(?1)", -1, statement.out(), nullptr)
        != SQLITE_OK) {
        d->fail(Private::tr("Could not add \"%1\" to the word list").arg(trimmed));
        return false;
    }
    bindText(statement.get(), 1, trimmed);
    if (sqlite3_step(statement.get()) != SQLITE_DONE) {
        d->fail(Private::tr("Could not add \"%1\" to the word list").arg(trimmed));
        return false;
    }
    return true;
}

QSet<QString> Store::lexicon() const
{
    QSet<QString> words;
    if (!d->requireOpen())
        return words;
    LocalStatement statement;
    if (sqlite3_prepare_v2(d->db, "SELECT word FROM lexicon", -1, statement.out(), nullptr) != SQLITE_OK) {
        d->fail(Private::tr("Could not read the word list"));
        return words;
    }
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
        words.insert(columnText(statement.get(), 0));
    if (rc != SQLITE_DONE)
        d->fail(Private::tr("Could not read the word list"));
    return words;
}

QList<SearchHit> Store::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    if (!d->requireOpen() || !d->flush())
        return hits;
    // Each word becomes a quoted FTS5 string, so punctuation and FTS5 syntax in
    // what people type are searched for, not interpreted.
    QStringList terms;
    for (const QString &term : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString quoted = term;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    if (terms.isEmpty())
        return hits;
    LocalStatement statement;
    if (sqlite3_prepare_v2(d->db,
                           "SELECT h.id, d.path, p.page, h.snippet FROM"
                           " (SELECT rowid AS id, snippet(pages_fts, 0, '[', ']', '…', 12) AS snippet, rank"
                           "  FROM pages_fts WHERE pages_fts MATCH ?1) h"
                           " JOIN pages p ON p.id = h.id JOIN documents d"
                           " ON d.content_hash = p.content_hash AND d.settings_key = p.settings_key"
                           " ORDER BY h.rank, d.path, p.page LIMIT ?2",
                           -1, statement.out(), nullptr)
        != SQLITE_OK) {
        d->fail(Private::tr("Could not prepare the search for \"%1\"").arg(query));
        return hits;
    }
    bindText(statement.get(), 1, terms.join(QLatin1Char(' ')));
    sqlite3_bind_int(statement.get(), 2, limit < 0 ? -1 : limit);
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        SearchHit hit;
        hit.pageId = sqlite3_column_int64(statement.get(), 0);
        hit.documentPath = columnText(statement.get(), 1);
        hit.page = sqlite3_column_int(statement.get(), 2);
        hit.snippet = columnText(statement.get(), 3);
        hits.append(hit);
    }
    if (rc != SQLITE_DONE)
        d->fail(Private::tr("Could not search for \"%1\"").arg(query));
    return hits;
}

} // namespace quire
