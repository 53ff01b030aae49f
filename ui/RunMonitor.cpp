#include "RunMonitor.h"

#include "DashboardWidget.h"
#include "PagePanel.h"
#include "QueueModel.h"
#include "RunStatusBar.h"
#include "SettingsPanel.h"
#include "ThumbnailStrip.h"

#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace quire {

RunMonitor::RunMonitor(RunSession *session, const Views &views, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_views(views)
{
    // At most one page every two seconds: each shown page is rendered again for the preview.
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(2000);
    connect(&m_followTimer, &QTimer::timeout, this, [this] {
        if (m_newestPending)
            followNewestPage();
    });
    connect(views.follow, &QAction::toggled, this, [this](bool on) {
        if (on && !m_newestPath.isEmpty())
            followNewestPage();
    });
    connect(session, &RunSession::stateChanged, this, [this](RunSession::State state) {
        m_views.settingsPanel->setRunning(state != RunSession::State::Idle);
        m_views.queue->setRunning(state != RunSession::State::Idle);
        updateStatus();
    });
    connect(session, &RunSession::started, this, &RunMonitor::onStarted);
    connect(session, &RunSession::scanned, this, &RunMonitor::onScanned);
    connect(session, &RunSession::pageFinished, this, &RunMonitor::onPageFinished);
    connect(session, &RunSession::documentFailed, this, &RunMonitor::onDocumentFailed);
    connect(session, &RunSession::documentFinished, this, [this](qint64 id, const QString &) { onDocumentChanged(id); });
    connect(session, &RunSession::documentAdded, this, [this](qint64 id, const QString &) {
        // Arrivals in a watched folder join the queue as they come; a run's first inputs come with scanned().
        if (m_session->isOpenEnded() && m_scanned)
            onDocumentChanged(id);
    });
    connect(session, &RunSession::workerChanged, this, &RunMonitor::onWorkerChanged);
    connect(session, &RunSession::workerCountChanged, this, &RunMonitor::onWorkerCountChanged);
    connect(session, &RunSession::throughputSample, this, &RunMonitor::onThroughputSample);
    connect(session, &RunSession::problem, this, [this](const QString &text) { Q_EMIT message(text, true); });
    connect(session, &RunSession::finished, this, &RunMonitor::onFinished);
}

void RunMonitor::reloadQueue(bool fillStrip)
{
    Store *store = m_session->store();
    if (!store)
        return;
    const QList<DocumentRecord> documents = store->documents();
    QHash<QString, QueueModel::PageCounts> counts;
    const bool ok = store->forEachPage([&](const StoredPage &stored) {
        if (stored.result.page <= 0)
            return true;
        QueueModel::PageCounts &c = counts[stored.documentPath];
        if (stored.result.status == PageStatus::Done) {
            ++c.done;
        } else {
            ++c.failed;
            c.lastError = stored.result.error;
        }
        if (fillStrip)
            m_views.strip->addPage(stored.documentPath, stored.result);
        return true;
    });
    if (!ok)
        Q_EMIT message(tr("Could not read the stored pages: %1").arg(store->errorString()), true);
    m_views.queue->setDocuments(documents, counts);
}

void RunMonitor::showDatabase(const QString &path)
{
    // Nothing of the last database is followed any more.
    m_views.strip->clear();
    m_newestPath.clear();
    m_newestPage = 0;
    m_newestPending = false;
    reloadQueue(true);
    const int documents = m_views.queue->rowCount();
    int pages = 0;
    for (int row = 0; row < documents; ++row)
        pages += m_views.queue->pagesDone(row);
    const qsizetype unfinished = m_session->documentsToResume().size();
    const QString name = QDir::toNativeSeparators(path);
    if (documents > 0 && unfinished == 0)
        Q_EMIT message(tr("Opened %1: %n document(s), all finished; pages done: %2.", nullptr, documents)
                           .arg(name)
                           .arg(pages),
                       false);
    else if (documents > 0)
        Q_EMIT message(tr("Opened %1: %n document(s); pages done: %2. Press Start to continue the %3 unfinished.",
                          nullptr, documents)
                           .arg(name)
                           .arg(pages)
                           .arg(unfinished),
                       false);
    else
        Q_EMIT message(tr("Database %1 (empty). Drop documents to start.").arg(name), false);
    updateStatus();
}

void RunMonitor::setClosing(bool closing)
{
    m_closing = closing;
}

// Documents whose pages are being counted by a worker: pick up the count once it is stored.
void RunMonitor::refreshPageCounts()
{
    const QList<qint64> ids = m_views.queue->documentsWithoutPageCount();
    for (qsizetype i = 0; i < ids.size() && i < 64; ++i) {
        const std::optional<DocumentRecord> record = m_session->store()->document(ids.at(i));
        if (record && record->pageCount > 0)
            m_views.queue->updateDocument(*record);
    }
}

void RunMonitor::onDocumentChanged(qint64 documentId)
{
    if (const std::optional<DocumentRecord> record = m_session->store()->document(documentId))
        m_views.queue->updateDocument(*record);
}

// A run starts (from Start, a drop, or inputs that waited for the last run).
void RunMonitor::onStarted()
{
    const PipelineSettings &settings = m_session->settings();
    const int workers = m_session->poolOptions().workers;
    m_scanned = false;
    m_newestPending = false;
    m_views.pagePanel->setSettings(settings);
    m_views.strip->setPasswords(settings.passwords);
    m_views.dashboard->startRun(workers);
    Q_EMIT message(tr("Started: %n worker(s), %1 dpi, languages %2.", nullptr, workers)
                       .arg(settings.dpi)
                       .arg(settings.languages),
                   false);
}

void RunMonitor::onScanned()
{
    m_scanned = true;
    reloadQueue(false);
    QStringList paths;
    const ScanResult &scan = m_session->coordinator()->run().scan();
    for (const InputDocument &document : scan.documents)
        paths << document.path;
    m_views.queue->setRunDocuments(paths);
    for (const QString &problem : scan.problems)
        Q_EMIT message(problem, true);
    if (scan.skipped > 0)
        Q_EMIT message(tr("Skipped %n file(s) that are not PDFs or images.", nullptr, scan.skipped), false);
    updateStatus();
}

void RunMonitor::onPageFinished(qint64 documentId, const QString &path, const PageResult &result)
{
    m_views.queue->pageFinished(documentId, path, result);
    if (result.status == PageStatus::Failed) {
        Q_EMIT message(result.error.isEmpty() ? tr("%1, page %2 failed for an unknown reason.")
                                                    .arg(QFileInfo(path).fileName())
                                                    .arg(result.page)
                                              : result.error,
                       true);
    }
    m_views.strip->addPage(path, result);
    if (result.status == PageStatus::Done) {
        m_newestPath = path;
        m_newestPage = result.page;
        m_newestPending = true;
        if (m_views.follow->isChecked() && !m_followTimer.isActive())
            followNewestPage();
    }
    updateStatus();
}

void RunMonitor::followNewestPage()
{
    if (!m_views.follow->isChecked() || m_newestPath.isEmpty())
        return;
    m_newestPending = false;
    m_views.pagePanel->showPage(m_newestPath, m_newestPage);
    m_views.strip->selectPage(m_newestPath, m_newestPage);
    m_followTimer.start();
}

void RunMonitor::onDocumentFailed(const QString &path, const QString &error)
{
    m_views.queue->documentFailed(path, error);
    Q_EMIT message(tr("%1: %2").arg(QDir::toNativeSeparators(path), error), true);
    updateStatus();
}

void RunMonitor::onWorkerChanged(const WorkerInfo &info)
{
    m_views.dashboard->updateWorker(info);
    if (!info.device.isEmpty() && info.device != m_device) {
        m_device = info.device;
        m_views.settingsPanel->setDevice(info.device);
        Q_EMIT message(tr("Image cleanup runs on %1.").arg(info.device), false);
    }
}

void RunMonitor::onWorkerCountChanged(int count)
{
    m_views.dashboard->markWorkerCount(m_session->coordinator()->elapsedMs(), count);
    m_views.dashboard->setWorkerCount(count);
    Q_EMIT message(tr("Workers: %1.").arg(count), false);
}

void RunMonitor::onThroughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers)
{
    m_views.dashboard->addSample(elapsedMs, windowRate, overallRate, workers);
    m_views.dashboard->updateWorkers(m_session->coordinator()->workers());
    refreshPageCounts();
    updateStatus();
}

