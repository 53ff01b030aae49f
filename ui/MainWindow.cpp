#include "MainWindow.h"

#include "AppSettings.h"
#include "DashboardWidget.h"
#include "DocumentDrops.h"
#include "ExportRunner.h"
#include "FileDialogs.h"
#include "LogView.h"
#include "PagePanel.h"
#include "PageView.h"
#include "PaneNavigator.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "ReviewWidget.h"
#include "RunMonitor.h"
#include "RunStatusBar.h"
#include "SearchPanel.h"
#include "SettingsDialog.h"
#include "SettingsPanel.h"
#include "SweepDialog.h"
#include "Theme.h"
#include "ThumbnailStrip.h"
#include "WatchController.h"

#include "pool/PreviewRenderer.h"
#include "store/Store.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>

namespace quire {

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_appSettings(std::make_unique<AppSettings>())
    , m_session(new RunSession(this))
    , m_renderer(new PreviewRenderer(this))
{
    setObjectName(QStringLiteral("quireMainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_pool = m_appSettings->pool();
    m_session->setRunPendingWhenDone(true);

    buildActions();
    buildWidgets();
    buildDocks();
    m_monitor = new RunMonitor(m_session,
                               {m_queue, m_strip, m_pagePanel, m_dashboard, m_settingsPanel, m_status, m_followAction},
                               this);
    buildMenus();
    buildToolBar();
    connectSession();
    new DocumentDrops(this, [this](const QStringList &paths) { addInputs(paths); });
    restoreLayout();
    applySettings();

    openDatabase(databasePath.isEmpty() ? m_appSettings->database() : databasePath);
    updateActions();
    m_monitor->updateStatus();
}

MainWindow::~MainWindow()
{
    // A run still going (the window was deleted without closing) stops here,
    // leaving the database consistent; the panels let go of the store first.
    m_closing = true;
    m_pagePanel->setStore(nullptr);
    m_searchPanel->setStore(nullptr);
    delete m_review.data();
    delete m_session;
}

// ---------------------------------------------------------------- building

QAction *MainWindow::makeAction(const QIcon &icon, const QString &text, const QKeySequence &keys,
                               const QString &toolTip)
{
    auto *action = new QAction(icon, text, this);
    action->setShortcut(keys);
    action->setToolTip(toolTip);
    return action;
}

void MainWindow::buildActions()
{
    QStyle *style = this->style();
    m_addFilesAction = makeAction(style->standardIcon(QStyle::SP_FileIcon), tr("Add &Files…"), QKeySequence::Open,
                                 tr("Add PDF, PNG, JPEG or TIFF files to the run"));
    connect(m_addFilesAction, &QAction::triggered, this,
            [this] { dialogs::chooseDocuments(this, [this](const QStringList &paths) { addInputs(paths); }); });
    m_addFolderAction = makeAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("Add F&older…"), {},
                                  tr("Add every document in a folder and its subfolders"));
    connect(m_addFolderAction, &QAction::triggered, this,
            [this] { dialogs::chooseFolder(this, [this](const QString &folder) { addInputs({folder}); }); });

    const auto databaseFolder = [this] {
        return m_session->isOpen() ? QFileInfo(databasePath()).absolutePath() : QString();
    };
    m_newDatabaseAction = makeAction({}, tr("&New Database…"), QKeySequence::New,
                                    tr("Start an empty database for new documents"));
    connect(m_newDatabaseAction, &QAction::triggered, this, [this, databaseFolder] {
        dialogs::chooseNewDatabase(this, databaseFolder(), [this](const QString &path) { newDatabaseChosen(path); });
    });
    m_openDatabaseAction = makeAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("Open &Database…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                     tr("Open an existing Quire database to browse it or continue its run"));
    connect(m_openDatabaseAction, &QAction::triggered, this, [this, databaseFolder] {
        dialogs::chooseDatabase(this, databaseFolder(), [this](const QString &path) { openDatabase(path); });
    });
    m_quitAction = makeAction({}, tr("&Quit"), QKeySequence::Quit, {});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_settingsAction = makeAction(QIcon::fromTheme(QStringLiteral("preferences-system"),
                                                  style->standardIcon(QStyle::SP_FileDialogDetailedView)),
                                 tr("Se&ttings…"), QKeySequence::Preferences,
                                 tr("Page timeout, retries, worker memory limit and passwords"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettingsDialog);
    m_followAction = makeAction({}, tr("&Follow the Newest Page"), {},
                               tr("Show each page as it finishes; picking a page yourself turns this off"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_aboutAction = makeAction({}, tr("&About Quire"), {}, {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    buildRunActions();
}

void MainWindow::buildRunActions()
{
    QStyle *style = this->style();
    m_startAction = makeAction(theme::monochromeIcon(style, QStyle::SP_MediaPlay, palette()), tr("&Start"),
                              QKeySequence(Qt::CTRL | Qt::Key_R),
                              tr("Process the documents waiting in the queue; pages already done are skipped"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startRun);
    m_pauseAction = makeAction(theme::monochromeIcon(style, QStyle::SP_MediaPause, palette()), tr("&Pause"),
                              QKeySequence(Qt::CTRL | Qt::Key_P),
                              tr("Hand out no new pages; the workers finish the pages in hand"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (state() == State::Paused)
            resumeRun();
        else
            pauseRun();
    });
    m_cancelAction = makeAction(theme::monochromeIcon(style, QStyle::SP_MediaStop, palette()), tr("&Cancel"),
                               QKeySequence(Qt::CTRL | Qt::Key_Period),
                               tr("Stop the run now. Finished pages are kept; Start continues where it stopped"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);
    m_sweepAction = makeAction(QIcon::fromTheme(QStringLiteral("utilities-system-monitor"),
                                               style->standardIcon(QStyle::SP_ComputerIcon)),
                              tr("Find Sweet &Spot…"), {},
                              tr("Measure pages per minute for several worker counts and find the best"));
    connect(m_sweepAction, &QAction::triggered, this, &MainWindow::showSweepDialog);
    // Ctrl+R already starts a run: review takes Ctrl+Shift+R.
    m_reviewAction = makeAction({}, tr("&Review Words…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                               tr("Check the words recognized with low confidence, one after the other"));
    connect(m_reviewAction, &QAction::triggered, this, [this] { showReview(); });

    m_watch = new WatchController(m_session, this);
    connect(m_watch, &WatchController::message, this, &MainWindow::log);
    connect(m_watch, &WatchController::watchingChanged, this, &MainWindow::updateActions);
}

void MainWindow::buildWidgets()
{
    m_queue = new QueueModel(this);
    m_queueView = new QueueView(m_queue, m_addFilesAction, m_addFolderAction);
    connect(m_queueView, &QueueView::documentActivated, this, &MainWindow::showDocument);

    m_pagePanel = new PagePanel;
    m_pagePanel->setRenderer(m_renderer);
    connect(m_pagePanel, &PagePanel::pageTextSaved, this, &MainWindow::onPageTextSaved);
    m_strip = new ThumbnailStrip;
    m_strip->setRenderer(m_renderer);
    connect(m_strip, &ThumbnailStrip::pageSelected, this, [this](const QString &path, int page) {
        // The person picked a page: stop jumping to the newest one.
        m_followAction->setChecked(false);
        m_pagePanel->showPage(path, page);
    });

    // The queue, the page and the strip of pages, one above the other: all three in view at once.
    m_centralSplitter = new QSplitter(Qt::Vertical);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(m_queueView);
    m_centralSplitter->addWidget(m_pagePanel);
    m_centralSplitter->addWidget(m_strip);
    m_centralSplitter->setStretchFactor(0, 0);
    m_centralSplitter->setStretchFactor(1, 1);
    m_centralSplitter->setStretchFactor(2, 0);
    m_centralSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_centralSplitter);

    m_status = new RunStatusBar;
    setStatusBar(m_status);
}

void MainWindow::buildDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *dockWidget = new QDockWidget(title, this);
        dockWidget->setObjectName(name);
        dockWidget->setWidget(widget);
        addDockWidget(area, dockWidget);
        return dockWidget;
    };
    // Settings in view (left), the log below them.
    m_settingsPanel = new SettingsPanel;
    m_settingsPanel->setSettings(m_appSettings->pipeline());
    connect(m_settingsPanel, &SettingsPanel::settingsChanged, this, &MainWindow::applySettings);
    m_settingsDock = dock(tr("Settings"), QStringLiteral("settingsDock"), m_settingsPanel, Qt::LeftDockWidgetArea);
    m_log = new LogView;
    m_logDock = dock(tr("Log"), QStringLiteral("logDock"), m_log, Qt::LeftDockWidgetArea);
    connect(m_log, &LogView::problemCountChanged, this,
            [this](int problems) { m_logDock->setWindowTitle(tr("Log (%n problem(s))", nullptr, problems)); });
    splitDockWidget(m_settingsDock, m_logDock, Qt::Vertical);

    // The live dashboard (right), full-text search below it.
    m_dashboard = new DashboardWidget;
    m_dashboard->setWorkerCount(m_pool.workers > 0 ? m_pool.workers : Coordinator::defaultWorkerCount());
    connect(m_dashboard, &DashboardWidget::workerCountRequested, this, [this](int count) {
        m_pool.workers = count;
        m_appSettings->setPool(m_pool);
        m_session->setWorkerCount(count);
    });
    m_dashboardDock = dock(tr("Dashboard"), QStringLiteral("dashboardDock"), m_dashboard, Qt::RightDockWidgetArea);
    m_searchPanel = new SearchPanel;
    connect(m_searchPanel, &SearchPanel::pageRequested, this,
            [this](const QString &path, int page, const QString &query) {
                m_followAction->setChecked(false);
                m_pagePanel->showPage(path, page, query);
            });
    m_searchDock = dock(tr("Search"), QStringLiteral("searchDock"), m_searchPanel, Qt::RightDockWidgetArea);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_addFilesAction, m_addFolderAction});
    file->addSeparator();
    file->addActions({m_newDatabaseAction, m_openDatabaseAction});
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    for (const ExportRunner::Kind kind : {ExportRunner::Kind::PagesCsv, ExportRunner::Kind::WordsCsv,
                                          ExportRunner::Kind::Text, ExportRunner::Kind::Hocr,
                                          ExportRunner::Kind::Sqlite, ExportRunner::Kind::SearchablePdf}) {
        QAction *action = exportMenu->addAction(ExportRunner::title(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (!m_session->isOpen())
                return;
            m_session->store()->flush(); // The export reads the database through its own connection.
            ExportRunner::exportInteractively(this, kind, databasePath(), m_settingsPanel->settings().passwords);
        });
    }
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_startAction, m_pauseAction, m_cancelAction});
    run->addSeparator();
    run->addAction(m_watch->action());
    run->addSeparator();
    run->addActions({m_sweepAction, m_reviewAction});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_followAction);
    view->addSeparator();
    for (QDockWidget *dock : {m_settingsDock, m_dashboardDock, m_logDock, m_searchDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    auto *panes = new PaneNavigator(view->addMenu(tr("&Go To")), this);
    panes->addPane(tr("&Queue"), QKeySequence(Qt::CTRL | Qt::Key_1), m_queueView);
    panes->addPane(tr("P&ages"), QKeySequence(Qt::CTRL | Qt::Key_2), m_strip);
    panes->addPane(tr("Page &Preview"), QKeySequence(Qt::CTRL | Qt::Key_3), m_pagePanel->view());
    panes->addPane(tr("Page &Text"), QKeySequence(Qt::CTRL | Qt::Key_4), m_pagePanel->textView());
    panes->addPane(tr("&Settings"), QKeySequence(Qt::CTRL | Qt::Key_5), m_settingsPanel, m_settingsDock);
    panes->addPane(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_6), m_dashboard, m_dashboardDock);
    panes->addPane(tr("&Log"), QKeySequence(Qt::CTRL | Qt::Key_7), m_log, m_logDock);
    panes->addPane(tr("Searc&h"), QKeySequence::Find, m_searchPanel, m_searchDock);

    menuBar()->addMenu(tr("&Settings"))->addAction(m_settingsAction);
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);
}

void MainWindow::buildToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addActions({m_addFilesAction, m_addFolderAction});
    toolbar->addSeparator();
    toolbar->addActions({m_startAction, m_pauseAction, m_cancelAction});
    toolbar->addSeparator();
    toolbar->addActions({m_sweepAction, m_settingsAction});
}

void MainWindow::connectSession()
{
    connect(m_session, &RunSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_monitor, &RunMonitor::message, this, &MainWindow::log);
    connect(m_monitor, &RunMonitor::runFinished, this, [this](const RunSummary &summary) {
        if (!summary.error.isEmpty() && !m_closing)
            showMessage(tr("The Run Stopped"),
                        tr("The run stopped: %1\n\nPages finished so far are saved.").arg(summary.error));
        Q_EMIT runFinished(summary.cancelled, summary.error);
    });
}

void MainWindow::restoreLayout()
{
    resize(1280, 800);
    resizeDocks({m_settingsDock, m_dashboardDock}, {250, 450}, Qt::Horizontal);
    resizeDocks({m_settingsDock, m_logDock}, {400, 300}, Qt::Vertical);
    m_centralSplitter->setSizes({170, 380, 170});
    const QByteArray geometry = m_appSettings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_appSettings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray central = m_appSettings->splitterState(QStringLiteral("central"));
    if (!central.isEmpty())
        m_centralSplitter->restoreState(central);
}

void MainWindow::saveLayout()
{
    m_appSettings->setWindowGeometry(saveGeometry());
    m_appSettings->setWindowState(saveState());
    m_appSettings->setSplitterState(QStringLiteral("central"), m_centralSplitter->saveState());
    m_appSettings->setPipeline(m_settingsPanel->settings());
    m_appSettings->setPool(m_pool);
    m_appSettings->sync();
}

// ---------------------------------------------------------------- database

bool MainWindow::openDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool hadDatabase = m_session->isOpen();
    // The panels let go of the old store before the session closes it.
    m_pagePanel->clear();
    m_pagePanel->setStore(nullptr);
    if (!m_session->open(absolute)) {
        const QString message =
            tr("%1. Choose another file with File → Open Database.").arg(m_session->errorString());
        log(message, true);
        if (hadDatabase)
            showMessage(tr("Cannot Open the Database"), message);
        m_pagePanel->setStore(store());
        return false;
    }
    m_pagePanel->setStore(store());
    m_searchPanel->setStore(store());
    if (m_review)
        m_review->setStore(store());
    m_lastInputs.clear();
    m_appSettings->setDatabase(absolute);
    setWindowTitle(tr("%1 — Quire").arg(QFileInfo(absolute).fileName()));
    setWindowFilePath(absolute);
    m_status->setStateText(tr("Ready."));
    m_monitor->showDatabase(absolute);
    updateActions();
    return true;
}

void MainWindow::newDatabaseChosen(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_session->isOpen() && absolute == QFileInfo(databasePath()).absoluteFilePath()) {
        log(tr("%1 is the database already open; choose another name for a new one.")
                .arg(QDir::toNativeSeparators(absolute)),
            true);
        return;
    }
    // The dialog asked whether to replace an existing file; the person said yes.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(absolute + suffix) && !QFile::remove(absolute + suffix)) {
            log(tr("Cannot replace %1: it could not be deleted.").arg(QDir::toNativeSeparators(absolute + suffix)),
                true);
            return;
        }
    }
    openDatabase(absolute);
}

