#include "store/Schema.h"

#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDir>

#include <array>

namespace quire::schema {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(quire::Store)
};

// Schema 1: the run's documents, pages, words and runs.
constexpr const char *kSchema1Sql = R"sql(
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
constexpr const char *kSchema2Sql = R"sql(
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
constexpr const char *kSchema3Sql = R"sql(
ALTER TABLE words ADD COLUMN not_in_dictionary INTEGER NOT NULL DEFAULT 0;
)sql";

/// One step of the schema: the SQL that brings version - 1 to version.
struct Migration
{
    int version;
    const char *what;   ///< What the step adds, for messages (translated under quire::Store).
    const char *sql;
    const char *advice; ///< What a person can do when it fails.
};

// Every database goes through the same steps: a new file gets schema 1 first.
constexpr std::array<Migration, 3> kMigrations = {{
    {1, QT_TRANSLATE_NOOP("quire::Store", "Could not create the tables"), kSchema1Sql,
     QT_TRANSLATE_NOOP("quire::Store", "Check free disk space and that the folder can be written.")},
    {2, QT_TRANSLATE_NOOP("quire::Store", "Could not bring the tables up to schema 2 (review and search)"), kSchema2Sql,
     QT_TRANSLATE_NOOP("quire::Store", "The file was not changed; check free disk space and that SQLite has FTS5.")},
    {3, QT_TRANSLATE_NOOP("quire::Store", "Could not bring the tables up to schema 3 (dictionary check)"), kSchema3Sql,
     QT_TRANSLATE_NOOP("quire::Store", "The file was not changed; check free disk space.")},
}};
static_assert(kMigrations.back().version == kVersion, "the last migration brings the schema to kVersion");

QString describe(const sqlite::Connection &connection, const QString &path, const char *what, const char *advice)
{
    QString message = Messages::tr("%1 (database %2): %3.")
                          .arg(QCoreApplication::translate("quire::Store", what), QDir::toNativeSeparators(path),
                               connection.errorMessage());
    if (advice)
        message += QLatin1Char(' ') + QCoreApplication::translate("quire::Store", advice);
    return message;
}

} // namespace

bool migrate(sqlite::Connection &connection, const QString &path, QString *error)
{
    sqlite::Transaction transaction(connection);
    if (!transaction.isActive()) {
        *error = describe(connection, path, QT_TRANSLATE_NOOP("quire::Store", "Could not start creating the tables"),
                          nullptr);
        return false;
    }
    // Read the version inside the transaction: two processes opening a new
    // file at once must not both create it.
    const std::optional<QString> version = connection.value("PRAGMA user_version");
    if (!version) {
        *error = describe(connection, path, QT_TRANSLATE_NOOP("quire::Store", "Could not read the schema version"),
                          nullptr);
        return false;
    }
    const int current = version->toInt();
    if (current > kVersion) {
        *error = Messages::tr("The database %1 was written by a newer version of Quire (schema %2; this version "
                              "reads schema %3). Open it with a newer Quire or choose another database file.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(current)
                     .arg(kVersion);
        return false;
    }
    for (const Migration &migration : kMigrations) {
        if (migration.version > current && !connection.exec(migration.sql)) {
            *error = describe(connection, path, migration.what, migration.advice);
            return false;
        }
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(kVersion);
    if (!connection.exec(setVersion.constData())) {
        *error = describe(connection, path, QT_TRANSLATE_NOOP("quire::Store", "Could not record the schema version"),
                          nullptr);
        return false;
    }
    if (!transaction.commit()) {
        *error = describe(connection, path, QT_TRANSLATE_NOOP("quire::Store", "Could not save the tables"), nullptr);
        return false;
    }
    return true;
}

} // namespace quire::schema
