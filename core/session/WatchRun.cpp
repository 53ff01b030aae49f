#include "session/WatchRun.h"

#include "export/PdfExporter.h"
#include "export/PdfOutputNames.h"
#include "session/RunSession.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>
#include <utility>

namespace quire {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

QString cleanAbsolute(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

struct MoveOutcome
{
    QString newPath;
    QString error;
};

/// Moves @p source to @p target, or to target-2, -3... when that name is
/// taken on disk or in @p reserved (names the database holds). Never
/// overwrites, never deletes; refuses a file that changed since it was read.
MoveOutcome moveFile(const QString &source, const QString &target, qint64 modifiedMs, const QSet<QString> &reserved)
{
    MoveOutcome outcome;
    const QFileInfo from(source);
    if (!from.exists()) {
        outcome.error = WatchRun::tr("it is gone");
        return outcome;
    }
    if (from.lastModified().toMSecsSinceEpoch() != modifiedMs) {
        outcome.error = WatchRun::tr("it changed after it was read; the new version is looked at next");
        return outcome;
    }
    const QFileInfo to(target);
    if (!QDir().mkpath(to.absolutePath())) {
        outcome.error = WatchRun::tr("the folder %1 cannot be created").arg(native(to.absolutePath()));
        return outcome;
    }
    const QString stem = to.absolutePath() + QLatin1Char('/') + to.completeBaseName();
    const QString suffix = to.suffix().isEmpty() ? QString() : QLatin1Char('.') + to.suffix();
    for (int n = 1; n < 10'000; ++n) {
        const QString candidate = n == 1 ? QDir::cleanPath(target) : QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
        if (reserved.contains(candidate) || QFileInfo::exists(candidate))
            continue;
        QFile file(source);
        // QFile::rename never replaces an existing file (and copies across file systems).
        if (file.rename(candidate)) {
            outcome.newPath = candidate;
            return outcome;
        }
        if (!QFileInfo::exists(candidate)) {
            outcome.error = WatchRun::tr("%1 (to %2)").arg(file.errorString(), native(candidate));
            return outcome;
        }
        // Someone took the name meanwhile: the next one.
    }
    outcome.error = WatchRun::tr("no free name next to %1").arg(native(target));
    return outcome;
}

struct PdfOutcome
{
    QString output;
    QString error;
};

PdfOutcome writeSearchablePdf(const QString &databasePath, const DocumentRecord &document, const QString &output,
                              const SearchablePdfOptions &options)
{
    SearchablePdfReport report;
    QString message;
    if (PdfExporter::exportDocument(databasePath, document, output, options, &report, &message)
        == SearchablePdfWriter::Outcome::Written)
        return {output, {}};
    return {{}, message};
}

} // namespace

QString describe(const WatchedDocument &document)
{
    const QString path = native(document.path);
    QString line;
    switch (document.status) {
    case DocumentStatus::Done:
    case DocumentStatus::Pending:
        if (document.doneBefore)
            line = WatchRun::tr("done before: %1").arg(path);
        else if (!document.sameContentAs.isEmpty() && document.pagesProcessed == 0)
            line = WatchRun::tr("done: %1: %n page(s), the same content as %2 (not read again)", nullptr,
                                document.pages)
                       .arg(path, native(document.sameContentAs));
        else
            line = WatchRun::tr("done: %1: %n page(s) in %2 s", nullptr, document.pages)
                       .arg(path)
                       .arg(document.seconds, 0, 'f', 1);
        break;
    case DocumentStatus::Partial:
        line = document.doneBefore
                   ? WatchRun::tr("partly failed before: %1").arg(path)
                   : WatchRun::tr("partly failed: %1: %2 of %n page(s) failed in %3 s: %4", nullptr, document.pages)
                         .arg(path)
                         .arg(document.pagesFailed)
                         .arg(document.seconds, 0, 'f', 1)
                         .arg(document.error);
        break;
    case DocumentStatus::Failed:
        line = document.doneBefore ? WatchRun::tr("failed before: %1").arg(path)
                                   : WatchRun::tr("failed: %1: %2").arg(path, document.error);
        break;
    }
    if (!document.pdf.isEmpty())
        line += WatchRun::tr("; searchable PDF %1").arg(native(document.pdf));
    if (!document.pdfError.isEmpty())
        line += WatchRun::tr("; no searchable PDF: %1").arg(document.pdfError);
    if (!document.movedTo.isEmpty())
        line += WatchRun::tr("; moved to %1").arg(native(document.movedTo));
    if (!document.moveError.isEmpty())
        line += WatchRun::tr("; not moved: %1").arg(document.moveError);
    return line;
}

WatchRun::WatchRun(RunSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &WatchRun::handOver);
    connect(&m_watcher, &FolderWatcher::fileReady, this, &WatchRun::onFileReady);
    connect(&m_watcher, &FolderWatcher::fileIgnored, this, [this](const QString &path) {
        Q_EMIT message(tr("%1 is no PDF or image (PNG, JPEG, TIFF); left alone.").arg(native(path)), false);
    });
    connect(&m_watcher, &FolderWatcher::problem, this, [this](const QString &text) { Q_EMIT message(text, true); });
}

