// The window of Quire driven as a person would: a drop starts a run with the
// real quire-worker processes, the slider resizes the pool live, the event
// loop never stalls, the sweet-spot dialog measures, File → Open shows a
// database, and closing mid-run then Start resumes without redoing pages.
#include "AppSettings.h"
#include "DashboardWidget.h"
#include "i18n/EnglishPlurals.h"
#include "MainWindow.h"
#include "PagePanel.h"
#include "PageView.h"
#include "QueueModel.h"
#include "SettingsPanel.h"
#include "SweepDialog.h"
#include "ThumbnailStrip.h"
#include "WatchController.h"
#include "WorkerTableModel.h"

#include "TestDocuments.h"

#include "pool/Coordinator.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace quire;

namespace {

constexpr int kRunTimeoutMs = 90'000;

QList<QStringList> scanPages(const QString &name, int count)
{
    QList<QStringList> pages;
    for (int i = 1; i <= count; ++i)
        pages << QStringList{QStringLiteral("%1 page %2").arg(name).arg(i),
                             QStringLiteral("The quick brown fox jumps over the lazy dog.")};
    return pages;
}

struct StoredCounts
{
    int done = 0;
    int failed = 0;
    int failedDocuments = 0;
    QStringList texts;
};

/// What a second, read-only Store sees in the database file: the proof that pages landed.
StoredCounts readDatabase(const QString &path)
{
    StoredCounts counts;
    Store store;
    if (!store.open(path))
        return counts;
    store.forEachPage([&counts](const StoredPage &page) {
        if (page.result.page == 0)
            ++counts.failedDocuments;
        else if (page.result.status == PageStatus::Done)
            ++counts.done;
        else
            ++counts.failed;
        counts.texts << page.result.text;
        return true;
    });
    return counts;
}

int liveWorkers(const QList<WorkerInfo> &workers)
{
    return int(std::count_if(workers.cbegin(), workers.cend(), [](const WorkerInfo &info) {
        return info.state != WorkerInfo::State::Retiring && info.state != WorkerInfo::State::Stopped;
    }));
}

int readyWorkers(const QList<WorkerInfo> &workers)
{
    return int(std::count_if(workers.cbegin(), workers.cend(), [](const WorkerInfo &info) {
        return info.state == WorkerInfo::State::Idle || info.state == WorkerInfo::State::Busy;
    }));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropStartsRunAndStoresPages();
    void previewCrashLeavesTheWindowAlive();
    void openDatabaseFillsQueue();
    void sliderResizesPoolLive();
    void manyPagesReachTheQueue_data();
    void manyPagesReachTheQueue();
    void sweepFindsSweetSpot();
    void closeMidRunThenStartResumes();
    void watchFolderShowsArrivals();

private:
    QString makeFolder(const QString &name);

    QTemporaryDir m_dir;
    EnglishPlurals m_plurals;
    QString m_dropFolder;
    QString m_dropDatabase;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings and data of this test only, never the person's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    QCoreApplication::installTranslator(&m_plurals);
    qputenv("QUIRE_WORKER", QByteArrayLiteral(QUIRE_WORKER_PATH));
    QVERIFY2(QFileInfo::exists(QStringLiteral(QUIRE_WORKER_PATH)), QUIRE_WORKER_PATH);

    // Generated pages are 100 dpi scans: read at 100 dpi they cost a fraction of a second each.
    PipelineSettings settings;
    settings.dpi = 100;
    settings.autoRotate = false;
    AppSettings app;
    app.setPipeline(settings);
    PoolOptions pool;
    pool.workers = 2;
    app.setPool(pool);

    m_dropFolder = makeFolder(QStringLiteral("drop"));
    QVERIFY(test::writeScannedPdf(QDir(m_dropFolder).filePath(QStringLiteral("scanned.pdf")),
                                  scanPages(QStringLiteral("Scanned"), 3), 100));
    QVERIFY(test::writeTextPdf(QDir(m_dropFolder).filePath(QStringLiteral("letter.pdf")),
                               {{QStringLiteral("Dear reader, this letter has a text layer.")},
                                {QStringLiteral("Second page of the letter.")}}));
    QVERIFY(test::writeBytes(QDir(m_dropFolder).filePath(QStringLiteral("broken.pdf")),
                             QByteArrayLiteral("%PDF-1.4\nthis is not really a PDF\n")));
    m_dropDatabase = m_dir.filePath(QStringLiteral("drop.sqlite"));
}

QString TestMainWindow::makeFolder(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

void TestMainWindow::dropStartsRunAndStoresPages()
{
    MainWindow window(m_dropDatabase);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.state(), MainWindow::State::Idle);
    QCOMPARE(window.queueModel()->rowCount(), 0);
    QSignalSpy finished(&window, &MainWindow::runFinished);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_dropFolder)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(window.state(), MainWindow::State::Running);
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(!window.startAction()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(window.state() == MainWindow::State::Idle, kRunTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false); // not cancelled
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!window.cancelAction()->isEnabled());

