#include "session/RunSession.h"

#include "ocr/OcrEngine.h"
#include "ocr/UserWordsFile.h"
#include "store/Lexicon.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

namespace quire {

RunSession::RunSession(QObject *parent) : QObject(parent) {}

RunSession::~RunSession()
{
    close();
}

bool RunSession::open(const QString &path)
{
    if (isRunning()) {
        m_error = tr("Cannot open %1 while a run goes on: cancel the run first.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    auto store = std::make_unique<Store>();
    if (!store->open(path)) {
        m_error = tr("Cannot open the database %1: %2")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), store->errorString());
        return false;
    }
    close();
    store->setNoticeHandler([this](const QString &message) { Q_EMIT problem(message); });
    m_store = std::move(store);
    m_pending.clear();
    m_lastSummary = RunSummary{};
    return true;
}

bool RunSession::close()
{
    if (m_coordinator && m_coordinator->isRunning())
        m_coordinator->cancel(); // finished() follows at once
    dropCoordinator();
    if (!m_store)
        return true;
    const bool ok = m_store->close();
    if (!ok)
        m_error = m_store->errorString();
    m_store.reset();
    return ok;
}

bool RunSession::isOpen() const
{
    return m_store != nullptr;
}

Store *RunSession::store() const
{
    return m_store.get();
}

QString RunSession::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

QString RunSession::errorString() const
{
    return m_error;
}

void RunSession::setSettings(const PipelineSettings &settings)
{
    m_settings = settings;
}

const PipelineSettings &RunSession::settings() const
{
    return m_settings;
}

void RunSession::setPageFilter(const PageFilter &filter)
{
    m_pageFilter = filter;
}

void RunSession::setPoolOptions(const PoolOptions &options)
{
    m_pool = options;
}

const PoolOptions &RunSession::poolOptions() const
{
    return m_pool;
}

QStringList RunSession::addInputs(const QStringList &paths)
{
    QStringList added;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            Q_EMIT problem(tr("%1 does not exist; it was not added.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        if (!m_pending.contains(absolute) && !added.contains(absolute))
            added << absolute;
    }
    m_pending += added;
    return added;
}

QStringList RunSession::pendingInputs() const
{
    return m_pending;
}

QStringList RunSession::documentsToResume()
{
    QStringList paths;
    if (!m_store)
        return paths;
    const QString key = m_settings.key();
    for (const DocumentRecord &record : m_store->documents()) {
        if (record.status != DocumentStatus::Done || record.settingsKey != key)
            paths << record.path;
    }
    return paths;
}

void RunSession::setRunPendingWhenDone(bool enabled)
{
    m_runPendingWhenDone = enabled;
}

bool RunSession::checkLanguages(const PipelineSettings &settings)
{
    if (settings.textLayer == TextLayerPolicy::Text)
        return true; // never OCRs
    const QStringList installed = OcrEngine::installedLanguages(settings.tessdataPath);
    for (const QString &language : settings.languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!installed.contains(language)) {
            m_error = tr("The language %1 is not installed (installed: %2). Choose another language, or install the "
                         "tesseract-ocr-%1 package.")
                          .arg(language, installed.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

// Tesseract gets one file: the database's word list and the person's
// (settings.userWordsFile), merged. Words added while the run goes on count
// from the next run.
PipelineSettings RunSession::withWordList(const PipelineSettings &settings)
{
    PipelineSettings result = settings;
    result.userWordsFile.clear();
    QStringList words;
    QString error;
    if (!lexicon::knownWords(m_store.get(), settings.userWordsFile, &words, &error))
        Q_EMIT problem(tr("%1 The run goes on without it.").arg(error));
    if (words.isEmpty())
        return result;
    m_wordsDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("quire-words-XXXXXX")));
    const QString path = m_wordsDir->filePath(QStringLiteral("words.txt"));
    if (!m_wordsDir->isValid() || !writeUserWordsFile(words, path, &error)) {
        Q_EMIT problem(tr("Could not hand the word list to Tesseract (%1); the run goes on without it.")
                           .arg(m_wordsDir->isValid() ? error : m_wordsDir->errorString()));
        return result;
    }
    result.userWordsFile = path;
    return result;
}

bool RunSession::prepareRun()
{
    if (isRunning()) {
        m_error = tr("A run is going on; wait for it to end or cancel it.");
        return false;
    }
    if (!m_store) {
        m_error = tr("No database is open; open or create one first.");
        return false;
    }
    return checkLanguages(m_settings);
}

void RunSession::launch(const QStringList &inputs, bool openEnded)
{
    for (const QString &input : inputs)
        m_pending.removeAll(input);
    dropCoordinator();
    m_lastSummary = RunSummary{};
    auto *coordinator = new Coordinator(m_store.get(), withWordList(m_settings), m_pool, this);
    m_coordinator = coordinator;
    coordinator->setPageFilter(m_pageFilter);
    connectCoordinator(coordinator);
    coordinator->setOpenEnded(openEnded);
    setState(State::Running);
    Q_EMIT started();
    coordinator->start(inputs);
}

bool RunSession::start(const QStringList &inputs)
{
    if (!prepareRun())
        return false;
    launch(inputs, false);
    return true;
}

bool RunSession::startOpenEnded(const QStringList &inputs)
{
    if (isRunning() && m_coordinator) {
        m_coordinator->setOpenEnded(true);
        m_coordinator->add(inputs);
        return true;
    }
    if (!prepareRun())
        return false;
    launch(inputs, true);
    return true;
}

bool RunSession::isOpenEnded() const
{
    return isRunning() && m_coordinator && m_coordinator->isOpenEnded();
}

bool RunSession::addToRun(const QStringList &paths)
{
    if (!isOpenEnded())
        return false;
    for (const QString &path : paths)
        m_pending.removeAll(path);
    m_coordinator->add(paths);
    return true;
}

bool RunSession::addToRun(const ScanResult &scan)
{
    if (!isOpenEnded())
        return false;
    m_coordinator->add(scan);
    return true;
}

void RunSession::finish()
{
    if (m_state != State::Idle && m_coordinator)
        m_coordinator->finish(); // finished() follows once the pages in work are stored
}

bool RunSession::startPendingAndUnfinished()
{
    QStringList inputs = m_pending;
    for (const QString &path : documentsToResume()) {
        if (!inputs.contains(path))
            inputs << path;
    }
    if (inputs.isEmpty()) {
        m_error = m_store && !m_store->documents().isEmpty()
                      ? tr("Every document here is done with these settings. Add documents, or change a setting to "
                           "process them again.")
                      : tr("Nothing to do yet: add files or folders first.");
        return false;
    }
    return start(inputs);
}

void RunSession::connectCoordinator(Coordinator *coordinator)
{
    connect(coordinator, &Coordinator::scanned, this, &RunSession::scanned);
    connect(coordinator, &Coordinator::pageFinished, this, &RunSession::pageFinished);
    connect(coordinator, &Coordinator::documentFailed, this, &RunSession::documentFailed);
    connect(&coordinator->run(), &BatchRun::documentFinished, this, &RunSession::documentFinished);
    connect(&coordinator->run(), &BatchRun::documentAdded, this, &RunSession::documentAdded);
    connect(coordinator, &Coordinator::idleChanged, this, &RunSession::idleChanged);
    connect(coordinator, &Coordinator::workerChanged, this, &RunSession::workerChanged);
    connect(coordinator, &Coordinator::workerCountChanged, this, &RunSession::workerCountChanged);
    connect(coordinator, &Coordinator::throughputSample, this, &RunSession::throughputSample);
    connect(coordinator, &Coordinator::workerProblem, this, &RunSession::problem);
    connect(coordinator, &Coordinator::finished, this, &RunSession::onFinished);
}

void RunSession::dropCoordinator()
{
    if (!m_coordinator)
        return;
    m_coordinator->disconnect(this);
    delete m_coordinator.data();
}

void RunSession::onFinished(bool cancelled, const QString &error)
{
    RunSummary result = summary();
    result.cancelled = cancelled;
    result.error = error;
    m_lastSummary = result;
    setState(State::Idle);
    Q_EMIT finished(result);
    // Inputs added during the run go next, unless it was stopped on purpose or by an error.
    if (m_runPendingWhenDone && !cancelled && error.isEmpty() && !m_pending.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Idle && !m_pending.isEmpty() && !start(m_pending))
                Q_EMIT problem(m_error);
        });
    }
}

