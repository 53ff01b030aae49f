#include "export/SqliteExporter.h"

#include "store/Store.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>


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

using sqlite::Statement;

std::optional<QString> nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

/// One export into a fresh file: the documents, then page by page.
class ExportWriter
{
public:
    explicit ExportWriter(const QString &nativePath) : m_nativePath(nativePath) {}

    QString failure() const { return m_failure; }

    bool create(const QString &partPath)
    {
        if (!m_db.open(partPath))
            return failed(Messages::tr("Could not create the SQLite file"));
        if (!m_db.exec("PRAGMA journal_mode = OFF") || !m_db.exec("PRAGMA synchronous = OFF")
            || !m_db.exec(kExportSchemaSql) || !m_db.exec("BEGIN"))
            return failed(Messages::tr("Could not create the tables of"));
        return true;
    }

    bool writeDocuments(const QList<DocumentRecord> &documents)
    {
        for (const DocumentRecord &record : documents) {
            m_documentIds.insert(record.path, record.id);
            Statement insert = m_db.prepare(
                "INSERT INTO documents(id, path, content_hash, type, size, page_count, status, error)"
                " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            insert.bindAll(record.id, record.path, record.contentHash, toString(record.type), record.size,
                           record.pageCount, toString(record.status), nullIfEmpty(record.error));
            if (!insert.exec())
                return failed(Messages::tr("Could not write the documents to"));
        }
        return true;
    }

    bool writePage(const StoredPage &stored)
    {
        const PageResult &r = stored.result;
        if (r.page <= 0)
            return true;
        const bool sized = r.imageSize.isValid();
        Statement insert = m_db.prepare("INSERT INTO pages(document_id, page, kind, status, error, dpi, width, height,"
                                        " confidence, text, recognized_text, corrected)"
                                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        insert.bindAll(m_documentIds.value(stored.documentPath), r.page, toString(r.kind), toString(r.status),
                       nullIfEmpty(r.error), r.dpi, sized ? std::optional(r.imageSize.width()) : std::nullopt,
                       sized ? std::optional(r.imageSize.height()) : std::nullopt,
                       r.meanConfidence >= 0 ? std::optional(r.meanConfidence) : std::nullopt, stored.correctedText,
                       r.text, stored.correctedText != r.text);
        if (!insert.exec())
            return failed(Messages::tr("Could not write the pages to"));
        const qint64 pageId = m_db.lastInsertId();
        for (qsizetype i = 0; i < r.words.size(); ++i) {
            const Word &word = r.words.at(i);
            Statement insertWord = m_db.prepare(
                "INSERT INTO words(page_id, idx, block, line, x, y, w, h, confidence, text,"
                " recognized_text, corrected) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
            insertWord.bindAll(pageId, qint64(i), word.block, word.line, word.box.x(), word.box.y(),
                               word.box.width(), word.box.height(), double(word.confidence), word.displayText(),
                               word.text, !word.corrected.isEmpty());
            if (!insertWord.exec())
                return failed(Messages::tr("Could not write the pages to"));
        }
        return true;
    }

    bool commit()
    {
        return m_db.exec("COMMIT") || failed(Messages::tr("Could not save"));
    }

private:
    bool failed(const QString &what)
    {
        if (m_failure.isEmpty())
            m_failure = Messages::tr("%1 %2: %3. Check that the folder exists, can be written and has free space.")
                            .arg(what, m_nativePath, m_db.errorMessage());
        return false;
    }

    QString m_nativePath;
    sqlite::Connection m_db;
    QHash<QString, qint64> m_documentIds;
    QString m_failure;
};

/// Writes the whole export to @p partPath; @p failure says why not.
bool writeExport(Store &store, const QString &partPath, const QString &nativePath, const ExportProgress &progress,
                 QString *failure)
{
    ExportWriter writer(nativePath);
    if (!writer.create(partPath) || !writer.writeDocuments(store.documents())) {
        *failure = writer.failure();
        return false;
    }
    const int total = progress ? store.pageCount() : 0;
    int done = 0;
    bool writeFailed = false;
    const bool read = store.forEachPage(
        [&](const StoredPage &stored) {
            if (!writer.writePage(stored)) {
                writeFailed = true;
                return false;
            }
            if (progress)
                progress(++done, total);
            return true;
        },
        true);
    if (writeFailed || (read && !writer.commit())) {
        *failure = writer.failure();
        return false;
    }
    if (!read) {
        *failure = Messages::tr("Could not export to %1 because the results could not be read: %2")
                       .arg(nativePath, store.errorString());
        return false;
    }
    return true;
}

} // namespace

bool SqliteExporter::exportDatabase(Store &store, const QString &path, QString *error, const ExportProgress &progress)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Written next to the target and renamed at the end: a failed export
    // leaves the old file (if any) as it was.
    const QString partPath = path + QStringLiteral(".part");
    QFile::remove(partPath);
    QString failure;
    if (!writeExport(store, partPath, nativePath, progress, &failure)) {
        QFile::remove(partPath);
        return setError(failure);
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(partPath);
        return setError(
            Messages::tr("Could not replace the existing file %1; check its permissions.").arg(nativePath));
    }
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return setError(Messages::tr("Could not move the finished export into place at %1; check the folder's "
                                     "permissions.")
                            .arg(nativePath));
    }
    return true;
}

} // namespace quire
