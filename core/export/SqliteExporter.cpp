#include "export/SqliteExporter.h"

#include "store/Store.h"
#include "store/SqliteBinding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

#include <array>

namespace quire {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(quire::SqliteExporter)
};

constexpr const char *kExportSchemaSql = R"sql(
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    path TEXT UNIQUE NOT NULL,
    content_hash TEXT,
    type TEXT,
    size INTEGER,
    page_count INTEGER,
    status TEXT,
    error TEXT);
CREATE TABLE pages(
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    page INTEGER NOT NULL,
    kind TEXT,
    status TEXT,
    error TEXT,
    dpi INTEGER,
    width INTEGER,
    height INTEGER,
    confidence REAL,
    text TEXT,
    recognized_text TEXT,
    corrected INTEGER NOT NULL,
    UNIQUE(document_id, page));
CREATE TABLE words(
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id),
    idx INTEGER,
    block INTEGER,
    line INTEGER,
    x INTEGER,
    y INTEGER,
    w INTEGER,
    h INTEGER,
    confidence REAL,
    text TEXT,
    recognized_text TEXT,
    corrected INTEGER NOT NULL);
CREATE INDEX words_page_id ON words(page_id);
)sql";

// Owns the connection and its statements for one export.
class ExportDb
{
public:
    ExportDb() = default;
    ~ExportDb()
    {
        for (sqlite3_stmt *statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close_v2(m_db);
    }
    Q_DISABLE_COPY_MOVE(ExportDb)

    bool open(const QString &path)
    {
        const QByteArray file = QFile::encodeName(path);
        return sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK;
    }
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    sqlite3_stmt *prepare(int slot, const char *sql)
    {
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_statements[size_t(slot)], nullptr) != SQLITE_OK)
            return nullptr;
        return m_statements[size_t(slot)];
    }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }
    void close()
    {
        for (sqlite3_stmt *&statement : m_statements) {
            sqlite3_finalize(statement);
            statement = nullptr;
        }
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
    std::array<sqlite3_stmt *, 3> m_statements{};
};

using sqlite::bindOptionalText;
using sqlite::bindText;

bool step(sqlite3_stmt *statement)
{
    const bool ok = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return ok;
}

} // namespace