QString MainWindow::databasePath() const
{
    return m_session->databasePath();
}

// ---------------------------------------------------------------- inputs and run control

void MainWindow::addInputs(const QStringList &paths)
{
    const QStringList added = m_session->addInputs(paths);
    if (added.isEmpty())
        return;
    if (m_session->addToRun(added)) { // a run that watches a folder takes them at once
        log(tr("Added %n file(s) or folder(s) to the run.", nullptr, int(added.size())));
        return;
    }
    m_lastInputs = m_session->pendingInputs();
    QStringList names;
    for (const QString &path : added)
        names << QFileInfo(path).fileName();
    if (state() == State::Idle) {
        log(tr("Added %1.").arg(names.join(QStringLiteral(", "))));
        beginRun(m_session->pendingInputs());
    } else {
        log(tr("Added %1; they start when the current run ends.").arg(names.join(QStringLiteral(", "))));
        updateActions();
        m_monitor->updateStatus();
    }
}

QStringList MainWindow::pendingInputs() const
{
    return m_session->pendingInputs();
}

void MainWindow::startRun()
{
    if (state() != State::Idle)
        return;
    applySettings();
    QStringList inputs = m_session->pendingInputs();
    for (const QString &path : m_session->documentsToResume()) {
        if (!inputs.contains(path))
            inputs << path;
    }
    if (inputs.isEmpty()) {
        const QString message = m_queue->rowCount() > 0
                                    ? tr("Every document here is done with these settings. Add documents, or change "
                                         "a setting to process them again.")
                                    : tr("Nothing to do yet: drop files or folders on the window, or use File → Add "
                                         "Files.");
        m_status->setStateText(message);
        log(message);
        return;
    }
    beginRun(inputs);
}