WatchRun::~WatchRun() = default;

bool WatchRun::checkFolders(const WatchOptions &options)
{
    for (const QString &folder : options.folders) {
        const QString watched = cleanAbsolute(folder);
        for (const QString &target : {cleanAbsolute(options.doneFolder), cleanAbsolute(options.failedFolder),
                                      cleanAbsolute(options.outputPdfFolder)}) {
            // Moving a file into the folder it came from would deliver it again.
            if (!target.isEmpty() && target == watched) {
                m_error = tr("The folder for processed files or searchable PDFs cannot be the watched folder %1 "
                             "itself; choose another (a folder inside it is fine: it is not watched).")
                              .arg(native(watched));
                return false;
            }
        }
    }
    for (const QString &target : {options.doneFolder, options.failedFolder, options.outputPdfFolder}) {
        if (!target.isEmpty() && !QDir().mkpath(target)) {
            m_error = tr("The folder %1 cannot be created; check the path and its permissions.").arg(native(target));
            return false;
        }
    }
    return true;
}

bool WatchRun::start(const WatchOptions &options)
{
    if (m_watching) {
        m_error = tr("Already watching.");
        return false;
    }
    if (!m_session->isOpen()) {
        m_error = tr("No database is open; open or create one first.");
        return false;
    }
    m_options = options;
    m_options.doneFolder = cleanAbsolute(options.doneFolder);
    m_options.failedFolder = cleanAbsolute(options.failedFolder);
    m_options.outputPdfFolder = cleanAbsolute(options.outputPdfFolder);
    m_options.folders.clear();
    for (const QString &folder : options.folders)
        m_options.folders << cleanAbsolute(folder);
    if (!checkFolders(m_options))
        return false;

    m_watcher.setFolders(m_options.folders);
    m_watcher.setExcludedFolders({m_options.doneFolder, m_options.failedFolder, m_options.outputPdfFolder});
    m_watcher.setSettleMs(m_options.settleMs);
    m_watcher.setRescanMs(m_options.rescanMs);
    m_watcher.setIncompleteGraceMs(m_options.incompleteGraceMs);
    if (!m_watcher.start()) {
        m_error = m_watcher.errorString();
        return false;
    }
    if (!m_session->startOpenEnded()) {
        m_error = m_session->errorString();
        m_watcher.stop();
        return false;
    }
    m_settingsKey = m_session->coordinator()->run().settings().key();
    loadKnown();
    m_watching = true;
    m_runEnded = false;
    m_finishEmitted = false;
    m_seen.clear();
    m_done = 0;
    m_failed = 0;
    // One run at a time per session: these follow the one just started (or kept going).
    m_session->disconnect(this);
    connect(m_session, &RunSession::documentAdded, this, &WatchRun::onDocumentAdded);
    connect(m_session, &RunSession::pageFinished, this, &WatchRun::onPageFinished);
    connect(m_session, &RunSession::documentFinished, this, &WatchRun::onDocumentFinished);
    connect(m_session, &RunSession::documentFailed, this, &WatchRun::onDocumentFailed);
    connect(m_session, &RunSession::finished, this, &WatchRun::onRunFinished);
    connect(m_session, &RunSession::idleChanged, this, [this](bool idle) {
        const int seconds = m_session->poolOptions().idleTimeoutMs / 1000;
        Q_EMIT message(idle ? tr("idle: no work for %n s; the workers stopped and start again when a file comes.",
                                 nullptr, seconds)
                            : tr("busy: work came; workers start."),
                       false);
    });
    return true;
}