void RunSession::pause()
{
    if (m_state != State::Running || !m_coordinator)
        return;
    m_coordinator->pause();
    setState(State::Paused);
}

void RunSession::resume()
{
    if (m_state != State::Paused || !m_coordinator)
        return;
    m_coordinator->resume();
    setState(State::Running);
}

void RunSession::cancel()
{
    if (m_state != State::Idle && m_coordinator)
        m_coordinator->cancel(); // finished() follows at once
}

void RunSession::setWorkerCount(int count)
{
    m_pool.workers = count;
    if (m_coordinator && isRunning())
        m_coordinator->setWorkerCount(count);
}

RunSession::State RunSession::state() const
{
    return m_state;
}

bool RunSession::isRunning() const
{
    return m_state != State::Idle;
}

const Coordinator *RunSession::coordinator() const
{
    return m_coordinator.data();
}

RunSummary RunSession::summary() const
{
    if (!m_coordinator || !isRunning())
        return m_lastSummary; // kept when the run ended, with its duration then
    RunSummary result = m_lastSummary;
    const BatchRun &run = m_coordinator->run();
    result.counts = run.counts();
    result.elapsedMs = m_coordinator->elapsedMs();
    result.failures = run.failures();
    result.problems = run.scan().problems;
    result.documentsFound = int(run.scan().documents.size());
    result.filesSkipped = run.scan().skipped;
    return result;
}

void RunSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace quire
