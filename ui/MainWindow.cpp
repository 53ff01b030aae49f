#include "MainWindow.h"

#include "AppSettings.h"
#include "DashboardWidget.h"
#include "ExportRunner.h"
#include "PagePanel.h"
#include "ReviewWidget.h"
#include "SearchPanel.h"
#include "QueueModel.h"
#include "SettingsDialog.h"
#include "SettingsPanel.h"
#include "SweepDialog.h"
#include "ThumbnailStrip.h"
#include "WorkerTableModel.h"

#include "ocr/OcrEngine.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

/// "45 s", "3 min 05 s", "1 h 20 min".
QString formatDuration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return MainWindow::tr("%1 s").arg(s);
    if (s < 3600)
        return MainWindow::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return MainWindow::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

/// Draws the Pages column of the queue as a progress bar with "done / total" on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double progress = index.data(QueueModel::ProgressRole).toDouble();
        if (progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(std::lround(std::clamp(progress, 0.0, 1.0) * 1000));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 16, option.fontMetrics.horizontalAdvance(QStringLiteral("0000 / 0000"))));
        return size;
    }
};

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_appSettings(std::make_unique<AppSettings>())
{
    setObjectName(QStringLiteral("quireMainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_pool = m_appSettings->pool();
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(2000);
    connect(&m_followTimer, &QTimer::timeout, this, [this] {
        if (m_newestPending)
            followNewestPage();
    });

    buildActions();
    buildWidgets();
    buildMenus();
    refuseDropsOnChildren();
    restoreLayout();

    openDatabase(databasePath.isEmpty() ? m_appSettings->database() : databasePath);
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A run still going (the window was deleted without closing) stops here, leaving the database consistent.
    m_closing = true;
    if (m_coordinator && m_coordinator->isRunning())
        m_coordinator->cancel();
    // The coordinator and the page panel use the store, which goes before the child widgets.
    delete m_coordinator.data();
    m_pagePanel->setStore(nullptr);
}

// ---------------------------------------------------------------- building

void MainWindow::buildActions()
{
    QStyle *style = this->style();
    m_addFilesAction = new QAction(style->standardIcon(QStyle::SP_FileIcon), tr("Add &Files…"), this);
    m_addFilesAction->setShortcut(QKeySequence::Open);
    m_addFilesAction->setToolTip(tr("Add PDF, PNG, JPEG or TIFF files to the run"));
    connect(m_addFilesAction, &QAction::triggered, this, &MainWindow::addFilesDialog);

    m_addFolderAction = new QAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("Add F&older…"), this);
    m_addFolderAction->setToolTip(tr("Add every document in a folder and its subfolders"));
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::addFolderDialog);

    m_newDatabaseAction = new QAction(tr("&New Database…"), this);
    m_newDatabaseAction->setShortcut(QKeySequence::New);
    m_newDatabaseAction->setToolTip(tr("Start an empty database for new documents"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabaseDialog);

    m_openDatabaseAction = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("Open &Database…"), this);
    m_openDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openDatabaseAction->setToolTip(tr("Open an existing Quire database to browse it or continue its run"));
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_startAction = new QAction(style->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), this);
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_startAction->setToolTip(tr("Process the documents waiting in the queue; pages already done are skipped"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startRun);

    m_pauseAction = new QAction(style->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Hand out no new pages; the workers finish the pages in hand"));
    connect(m_pauseAction, &QAction::triggered, this, [this] {
        if (m_state == State::Paused)
            resumeRun();
        else
            pauseRun();
    });

    m_cancelAction = new QAction(style->standardIcon(QStyle::SP_MediaStop), tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setToolTip(tr("Stop the run now. Finished pages are kept; Start continues where it stopped"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);

    m_sweepAction = new QAction(QIcon::fromTheme(QStringLiteral("utilities-system-monitor"),
                                                 style->standardIcon(QStyle::SP_ComputerIcon)),
                                tr("Find Sweet &Spot…"), this);
    m_sweepAction->setToolTip(tr("Measure pages per minute for several worker counts and find the best"));
    connect(m_sweepAction, &QAction::triggered, this, &MainWindow::showSweepDialog);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system"),
                                                    style->standardIcon(QStyle::SP_FileDialogDetailedView)),
                                   tr("Se&ttings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("Page timeout, retries, worker memory limit and passwords"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettingsDialog);

    m_followAction = new QAction(tr("&Follow the Newest Page"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Show each page as it finishes; picking a page yourself turns this off"));
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on && !m_newestPath.isEmpty())
            followNewestPage();
    });

    m_aboutAction = new QAction(tr("&About Quire"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildWidgets()
{
    // The queue, with a hint in its place while it is empty.
    m_queue = new QueueModel(this);
    m_queueView = new QTableView;
    m_queueView->setObjectName(QStringLiteral("queueView"));
    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setWordWrap(false);
    m_queueView->setTextElideMode(Qt::ElideMiddle);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 8);
    m_queueView->setItemDelegateForColumn(QueueModel::PagesColumn, new ProgressDelegate(m_queueView));
    QHeaderView *header = m_queueView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(QueueModel::DocumentColumn, 190);
    header->resizeSection(QueueModel::PagesColumn, 90);
    header->resizeSection(QueueModel::StatusColumn, 110);
    m_queueView->setToolTip(tr("Double-click a document to see its first page"));
    connect(m_queueView, &QTableView::doubleClicked, this, &MainWindow::showPageOfRow);

    auto *emptyHint = new QWidget;
    auto *hintLayout = new QVBoxLayout(emptyHint);
    auto *hintLabel = new QLabel(tr("<p style='font-size:15pt'><b>Drop PDFs, scans or folders here</b></p>"
                                    "<p>Every page is read by a pool of workers; the dashboard shows how fast, "
                                    "and each page appears below as it finishes.</p>"));
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);
    auto *addFiles = new QPushButton(m_addFilesAction->icon(), tr("Add Files…"));
    auto *addFolder = new QPushButton(m_addFolderAction->icon(), tr("Add Folder…"));
    connect(addFiles, &QPushButton::clicked, m_addFilesAction, &QAction::trigger);
    connect(addFolder, &QPushButton::clicked, m_addFolderAction, &QAction::trigger);
    auto *hintButtons = new QHBoxLayout;
    hintButtons->addStretch(1);
    hintButtons->addWidget(addFiles);
    hintButtons->addWidget(addFolder);
    hintButtons->addStretch(1);
    hintLayout->addStretch(1);
    hintLayout->addWidget(hintLabel);
    hintLayout->addLayout(hintButtons);
    hintLayout->addStretch(1);

    m_queueStack = new QStackedWidget;
    m_queueStack->addWidget(emptyHint);
    m_queueStack->addWidget(m_queueView);
    const auto showQueueOrHint = [this] { m_queueStack->setCurrentIndex(m_queue->rowCount() > 0 ? 1 : 0); };
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, showQueueOrHint);
    connect(m_queue, &QAbstractItemModel::modelReset, this, showQueueOrHint);

    m_pagePanel = new PagePanel;
    connect(m_pagePanel, &PagePanel::pageTextSaved, this, &MainWindow::onPageTextSaved);
    m_strip = new ThumbnailStrip;
    connect(m_strip, &ThumbnailStrip::pageSelected, this, [this](const QString &path, int page) {
        // The person picked a page: stop jumping to the newest one.
        m_followAction->setChecked(false);
        m_pagePanel->showPage(path, page);
    });

    // The queue, the page and the strip of pages, one above the other: all three in view at once.
    m_centralSplitter = new QSplitter(Qt::Vertical);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(m_queueStack);
    m_centralSplitter->addWidget(m_pagePanel);
    m_centralSplitter->addWidget(m_strip);
    m_centralSplitter->setStretchFactor(0, 0);
    m_centralSplitter->setStretchFactor(1, 1);
    m_centralSplitter->setStretchFactor(2, 0);
    m_centralSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_centralSplitter);

    // Settings in view (left).
    m_settingsPanel = new SettingsPanel;
    m_settingsPanel->setSettings(m_appSettings->pipeline());
    connect(m_settingsPanel, &SettingsPanel::settingsChanged, this, [this](const PipelineSettings &settings) {
        m_appSettings->setPipeline(settings);
    });
    m_settingsDock = new QDockWidget(tr("Settings"), this);
    m_settingsDock->setObjectName(QStringLiteral("settingsDock"));
    m_settingsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                | QDockWidget::DockWidgetClosable);
    m_settingsDock->setWidget(m_settingsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_settingsDock);

    // The live dashboard (right).
    m_dashboard = new DashboardWidget;
    m_dashboard->setWorkerCount(m_pool.workers > 0 ? m_pool.workers : Coordinator::defaultWorkerCount());
    connect(m_dashboard, &DashboardWidget::workerCountRequested, this, [this](int count) {
        m_pool.workers = count;
        m_appSettings->setPool(m_pool);
        if (m_coordinator && m_coordinator->isRunning())
            m_coordinator->setWorkerCount(count);
    });
    m_dashboardDock = new QDockWidget(tr("Dashboard"), this);
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::RightDockWidgetArea, m_dashboardDock);

    // Problems and messages (bottom).
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setPlaceholderText(tr("Problems and messages of the run appear here."));
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_log);
    addDockWidget(Qt::LeftDockWidgetArea, m_logDock);
    splitDockWidget(m_settingsDock, m_logDock, Qt::Vertical);

    // Full-text search over the run (right, below the dashboard).
    m_searchPanel = new SearchPanel;
    connect(m_searchPanel, &SearchPanel::pageRequested, this,
            [this](const QString &path, int page, const QString &query) {
                m_followAction->setChecked(false);
                m_pagePanel->showPage(path, page, query);
            });
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);

    // Status bar: state, pages, rates, ETA, failures.
    m_stateLabel = new QLabel;
    m_pagesLabel = new QLabel;
    m_rateLabel = new QLabel;
    m_etaLabel = new QLabel;
    m_failuresLabel = new QLabel;
    statusBar()->addWidget(m_stateLabel, 1);
    for (QLabel *label : {m_pagesLabel, m_rateLabel, m_etaLabel, m_failuresLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    m_rateLabel->setToolTip(tr("Pages per minute over the last 30 seconds, and over the whole run"));
    m_etaLabel->setToolTip(tr("Time left at the rate of the last 30 seconds"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addFilesAction);
    file->addAction(m_addFolderAction);
    file->addSeparator();
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openDatabaseAction);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    for (const ExportRunner::Kind kind : {ExportRunner::Kind::PagesCsv, ExportRunner::Kind::WordsCsv,
                                          ExportRunner::Kind::Text, ExportRunner::Kind::Hocr,
                                          ExportRunner::Kind::Sqlite}) {
        QAction *action = exportMenu->addAction(ExportRunner::title(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (!m_store)
                return;
            m_store->flush(); // The export reads the database through its own connection.
            ExportRunner::exportInteractively(this, kind, m_store->path());
        });
    }
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_startAction);
    run->addAction(m_pauseAction);
    run->addAction(m_cancelAction);
    run->addSeparator();
    run->addAction(m_sweepAction);
    // Ctrl+R already starts a run: review takes Ctrl+Shift+R.
    m_reviewAction = run->addAction(tr("&Review Words…"));
    connect(m_reviewAction, &QAction::triggered, this, [this] { showReview(); });
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reviewAction->setToolTip(tr("Check the words recognized with low confidence, one after the other"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_followAction);
    view->addSeparator();
    view->addAction(m_settingsDock->toggleViewAction());
    view->addAction(m_dashboardDock->toggleViewAction());
    view->addAction(m_logDock->toggleViewAction());
    view->addAction(m_searchDock->toggleViewAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_addFilesAction);
    toolbar->addAction(m_addFolderAction);
    toolbar->addSeparator();
    toolbar->addAction(m_startAction);
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_sweepAction);
    toolbar->addAction(m_settingsAction);
}

