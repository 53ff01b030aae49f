#pragma once

#include "model/Document.h"
#include "model/PageResult.h"
#include "pipeline/RunLedger.h"

#include <QHash>
#include <QRect>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace quire {

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
/// a given file at a time (the run session's); page results are written in
/// batched transactions. Pages are keyed by (content hash, page, settings key),
/// so a re-run with the same settings skips finished pages and the same file
/// under two paths is recognized once. A Store is used from one thread.
///
/// Reading methods first write the results still queued (flush()), so that
/// they see them; that is why they are not const. Other Stores opened on the
/// same file (an export on a thread, a second window) see what was flushed.
class Store final : public RunLedger
{
public:
    Store();
    ~Store() override;
    Q_DISABLE_COPY_MOVE(Store)

    /// Opens or creates @p path and brings the schema up to date.
    bool open(const QString &path);
    /// Writes what is queued and closes the file. False, with errorString()
    /// naming how many results were lost, when the last write failed.
    bool close();
    QString errorString() const override;
    QString path() const;

    /// Where problems a person should know about go that are not failures of
    /// the call at hand (a correction that no longer matches its word after a
    /// page was recognized again). Default: qWarning.
    void setNoticeHandler(std::function<void(const QString &)> handler);

    // ------------------------------------------------------------ the run
    qint64 beginRun(const QString &settingsKey, const QString &settingsJson) override;
    void finishRun(qint64 runId, int pagesDone, int pagesFailed) override;

    qint64 upsertDocument(const DocumentRecord &record) override;
    bool setDocumentState(qint64 documentId, int pageCount, DocumentStatus status, const QString &error) override;
    /// Records that the file of document @p documentId now lives at
    /// @p newPath (a watched folder moved it to its done folder). False, with
    /// errorString(), when another document is recorded at @p newPath.
    bool moveDocument(qint64 documentId, const QString &newPath);
    std::optional<DocumentRecord> document(qint64 documentId);
    QList<DocumentRecord> documents() override;

    QSet<int> donePages(const QString &contentHash, const QString &settingsKey) override;
    /// Pages stored as failed, with how many attempts they had.
    QHash<int, int> failedPageAttempts(const QString &contentHash, const QString &settingsKey);

    /// Queues a page result; it is written with the next flush(). A result for
    /// a page already stored under the same key replaces it (and its words),
    /// keeping the person's corrections where the words still match.
    void addPage(const QString &contentHash, const QString &settingsKey, const PageResult &result) override;
    /// Writes every queued result in one transaction. addPage() flushes by
    /// itself once 32 results or 1 s have gathered.
    bool flush() override;
    int pendingCount() const override;
    /// The clock the 1 s flush rule follows, in steady milliseconds; empty:
    /// the system's. Tests advance their own instead of sleeping.
    void setClock(std::function<qint64()> nowMs);

    // ------------------------------------------------------------ reading results

    /// Streams the pages of every document in path order, page order, using
    /// each document's settings key; documents that failed to open come as one
    /// StoredPage with page 0, status Failed and the document's error. Words
    /// come with their id, correction and acceptance. The callback returns
    /// false to stop. False on a database error.
    bool forEachPage(const std::function<bool(const StoredPage &)> &callback, bool withWords = false);
    /// One stored page of the document at @p documentPath (under the
    /// document's settings key), with its words when asked; nothing if absent.
    std::optional<StoredPage> loadPage(const QString &documentPath, int page, bool withWords = true);
    /// How many StoredPages forEachPage() delivers (for progress reports).
    int pageCount();

    // ------------------------------------------------------------ review and correction
    // The recognition is never overwritten: words.text keeps what OCR read,
    // words.corrected the person's text, and every edit leaves a row in the
    // corrections table.

    /// Sets the text of word @p wordId to @p text (not empty), records the edit
    /// in the corrections table and updates the page's corrected text, which
    /// search and exports use. Correcting a word back to its recognized text
    /// clears the correction, so an undo is a correctWord() with the previous
    /// text.
    bool correctWord(qint64 wordId, const QString &text);
    /// The person's free edit of the whole text of page @p page (1-based) of
    /// @p documentPath. The new text's words are aligned with the page's words
    /// as shown (text::alignWords): words that still match keep their boxes
    /// untouched; a changed word that aligns one to one with an old word is
    /// corrected as by correctWord() (audited); inserted and deleted words stay
    /// unlinked. @p text itself becomes the page's corrected text, which search
    /// and exports use from then on, and the edit leaves an audit row with
    /// word_id 0.
    bool setPageText(const QString &documentPath, int page, const QString &text);
    /// Marks word @p wordId as reviewed and right as recognized (or not), so
    /// it leaves (or rejoins) the suspicious list.
    bool acceptWord(qint64 wordId, bool accepted = true);
    /// Words that @p filter holds (below its confidence, or not in the
    /// dictionary when it asks) and that are neither corrected nor accepted,
    /// weakest first across all documents; @p limit rows from @p offset.
    QList<SuspiciousWord> suspiciousWords(const ReviewFilter &filter, int limit, int offset = 0);
    /// How many words suspiciousWords() would list without a limit.
    int suspiciousCount(const ReviewFilter &filter);

    /// Adds @p word to the person's word list (kept as given, trimmed).
    bool addToLexicon(const QString &word);
    QSet<QString> lexicon();

    /// Full-text search over the page text as people read it (corrections
    /// applied). Plain words, all of which must occur; case and accents are
    /// ignored. Best matches first, at most @p limit.
    QList<SearchHit> search(const QString &query, int limit = 50);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
