#include "pipeline/BatchRun.h"

#include <QJsonDocument>

#include <algorithm>
#include <utility>
#include <vector>

namespace quire {

namespace {

// The ledger commits results in batches of 32 (or after a second). When this
// many wait, one of its commits has failed: try once more, and stop the run
// if that fails too, rather than keep results in memory that will never be
// saved.
constexpr int kMostUnsavedResults = 64;

// The last this many queued pages go largest first. Mid-run the order does
// not matter for speed (every worker has work) and pages go in the order of
// their documents, so documents finish one after the other; at the end a
// large page taken last keeps one worker busy while the others idle (a
// 3.4-second page on a 2-worker run of 16 scanned pages). Largest first there
// leaves the small pages to fill the gaps (Graham's longest-processing-time
// rule, with the page's pixels as its expected time).
constexpr std::size_t kLargestFirstWindow = 256;

} // namespace

BatchRun::BatchRun(RunLedger *ledger, const PipelineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_settings(settings)
    , m_settingsKey(settings.key())
{
}

BatchRun::~BatchRun() = default;

void BatchRun::setPageFilter(const PageFilter &filter)
{
    m_filter = filter;
}

int BatchRun::pagesInScope(const DocState &state) const
{
    if (m_filter.isEmpty())
        return state.pageCount;
    int count = 0;
    for (int page : m_filter.value(state.path).pages)
        count += page >= 1 && page <= state.pageCount ? 1 : 0;
    return count;
}

bool BatchRun::inScope(const DocState &state, int page) const
{
    return m_filter.isEmpty() || m_filter.value(state.path).pages.contains(page);
}

void BatchRun::start(const QStringList &inputs)
{
    start(InputScanner::scan(inputs));
}

void BatchRun::start(const ScanResult &scan)
{
    m_runId = m_ledger->beginRun(m_settingsKey,
                                QString::fromUtf8(QJsonDocument(m_settings.toJson()).toJson(QJsonDocument::Compact)));
    if (m_runId == 0) {
        // The first write of the run: a read-only file or a full disk shows here.
        storeFailed();
        return;
    }
    add(scan);
}

/// Whether @p input joins the run: with a filter, only a submitted
/// document does (marked failed when its content changed since); never one
/// already in work.
bool BatchRun::admit(InputDocument &input)
{
    if (!m_filter.isEmpty()) {
        const auto selection = m_filter.constFind(input.path);
        if (selection == m_filter.cend())
            return false;
        if (input.error.isEmpty() && input.contentHash != selection->contentHash)
            input.error = tr("%1 changed since its pages were submitted (its content is not the same); "
                             "submit the batch again")
                              .arg(input.path);
    }
    if (m_docOfPath.contains(input.path)) {
        // Its jobs are queued or in work under its old content: a second record would tangle them.
        m_scan.problems << tr("%1 is being processed; add it again once it is done.").arg(input.path);
        return false;
    }
    return true;
}

void BatchRun::add(const ScanResult &scan)
{
    m_scan.skipped += scan.skipped;
    m_scan.problems += scan.problems;

    QHash<QString, DocumentRecord> known;
    for (const DocumentRecord &record : m_ledger->documents())
        known.insert(record.path, record);

    std::vector<Job> probes;
    for (InputDocument input : scan.documents) {
        if (!m_storeError.isEmpty())
            return;
        if (!admit(input))
            continue;
        m_scan.documents << input;
        ++m_counts.documents;
        DocumentRecord record = input.record(m_settingsKey);

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
        const qint64 id = m_ledger->upsertDocument(record);
        if (id == 0) {
            storeFailed();
            return;
        }
        Q_EMIT documentAdded(id, input.path);
        if (!input.error.isEmpty()) {
            if (!m_ledger->setDocumentState(id, 0, DocumentStatus::Failed, input.error)) {
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
        m_docOfPath.insert(input.path, id);

        if (sameContent) {
            m_docs[id].pageCount = record.pageCount;
            m_counts.pagesTotal += pagesInScope(m_docs[id]);
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
    auto next = m_queue.begin();
    if (m_queue.size() <= kLargestFirstWindow) {
        // Probes first (one may wait behind a page put back), then the largest
        // page; of equals, the first queued.
        const auto rank = [](const Job &job) { return std::pair(job.type == Job::Type::Probe, job.pixels); };
        next = std::max_element(m_queue.begin(), m_queue.end(),
                                [&rank](const Job &a, const Job &b) { return rank(a) < rank(b); });
    }
    Job job = std::move(*next);
    m_queue.erase(next);
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
    if (owner != m_ownerOfHash.cend() && *owner != documentId && m_docs.contains(*owner)) {
        // Same bytes under another path: the pages are shared, do them once.
        m_docs[*owner].aliases << documentId;
        m_counts.pagesSkipped += pagesInScope(state);
        return;
    }
    m_ownerOfHash.insert(state.contentHash, documentId);

    const QSet<int> done = m_ledger->donePages(state.contentHash, m_settingsKey);
    if (m_ledger->pendingCount() > 0) {
        // donePages() could not write what was queued first, so it read nothing.
        storeFailed();
        return;
    }
    for (int page = 1; page <= state.pageCount; ++page) {
        if (!inScope(state, page))
            continue;
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
    // A finished document leaves the run's memory, so a long-lived run stays
    // small; a later file with the same content then finds its pages done.
    const DocState state = m_docs.take(documentId);
    // Its pages are committed before it is marked finished: a crash never
    // leaves a finished document with pages missing (a watcher skips it then).
    if (!m_ledger->flush())
        storeFailed();
    m_docOfPath.remove(state.path);
    if (m_ownerOfHash.value(state.contentHash) == documentId)
        m_ownerOfHash.remove(state.contentHash);
    DocumentStatus status = DocumentStatus::Done;
    if (state.failedPages > 0) {
        status = DocumentStatus::Partial;
        ++m_counts.documentsWithFailedPages;
    }
    const QString error = state.failedPages > 0 ? tr("%n page(s) failed", nullptr, state.failedPages) : QString();
    if (!m_ledger->setDocumentState(documentId, state.pageCount, status, error))
        storeFailed();
    Q_EMIT documentFinished(documentId, state.path);
    for (qint64 alias : state.aliases) {
        const DocState aliasState = m_docs.take(alias);
        m_docOfPath.remove(aliasState.path);
        if (!m_ledger->setDocumentState(alias, state.pageCount, status, error))
            storeFailed();
        Q_EMIT documentFinished(alias, aliasState.path);
    }
}

void BatchRun::finishProbe(const Job &job, const DocumentProbe &probe)
{
    --m_outstanding;
    --m_counts.probesPending;
    if (!probe.ok) {
        if (!m_ledger->setDocumentState(job.documentId, 0, DocumentStatus::Failed, probe.error))
            storeFailed();
        ++m_counts.documentsFailed;
        m_failures << job.path + QStringLiteral(": ") + probe.error;
        m_docs.remove(job.documentId);
        m_docOfPath.remove(job.path);
        Q_EMIT documentFailed(job.path, probe.error);
        return;
    }
    DocState &state = m_docs[job.documentId];
    state.pageCount = probe.pageCount;
    state.pagePixels = probe.pagePixels;
    m_counts.pagesTotal += pagesInScope(state);
    if (!m_filter.isEmpty()) {
        for (int page : m_filter.value(state.path).pages) {
            if (page < 1 || page > probe.pageCount)
                m_failures << tr("%1, page %2: the document has %n page(s); submit the batch again", nullptr,
                                 probe.pageCount)
                                  .arg(job.path)
                                  .arg(page);
        }
    }
    if (!m_ledger->setDocumentState(job.documentId, probe.pageCount, DocumentStatus::Pending, {})) {
        storeFailed();
        return;
    }
    queuePages(job.documentId);
}

void BatchRun::finishPage(const Job &job, const PageResult &result)
{
    --m_outstanding;
    m_ledger->addPage(job.contentHash, m_settingsKey, result);
    if (m_ledger->pendingCount() >= kMostUnsavedResults && !m_ledger->flush())
        storeFailed();
    DocState &state = m_docs[job.documentId];
    if (result.status == PageStatus::Done) {
        ++m_counts.pagesDone;
        switch (result.kind) {
        case PageKind::Text:
            ++m_counts.pagesText;
            break;
        case PageKind::Blank:
            ++m_counts.pagesBlank;
            break;
        case PageKind::Ocr:
            ++m_counts.pagesOcr;
            break;
        }
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

int BatchRun::queuedJobs() const
{
    return int(m_queue.size());
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
        m_storeError = m_ledger->errorString();
}

void BatchRun::finish()
{
    if (!m_ledger->flush())
        storeFailed();
    if (m_runId)
        m_ledger->finishRun(m_runId, m_counts.pagesDone, m_counts.pagesFailed);
}

} // namespace quire