void WatchRun::loadKnown()
{
    m_known.clear();
    m_doneContent.clear();
    const QList<DocumentRecord> documents = m_session->store()->documents();
    for (const DocumentRecord &record : documents) {
        m_known.insert(record.path, Known{record.id, record.contentHash, record.settingsKey, record.status});
        if (record.settingsKey == m_settingsKey
            && (record.status == DocumentStatus::Done || record.status == DocumentStatus::Partial))
            m_doneContent.insert(record.contentHash, record.path);
    }
}

void WatchRun::stop()
{
    if (!m_watching)
        return;
    m_watching = false;
    m_watcher.stop();
    m_batchTimer.stop();
    for (const InputDocument &document : std::as_const(m_batch.documents))
        m_inFlight.remove(document.path); // never handed over: found again next time
    m_batch = ScanResult{};
    m_changedMeanwhile.clear();
    if (m_runEnded)
        maybeFinished();
    else
        m_session->finish(); // finished() follows once the pages in work are stored
}

bool WatchRun::isWatching() const
{
    return m_watching;
}

bool WatchRun::isActive() const
{
    return m_watching || !m_runEnded || m_movesInProgress > 0;
}

const WatchOptions &WatchRun::options() const
{
    return m_options;
}

QString WatchRun::errorString() const
{
    return m_error;
}

int WatchRun::documentsDone() const
{
    return m_done;
}

int WatchRun::documentsFailed() const
{
    return m_failed;
}

void WatchRun::onFileReady(const InputDocument &document, qint64 modifiedMs)
{
    if (!m_watching)
        return;
    if (m_inFlight.contains(document.path)) {
        // A new version of a file in work: it goes once the old one is done.
        m_changedMeanwhile.insert(document.path, {document, modifiedMs});
        return;
    }
    const auto known = m_known.constFind(document.path);
    if (known != m_known.cend() && known->contentHash == document.contentHash && known->settingsKey == m_settingsKey
        && known->status != DocumentStatus::Pending) {
        alreadyProcessed(document.path, *known, modifiedMs);
        return;
    }
    m_seen.insert(document.path);
    InFlight flight;
    flight.contentHash = document.contentHash;
    flight.modifiedMs = modifiedMs;
    flight.clock.start();
    const QString other = m_doneContent.value(document.contentHash);
    if (other != document.path)
        flight.sameContentAs = other;
    m_inFlight.insert(document.path, flight);
    m_batch.documents << document;
    if (!m_batchTimer.isActive())
        m_batchTimer.start(); // the files of one moment go to the run together
}

// Same path, same bytes, same settings, finished: not again. With a done or
// failed folder it moves there now (it was processed before it was asked).
void WatchRun::alreadyProcessed(const QString &path, const Known &known, qint64 modifiedMs)
{
    const bool seen = m_seen.contains(path);
    m_seen.insert(path);
    WatchedDocument document;
    document.path = path;
    document.status = known.status;
    document.doneBefore = true;
    if (!targetFolder(known.status).isEmpty()) {
        if (const std::optional<DocumentRecord> record = m_session->store()->document(known.id))
            document.pages = record->pageCount;
        move(known.id, modifiedMs, document);
    } else if (seen) {
        Q_EMIT message(tr("%1 was saved again unchanged; it is not processed again.").arg(native(path)), false);
    }
}

void WatchRun::handOver()
{
    if (m_batch.documents.isEmpty())
        return;
    const ScanResult batch = std::exchange(m_batch, ScanResult{});
    // The run may answer at once (a document whose pages are all done): m_inFlight is ready for that.
    if (!m_session->addToRun(batch)) {
        for (const InputDocument &document : batch.documents)
            m_inFlight.remove(document.path);
        Q_EMIT message(tr("The run is not going; %n file(s) wait for the next start.", nullptr,
                          int(batch.documents.size())),
                       true);
    }
}

void WatchRun::onDocumentAdded(qint64 documentId, const QString &path)
{
    const auto it = m_inFlight.find(path);
    if (it != m_inFlight.end())
        it->documentId = documentId;
}

void WatchRun::onPageFinished(qint64, const QString &path, const PageResult &result)
{
    const auto it = m_inFlight.find(path);
    if (it == m_inFlight.end())
        return;
    ++it->pagesProcessed;
    if (result.status == PageStatus::Failed) {
        ++it->pagesFailed;
        if (it->firstError.isEmpty())
            it->firstError = result.error;
    }
}

