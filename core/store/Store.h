#pragma once

#include "model/PageResult.h"
#include "pdf/DocumentType.h"

#include <QHash>
#include <QRect>
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
    PageResult result; ///< words are filled only when asked for; result.text is the recognized text.
    /// The page text as people should read it: result.text with the person's
    /// corrections applied (the same as result.text when nothing was corrected).
    QString correctedText;
};

/// Which words the review queue holds (Store::suspiciousWords).
struct ReviewFilter
{
    double confidenceBelow = 80; ///< Words recognized with less confidence than this.
    bool notInDictionary = true; ///< Also confident words no dictionary or word list knows.
};

/// A weak word waiting for review (Store::suspiciousWords).
struct SuspiciousWord
{
    qint64 wordId = 0;
    qint64 pageId = 0;
    QString documentPath;
    int page = 0;       ///< 1-based.
    int dpi = 0;        ///< Resolution of the box's coordinate space.
    QRect box;
    float confidence = 0.0f;
    QString text;       ///< Recognized text.
    QString lineText;   ///< The whole line the word is on, corrections applied.
    bool notInDictionary = false; ///< Neither the dictionary nor the word list knew it at recognition.
};

/// One page that matches a search (Store::search).
struct SearchHit
{
    qint64 pageId = 0;
    QString documentPath;
    int page = 0;    ///< 1-based.
    /// A few words around the match, each matched term between '[' and ']'.
    QString snippet;
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
    /// StoredPage with page 0, status Failed and the document's error. Words
    /// come with their id, correction and acceptance. The callback returns
    /// false to stop.
    bool forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords = false) const;

    /// One stored page of the document at @p documentPath (under the
    /// document's settings key), with its words when asked; nothing if absent.
    std::optional<StoredPage> loadPage(const QString &documentPath, int page, bool withWords = true) const;
    /// How many StoredPages forEachPage() delivers (for progress reports).
    int pageCount() const;

    // Review and correction (schema 2). The recognition is never overwritten:
    // words.text keeps what OCR read, words.corrected the person's text, and
    // every edit leaves a row in the corrections table.

    /// Sets the text of word @p wordId to @p text (not empty), records the edit
    /// in the corrections table and updates the page's corrected text, which
    /// search and exports use. Correcting a word back to its recognized text
    /// clears the correction, so an undo is a correctWord() with the previous
    /// text. Flushes queued results first.
    bool correctWord(qint64 wordId, const QString &text);
    /// The person's free edit of the whole text of page @p page (1-based) of
    /// @p documentPath. The new text's words are aligned with the page's words
    /// as shown (a word-level LCS diff): words that still match keep their
    /// boxes untouched; a changed word that aligns one to one with an old word
    /// is corrected as by correctWord() (audited); inserted and deleted words
    /// stay unlinked. @p text itself, line breaks and all, becomes the page's
    /// corrected text, which search and exports use from then on (a later
    /// correctWord() puts the new word where the word stands in it), and the
    /// edit leaves an audit row with word_id 0. Flushes queued results first.
    bool setPageText(const QString &documentPath, int page, const QString &text);
    /// Marks word @p wordId as reviewed and right as recognized (or not), so
    /// it leaves (or rejoins) the suspicious list.
    bool acceptWord(qint64 wordId, bool accepted = true);
    /// Words that @p filter holds (below its confidence, or not in the
    /// dictionary when it asks) and that are neither corrected nor accepted,
    /// weakest first across all documents; @p limit rows from @p offset.
    QList<SuspiciousWord> suspiciousWords(const ReviewFilter &filter, int limit, int offset = 0) const;
    /// How many words suspiciousWords() would list without a limit.
    int suspiciousCount(const ReviewFilter &filter) const;

    /// Adds @p word to the person's word list (kept as given, trimmed).
    bool addToLexicon(const QString &word);
    QSet<QString> lexicon() const;

    /// Full-text search over the page text as people read it (corrections
    /// applied). Plain words, all of which must occur; case and accents are
    /// ignored. Best matches first, at most @p limit.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
