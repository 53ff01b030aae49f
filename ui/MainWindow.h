#pragma once

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace quire {

class AppSettings;
class DashboardWidget;
class PagePanel;
class ReviewWidget;
class SearchPanel;
class QueueModel;
class SettingsDialog;
class SettingsPanel;
class Store;
class SweepDialog;
class ThumbnailStrip;

/// The window of Quire: drop files or folders and watch them being read.
/// Holds the open database (the only writer of it), runs one Coordinator at a
/// time on this thread's event loop and shows its progress: the queue of
/// documents, the live dashboard, the page strip and the page preview.
/// Nothing here blocks: the coordinator scans on a thread pool and talks to
/// its worker processes through signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused };
    Q_ENUM(State)

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

    Store *store() const;
    /// The coordinator of the current (or last) run; null before the first.
    Coordinator *coordinator() const;
    QueueModel *queueModel() const;
    DashboardWidget *dashboard() const;
    SettingsPanel *settingsPanel() const;
    /// Opens (or raises) the sweet-spot dialog, set up for the current inputs.
    SweepDialog *showSweepDialog();
    /// Opens (or raises) the review window over the current database.
    ReviewWidget *showReview();
    SearchPanel *searchPanel() const;
    QString logText() const;
    int problemCount() const;
    /// The status bar's summary: pages done/total, rates, ETA, failures.
    QString statusSummary() const;

    QAction *startAction() const;
    QAction *pauseAction() const;
    QAction *cancelAction() const;

Q_SIGNALS:
    void stateChanged(quire::MainWindow::State state);
    void runFinished(bool cancelled, const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildWidgets();
    void buildMenus();
    void restoreLayout();
    void saveLayout();
    void refuseDropsOnChildren();

    void startRunOver(const QStringList &runInputs);
    void setState(State state);
    void updateActions();
    void updateStatus();
    void reloadQueue(bool fillStrip);
    void refreshPageCounts();

    void onScanned();
    void onPageFinished(qint64 documentId, const QString &path, const quire::PageResult &result);
    void onDocumentFailed(const QString &path, const QString &error);
    void onWorkerChanged(const quire::WorkerInfo &info);
    void onWorkerCountChanged(int count);
    void onThroughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers);
    void onRunFinished(bool cancelled, const QString &error);
    void followNewestPage();
    void onPageTextSaved();
    void onReviewEdit(const QString &path, int page);
    void showPageOfRow(const QModelIndex &index);

    void addFilesDialog();
    void addFolderDialog();
    void openDatabaseDialog();
    void newDatabaseDialog();
    void showSettingsDialog();
    void showAbout();
    void showMessage(const QString &title, const QString &text);

    void log(const QString &message, bool problem = false);
    QStringList documentsToResume() const;
    QStringList sweepInputs(QString *description) const;

    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<Store> m_store;
    QPointer<Coordinator> m_coordinator;
    PipelineSettings m_runSettings;
    PoolOptions m_pool;
    State m_state = State::Idle;
    bool m_scanned = false;
    bool m_closing = false;
    QStringList m_pendingInputs;
    QStringList m_lastInputs;
    int m_problems = 0;
    QString m_device;

    QString m_newestPath;
    int m_newestPage = 0;
    bool m_newestPending = false;
    QTimer m_followTimer;

    QueueModel *m_queue = nullptr;
    QTableView *m_queueView = nullptr;
    QStackedWidget *m_queueStack = nullptr;
    SettingsPanel *m_settingsPanel = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    ThumbnailStrip *m_strip = nullptr;
    PagePanel *m_pagePanel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QDockWidget *m_settingsDock = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QPointer<ReviewWidget> m_review;
    QAction *m_reviewAction = nullptr;
    QSplitter *m_centralSplitter = nullptr;
    QPointer<SweepDialog> m_sweepDialog;
    QPointer<SettingsDialog> m_settingsDialog;

    QLabel *m_stateLabel = nullptr;
    QLabel *m_pagesLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QLabel *m_failuresLabel = nullptr;

    QAction *m_addFilesAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_sweepAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace quire