void MainWindow::beginRun(const QStringList &inputs)
{
    if (state() != State::Idle || !m_session->isOpen())
        return;
    if (m_sweepDialog && m_sweepDialog->isRunning()) {
        log(tr("The sweet-spot measurement is running; the run starts when you press Start after it ends."), true);
        updateActions();
        return;
    }
    applySettings();
    if (!m_session->start(inputs)) {
        const QString message = tr("Cannot start: %1").arg(m_session->errorString());
        log(message, true);
        showMessage(tr("Cannot Start"), message);
    }
}

// The settings in view are those of the next run, and are remembered.
void MainWindow::applySettings()
{
    const PipelineSettings settings = m_settingsPanel->settings();
    m_appSettings->setPipeline(settings);
    m_session->setSettings(settings);
    PoolOptions options = m_pool;
    options.workers = m_dashboard->workerCount();
    m_session->setPoolOptions(options);
}

void MainWindow::pauseRun()
{
    if (state() != State::Running)
        return;
    m_session->pause();
    log(tr("Paused: the workers finish the pages in hand and take no new ones."));
}

void MainWindow::resumeRun()
{
    if (state() != State::Paused)
        return;
    m_session->resume();
    log(tr("Resumed."));
}

void MainWindow::cancelRun()
{
    m_session->cancel(); // finished() follows at once
}

