#include "session/FolderWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>
#include <utility>

namespace quire {

struct FolderWatcher::Survey
{
    QStringList trees;   ///< Listed with every subfolder.
    QStringList folders; ///< Listed without their subfolders.
    QStringList files;   ///< Looked at one by one.
    QStringList excluded;
    bool full = false;   ///< Every watched folder is among the trees.
};

struct FolderWatcher::SurveyResult
{
    Survey survey;
    QHash<QString, FileStamp> files;
    QStringList folders;   ///< Every folder listed or found (to watch).
    QStringList gone;      ///< Files of survey.files that are no longer there.
    QStringList unreadable;
};

struct FolderWatcher::Check
{
    QString path;
    FileStamp after; ///< size -1: the file is gone.
    std::optional<InputDocument> document;
    bool documentType = false; ///< It is a document (or claims to be one by its name).
    bool complete = true;
};

namespace {

FileStamp stampOf(const QFileInfo &info)
{
    if (!info.exists())
        return {};
    return FileStamp{info.size(), info.lastModified().toMSecsSinceEpoch()};
}

bool isInside(const QString &path, const QStringList &folders)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&path](const QString &folder) {
        return path == folder || path.startsWith(folder + QLatin1Char('/'));
    });
}

void listFolder(const QString &folder, bool recursive, const QStringList &excluded,
                QHash<QString, FileStamp> &files, QStringList &folders, QStringList &unreadable)
{
    const QFileInfo self(folder);
    if (!self.isDir())
        return; // gone: what was tracked under it is dropped by the caller
    if (!self.isReadable()) {
        unreadable << folder;
        return;
    }
    folders << folder;
    // Without QDir::Hidden: dotfiles and dot-folders are never listed.
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString path = QDir::cleanPath(entry.absoluteFilePath());
        if (FolderWatcher::isTemporaryName(entry.fileName()) || isInside(path, excluded))
            continue;
        if (entry.isDir()) {
            if (entry.isSymLink())
                continue; // as InputScanner: no symlinked folders
            if (recursive)
                listFolder(path, true, excluded, files, folders, unreadable);
            else
                folders << path;
        } else if (entry.isFile()) {
            files.insert(path, stampOf(entry));
        }
    }
}

/// Whether the end of the file is there, for the formats that mark it: a file
/// still being written usually lacks it.
bool looksComplete(const QString &path, DocumentType type, qint64 size)
{
    if (size <= 0)
        return false; // created, not yet written
    QByteArray marker;
    switch (type) {
    case DocumentType::Pdf:
        marker = QByteArrayLiteral("%%EOF");
        break;
    case DocumentType::Png:
        marker = QByteArrayLiteral("IEND");
        break;
    case DocumentType::Jpeg:
        marker = QByteArrayLiteral("\xFF\xD9");
        break;
    case DocumentType::Tiff:
    case DocumentType::Unknown:
        return true; // nothing marks their end
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // the read error is the document's to report
    constexpr qint64 kTail = 4096; // producers may add a little after the marker
    file.seek(std::max<qint64>(0, size - kTail));
    return file.read(kTail).contains(marker);
}

} // namespace

FolderWatcher::Check FolderWatcher::checkFile(const QString &path, const FileStamp &expected)
{
    Check check;
    check.path = path;
    check.after = stampOf(QFileInfo(path));
    if (!(check.after == expected))
        return check; // changed since it was last seen: no need to read it
    check.document = InputScanner::inspect(path, false); // reads it through (the hash)
    if (check.document) {
        // A file that cannot be read, or is no document, is taken at once: its error is what it has to say.
        const bool failsAnyway = !check.document->error.isEmpty() && check.document->size > 0;
        check.complete = failsAnyway || looksComplete(path, check.document->type, check.document->size);
    }
    check.after = stampOf(QFileInfo(path));
    return check;
}

FolderWatcher::SurveyResult FolderWatcher::surveyFiles(const Survey &survey)
{
    SurveyResult result;
    result.survey = survey;
    for (const QString &tree : survey.trees)
        listFolder(tree, true, survey.excluded, result.files, result.folders, result.unreadable);
    for (const QString &folder : survey.folders)
        listFolder(folder, false, survey.excluded, result.files, result.folders, result.unreadable);
    for (const QString &file : survey.files) {
        const FileStamp stamp = stampOf(QFileInfo(file));
        if (stamp.size < 0)
            result.gone << file;
        else if (!isInside(file, survey.excluded) && !isTemporaryName(QFileInfo(file).fileName()))
            result.files.insert(file, stamp);
    }
    return result;
}

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &FolderWatcher::checkDue);
    connect(&m_rescanTimer, &QTimer::timeout, this, [this] {
        m_wantFull = true;
        requestSurvey(m_folders, {}, {});
    });
    m_surveyTimer.setSingleShot(true);
    m_surveyTimer.setInterval(100);
    connect(&m_surveyTimer, &QTimer::timeout, this, &FolderWatcher::runSurvey);
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::setFolders(const QStringList &folders)
{
    m_folders.clear();
    for (const QString &folder : folders)
        m_folders << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_folders.removeDuplicates();
}