void MainWindow::refuseDropsOnChildren()
{
    // Drops anywhere on the window reach dropEvent(): no child takes them first.
    const auto children = findChildren<QWidget *>();
    for (QWidget *child : children)
        child->setAcceptDrops(false);
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
    if (isRunning()) {
        log(tr("Cannot open %1 while a run goes on: cancel the run first.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    auto store = std::make_unique<Store>();
    if (!store->open(absolute)) {
        const QString message = tr("Cannot open the database %1: %2. Choose another file with File → Open Database.")
                                    .arg(QDir::toNativeSeparators(absolute), store->errorString());
        log(message, true);
        if (m_store)
            showMessage(tr("Cannot Open the Database"), message);
        else
            m_pagePanel->setStore(nullptr);
        return false;
    }
    // The last run's coordinator points at the old store: it goes first.
    if (m_coordinator) {
        m_coordinator->disconnect(this);
        delete m_coordinator.data();
    }
    m_pagePanel->clear();
    m_pagePanel->setStore(store.get());
    m_store = std::move(store);
    if (m_searchPanel)
        m_searchPanel->setStore(m_store.get());
    if (m_review)
        m_review->setStore(m_store.get());
    m_strip->clear();
    m_newestPath.clear();
    m_newestPage = 0;
    m_pendingInputs.clear();
    m_lastInputs.clear();
    m_appSettings->setDatabase(absolute);
    setWindowTitle(tr("%1 — Quire").arg(QFileInfo(absolute).fileName()));
    m_stateLabel->setText(tr("Ready."));
    setWindowFilePath(absolute);

    reloadQueue(true);
    const int documents = m_queue->rowCount();
    int pages = 0;
    for (int row = 0; row < documents; ++row)
        pages += m_queue->pagesDone(row);
    const qsizetype unfinished = documentsToResume().size();
    if (documents > 0 && unfinished == 0)
        log(tr("Opened %1: %n document(s), all finished; pages done: %2.", nullptr, documents)
                .arg(QDir::toNativeSeparators(absolute))
                .arg(pages));
    else if (documents > 0)
        log(tr("Opened %1: %n document(s); pages done: %2. Press Start to continue the %3 unfinished.", nullptr,
               documents)
                .arg(QDir::toNativeSeparators(absolute))
                .arg(pages)
                .arg(unfinished));
    else
        log(tr("Database %1 (empty). Drop documents to start.").arg(QDir::toNativeSeparators(absolute)));
    updateActions();
    updateStatus();
    return true;
}

QString MainWindow::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

void MainWindow::reloadQueue(bool fillStrip)
{
    if (!m_store)
        return;
    const QList<DocumentRecord> documents = m_store->documents();
    QHash<QString, QueueModel::PageCounts> counts;
    QStringList strip;
    const bool ok = m_store->forEachPage([&](const StoredPage &stored) {
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
            m_strip->addPage(stored.documentPath, stored.result);
        return true;
    });
    if (!ok)
        log(tr("Could not read the stored pages: %1").arg(m_store->errorString()), true);
    m_queue->setDocuments(documents, counts);
}

void MainWindow::refreshPageCounts()
{
    if (!m_store)
        return;
    // Documents whose pages are being counted by a worker: pick up the count once it is stored.
    const QList<qint64> ids = m_queue->documentsWithoutPageCount();
    for (qsizetype i = 0; i < ids.size() && i < 64; ++i) {
        if (const std::optional<DocumentRecord> record = m_store->document(ids.at(i)); record && record->pageCount > 0)
            m_queue->updateDocument(*record);
    }
}

// ---------------------------------------------------------------- inputs

void MainWindow::addInputs(const QStringList &paths)
{
    QStringList added;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            log(tr("%1 does not exist; it was not added.").arg(QDir::toNativeSeparators(path)), true);
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        if (!m_pendingInputs.contains(absolute) && !added.contains(absolute))
            added << absolute;
    }
    if (added.isEmpty())
        return;
    m_pendingInputs += added;
    m_lastInputs = m_pendingInputs;
    QStringList names;
    for (const QString &path : std::as_const(added))
        names << QFileInfo(path).fileName();
    if (m_state == State::Idle) {
        log(tr("Added %1.").arg(names.join(QStringLiteral(", "))));
        startRunOver(m_pendingInputs);
    } else {
        log(tr("Added %1; they start when the current run ends.").arg(names.join(QStringLiteral(", "))));
        updateActions();
        updateStatus();
    }
}

QStringList MainWindow::pendingInputs() const
{
    return m_pendingInputs;
}

QStringList MainWindow::documentsToResume() const
{
    QStringList paths;
    if (!m_store)
        return paths;
    const QString key = m_settingsPanel->settings().key();
    for (const DocumentRecord &record : m_store->documents()) {
        if (record.status != DocumentStatus::Done || record.settingsKey != key)
            paths << record.path;
    }
    return paths;
}

// ---------------------------------------------------------------- run control

void MainWindow::startRun()
{
    if (m_state != State::Idle)
        return;
    QStringList inputs = m_pendingInputs;
    for (const QString &path : documentsToResume()) {
        if (!inputs.contains(path))
            inputs << path;
    }
    if (inputs.isEmpty()) {
        const QString message = m_queue->rowCount() > 0
                                    ? tr("Every document here is done with these settings. Add documents, or change "
                                         "a setting to process them again.")
                                    : tr("Nothing to do yet: drop files or folders on the window, or use File → Add "
                                         "Files.");
        m_stateLabel->setText(message);
        log(message);
        return;
    }
    startRunOver(inputs);
}

void MainWindow::startRunOver(const QStringList &runInputs)
{
    const QStringList inputs = runInputs; // a copy: callers pass m_pendingInputs, cleared below
    if (m_state != State::Idle || !m_store)
        return;
    if (m_sweepDialog && m_sweepDialog->isRunning()) {
        log(tr("The sweet-spot measurement is running; the run starts when you press Start after it ends."), true);
        updateActions();
        return;
    }
    const PipelineSettings settings = m_settingsPanel->settings();
    if (settings.textLayer != TextLayerPolicy::Text) {
        const QStringList missing = m_settingsPanel->missingLanguages();
        if (!missing.isEmpty()) {
            const QString message =
                tr("Cannot start: the language %1 is not installed (installed: %2). Choose another language in "
                   "Settings, or install the tesseract-ocr-%1 package.")
                    .arg(missing.constFirst(), m_settingsPanel->installedLanguages().join(QStringLiteral(", ")));
            log(message, true);
            showMessage(tr("Language Not Installed"), message);
            return;
        }
    }
    m_appSettings->setPipeline(settings);

    if (m_coordinator) {
        m_coordinator->disconnect(this);
        m_coordinator->deleteLater();
    }
    m_runSettings = settings;
    PoolOptions options = m_pool;
    options.workers = m_dashboard->workerCount();
    auto *coordinator = new Coordinator(m_store.get(), settings, options, this);
    m_coordinator = coordinator;
    connect(coordinator, &Coordinator::pageFinished, this, &MainWindow::onPageFinished);
    connect(coordinator, &Coordinator::documentFailed, this, &MainWindow::onDocumentFailed);
    connect(coordinator, &Coordinator::workerChanged, this, &MainWindow::onWorkerChanged);
    connect(coordinator, &Coordinator::workerCountChanged, this, &MainWindow::onWorkerCountChanged);
    connect(coordinator, &Coordinator::throughputSample, this, &MainWindow::onThroughputSample);
    connect(coordinator, &Coordinator::workerProblem, this, [this](const QString &message) { log(message, true); });
    connect(coordinator, &Coordinator::finished, this, &MainWindow::onRunFinished);
    connect(&coordinator->run(), &BatchRun::documentFinished, this, [this](qint64 documentId, const QString &) {
        if (const std::optional<DocumentRecord> record = m_store->document(documentId))
            m_queue->updateDocument(*record);
    });

    m_pendingInputs.clear();
    m_scanned = false;
    m_newestPending = false;
    m_pagePanel->setSettings(settings);
    m_strip->setPasswords(settings.passwords);
    m_dashboard->startRun(options.workers);
    m_queue->setRunning(true);
    log(tr("Started: %n worker(s), %1 dpi, languages %2.", nullptr, options.workers)
            .arg(settings.dpi)
            .arg(settings.languages));
    setState(State::Running);
    coordinator->start(inputs);
}

void MainWindow::pauseRun()
{
    if (m_state != State::Running || !m_coordinator)
        return;
    m_coordinator->pause();
    log(tr("Paused: the workers finish the pages in hand and take no new ones."));
    setState(State::Paused);
}

void MainWindow::resumeRun()
{
    if (m_state != State::Paused || !m_coordinator)
        return;
    m_coordinator->resume();
    log(tr("Resumed."));
    setState(State::Running);
}

void MainWindow::cancelRun()
{
    if (m_state == State::Idle || !m_coordinator)
        return;
    m_coordinator->cancel(); // finished() follows at once
}

MainWindow::State MainWindow::state() const
{
    return m_state;
}

bool MainWindow::isRunning() const
{
    return m_state != State::Idle;
}

void MainWindow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    m_settingsPanel->setRunning(state != State::Idle);
    m_queue->setRunning(state != State::Idle);
    updateActions();
    updateStatus();
    Q_EMIT stateChanged(state);
}

void MainWindow::updateActions()
{
    const bool idle = m_state == State::Idle;
    const bool sweeping = m_sweepDialog && m_sweepDialog->isRunning();
    m_startAction->setEnabled(idle && !sweeping && m_store
                              && (!m_pendingInputs.isEmpty() || m_queue->rowCount() > 0));
    m_pauseAction->setEnabled(!idle);
    m_pauseAction->setText(m_state == State::Paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(style()->standardIcon(m_state == State::Paused ? QStyle::SP_MediaPlay
                                                                         : QStyle::SP_MediaPause));
    m_pauseAction->setToolTip(m_state == State::Paused ? tr("Hand out pages again")
                                                       : tr("Hand out no new pages; the workers finish the pages in "
                                                            "hand"));
    m_cancelAction->setEnabled(!idle);
    m_openDatabaseAction->setEnabled(idle);
    m_newDatabaseAction->setEnabled(idle);
    m_sweepAction->setEnabled(idle);
}

// ---------------------------------------------------------------- coordinator signals

void MainWindow::onScanned()
{
    m_scanned = true;
    reloadQueue(false);
    QStringList paths;
    const ScanResult &scan = m_coordinator->run().scan();
    for (const InputDocument &document : scan.documents)
        paths << document.path;
    m_queue->setRunDocuments(paths);
    for (const QString &problem : scan.problems)
        log(problem, true);
    if (scan.skipped > 0)
        log(tr("Skipped %n file(s) that are not PDFs or images.", nullptr, scan.skipped));
    updateStatus();
}

void MainWindow::onPageFinished(qint64 documentId, const QString &path, const PageResult &result)
{
    if (!m_scanned)
        onScanned();
    m_queue->pageFinished(documentId, path, result);
    if (result.status == PageStatus::Failed) {
        log(result.error.isEmpty()
                ? tr("%1, page %2 failed for an unknown reason.").arg(QFileInfo(path).fileName()).arg(result.page)
                : result.error,
            true);
    }
    m_strip->addPage(path, result);
    if (result.status == PageStatus::Done) {
        m_newestPath = path;
        m_newestPage = result.page;
        m_newestPending = true;
        // At most one page every two seconds: each shown page is rendered again for the preview.
        if (m_followAction->isChecked() && !m_followTimer.isActive())
            followNewestPage();
    }
    updateStatus();
}

void MainWindow::followNewestPage()
{
    if (!m_followAction->isChecked() || m_newestPath.isEmpty())
        return;
    m_newestPending = false;
    m_pagePanel->showPage(m_newestPath, m_newestPage);
    m_strip->selectPage(m_newestPath, m_newestPage);
    m_followTimer.start();
}

void MainWindow::showPageOfRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString path = index.data(QueueModel::PathRole).toString();
    if (m_queue->pagesDone(index.row()) <= 0) {
        m_stateLabel->setText(tr("%1 has no finished page yet.").arg(QFileInfo(path).fileName()));
        return;
    }
    m_followAction->setChecked(false);
    m_pagePanel->showPage(path, 1);
}

void MainWindow::onDocumentFailed(const QString &path, const QString &error)
{
    if (!m_scanned && m_coordinator && m_state != State::Idle)
        onScanned();
    m_queue->documentFailed(path, error);
    log(tr("%1: %2").arg(QDir::toNativeSeparators(path), error), true);
    updateStatus();
}

void MainWindow::onWorkerChanged(const WorkerInfo &info)
{
    // The first worker is spawned right after the scan is recorded: the queue can show the run's documents.
    if (!m_scanned && m_state != State::Idle)
        onScanned();
    m_dashboard->updateWorker(info);
    if (!info.device.isEmpty() && info.device != m_device) {
        m_device = info.device;
        m_settingsPanel->setDevice(info.device);
        log(tr("Image cleanup runs on %1.").arg(info.device));
    }
}

void MainWindow::onWorkerCountChanged(int count)
{
    if (!m_coordinator)
        return;
    m_dashboard->markWorkerCount(m_coordinator->elapsedMs(), count);
    m_dashboard->setWorkerCount(count);
    log(tr("Workers: %1.").arg(count));
}

void MainWindow::onThroughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers)
{
    m_dashboard->addSample(elapsedMs, windowRate, overallRate, workers);
    if (m_coordinator)
        m_dashboard->updateWorkers(m_coordinator->workers());
    refreshPageCounts();
    updateStatus();
}

