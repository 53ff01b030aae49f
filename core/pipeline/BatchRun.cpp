#include "pipeline/BatchRun.h"

#include "store/Store.h"

#include <QJsonDocument>

#include <vector>

namespace quire {

namespace {

// The Store commits results in batches of 32 (or after a second). When this
// many wait, one of its commits has failed: try once more, and stop the run
// if that fails too, rather than keep results in memory that will never be
// saved.
constexpr int kMostUnsavedResults = 64;

} // namespace

BatchRun::BatchRun(Store *store, const PipelineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_settingsKey(settings.key())
{
}

BatchRun::~BatchRun() = default;

void BatchRun::start(const QStringList &inputs)
{
    start(InputScanner::scan(inputs));
}

void BatchRun::start(const ScanResult &scan)
{
    m_scan = scan;
    m_runId = m_store->beginRun(m_settingsKey,
                                QString::fromUtf8(QJsonDocument(m_settings.toJson()).toJson(QJsonDocument::Compact)));
    if (m_runId == 0) {
        // The first write of the run: a read-only file or a full disk shows here.
        storeFailed();
        return;
    }

    QHash<QString, DocumentRecord> known;
    for (const DocumentRecord &record : m_store->documents())
        known.insert(record.path, record);

    std::vector<Job> probes;
    for (const InputDocument &input : std::as_const(m_scan.documents)) {
        if (!m_storeError.isEmpty())
            return;
        ++m_counts.documents;
        DocumentRecord record;
        record.path = input.path;
        record.contentHash = input.contentHash.isEmpty() ? QStringLiteral("unreadable:") + input.path
                                                         : input.contentHash;
        record.type = input.type;
        record.size = input.size;
        record.settingsKey = m_settingsKey;

        const auto previous = known.constFind(input.path);
        const bool sameContent = previous != known.cend() && previous->contentHash == record.contentHash
                                 && previous->settingsKey == m_settingsKey && previous->pageCount > 0;
        if (sameContent) {
            record.pageCount = previous->pageCount;
            record.status = previous->status;
        }
        if (!input.error.isEmpty()) {
            record.status = DocumentStatus::Failed;
            record.error = input.error;
        }
        const qint64 id = m_store->upsertDocument(record);
        if (id == 0) {
            storeFailed();
            return;
        }
        if (!input.error.isEmpty()) {
            if (!m_store->setDocumentState(id, 0, DocumentStatus::Failed, input.error)) {
                storeFailed();
                return;
            }
            ++m_counts.documentsFailed;
            m_failures << input.path + QStringLiteral(": ") + input.error;
            Q_EMIT documentFailed(input.path, input.error);
            continue;
        }
        DocState state;
        state.path = input.path;
        state.contentHash = record.contentHash;
        m_docs.insert(id, state);

        if (sameContent) {
            m_docs[id].pageCount = record.pageCount;
            m_counts.pagesTotal += record.pageCount;
            queuePages(id);
        } else {
            probes.push_back(Job{Job::Type::Probe, id, input.path, record.contentHash, 0});
            ++m_counts.probesPending;
        }
    }
    // Probes first: they are cheap and make the page total known early.
    m_queue.insert(m_queue.begin(), probes.begin(), probes.end());
}

const ScanResult &BatchRun::scan() const
{
    return m_scan;
}

const PipelineSettings &BatchRun::settings() const
{
    return m_settings;
}

std::optional<Job> BatchRun::takeJob()
{
    if (m_queue.empty())
        return std::nullopt;
    Job job = m_queue.front();
    m_queue.pop_front();
    ++m_outstanding;
    return job;
}

void BatchRun::returnJob(const Job &job)
{
    --m_outstanding;
    m_queue.push_front(job);
}

void BatchRun::queuePages(qint64 documentId)
{
    DocState &state = m_docs[documentId];
    const auto owner = m_ownerOfHash.constFind(state.contentHash);
    if (owner != m_ownerOfHash.cend() && *owner != documentId) {
        // Same bytes under another path: the pages are shared, do them once.
        m_docs[*owner].aliases << documentId;
        m_counts.pagesSkipped += state.pageCount;
        return;
    }
    m_ownerOfHash.insert(state.contentHash, documentId);

    const QSet<int> done = m_store->donePages(state.contentHash, m_settingsKey);
    if (m_store->pendingCount() > 0) {
        // donePages() could not write what was queued first, so it read nothing.
        storeFailed();
        return;
    }
    for (int page = 1; page <= state.pageCount; ++page) {
        if (done.contains(page)) {
            ++m_counts.pagesSkipped;
            continue;
        }
        m_queue.push_back(Job{Job::Type::Page, documentId, state.path, state.contentHash, page,
                              state.pagePixels.value(page - 1)});
        ++state.remaining;
    }
    if (state.remaining == 0)
        completeDocument(documentId);
}

void BatchRun::completeDocument(qint64 documentId)
{
    const DocState &state = m_docs[documentId];
    DocumentStatus status = DocumentStatus::Done;
    if (state.failedPages > 0) {
        status = DocumentStatus::Partial;
        ++m_counts.documentsWithFailedPages;
    }
    const QString error = state.failedPages > 0 ? tr("%n page(s) failed", nullptr, state.failedPages) : QString();
    bool saved = m_store->setDocumentState(documentId, state.pageCount, status, error);
    for (qint64 alias : state.aliases)
        saved = m_store->setDocumentState(alias, state.pageCount, status, error) && saved;
    if (!saved)
        storeFailed();
    Q_EMIT documentFinished(documentId, state.path);
}

void BatchRun::finishProbe(const Job &job, const DocumentProbe &probe)
{
    --m_outstanding;
    --m_counts.probesPending;
    if (!probe.ok) {
        if (!m_store->setDocumentState(job.documentId, 0, DocumentStatus::Failed, probe.error))
            storeFailed();
        ++m_counts.documentsFailed;
        m_failures << job.path + QStringLiteral(": ") + probe.error;
        m_docs.remove(job.documentId);
        Q_EMIT documentFailed(job.path, probe.error);
        return;
    }
    DocState &state = m_docs[job.documentId];
    state.pageCount = probe.pageCount;
    state.pagePixels = probe.pagePixels;
    m_counts.pagesTotal += probe.pageCount;
    if (!m_store->setDocumentState(job.documentId, probe.pageCount, DocumentStatus::Pending, {})) {
        storeFailed();
        return;
    }
    queuePages(job.documentId);
}

void BatchRun::finishPage(const Job &job, const PageResult &result)
{
    --m_outstanding;
    m_store->addPage(job.contentHash, m_settingsKey, result);
    if (m_store->pendingCount() >= kMostUnsavedResults && !m_store->flush())
        storeFailed();
    DocState &state = m_docs[job.documentId];
    if (result.status == PageStatus::Done) {
        ++m_counts.pagesDone;
        ++(result.kind == PageKind::Text ? m_counts.pagesText : m_counts.pagesOcr);
    } else {
        ++m_counts.pagesFailed;
        ++state.failedPages;
        m_failures << result.error;
    }
    Q_EMIT pageFinished(job.documentId, job.path, result);
    if (--state.remaining == 0)
        completeDocument(job.documentId);
}

bool BatchRun::hasQueuedJobs() const
{
    return !m_queue.empty();
}

int BatchRun::outstandingJobs() const
{
    return m_outstanding;
}

bool BatchRun::isComplete() const
{
    return m_queue.empty() && m_outstanding == 0;
}

RunCounts BatchRun::counts() const
{
    return m_counts;
}

QStringList BatchRun::failures() const
{
    return m_failures;
}

QString BatchRun::storeError() const
{
    return m_storeError;
}

void BatchRun::storeFailed()
{
    if (m_storeError.isEmpty())
        m_storeError = m_store->errorString();
}

void BatchRun::finish()
{
    if (!m_store->flush())
        storeFailed();
    if (m_runId)
        m_store->finishRun(m_runId, m_counts.pagesDone, m_counts.pagesFailed);
}

} // namespace quire