    // A second Store on the file sees every page: 3 recognized, 2 from the text layer, and the broken file.
    const StoredCounts stored = readDatabase(m_dropDatabase);
    QCOMPARE(stored.done, 5);
    QCOMPARE(stored.failed, 0);
    QCOMPARE(stored.failedDocuments, 1);
    const QString allText = stored.texts.join(QLatin1Char('\n'));
    QVERIFY2(allText.contains(QStringLiteral("text layer")), qPrintable(allText));
    QVERIFY2(allText.contains(QStringLiteral("lazy dog"), Qt::CaseInsensitive), qPrintable(allText));

    // The queue shows each document with its pages and, for the broken one, why it failed.
    QueueModel *queue = window.queueModel();
    QCOMPARE(queue->rowCount(), 3);
    const int scanned = queue->rowOfPath(QDir(m_dropFolder).filePath(QStringLiteral("scanned.pdf")));
    const int letter = queue->rowOfPath(QDir(m_dropFolder).filePath(QStringLiteral("letter.pdf")));
    const int broken = queue->rowOfPath(QDir(m_dropFolder).filePath(QStringLiteral("broken.pdf")));
    QVERIFY(scanned >= 0 && letter >= 0 && broken >= 0);
    QCOMPARE(queue->pagesDone(scanned), 3);
    QCOMPARE(queue->pageCount(scanned), 3);
    QCOMPARE(queue->statusText(scanned), QStringLiteral("Done"));
    QCOMPARE(queue->index(letter, QueueModel::PagesColumn).data().toString(), QStringLiteral("2 / 2"));
    QCOMPARE(queue->statusText(broken), QStringLiteral("Failed"));
    QVERIFY2(!queue->problemText(broken).isEmpty(), "the failure reason is shown in words");
    QVERIFY2(window.logText().contains(QStringLiteral("broken.pdf")), qPrintable(window.logText()));
    QVERIFY(window.problemCount() >= 1);