void MainWindow::onRunFinished(bool cancelled, const QString &error)
{
    auto *coordinator = m_coordinator.data();
    if (!m_scanned && coordinator)
        onScanned();
    setState(State::Idle);
    m_queue->setRunning(false);
    if (!m_closing)
        reloadQueue(false);

    if (coordinator) {
        const RunCounts counts = coordinator->run().counts();
        const int finished = counts.pagesDone + counts.pagesFailed;
        const double minutes = coordinator->elapsedMs() / 60'000.0;
        const QString summary =
            tr("%1 page(s) in %2 (%3 pages/min): %4 from the text layer, %5 recognized, %6 blank, %7 failed; %8 "
               "done before.")
                .arg(finished)
                .arg(formatDuration(coordinator->elapsedMs() / 1000.0))
                .arg(minutes > 0 ? finished / minutes : 0.0, 0, 'f', 1)
                .arg(counts.pagesText)
                .arg(counts.pagesOcr)
                .arg(counts.pagesBlank)
                .arg(counts.pagesFailed)
                .arg(counts.pagesSkipped);
        if (!error.isEmpty())
            log(tr("The run stopped: %1 %2").arg(error, summary), true);
        else if (cancelled)
            log(tr("Cancelled after %1 Everything finished is saved; press Start to continue.").arg(summary));
        else
            log(tr("Finished: %1").arg(summary));
        if (error.isEmpty() && !cancelled && coordinator->run().scan().documents.isEmpty() && !m_closing)
            log(tr("No PDF or image files were found in what was added."), true);
    }
    if (!error.isEmpty() && !m_closing)
        showMessage(tr("The Run Stopped"), tr("The run stopped: %1\n\nPages finished so far are saved.").arg(error));

    updateStatus();
    if (!cancelled)
        m_stateLabel->setText(error.isEmpty() ? tr("Finished.") : tr("Stopped by an error; see the log."));
    else
        m_stateLabel->setText(tr("Cancelled; press Start to continue."));
    Q_EMIT runFinished(cancelled, error);

    // Inputs added during the run go next, unless the run was stopped on purpose or by an error.
    if (!m_closing && !cancelled && error.isEmpty() && !m_pendingInputs.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Idle && !m_pendingInputs.isEmpty())
                startRunOver(m_pendingInputs);
        });
    }
}

