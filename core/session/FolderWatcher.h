#pragma once

#include "pipeline/InputScanner.h"
#include "session/SettleTracker.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace quire {

/// Watches folders (and their subfolders) for documents that arrive or
/// change, and says when each is complete: QFileSystemWatcher (inotify)
/// notices changes at once, and a rescan at a set interval is the safety net
/// for network shares and lost events. A file is taken once its size and
/// modification time have stayed the same for the settle time and a read
/// through it (which hashes it) found it whole (a PDF ends with %%EOF, a PNG
/// with IEND, a JPEG with its end marker); fileReady() then tells it, once
/// for each state of the file. Hidden and temporary names (.*, *.part,
/// *.tmp, *.crdownload, ~*) and the excluded folders are left alone.
///
/// Everything is asynchronous: folders are listed and files read on a thread
/// pool, never on the caller's thread, which no call blocks.
class FolderWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit FolderWatcher(QObject *parent = nullptr);
    ~FolderWatcher() override;
    Q_DISABLE_COPY_MOVE(FolderWatcher)

    void setFolders(const QStringList &folders);
    QStringList folders() const;
    /// Folders (inside the watched ones) whose files are never taken: the
    /// done and failed folders.
    void setExcludedFolders(const QStringList &folders);
    void setSettleMs(int ms);
    void setRescanMs(int ms);
    /// How long a file whose end is missing waits for more before it is
    /// taken all the same (default 60 s).
    void setIncompleteGraceMs(int ms);

    /// Starts watching. False, with errorString(), when a folder is missing.
    bool start();
    /// Stops watching; what is being read is dropped.
    void stop();
    bool isWatching() const;
    QString errorString() const;

    /// Whether a file of this name is hidden or temporary (never taken).
    static bool isTemporaryName(const QString &fileName);

Q_SIGNALS:
    /// @p document (typed and hashed, or with its error) is complete; its
    /// modification time was @p modifiedMs when it was read.
    void fileReady(const quire::InputDocument &document, qint64 modifiedMs);
    /// A file that is no PDF or image was found (it is left alone).
    void fileIgnored(const QString &path);
    /// A folder cannot be listed or watched, and the like; watching goes on.
    void problem(const QString &message);
    /// A full listing of the folders is in (at the start and at each rescan):
    /// the files found settle from now.
    void surveyed();

private:
    struct Survey;
    struct SurveyResult;
    struct Check;

    static Check checkFile(const QString &path, const FileStamp &expected);
    static SurveyResult surveyFiles(const Survey &survey);
    void requestSurvey(const QStringList &trees, const QStringList &folders, const QStringList &files);
    void runSurvey();
    void applySurvey(const SurveyResult &result);
    void watchPaths(const QStringList &folders);
    void checkDue();
    void applyCheck(const Check &check);
    void scheduleSettle();
    qint64 now() const;

    QStringList m_folders;
    QStringList m_excluded;
    int m_rescanMs = 30'000;
    SettleTracker m_tracker;
    QElapsedTimer m_clock;
    QFileSystemWatcher *m_fs = nullptr;
    QTimer m_rescanTimer;
    QTimer m_settleTimer;
    QTimer m_surveyTimer; ///< Gathers bursts of change events into one listing.
    // What the next listing covers, gathered until it starts (one runs at a time).
    QSet<QString> m_wantTrees;
    QSet<QString> m_wantFolders;
    QSet<QString> m_wantFiles;
    QSet<QString> m_unreadable; ///< Folders already reported as unreadable.
    bool m_wantFull = false; ///< The next listing covers every folder (start, rescan).
    bool m_surveyRunning = false;
    bool m_watching = false;
    bool m_watchLimitReported = false;
    int m_generation = 0; ///< Results of jobs started before the last stop() are dropped.
    QString m_error;
};

} // namespace quire