MainWindow::State MainWindow::state() const
{
    return m_session->state();
}

bool MainWindow::isRunning() const
{
    return m_session->isRunning();
}

void MainWindow::onStateChanged(RunSession::State state)
{
    updateActions();
    Q_EMIT stateChanged(state);
}

void MainWindow::updateActions()
{
    const bool idle = state() == State::Idle;
    const bool sweeping = m_sweepDialog && m_sweepDialog->isRunning();
    m_startAction->setEnabled(idle && !sweeping && m_session->isOpen()
                              && (!m_session->pendingInputs().isEmpty() || m_queue->rowCount() > 0));
    const bool paused = state() == State::Paused;
    m_pauseAction->setEnabled(!idle);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(
        theme::monochromeIcon(style(), paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause, palette()));
    m_pauseAction->setToolTip(paused ? tr("Hand out pages again")
                                     : tr("Hand out no new pages; the workers finish the pages in hand"));
    m_cancelAction->setEnabled(!idle);
    m_openDatabaseAction->setEnabled(idle);
    m_newDatabaseAction->setEnabled(idle);
    m_sweepAction->setEnabled(idle);
    m_watch->action()->setEnabled(m_session->isOpen() && !sweeping);
}

void MainWindow::showDocument(const QString &path, int row)
{
    if (m_queue->pagesDone(row) <= 0) {
        m_status->setStateText(tr("%1 has no finished page yet.").arg(QFileInfo(path).fileName()));
        return;
    }
    m_followAction->setChecked(false);
    m_pagePanel->showPage(path, 1);
}

