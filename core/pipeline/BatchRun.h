#pragma once

#include "model/PageResult.h"
#include "pipeline/InputScanner.h"
#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"
#include "pipeline/RunLedger.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <deque>
#include <optional>

namespace quire {

/// One unit of work for a page processor: open a document and count its
/// pages (Probe), or process one page (Page).
struct Job
{
    enum class Type { Probe, Page };
    Type type = Type::Page;
    qint64 documentId = 0;
    QString path;
    QString contentHash;
    int page = 0; ///< 1-based; 0 for Probe.
    qint64 pixels = 0; ///< Pixels of the page image to process, when the probe told (0 unknown).
};

/// The pages of one document a run is limited to (see BatchRun::setPageFilter).
struct PageSelection
{
    QString contentHash; ///< The content the pages were chosen for; other content is refused.
    QSet<int> pages;     ///< 1-based.
};
/// Absolute document path → the pages to process there.
using PageFilter = QHash<QString, PageSelection>;

struct RunCounts
{
    int documents = 0;       ///< Documents in the run.
    int documentsFailed = 0; ///< Could not be opened.
    int documentsWithFailedPages = 0;
    int pagesTotal = 0;      ///< Pages known so far (grows as documents are probed).
    int pagesSkipped = 0;    ///< Already done in the database with these settings.
    int pagesDone = 0;       ///< Finished in this run.
    int pagesFailed = 0;
    int pagesText = 0;       ///< Of pagesDone, from the text layer.
    int pagesOcr = 0;        ///< Of pagesDone, recognized.
    int pagesBlank = 0;      ///< Of pagesDone, blank (no OCR).
    int probesPending = 0;   ///< Documents whose page count is not known yet.
    int pagesRemaining() const { return pagesTotal - pagesSkipped - pagesDone - pagesFailed; }
};

/// The bookkeeping of one run over a set of inputs, independent of who does
/// the work (this process or a pool of workers): which jobs remain, what
/// finished, and what the database holds. Inputs may be added while the run
/// goes on (add()); a finished document leaves the run's memory, so a run
/// that lasts for days stays small. Jobs are handed out one at a time;
/// every job taken must come back through finishProbe(), finishPage() or
/// returnJob(). Results go to the run's ledger (the Store) as they arrive.
class BatchRun final : public QObject
{
    Q_OBJECT

public:
    BatchRun(RunLedger *ledger, const PipelineSettings &settings, QObject *parent = nullptr);
    ~BatchRun() override;

    /// Limits the run to the pages of @p filter (a shard of a cluster job):
    /// documents not in it, and their other pages, are neither processed nor
    /// counted; a document whose content hash differs from the filter's is
    /// reported as failed (it changed since the pages were chosen). Call
    /// before start(). An empty filter (the default) means every page.
    void setPageFilter(const PageFilter &filter);

    /// Scans @p inputs, records the documents and queues the work. Documents
    /// already finished with the same content and settings queue nothing.
    void start(const QStringList &inputs);
    /// The same, for inputs already scanned (the coordinator scans off its thread).
    void start(const ScanResult &scan);
    /// Adds more scanned inputs to a started run (an open-ended run that
    /// watches folders): they are recorded and queued like those of start(),
    /// probes ahead of pages. A path whose document is still in work is not
    /// added again; scan().problems says so. scan() and counts() grow.
    void add(const ScanResult &scan);

    const ScanResult &scan() const;
    const PipelineSettings &settings() const;

    /// The next job: probes first, then pages in their documents' order; of
    /// the last pages queued (a few hundred), the largest first, so that no
    /// worker is left with a large page while the others have nothing to do.
    std::optional<Job> takeJob();
    /// Puts a job back at the front of the queue (its worker went away); near
    /// the end of the queue, takeJob() still hands out probes and larger pages first.
    void returnJob(const Job &job);
    void finishProbe(const Job &job, const DocumentProbe &probe);
    void finishPage(const Job &job, const PageResult &result);

    bool hasQueuedJobs() const;
    int queuedJobs() const;
    int outstandingJobs() const;
    bool isComplete() const;
    RunCounts counts() const;
    /// "FILE: reason" and "FILE, page N: reason" for everything that failed.
    QStringList failures() const;
    /// Why the database stopped taking the run's results (a full disk, a
    /// read-only file: the Store's message, which names the file), or empty.
    /// Once set the run cannot go on and should stop: what was committed
    /// before stays, and the same run resumes from there.
    QString storeError() const;

    /// Writes what is pending and closes the run record.
    void finish();

Q_SIGNALS:
    void documentFailed(const QString &path, const QString &error);
    void pageFinished(qint64 documentId, const QString &path, const quire::PageResult &result);
    /// Every page of the document is finished (done or failed): emitted once
    /// for each document of the run, also for one whose content was processed
    /// under another path of the run (right after that one's).
    void documentFinished(qint64 documentId, const QString &path);
    /// A document of the inputs is recorded and its work queued.
    void documentAdded(qint64 documentId, const QString &path);

private:
    struct DocState
    {
        QString path;
        QString contentHash;
        int pageCount = 0;
        int remaining = 0;
        int failedPages = 0;
        QList<qint64> pagePixels;
        QList<qint64> aliases; ///< Other documents with the same content, finished with this one.
    };

    bool admit(InputDocument &input);
    void queuePages(qint64 documentId);
    /// Pages of @p state the run covers: all, or those the filter selects.
    int pagesInScope(const DocState &state) const;
    bool inScope(const DocState &state, int page) const;
    void completeDocument(qint64 documentId);
    /// Keeps the Store's last error as storeError() (the first one only).
    void storeFailed();

    RunLedger *m_ledger;
    PipelineSettings m_settings;
    QString m_settingsKey;
    qint64 m_runId = 0;
    ScanResult m_scan;
    std::deque<Job> m_queue;
    QHash<qint64, DocState> m_docs;
    QHash<QString, qint64> m_ownerOfHash; ///< Content hash → the document in work that does its pages.
    QHash<QString, qint64> m_docOfPath;   ///< Documents in work, by path.
    PageFilter m_filter;
    int m_outstanding = 0;
    RunCounts m_counts;
    QStringList m_failures;
    QString m_storeError;
};

} // namespace quire
