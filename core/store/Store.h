#pragma once

#include "model/PageResult.h"
#include "pdf/DocumentType.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace quire {

/// Lifecycle of a document within the database.
enum class DocumentStatus {
    Pending, ///< Known, pages not all finished yet.
    Done,    ///< Every page done.
    Partial, ///< Every page finished, some failed.
    Failed,  ///< Could not be opened at all (error says why).
};
QString toString(DocumentStatus status); ///< "pending", "done", "partial", "failed"

struct DocumentRecord
{
    qint64 id = 0;
    QString path;        ///< Absolute path.
    QString contentHash; ///< SHA-256 hex of the file's bytes.
    DocumentType type = DocumentType::Unknown;
    qint64 size = 0;
    int pageCount = 0;
    DocumentStatus status = DocumentStatus::Pending;
    QString error;
    QString settingsKey; ///< Settings of the last run that touched the document.
};

/// One stored page as exports and evaluation read it.
struct StoredPage
{
    qint64 id = 0;
    QString documentPath;
    PageResult result; ///< words are filled only when asked for.
};

/// The run's whole state in one SQLite file (WAL mode). Only one Store writes
/// a given file at a time (the coordinator); page results are written in
/// batched transactions. Pages are keyed by (content hash, page, settings key),
/// so a re-run with the same settings skips finished pages and the same file
/// under two paths is recognized once. sqlite3 stays behind the private
/// implementation.
class Store final
{
public:
    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /// Opens or creates @p path and brings the schema up to date.
    bool open(const QString &path);
    void close();
    QString errorString() const;
    QString path() const;

    /// Starts a run; @p settingsJson describes the settings for people.
    qint64 beginRun(const QString &settingsKey, const QString &settingsJson);
    void finishRun(qint64 runId, int pagesDone, int pagesFailed);

    /// Inserts or updates the document at record.path (id is ignored);
    /// returns its id, 0 on error. A changed content hash replaces the old one.
    qint64 upsertDocument(const DocumentRecord &record);
    bool setDocumentState(qint64 documentId, int pageCount, DocumentStatus status, const QString &error);
    std::optional<DocumentRecord> document(qint64 documentId) const;
    QList<DocumentRecord> documents() const;

    /// Pages of @p contentHash already stored with status done under @p settingsKey (1-based).
    QSet<int> donePages(const QString &contentHash, const QString &settingsKey) const;
    /// Pages stored as failed, with how many attempts they had.
    QHash<int, int> failedPageAttempts(const QString &contentHash, const QString &settingsKey) const;

    /// Queues a page result; it is written with the next flush(). A result for
    /// a page already stored under the same key replaces it (and its words).
    void addPage(const QString &contentHash, const QString &settingsKey, const PageResult &result);
    /// Writes every queued result in one transaction. addPage() flushes by
    /// itself once 32 results or 1 s have gathered.
    bool flush();
    int pendingCount() const;

    /// Streams the pages of every document in path order, page order, using
    /// each document's settings key; documents that failed to open come as one
    /// StoredPage with page 0, status Failed and the document's error. The
    /// callback returns false to stop.
    bool forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords = false) const;

    /// One stored page of the document at @p documentPath (under the
    /// document's settings key), with its words when asked; nothing if absent.
    std::optional<StoredPage> loadPage(const QString &documentPath, int page, bool withWords = true) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