bool SqliteExporter::exportDatabase(const Store &store, const QString &path, QString *error,
                                    const ExportProgress &progress)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
    };
    // Written next to the target and renamed at the end: a failed export
    // leaves the old file (if any) as it was.
    const QString partPath = path + QStringLiteral(".part");
    QFile::remove(partPath);
    QString failure;
    {
        ExportDb db;
        auto dbFailed = [&](const QString &what) {
            failure = Messages::tr("%1 %2: %3. Check that the folder exists, can be written and has free space.")
                          .arg(what, nativePath, db.message());
            return false;
        };
        const bool ok = [&]() {
            if (!db.open(partPath))
                return dbFailed(Messages::tr("Could not create the SQLite file"));
            if (!db.exec("PRAGMA journal_mode = OFF") || !db.exec("PRAGMA synchronous = OFF")
                || !db.exec(kExportSchemaSql) || !db.exec("BEGIN"))
                return dbFailed(Messages::tr("Could not create the tables of"));
            sqlite3_stmt *insertDocument =
                db.prepare(0, "INSERT INTO documents(id, path, content_hash, type, size, page_count, status, error)"
                              " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            sqlite3_stmt *insertPage =
                db.prepare(1, "INSERT INTO pages(document_id, page, kind, status, error, dpi, width, height,"
                              " confidence, text, recognized_text, corrected)"
                              " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
            sqlite3_stmt *insertWord =
                db.prepare(2, "INSERT INTO words(page_id, idx, block, line, x, y, w, h, confidence, text,"
                              " recognized_text, corrected) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
            if (!insertDocument || !insertPage || !insertWord)
                return dbFailed(Messages::tr("Could not prepare writing"));

            QHash<QString, qint64> documentIds;
            for (const DocumentRecord &record : store.documents()) {
                documentIds.insert(record.path, record.id);
                sqlite3_bind_int64(insertDocument, 1, record.id);
                bindText(insertDocument, 2, record.path);
                bindText(insertDocument, 3, record.contentHash);
                bindText(insertDocument, 4, toString(record.type));
                sqlite3_bind_int64(insertDocument, 5, record.size);
                sqlite3_bind_int(insertDocument, 6, record.pageCount);
                bindText(insertDocument, 7, toString(record.status));
                bindOptionalText(insertDocument, 8, record.error);
                if (!step(insertDocument))
                    return dbFailed(Messages::tr("Could not write the documents to"));
            }

            const int total = progress ? store.pageCount() : 0;
            int done = 0;
            bool writeFailed = false;
            const bool read = store.forEachPage(
                [&](const StoredPage &stored) {
                    ++done;
                    const PageResult &r = stored.result;
                    if (r.page > 0) {
                        sqlite3_bind_int64(insertPage, 1, documentIds.value(stored.documentPath));
                        sqlite3_bind_int(insertPage, 2, r.page);
                        bindText(insertPage, 3, toString(r.kind));
                        bindText(insertPage, 4, toString(r.status));
                        bindOptionalText(insertPage, 5, r.error);
                        sqlite3_bind_int(insertPage, 6, r.dpi);
                        if (r.imageSize.isValid()) {
                            sqlite3_bind_int(insertPage, 7, r.imageSize.width());
                            sqlite3_bind_int(insertPage, 8, r.imageSize.height());
                        }
                        if (r.meanConfidence >= 0)
                            sqlite3_bind_double(insertPage, 9, r.meanConfidence);
                        bindText(insertPage, 10, stored.correctedText);
                        bindText(insertPage, 11, r.text);
                        sqlite3_bind_int(insertPage, 12, stored.correctedText != r.text ? 1 : 0);
                        if (!step(insertPage)) {
                            writeFailed = true;
                            return false;
                        }
                        const qint64 pageId = db.lastId();
                        for (qsizetype i = 0; i < r.words.size(); ++i) {
                            const Word &word = r.words.at(i);
                            sqlite3_bind_int64(insertWord, 1, pageId);
                            sqlite3_bind_int64(insertWord, 2, i);
                            sqlite3_bind_int(insertWord, 3, word.block);
                            sqlite3_bind_int(insertWord, 4, word.line);
                            sqlite3_bind_int(insertWord, 5, word.box.x());
                            sqlite3_bind_int(insertWord, 6, word.box.y());
                            sqlite3_bind_int(insertWord, 7, word.box.width());
                            sqlite3_bind_int(insertWord, 8, word.box.height());
                            sqlite3_bind_double(insertWord, 9, double(word.confidence));
                            bindText(insertWord, 10, word.displayText());
                            bindText(insertWord, 11, word.text);
                            sqlite3_bind_int(insertWord, 12, word.corrected.isEmpty() ? 0 : 1);
                            if (!step(insertWord)) {
                                writeFailed = true;
                                return false;
                            }
                        }
                    }
                    if (progress)
                        progress(done, total);
                    return true;
                },
                true);
            if (writeFailed)
                return dbFailed(Messages::tr("Could not write the pages to"));
            if (!read) {
                failure = Messages::tr("Could not export to %1 because the results could not be read: %2")
                              .arg(nativePath, store.errorString());
                return false;
            }
            if (!db.exec("COMMIT"))
                return dbFailed(Messages::tr("Could not save"));
            return true;
        }();
        db.close();
        if (!ok) {
            QFile::remove(partPath);
            setError(failure);
            return false;
        }
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(partPath);
        setError(Messages::tr("Could not replace the existing file %1; check its permissions.").arg(nativePath));
        return false;
    }
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        setError(Messages::tr("Could not move the finished export into place at %1; check the folder's permissions.")
                     .arg(nativePath));
        return false;
    }
    return true;
}

} // namespace quire