// ---------------------------------------------------------------- status

void MainWindow::updateStatus()
{
    if (!m_coordinator) {
        // No run yet: what the database holds.
        int done = 0;
        int total = 0;
        for (int row = 0; row < m_queue->rowCount(); ++row) {
            done += m_queue->pagesDone(row);
            total += m_queue->pageCount(row);
        }
        m_pagesLabel->setText(tr("Pages: %1 / %2").arg(done).arg(total));
        m_rateLabel->clear();
        m_etaLabel->clear();
        m_failuresLabel->clear();
        if (m_state == State::Idle && m_stateLabel->text().isEmpty())
            m_stateLabel->setText(m_pendingInputs.isEmpty() ? tr("Ready.") : tr("Ready; press Start."));
        return;
    }
    const RunCounts counts = m_coordinator->run().counts();
    const int done = counts.pagesDone + counts.pagesSkipped;
    m_pagesLabel->setText(counts.probesPending > 0 ? tr("Pages: %1 / %2+").arg(done).arg(counts.pagesTotal)
                                                   : tr("Pages: %1 / %2").arg(done).arg(counts.pagesTotal));
    m_pagesLabel->setToolTip(tr("%1 done in this run, %2 done before, %3 failed, %4 to go")
                                 .arg(counts.pagesDone)
                                 .arg(counts.pagesSkipped)
                                 .arg(counts.pagesFailed)
                                 .arg(std::max(0, counts.pagesRemaining())));
    const double window = m_coordinator->windowRate();
    const double overall = m_coordinator->overallRate();
    m_rateLabel->setText(tr("%1 pages/min (30 s) · %2 overall").arg(window, 0, 'f', 1).arg(overall, 0, 'f', 1));
    const int remaining = std::max(0, counts.pagesRemaining());
    if (m_state == State::Idle)
        m_etaLabel->setText(tr("Took %1").arg(formatDuration(m_coordinator->elapsedMs() / 1000.0)));
    else if (m_state == State::Paused)
        m_etaLabel->setText(tr("ETA: paused"));
    else if (counts.probesPending > 0 && counts.pagesTotal == 0)
        m_etaLabel->setText(tr("ETA: counting pages…"));
    else if (window > 0)
        m_etaLabel->setText(tr("ETA %1").arg(formatDuration(remaining * 60.0 / window)));
    else
        m_etaLabel->setText(tr("ETA: measuring…"));
    const int failures = counts.pagesFailed + counts.documentsFailed;
    m_failuresLabel->setText(tr("Failures: %1").arg(failures));
    m_failuresLabel->setStyleSheet(failures > 0 ? QStringLiteral("color: #b02020; font-weight: bold;") : QString());

    if (m_state == State::Running) {
        const QList<WorkerInfo> workers = m_coordinator->workers();
        const int busy = int(std::count_if(workers.cbegin(), workers.cend(), [](const WorkerInfo &worker) {
            return worker.state == WorkerInfo::State::Busy;
        }));
        m_stateLabel->setText(!m_scanned ? tr("Scanning the documents…")
                                         : tr("Running: %1 of %n worker(s) busy.", nullptr, m_coordinator->workerCount())
                                               .arg(busy));
    } else if (m_state == State::Paused) {
        m_stateLabel->setText(tr("Paused; press Resume to go on."));
    }
}