void RunMonitor::onFinished(const RunSummary &summary)
{
    if (!m_closing)
        reloadQueue(false);
    const QString text = summary.text();
    if (!summary.error.isEmpty())
        Q_EMIT message(tr("The run stopped: %1 %2").arg(summary.error, text), true);
    else if (summary.cancelled)
        Q_EMIT message(tr("Cancelled after %1 Everything finished is saved; press Start to continue.").arg(text), false);
    else
        Q_EMIT message(tr("Finished: %1").arg(text), false);
    const bool watched = m_session->coordinator() && m_session->coordinator()->isOpenEnded(); // nothing may arrive
    if (summary.error.isEmpty() && !summary.cancelled && summary.documentsFound == 0 && !m_closing && !watched)
        Q_EMIT message(tr("No PDF or image files were found in what was added."), true);
    updateStatus();
    if (summary.cancelled)
        m_views.status->setStateText(tr("Cancelled; press Start to continue."));
    else
        m_views.status->setStateText(summary.error.isEmpty() ? tr("Finished.") : tr("Stopped by an error; see the log."));
    Q_EMIT runFinished(summary);
}

void RunMonitor::updateStatus()
{
    if (m_session->coordinator()) {
        m_views.status->showRun(*m_session, m_scanned);
        return;
    }
    // No run yet: what the database holds.
    int done = 0;
    int total = 0;
    for (int row = 0; row < m_views.queue->rowCount(); ++row) {
        done += m_views.queue->pagesDone(row);
        total += m_views.queue->pageCount(row);
    }
    m_views.status->showStored(done, total);
    if (m_session->state() == RunSession::State::Idle && m_views.status->stateText().isEmpty())
        m_views.status->setStateText(m_session->pendingInputs().isEmpty() ? tr("Ready.") : tr("Ready; press Start."));
}

} // namespace quire