    const QString status = window.statusSummary();
    QVERIFY2(status.contains(QStringLiteral("Pages: 5 / 5")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Failures: 1")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("pages/min")), qPrintable(status));
    QVERIFY(window.dashboard()->sampleCount() >= 1);

    auto *strip = window.findChild<ThumbnailStrip *>();
    QVERIFY(strip);
    QCOMPARE(strip->count(), 5);
}

// Pages are previewed by a helper process: one that crashes on a page
// costs that page's preview, never the window, and the next page shows.
void TestMainWindow::previewCrashLeavesTheWindowAlive()
{
    qputenv("QUIRE_WORKER", QByteArrayLiteral(QUIRE_FAULTY_WORKER_PATH));
    qputenv("QUIRE_WORKER_FAULTS", "previewcrash@scanned.pdf:2");
    {
        MainWindow window(m_dropDatabase);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString scanned = QDir(m_dropFolder).filePath(QStringLiteral("scanned.pdf"));
        PagePanel *panel = window.pagePanel();
        panel->showPage(scanned, 2);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->view()->message().startsWith(QStringLiteral("Could not render page 2")),
                                  qPrintable(panel->view()->message()), kRunTimeoutMs);
        QVERIFY(!panel->view()->hasImage());
        QVERIFY(window.isVisible());

        panel->showPage(scanned, 3);
        QTRY_VERIFY_WITH_TIMEOUT(panel->view()->hasImage(), kRunTimeoutMs);
        QCOMPARE(panel->view()->result().page, 3);
    }
    qputenv("QUIRE_WORKER", QByteArrayLiteral(QUIRE_WORKER_PATH));
    qunsetenv("QUIRE_WORKER_FAULTS");
}

void TestMainWindow::openDatabaseFillsQueue()
{
    QVERIFY2(QFileInfo::exists(m_dropDatabase), "runs after dropStartsRunAndStoresPages");
    MainWindow window(m_dir.filePath(QStringLiteral("other.sqlite")));
    QCOMPARE(window.queueModel()->rowCount(), 0);

    QVERIFY(window.openDatabase(m_dropDatabase));
    QCOMPARE(QFileInfo(window.databasePath()).canonicalFilePath(), QFileInfo(m_dropDatabase).canonicalFilePath());
    QVERIFY(window.windowTitle().contains(QStringLiteral("drop.sqlite")));
    QueueModel *queue = window.queueModel();
    QCOMPARE(queue->rowCount(), 3);
    int pages = 0;
    int failed = 0;
    for (int row = 0; row < queue->rowCount(); ++row) {
        pages += queue->pagesDone(row);
        if (queue->statusText(row) == QStringLiteral("Failed")) {
            ++failed;
            QVERIFY(!queue->problemText(row).isEmpty());
        }
    }
    QCOMPARE(pages, 5);
    QCOMPARE(failed, 1);
    QCOMPARE(window.findChild<ThumbnailStrip *>()->count(), 5);
    QVERIFY(window.startAction()->isEnabled()); // the broken document can be tried again

    // A database that cannot be opened is refused with a reason; the open one stays.
    const int problems = window.problemCount();
    QVERIFY(!window.openDatabase(QStringLiteral("/proc/quire-test/cannot.sqlite")));
    QCOMPARE(window.queueModel()->rowCount(), 3);
    QCOMPARE(window.problemCount(), problems + 1);
    QVERIFY(window.logText().contains(QStringLiteral("Cannot open the database")));
}

void TestMainWindow::sliderResizesPoolLive()
{
    const QString folder = makeFolder(QStringLiteral("slider"));
    QVERIFY(test::writeScannedPdf(QDir(folder).filePath(QStringLiteral("long.pdf")),
                                  scanPages(QStringLiteral("Slider"), 16), 100));
    const QString database = m_dir.filePath(QStringLiteral("slider.sqlite"));
    MainWindow window(database);
    window.show();
    QSlider *slider = window.dashboard()->workerSlider();
    QCOMPARE(slider->minimum(), 1);
    QCOMPARE(slider->maximum(), 2 * Coordinator::defaultWorkerCount());
    slider->setValue(1);

    window.addInputs({folder});
    QVERIFY(window.isRunning());
    const Coordinator *coordinator = window.coordinator();
    QVERIFY(coordinator);
    QCOMPARE(coordinator->workerCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(coordinator->run().counts().pagesDone >= 1, kRunTimeoutMs);
    QCOMPARE(liveWorkers(coordinator->workers()), 1);

    // Moving the slider mid-run: a second worker joins at once and starts taking pages.
    slider->setValue(2);
    QCOMPARE(coordinator->workerCount(), 2);
    QVERIFY(coordinator->workers().size() >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(readyWorkers(coordinator->workers()) == 2, 30'000);
    QCOMPARE(window.dashboard()->markerCount(), 2); // the start and the change
    QTRY_VERIFY_WITH_TIMEOUT(window.dashboard()->workerModel()->liveCount() == 2, 5'000);

    // And back down: one worker finishes its page and leaves.
    const int doneBefore = coordinator->run().counts().pagesDone;
    slider->setValue(1);
    QCOMPARE(coordinator->workerCount(), 1);
    QCOMPARE(liveWorkers(coordinator->workers()), 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.state() == MainWindow::State::Idle, kRunTimeoutMs);
    QVERIFY(coordinator->run().counts().pagesDone > doneBefore);
    QCOMPARE(coordinator->run().counts().pagesDone, 16);
    QCOMPARE(readDatabase(database).done, 16); // nothing lost, nothing twice
}

void TestMainWindow::manyPagesReachTheQueue_data()
{
    QTest::addColumn<int>("scannedDocuments");
    QTest::addColumn<int>("scannedPages"); // per document
    QTest::addColumn<int>("textDocuments");
    QTest::addColumn<int>("textPages"); // per document
    // Recognized pages arrive a few a second; text-layer pages arrive by the hundred, the hardest case for the GUI.
    QTest::newRow("24 scanned + 6 text-layer pages") << 3 << 8 << 1 << 6;
    QTest::newRow("500 text-layer pages") << 0 << 0 << 5 << 100;
}

void TestMainWindow::manyPagesReachTheQueue()
{
    QFETCH(int, scannedDocuments);
    QFETCH(int, scannedPages);
    QFETCH(int, textDocuments);
    QFETCH(int, textPages);
    const QString folder = makeFolder(QStringLiteral("stall-%1-%2").arg(scannedDocuments).arg(textDocuments));
    for (int i = 1; i <= scannedDocuments; ++i) {
        QVERIFY(test::writeScannedPdf(QDir(folder).filePath(QStringLiteral("scan-%1.pdf").arg(i)),
                                      scanPages(QStringLiteral("Stall %1").arg(i), scannedPages), 150));
    }
    for (int i = 1; i <= textDocuments; ++i) {
        QList<QStringList> pages;
        for (int page = 1; page <= textPages; ++page)
            pages << QStringList{QStringLiteral("Text document %1, page %2.").arg(i).arg(page)};
        QVERIFY(test::writeTextPdf(QDir(folder).filePath(QStringLiteral("text-%1.pdf").arg(i)), pages));
    }
    const int total = scannedDocuments * scannedPages + textDocuments * textPages;
    const QString database = folder + QStringLiteral(".sqlite");
    MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.dashboard()->workerSlider()->setValue(2);
    PipelineSettings settings = window.settingsPanel()->settings();
    settings.dpi = 150;
    window.settingsPanel()->setSettings(settings);

    // How long the window's event loop stalls meanwhile is measured by the
    // window benchmark (tests/bench/WindowBench.cpp), not here.
    window.addInputs({folder});
    QTRY_VERIFY_WITH_TIMEOUT(window.state() == MainWindow::State::Idle, kRunTimeoutMs);

    const RunCounts counts = window.coordinator()->run().counts();
    QCOMPARE(counts.pagesDone, total);
    QCOMPARE(readDatabase(database).done, total);
    QCOMPARE(window.queueModel()->rowCount(), scannedDocuments + textDocuments);
    QCOMPARE(counts.pagesOcr, scannedDocuments * scannedPages);
    QCOMPARE(counts.pagesText, textDocuments * textPages);
}

void TestMainWindow::sweepFindsSweetSpot()
{
    const QString tiny = QDir(makeFolder(QStringLiteral("sweep"))).filePath(QStringLiteral("tiny.pdf"));
    QVERIFY(test::writeScannedPdf(tiny, scanPages(QStringLiteral("Sweep"), 4), 100));
    MainWindow window(m_dir.filePath(QStringLiteral("sweep.sqlite")));
    window.show();

    QCOMPARE(SweepDialog::defaultWorkerCounts(4), (QList<int>{1, 2, 3, 4}));
    QCOMPARE(SweepDialog::defaultWorkerCounts(8), (QList<int>{1, 2, 3, 4, 6, 8}));
    QCOMPARE(SweepDialog::defaultWorkerCounts(16).size(), 6);
    QCOMPARE(SweepDialog::defaultWorkerCounts(16).first(), 1);
    QCOMPARE(SweepDialog::defaultWorkerCounts(16).last(), 16);
    QVERIFY2(!SweepDialog::samplesDirectory().isEmpty(), "the bundled samples are found");

    SweepDialog *dialog = window.showSweepDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->inputs(), QStringList{SweepDialog::samplesDirectory()}); // nothing added yet
    dialog->setInputs({tiny});
    dialog->setWorkerCounts({1, 2});
    QSignalSpy finished(dialog, &SweepDialog::sweepFinished);
    dialog->startSweep();
    QVERIFY(dialog->isRunning());
    QVERIFY(!window.startAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kRunTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QString());

    const QList<SweepPoint> points = dialog->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).workers, 1);
    QCOMPARE(points.at(1).workers, 2);
    for (const SweepPoint &point : points) {
        QCOMPARE(point.pages, 4);
        QVERIFY(point.pagesPerMinute > 0);
    }
    const int spot = dialog->sweetSpot();
    QCOMPARE(spot, WorkerSweep::sweetSpotOf(points));
    QVERIFY(spot == 1 || spot == 2);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Sweet spot")), qPrintable(dialog->statusText()));
    qInfo("Sweep on 4 pages: 1 worker %.1f pages/min, 2 workers %.1f pages/min; sweet spot %d",
          points.at(0).pagesPerMinute, points.at(1).pagesPerMinute, spot);

    // "Use N workers" moves the window's slider.
    const int other = spot == 1 ? 2 : 1;
    window.dashboard()->workerSlider()->setValue(other);
    QVERIFY(dialog->useButton()->isEnabled());
    QVERIFY(dialog->useButton()->text().contains(QString::number(spot)));
    QTest::mouseClick(dialog->useButton(), Qt::LeftButton);
    QCOMPARE(window.dashboard()->workerCount(), spot);
    QVERIFY(window.startAction()->isEnabled() || window.queueModel()->rowCount() == 0);
}

void TestMainWindow::closeMidRunThenStartResumes()
{
    const QString folder = makeFolder(QStringLiteral("resume"));
    QVERIFY(test::writeScannedPdf(QDir(folder).filePath(QStringLiteral("resume.pdf")),
                                  scanPages(QStringLiteral("Resume"), 14), 100));
    const QString database = m_dir.filePath(QStringLiteral("resume.sqlite"));
    int doneAtClose = 0;
    {
        MainWindow window(database);
        window.show();
        window.dashboard()->workerSlider()->setValue(1);
        window.addInputs({folder});
        QTRY_VERIFY_WITH_TIMEOUT(window.coordinator()->run().counts().pagesDone >= 2, kRunTimeoutMs);
        window.pauseAction()->trigger();
        QCOMPARE(window.state(), MainWindow::State::Paused);
        QVERIFY(window.coordinator()->isPaused());
        QVERIFY(window.pauseAction()->text().contains(QStringLiteral("Resume")));
        window.pauseAction()->trigger();
        QCOMPARE(window.state(), MainWindow::State::Running);
        QVERIFY(!window.coordinator()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(window.coordinator()->run().counts().pagesDone >= 3, kRunTimeoutMs);
        QVERIFY(window.close());
        QCOMPARE(window.state(), MainWindow::State::Idle);
        QVERIFY(!window.coordinator()->isRunning());
        doneAtClose = window.coordinator()->run().counts().pagesDone;
    }
    // The database holds exactly the pages finished before the close.
    QCOMPARE(readDatabase(database).done, doneAtClose);
    QVERIFY(doneAtClose < 14);

    MainWindow window(database);
    QueueModel *queue = window.queueModel();
    QCOMPARE(queue->rowCount(), 1);
    QCOMPARE(queue->pagesDone(0), doneAtClose);
    QCOMPARE(queue->pageCount(0), 14);
    QVERIFY2(queue->statusText(0).contains(QStringLiteral("Start")), qPrintable(queue->statusText(0)));
    QVERIFY(window.startAction()->isEnabled());
    window.startAction()->trigger();
    QVERIFY(window.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(window.state() == MainWindow::State::Idle, kRunTimeoutMs);
    const RunCounts counts = window.coordinator()->run().counts();
    QCOMPARE(counts.pagesSkipped, doneAtClose);
    QCOMPARE(counts.pagesDone, 14 - doneAtClose);
    QCOMPARE(readDatabase(database).done, 14);
    QCOMPARE(queue->statusText(0), QStringLiteral("Done"));
    QCOMPARE(queue->pagesDone(0), 14);
}

// Run > Watch Folder: a file that arrives joins the queue, is processed
// while the dashboard follows, and unchecking lets the run end.
void TestMainWindow::watchFolderShowsArrivals()
{
    const QString database = m_dir.filePath(QStringLiteral("watch.sqlite"));
    const QString folder = makeFolder(QStringLiteral("watched"));
    MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.watchController()->action();
    QVERIFY(action->isEnabled());
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked());

    QVERIFY(window.watchController()->watchFolder(folder));
    QVERIFY(action->isChecked());
    QCOMPARE(window.state(), MainWindow::State::Running);
    QVERIFY(window.session()->isOpenEnded());
    QVERIFY(!window.startAction()->isEnabled());

    const QString path = QDir(folder).filePath(QStringLiteral("arrival.pdf"));
    QVERIFY(test::writeScannedPdf(path, scanPages(QStringLiteral("Arrival"), 2), 100));
    QueueModel *queue = window.queueModel();
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowOfPath(path) >= 0, kRunTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(queue->statusText(queue->rowOfPath(path)), QStringLiteral("Done"), kRunTimeoutMs);
    QCOMPARE(queue->pagesDone(queue->rowOfPath(path)), 2);
    QVERIFY(window.dashboard()->workerModel()->rowCount() >= 1); // the workers that did it
    QTRY_VERIFY2_WITH_TIMEOUT(window.logText().contains(QStringLiteral("done: %1").arg(QDir::toNativeSeparators(path))),
                              qPrintable(window.logText()), kRunTimeoutMs);
    QCOMPARE(window.state(), MainWindow::State::Running); // still watching with nothing to do

    // Unchecked: watching stops and the run ends; the file stays where it is.
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.state() == MainWindow::State::Idle, kRunTimeoutMs);
    QVERIFY(!action->isChecked());
    QVERIFY(!window.watchController()->isWatching());
    QVERIFY2(window.logText().contains(QStringLiteral("Stopped watching")), qPrintable(window.logText()));
    QVERIFY(QFileInfo::exists(path));
    const StoredCounts stored = readDatabase(database);
    QCOMPARE(stored.done, 2);
    QCOMPARE(stored.failed, 0);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