QStringList FolderWatcher::folders() const
{
    return m_folders;
}

void FolderWatcher::setExcludedFolders(const QStringList &folders)
{
    m_excluded.clear();
    for (const QString &folder : folders) {
        if (!folder.isEmpty())
            m_excluded << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    }
}

void FolderWatcher::setSettleMs(int ms)
{
    m_tracker.setSettleMs(ms);
}

void FolderWatcher::setRescanMs(int ms)
{
    m_rescanMs = std::max(100, ms);
}

void FolderWatcher::setIncompleteGraceMs(int ms)
{
    m_tracker.setGraceMs(ms);
}

bool FolderWatcher::isTemporaryName(const QString &fileName)
{
    static const QStringList suffixes = {
        QStringLiteral(".part"),     QStringLiteral(".partial"),  QStringLiteral(".tmp"),
        QStringLiteral(".temp"),     QStringLiteral(".crdownload"), QStringLiteral(".download"),
        QStringLiteral(".filepart"), QStringLiteral(".swp"),      QStringLiteral(".lock"),
    };
    if (fileName.startsWith(QLatin1Char('.')) || fileName.startsWith(QLatin1Char('~'))
        || fileName.endsWith(QLatin1Char('~')))
        return true;
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&fileName](const QString &suffix) {
        return fileName.endsWith(suffix, Qt::CaseInsensitive);
    });
}

bool FolderWatcher::start()
{
    if (m_watching)
        return true;
    if (m_folders.isEmpty()) {
        m_error = tr("No folder to watch was given.");
        return false;
    }
    for (const QString &folder : std::as_const(m_folders)) {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            m_error = info.exists() ? tr("%1 is not a folder; give the folder to watch.").arg(QDir::toNativeSeparators(folder))
                                    : tr("The folder %1 does not exist; create it or give another.")
                                          .arg(QDir::toNativeSeparators(folder));
            return false;
        }
        if (!info.isReadable() || !info.isExecutable()) {
            m_error = tr("The folder %1 cannot be read; check its permissions.").arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    m_watching = true;
    m_fs = new QFileSystemWatcher(this);
    connect(m_fs, &QFileSystemWatcher::directoryChanged, this, [this](const QString &folder) {
        m_wantFolders.insert(folder);
        if (!m_surveyTimer.isActive())
            m_surveyTimer.start();
    });
    connect(m_fs, &QFileSystemWatcher::fileChanged, this, [this](const QString &file) {
        m_wantFiles.insert(file);
        if (!m_surveyTimer.isActive())
            m_surveyTimer.start();
    });
    // Watched before they are listed: a file that comes in between is seen one way or the other.
    watchPaths(m_folders);
    m_rescanTimer.start(m_rescanMs);
    m_wantFull = true;
    requestSurvey(m_folders, {}, {});
    return true;
}

void FolderWatcher::stop()
{
    if (!m_watching)
        return;
    m_watching = false;
    ++m_generation;
    m_rescanTimer.stop();
    m_settleTimer.stop();
    m_surveyTimer.stop();
    delete m_fs;
    m_fs = nullptr;
    m_wantTrees.clear();
    m_wantFolders.clear();
    m_wantFiles.clear();
    m_surveyRunning = false;
    m_tracker.clear();
}

bool FolderWatcher::isWatching() const
{
    return m_watching;
}

QString FolderWatcher::errorString() const
{
    return m_error;
}

qint64 FolderWatcher::now() const
{
    return m_clock.elapsed();
}

void FolderWatcher::requestSurvey(const QStringList &trees, const QStringList &folders, const QStringList &files)
{
    for (const QString &tree : trees)
        m_wantTrees.insert(tree);
    for (const QString &folder : folders)
        m_wantFolders.insert(folder);
    for (const QString &file : files)
        m_wantFiles.insert(file);
    runSurvey();
}

// One listing at a time, off this thread: a network share may take its time.
void FolderWatcher::runSurvey()
{
    if (!m_watching || m_surveyRunning)
        return;
    if (m_wantTrees.isEmpty() && m_wantFolders.isEmpty() && m_wantFiles.isEmpty())
        return;
    Survey survey;
    survey.trees = QStringList(m_wantTrees.cbegin(), m_wantTrees.cend());
    for (const QString &folder : std::as_const(m_wantFolders)) {
        if (!isInside(folder, survey.trees))
            survey.folders << folder;
    }
    survey.files = QStringList(m_wantFiles.cbegin(), m_wantFiles.cend());
    survey.excluded = m_excluded;
    survey.full = std::exchange(m_wantFull, false);
    m_wantTrees.clear();
    m_wantFolders.clear();
    m_wantFiles.clear();
    m_surveyRunning = true;

    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<SurveyResult>(this);
    connect(watcher, &QFutureWatcher<SurveyResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_surveyRunning = false;
        applySurvey(watcher->result());
        runSurvey();
    });
    watcher->setFuture(QtConcurrent::run(&FolderWatcher::surveyFiles, survey));
}