// ---------------------------------------------------------------- status

QString MainWindow::statusSummary() const
{
    return m_status->summary();
}

void MainWindow::log(const QString &message, bool problem)
{
    m_log->log(message, problem);
}

QString MainWindow::logText() const
{
    return m_log->toPlainText();
}

int MainWindow::problemCount() const
{
    return m_log->problemCount();
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    // Non-modal: the run and the window go on while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

// ---------------------------------------------------------------- dialogs and windows

SweepDialog *MainWindow::showSweepDialog()
{
    if (!m_sweepDialog) {
        auto *dialog = new SweepDialog(m_settingsPanel->settings(), m_pool, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QString description;
        const QStringList inputs = SweepDialog::inputsFrom(*m_queue, m_lastInputs, &description);
        dialog->setInputs(inputs, description);
        dialog->setWorkerCounts(SweepDialog::defaultWorkerCounts(m_dashboard->maximumWorkers()));
        connect(dialog, &SweepDialog::useWorkers, this, [this](int count) {
            m_dashboard->workerSlider()->setValue(count); // through the slider, as if the person moved it
            log(tr("Using %n worker(s), the measured sweet spot.", nullptr, count));
        });
        connect(dialog, &SweepDialog::sweepFinished, this, [this] { updateActions(); });
        connect(dialog, &QDialog::finished, this, [this] { updateActions(); });
        m_sweepDialog = dialog;
    }
    m_sweepDialog->show();
    m_sweepDialog->raise();
    m_sweepDialog->activateWindow();
    updateActions();
    return m_sweepDialog;
}

void MainWindow::showSettingsDialog()
{
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_appSettings->setRememberPasswords(dialog->rememberPasswords());
            m_settingsPanel->setSettings(dialog->pipeline(m_settingsPanel->settings()));
            m_pool = dialog->pool(m_pool);
            m_appSettings->setPool(m_pool);
            applySettings();
            log(isRunning() ? tr("Settings saved; they apply from the next run.") : tr("Settings saved."));
        });
        m_settingsDialog = dialog;
    }
    m_settingsDialog->setValues(m_settingsPanel->settings(), m_pool, m_appSettings->rememberPasswords());
    m_settingsDialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Quire"),
                                tr("<p><b>Quire %1</b></p><p>Turns folders of PDFs and scans into searchable text as "
                                   "fast as the computer allows: a pool of worker processes renders, cleans and "
                                   "recognizes every page (Poppler, OpenCV, Tesseract).</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

// The person edited a page's text: search hits and the review queue follow.
void MainWindow::onPageTextSaved()
{
    m_searchPanel->refresh();
    if (m_review)
        m_review->reload();
}

// A review step changed a stored word: the page shown and the search hits follow.
void MainWindow::onReviewEdit(const QString &path, int page)
{
    m_searchPanel->refresh();
    if (m_pagePanel->documentPath() == path && m_pagePanel->page() == page && !m_pagePanel->isEditing())
        m_pagePanel->showPage(path, page, m_pagePanel->searchQuery());
}

ReviewWidget *MainWindow::showReview()
{
    if (!m_review) {
        m_review = new ReviewWidget(store(), this);
        m_review->setRenderer(m_renderer);
        m_review->setWindowFlag(Qt::Window);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        m_review->resize(900, 640);
        m_review->setSettings(m_appSettings->pipeline());
        connect(m_review, &ReviewWidget::errorOccurred, this, [this](const QString &message) { log(message, true); });
        connect(m_review, &ReviewWidget::wordEdited, this, &MainWindow::onReviewEdit);
    } else {
        m_review->reload();
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
    return m_review;
}

// ---------------------------------------------------------------- events

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_closing = true;
    m_monitor->setClosing(true);
    if (m_sweepDialog)
        m_sweepDialog->cancelSweep();
    // Pages in work are abandoned and stay to do; the database is flushed and the run closed.
    m_session->cancel();
    saveLayout();
    event->accept();
}

} // namespace quire