QString MainWindow::statusSummary() const
{
    QStringList parts;
    for (const QLabel *label : {m_stateLabel, m_pagesLabel, m_rateLabel, m_etaLabel, m_failuresLabel}) {
        if (!label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(QStringLiteral(" | "));
}

void MainWindow::log(const QString &message, bool problem)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (problem) {
        ++m_problems;
        m_log->appendHtml(QStringLiteral("<span style='color:#b02020'>%1 %2</span>")
                              .arg(time, message.toHtmlEscaped()));
        m_logDock->setWindowTitle(tr("Log (%n problem(s))", nullptr, m_problems));
    } else {
        m_log->appendHtml(QStringLiteral("<span>%1 %2</span>").arg(time, message.toHtmlEscaped()));
    }
}

QString MainWindow::logText() const
{
    return m_log->toPlainText();
}

int MainWindow::problemCount() const
{
    return m_problems;
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    // Non-modal: the run and the window go on while it is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

// ---------------------------------------------------------------- accessors

Store *MainWindow::store() const
{
    return m_store.get();
}

Coordinator *MainWindow::coordinator() const
{
    return m_coordinator.data();
}

QueueModel *MainWindow::queueModel() const
{
    return m_queue;
}

DashboardWidget *MainWindow::dashboard() const
{
    return m_dashboard;
}

SettingsPanel *MainWindow::settingsPanel() const
{
    return m_settingsPanel;
}

QAction *MainWindow::startAction() const
{
    return m_startAction;
}

QAction *MainWindow::pauseAction() const
{
    return m_pauseAction;
}

QAction *MainWindow::cancelAction() const
{
    return m_cancelAction;
}

// ---------------------------------------------------------------- dialogs

QStringList MainWindow::sweepInputs(QString *description) const
{
    // A few documents of the queue, enough for a steady rate but not a whole run per worker count.
    constexpr int kEnoughPages = 24;
    QStringList paths;
    int pages = 0;
    for (int row = 0; row < m_queue->rowCount() && pages < kEnoughPages; ++row) {
        const int count = m_queue->pageCount(row);
        if (count <= 0)
            continue;
        paths << m_queue->index(row, 0).data(QueueModel::PathRole).toString();
        pages += count;
    }
    if (paths.isEmpty() && !m_lastInputs.isEmpty()) {
        paths = m_lastInputs;
        *description = tr("The documents added last");
        return paths;
    }
    if (!paths.isEmpty())
        *description = tr("%n document(s) of this database, %1 pages", nullptr, int(paths.size())).arg(pages);
    return paths;
}

SweepDialog *MainWindow::showSweepDialog()
{
    if (!m_sweepDialog) {
        PoolOptions options = m_pool;
        auto *dialog = new SweepDialog(m_settingsPanel->settings(), options, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QString description;
        const QStringList inputs = sweepInputs(&description);
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
            m_appSettings->setPipeline(m_settingsPanel->settings());
            log(isRunning() ? tr("Settings saved; they apply from the next run.") : tr("Settings saved."));
        });
        m_settingsDialog = dialog;
    }
    m_settingsDialog->setValues(m_settingsPanel->settings(), m_pool, m_appSettings->rememberPasswords());
    m_settingsDialog->open();
}

void MainWindow::addFilesDialog()
{
    auto *dialog = new QFileDialog(this, tr("Add Documents"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::addInputs);
    dialog->open();
}

void MainWindow::addFolderDialog()
{
    auto *dialog = new QFileDialog(this, tr("Add a Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { addInputs({folder}); });
    dialog->open();
}

void MainWindow::openDatabaseDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open a Quire Database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Quire databases (*.sqlite *.db)"), tr("All files (*)")});
    if (m_store)
        dialog->setDirectory(QFileInfo(m_store->path()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openDatabase(path); });
    dialog->open();
}

void MainWindow::newDatabaseDialog()
{
    auto *dialog = new QFileDialog(this, tr("New Quire Database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    dialog->setNameFilters({tr("Quire databases (*.sqlite)")});
    if (m_store)
        dialog->setDirectory(QFileInfo(m_store->path()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (m_store && absolute == QFileInfo(m_store->path()).absoluteFilePath()) {
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
    });
    dialog->open();
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

// ---------------------------------------------------------------- events

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addInputs(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_closing = true;
    if (m_sweepDialog)
        m_sweepDialog->cancelSweep();
    if (m_coordinator && m_coordinator->isRunning()) {
        // Pages in work are abandoned and stay to do; the database is flushed and the run closed.
        m_coordinator->cancel();
    }
    saveLayout();
    event->accept();
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
        m_review = new ReviewWidget(m_store.get(), this);
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

SearchPanel *MainWindow::searchPanel() const
{
    return m_searchPanel;
}

} // namespace quire