void WatchRun::onDocumentFinished(qint64 documentId, const QString &path)
{
    const auto it = m_inFlight.constFind(path);
    if (it == m_inFlight.cend())
        return; // not from the folders (the window's own inputs)
    WatchedDocument document;
    document.path = path;
    if (const std::optional<DocumentRecord> record = m_session->store()->document(documentId)) {
        document.status = record->status;
        document.pages = record->pageCount;
        document.error = record->error;
    }
    document.pagesProcessed = it->pagesProcessed;
    document.pagesFailed = it->pagesFailed;
    if (!it->firstError.isEmpty())
        document.error = it->firstError;
    // Pages shared with a document of this run finished just before, or with one done earlier.
    document.sameContentAs = it->sameContentAs;
    if (document.sameContentAs.isEmpty() && it->pagesProcessed == 0)
        document.sameContentAs = m_doneContent.value(it->contentHash);
    document.seconds = it->clock.elapsed() / 1000.0;
    complete(path, document);
}

void WatchRun::onDocumentFailed(const QString &path, const QString &error)
{
    const auto it = m_inFlight.constFind(path);
    if (it == m_inFlight.cend())
        return;
    WatchedDocument document;
    document.path = path;
    document.status = DocumentStatus::Failed;
    document.error = error;
    document.seconds = it->clock.elapsed() / 1000.0;
    complete(path, document);
}

void WatchRun::complete(const QString &path, WatchedDocument document)
{
    const InFlight flight = m_inFlight.value(path);
    m_known.insert(path, Known{flight.documentId, flight.contentHash, m_settingsKey, document.status});
    if (document.status == DocumentStatus::Done || document.status == DocumentStatus::Partial)
        m_doneContent.insert(flight.contentHash, path);
    ++(document.status == DocumentStatus::Done ? m_done : m_failed);
    const bool hasText = document.status == DocumentStatus::Done || document.status == DocumentStatus::Partial;
    if (!m_options.outputPdfFolder.isEmpty() && hasText && !m_changedMeanwhile.contains(path)) {
        writePdf(path, document);
        return;
    }
    afterPdf(path, document, m_inFlight.value(path));
}

// The PDF is written on a thread of its own, like a move; the file is moved
// only once its PDF is there, since the writer reads it.
void WatchRun::writePdf(const QString &path, WatchedDocument document)
{
    const InFlight flight = m_inFlight.value(path);
    if (!m_session->store()->flush()) {
        document.pdfError = tr("its results could not be written to the database (%1)")
                                .arg(m_session->store()->errorString());
        afterPdf(path, document, flight);
        return;
    }
    const std::optional<DocumentRecord> record = m_session->store()->document(flight.documentId);
    if (!record) {
        document.pdfError = tr("the database no longer holds it");
        afterPdf(path, document, flight);
        return;
    }
    const QString root = watchedRoot(path);
    const QString folder = root.isEmpty()
                               ? m_options.outputPdfFolder
                               : QDir::cleanPath(m_options.outputPdfFolder + QLatin1Char('/')
                                                 + QDir(root).relativeFilePath(QFileInfo(path).absolutePath()));
    const QString output = PdfOutputNames(folder, {path}).outputFor(path);
    SearchablePdfOptions options;
    options.passwords = m_options.passwords;
    options.breakSignatures = m_options.breakSignatures;
    options.tessdataPath = m_session->settings().tessdataPath;
    ++m_movesInProgress;
    auto *watcher = new QFutureWatcher<PdfOutcome>(this);
    connect(watcher, &QFutureWatcher<PdfOutcome>::finished, this, [this, watcher, path, document, flight]() mutable {
        watcher->deleteLater();
        --m_movesInProgress;
        const PdfOutcome outcome = watcher->result();
        document.pdf = outcome.output;
        document.pdfError = outcome.error;
        document.seconds = flight.clock.elapsed() / 1000.0;
        afterPdf(path, document, flight);
        maybeFinished();
    });
    watcher->setFuture(QtConcurrent::run(writeSearchablePdf, m_session->store()->path(), *record, output, options));
}

