#pragma once

#include "pool/Coordinator.h"
#include "session/RunSession.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QModelIndex;
class QSplitter;

namespace quire {

class AppSettings;
class DashboardWidget;
class LogView;
class PagePanel;
class PreviewRenderer;
class QueueModel;
class QueueView;
class ReviewWidget;
class RunMonitor;
class RunStatusBar;
class SearchPanel;
class SettingsDialog;
class SettingsPanel;
class Store;
class SweepDialog;
class ThumbnailStrip;
class WatchController;

/// The window of Quire: drop files or folders and watch them being read.
/// Drives a RunSession (the open database and its runs) and shows what it
/// does: the queue of documents, the live dashboard, the page strip and the
/// page preview. Nothing here blocks: the session scans on a thread pool and
/// talks to its worker processes through signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    using State = RunSession::State;

    /// Opens @p databasePath, or when empty the database used last (or the default one).
    explicit MainWindow(const QString &databasePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) the database and shows what it holds. Refused while a run goes on.
    bool openDatabase(const QString &path);
    QString databasePath() const;

    /// Adds files and folders: a run over them starts at once when idle; during
    /// a run they wait and start when it ends.
    void addInputs(const QStringList &paths);
    QStringList pendingInputs() const;

    /// Runs over the waiting inputs and every document of the database that is
    /// not done with the current settings (pages already done are skipped).
    void startRun();
    void pauseRun();
    void resumeRun();
    void cancelRun();

    State state() const;
    bool isRunning() const;

    RunSession *session() const { return m_session; }
    Store *store() const { return m_session->store(); }
    /// The coordinator of the current (or last) run; null before the first.
    const Coordinator *coordinator() const { return m_session->coordinator(); }
    QueueModel *queueModel() const { return m_queue; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    SettingsPanel *settingsPanel() const { return m_settingsPanel; }
    /// Opens (or raises) the sweet-spot dialog, set up for the current inputs.
    SweepDialog *showSweepDialog();
    /// Opens (or raises) the review window over the current database.
    ReviewWidget *showReview();
    SearchPanel *searchPanel() const { return m_searchPanel; }
    PagePanel *pagePanel() const { return m_pagePanel; }
    QString logText() const;
    int problemCount() const;
    /// The status bar's summary: pages done/total, rates, ETA, failures.
    QString statusSummary() const;

    QAction *startAction() const { return m_startAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    WatchController *watchController() const { return m_watch; }

Q_SIGNALS:
    void stateChanged(quire::RunSession::State state);
    void runFinished(bool cancelled, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *makeAction(const QIcon &icon, const QString &text, const QKeySequence &keys, const QString &toolTip);
    void buildActions();
    void buildRunActions();
    void buildWidgets();
    void buildDocks();
    void buildMenus();
    void buildToolBar();
    void connectSession();
    void restoreLayout();
    void saveLayout();

    void beginRun(const QStringList &inputs);
    void applySettings();
    void onStateChanged(RunSession::State state);
    void updateActions();

    void onPageTextSaved();
    void onReviewEdit(const QString &path, int page);
    void showDocument(const QString &path, int row);

    void newDatabaseChosen(const QString &path);
    void showSettingsDialog();
    void showAbout();
    void showMessage(const QString &title, const QString &text);

    void log(const QString &message, bool problem = false);

    std::unique_ptr<AppSettings> m_appSettings;
    RunSession *m_session = nullptr;
    PreviewRenderer *m_renderer = nullptr; ///< Thumbnails, the page panel and the review share it.
    PoolOptions m_pool;
    bool m_closing = false;
    QStringList m_lastInputs;
    RunMonitor *m_monitor = nullptr;

    QueueModel *m_queue = nullptr;
    QueueView *m_queueView = nullptr;
    SettingsPanel *m_settingsPanel = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    ThumbnailStrip *m_strip = nullptr;
    PagePanel *m_pagePanel = nullptr;
    LogView *m_log = nullptr;
    RunStatusBar *m_status = nullptr;
    QDockWidget *m_settingsDock = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QPointer<ReviewWidget> m_review;
    QSplitter *m_centralSplitter = nullptr;
    QPointer<SweepDialog> m_sweepDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    WatchController *m_watch = nullptr;

    QAction *m_addFilesAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_sweepAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace quire