void FolderWatcher::applySurvey(const SurveyResult &result)
{
    const qint64 time = now();
    // What was listed and is not there any more is gone.
    const QSet<QString> listed(result.survey.folders.cbegin(), result.survey.folders.cend());
    QStringList gone = result.gone;
    const QStringList tracked = m_tracker.paths();
    for (const QString &path : tracked) {
        if (!result.files.contains(path)
            && (listed.contains(QFileInfo(path).path()) || isInside(path, result.survey.trees)))
            gone << path;
    }
    for (const QString &path : std::as_const(gone)) {
        m_tracker.remove(path);
        m_fs->removePath(path); // a file watched since it was taken
    }
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        m_tracker.observe(it.key(), it.value(), time);

    // Folders new to the watch: watch them, and list those a shallow listing found with all they hold.
    const QStringList watched = m_fs->directories();
    const QSet<QString> watchedSet(watched.cbegin(), watched.cend());
    QStringList newFolders;
    for (const QString &folder : result.folders) {
        if (!watchedSet.contains(folder))
            newFolders << folder;
    }
    watchPaths(newFolders);
    // A folder found by a shallow listing is listed with all it holds; one
    // listed before its watch was set is listed once more, for what came in
    // between.
    QStringList newTrees;
    QStringList lookAgain;
    for (const QString &folder : std::as_const(newFolders)) {
        if (!listed.contains(folder) && !isInside(folder, result.survey.trees))
            newTrees << folder;
        else
            lookAgain << folder;
    }
    if (!lookAgain.isEmpty())
        requestSurvey({}, lookAgain, {});
    for (const QString &folder : result.unreadable) {
        if (!m_unreadable.contains(folder)) // said once, not at every rescan
            Q_EMIT problem(tr("The folder %1 cannot be read; its files are not watched. Check its permissions.")
                               .arg(QDir::toNativeSeparators(folder)));
    }
    if (result.survey.full)
        m_unreadable = QSet<QString>(result.unreadable.cbegin(), result.unreadable.cend());
    else
        m_unreadable.unite(QSet<QString>(result.unreadable.cbegin(), result.unreadable.cend()));
    if (!newTrees.isEmpty())
        requestSurvey(newTrees, {}, {});
    if (result.survey.full)
        Q_EMIT surveyed();
    checkDue();
}

void FolderWatcher::watchPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !m_fs)
        return;
    const QStringList failed = m_fs->addPaths(paths);
    if (!failed.isEmpty() && !m_watchLimitReported) {
        m_watchLimitReported = true;
        Q_EMIT problem(tr("%1 (and maybe others) cannot be watched for changes (the system's limit of inotify "
                          "watches, fs.inotify.max_user_watches, may be reached); changes there are seen at the next "
                          "rescan.")
                           .arg(QDir::toNativeSeparators(failed.constFirst())));
    }
}

void FolderWatcher::checkDue()
{
    if (!m_watching)
        return;
    const QHash<QString, FileStamp> due = m_tracker.takeDue(now());
    const int generation = m_generation;
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        auto *watcher = new QFutureWatcher<Check>(this);
        connect(watcher, &QFutureWatcher<Check>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation)
                applyCheck(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(checkFile, it.key(), it.value()));
    }
    scheduleSettle();
}

void FolderWatcher::applyCheck(const Check &check)
{
    if (check.after.size < 0) {
        m_tracker.remove(check.path);
        scheduleSettle();
        return;
    }
    const SettleTracker::Verdict verdict = m_tracker.checked(check.path, check.after, check.complete, now());
    if (verdict == SettleTracker::Verdict::Ready) {
        // Its own watch sees it being rewritten in place (no event reaches its folder then); set
        // afresh, as the name may now be another file (moved over the old one).
        m_fs->removePath(check.path);
        watchPaths({check.path});
        if (check.document)
            Q_EMIT fileReady(*check.document, check.after.modifiedMs);
        else
            Q_EMIT fileIgnored(check.path);
    }
    scheduleSettle();
}

void FolderWatcher::scheduleSettle()
{
    const qint64 next = m_tracker.nextDueMs();
    if (!m_watching || next < 0) {
        m_settleTimer.stop();
        return;
    }
    m_settleTimer.start(int(std::clamp<qint64>(next - now(), 0, 24 * 3600 * 1000)));
}

} // namespace quire