void WatchRun::afterPdf(const QString &path, WatchedDocument document, const InFlight &flight)
{
    if (targetFolder(document.status).isEmpty()) {
        release(path, document);
        return;
    }
    if (m_changedMeanwhile.contains(path)) {
        document.moveError = tr("it changed while it was processed; the new version is processed next");
        release(path, document);
        return;
    }
    // Only what the database holds is moved.
    if (!m_session->store()->flush()) {
        document.moveError = tr("its results could not be written to the database (%1)")
                                 .arg(m_session->store()->errorString());
        release(path, document);
        return;
    }
    move(flight.documentId, flight.modifiedMs, document);
}

/// The watched folder @p path came from (the deepest, when they nest); empty for none.
QString WatchRun::watchedRoot(const QString &path) const
{
    QString root;
    for (const QString &watched : std::as_const(m_options.folders)) {
        if (isInside(path, watched) && watched.size() > root.size())
            root = watched;
    }
    return root;
}

QString WatchRun::targetFolder(DocumentStatus status) const
{
    switch (status) {
    case DocumentStatus::Done:
        return m_options.doneFolder;
    case DocumentStatus::Partial:
    case DocumentStatus::Failed:
        return m_options.failedFolder;
    case DocumentStatus::Pending:
        break;
    }
    return {};
}

// The file goes below the done or failed folder under its path relative to
// the watched folder it came from; the rename runs off this thread (across
// file systems it is a copy).
void WatchRun::move(qint64 documentId, qint64 modifiedMs, WatchedDocument document)
{
    const QString folder = targetFolder(document.status);
    const QString root = watchedRoot(document.path);
    const QString relative = root.isEmpty() ? QFileInfo(document.path).fileName()
                                            : QDir(root).relativeFilePath(document.path);
    const QString target = QDir::cleanPath(folder + QLatin1Char('/') + relative);
    QSet<QString> reserved;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (isInside(it.key(), folder))
            reserved.insert(it.key());
    }
    ++m_movesInProgress;
    auto *watcher = new QFutureWatcher<MoveOutcome>(this);
    connect(watcher, &QFutureWatcher<MoveOutcome>::finished, this, [this, watcher, documentId, document] {
        watcher->deleteLater();
        const MoveOutcome outcome = watcher->result();
        moved(documentId, document, outcome.newPath, outcome.error);
    });
    const QString source = document.path;
    watcher->setFuture(QtConcurrent::run(moveFile, source, target, modifiedMs, reserved));
}

void WatchRun::moved(qint64 documentId, WatchedDocument document, const QString &newPath, const QString &error)
{
    --m_movesInProgress;
    if (newPath.isEmpty()) {
        document.moveError = error;
    } else {
        document.movedTo = newPath;
        if (m_session->isOpen() && m_session->store()->moveDocument(documentId, newPath)) {
            const Known known = m_known.take(document.path);
            m_known.insert(newPath, known);
            if (m_doneContent.value(known.contentHash) == document.path)
                m_doneContent.insert(known.contentHash, newPath);
        } else {
            document.moveError = tr("the database still names the old place: %1")
                                     .arg(m_session->isOpen() ? m_session->store()->errorString() : QString());
        }
    }
    if (document.doneBefore)
        Q_EMIT documentHandled(document);
    else
        release(document.path, document);
    maybeFinished();
}

void WatchRun::release(const QString &path, const WatchedDocument &document)
{
    m_inFlight.remove(path);
    Q_EMIT documentHandled(document);
    const auto changed = m_changedMeanwhile.constFind(path);
    if (changed != m_changedMeanwhile.cend()) {
        const auto [newer, modifiedMs] = *changed;
        m_changedMeanwhile.erase(changed);
        onFileReady(newer, modifiedMs);
    }
}

void WatchRun::onRunFinished(const RunSummary &summary)
{
    m_runEnded = true;
    m_summary = summary;
    m_session->disconnect(this);
    if (m_watching) {
        // The run ended by itself (a fatal error, or cancelled in the window): nothing feeds it any more.
        m_watching = false;
        m_watcher.stop();
        m_batchTimer.stop();
        m_batch = ScanResult{};
    }
    m_inFlight.clear();
    m_changedMeanwhile.clear();
    maybeFinished();
}

void WatchRun::maybeFinished()
{
    if (m_watching || !m_runEnded || m_movesInProgress > 0 || m_finishEmitted)
        return;
    m_finishEmitted = true;
    Q_EMIT finished(m_summary);
}

} // namespace quire
