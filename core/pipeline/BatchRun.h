#pragma once

#include "model/PageResult.h"
#include "pipeline/InputScanner.h"
#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <deque>
#include <optional>

namespace quire {

class Store;

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
    int probesPending = 0;   ///< Documents whose page count is not known yet.
    int pagesRemaining() const { return pagesTotal - pagesSkipped - pagesDone - pagesFailed; }
};

/// The bookkeeping of one run over a set of inputs, independent of who does
/// the work (this process or a pool of workers): which jobs remain, what
/// finished, and what the database holds. Jobs are handed out one at a time;
/// every job taken must come back through finishProbe(), finishPage() or
/// returnJob(). Results are written to the Store as they arrive.
class BatchRun final : public QObject
{
    Q_OBJECT

public:
    BatchRun(Store *store, const PipelineSettings &settings, QObject *parent = nullptr);
    ~BatchRun() override;

    /// Scans @p inputs, records the documents and queues the work. Documents
    /// already finished with the same content and settings queue nothing.
    void start(const QStringList &inputs);
    /// The same, for inputs already scanned (the coordinator scans off its thread).
    void start(const ScanResult &scan);

    const ScanResult &scan() const;
    const PipelineSettings &settings() const;

    std::optional<Job> takeJob();
    /// Puts a job back at the front of the queue (its worker went away).
    void returnJob(const Job &job);
    void finishProbe(const Job &job, const DocumentProbe &probe);
    void finishPage(const Job &job, const PageResult &result);

    bool hasQueuedJobs() const;
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
    void documentFinished(qint64 documentId, const QString &path);

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

    void queuePages(qint64 documentId);
    void completeDocument(qint64 documentId);
    /// Keeps the Store's last error as storeError() (the first one only).
    void storeFailed();

    Store *m_store;
    PipelineSettings m_settings;
    QString m_settingsKey;
    qint64 m_runId = 0;
    ScanResult m_scan;
    std::deque<Job> m_queue;
    QHash<qint64, DocState> m_docs;
    QHash<QString, qint64> m_ownerOfHash;
    int m_outstanding = 0;
    RunCounts m_counts;
    QStringList m_failures;
    QString m_storeError;
};

} // namespace quire
