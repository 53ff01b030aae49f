// The window driven from the keyboard alone, as a person who does not use a
// mouse would: File > Add Folder (Alt+F, O) and the path typed into the
// folder dialog, the run cancelled (Ctrl+.) and started again (Ctrl+R), a
// page opened from the page strip (Ctrl+2, Home, Enter), the review opened
// (Ctrl+Shift+R) and one word corrected (typed, Enter), then File > Export >
// words CSV (Alt+F, E, Down, Enter) with the file name typed. Every action is
// a QTest key event sent where a keyboard's would go (the open popup, else
// the focus widget); the test only waits and reads.
#include "AppSettings.h"
#include "MainWindow.h"
#include "PagePanel.h"
#include "PageView.h"
#include "ReviewWidget.h"

#include "TestDocuments.h"

#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace quire;

namespace {

constexpr int kRunTimeoutMs = 120'000;

QPointer<QWidget> g_mainWindow;

/// Where a key pressed now goes: the open menu, else the widget with the focus.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (!QApplication::activeWindow() && g_mainWindow) {
        // A dialog closed. On a desktop the window manager gives the window the
        // keyboard back; the offscreen platform has none, so the test does it.
        QApplication::setActiveWindow(g_mainWindow);
    }
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no widget to receive the key");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "no widget to receive the text");
    QTest::keyClicks(target, text);
}

int pagesDone(const QString &database)
{
    Store store;
    if (!store.open(database))
        return -1;
    int done = 0;
    store.forEachPage([&done](const StoredPage &page) {
        done += page.result.page > 0 && page.result.status == PageStatus::Done ? 1 : 0;
        return true;
    });
    return done;
}

QList<QStringList> scanPages(const QString &name, int count)
{
    QList<QStringList> pages;
    for (int i = 1; i <= count; ++i)
        pages << QStringList{u"%1 page %2 of the walk"_s.arg(name).arg(i),
                             u"The zxqvbn archive keeps every letter of the town."_s};
    return pages;
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addStartOpenReviewExport();

private:
    QTemporaryDir m_dir;
};

void TestKeyboardWalk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"QuireTests"_s);
    QCoreApplication::setApplicationName(u"TestKeyboardWalk"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    qputenv("QUIRE_WORKER", QByteArrayLiteral(QUIRE_WORKER_PATH));

    // Small scans read fast; one worker, so the run is still going when the test cancels it.
    PipelineSettings settings;
    settings.dpi = 100;
    settings.autoRotate = false;
    settings.languages = u"eng"_s;
    AppSettings app;
    app.setPipeline(settings);
    PoolOptions pool;
    pool.workers = 1;
    app.setPool(pool);
}

void TestKeyboardWalk::addStartOpenReviewExport()
{
    const QString folder = m_dir.filePath(u"letters"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeScannedPdf(QDir(folder).filePath(u"first.pdf"_s), scanPages(u"First"_s, 8), 100));
    QVERIFY(test::writeScannedPdf(QDir(folder).filePath(u"second.pdf"_s), scanPages(u"Second"_s, 2), 100));
    const QString database = m_dir.filePath(u"walk.sqlite"_s);
    const QString csv = m_dir.filePath(u"words.csv"_s);

    MainWindow window(database);
    g_mainWindow = &window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    QSignalSpy finished(&window, &MainWindow::runFinished);

    // File > Add Folder, the path typed into the folder dialog.
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    press(Qt::Key_O);
    QFileDialog *folderDialog = nullptr;
    QTRY_VERIFY((folderDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
    QTRY_VERIFY(QApplication::focusWidget() && folderDialog->isAncestorOf(QApplication::focusWidget()));
    type(folder);
    press(Qt::Key_Return);
    QTRY_COMPARE(window.state(), MainWindow::State::Running);

    // Cancel once a page is done, then Start: the run continues where it stopped.
    QTRY_VERIFY_WITH_TIMEOUT(pagesDone(database) >= 1, kRunTimeoutMs);
    QVERIFY2(window.state() == MainWindow::State::Running, "the run ended before it could be cancelled");
    press(Qt::Key_Period, Qt::ControlModifier);
    QTRY_COMPARE(window.state(), MainWindow::State::Idle);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.last().at(0).toBool()); // cancelled
    const int doneBefore = pagesDone(database);
    qInfo("cancelled with %d of 10 pages done", doneBefore);
    QVERIFY(doneBefore < 10);
    QVERIFY(window.startAction()->isEnabled());
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(window.state(), MainWindow::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(window.state() == MainWindow::State::Idle, kRunTimeoutMs);
    QCOMPARE(finished.size(), 2);
    QVERIFY(!finished.last().at(0).toBool());
    QCOMPARE(finished.last().at(1).toString(), QString());
    QCOMPARE(pagesDone(database), 10);

    // Open a page: into the page strip, the first page, Enter.
    auto *panel = window.findChild<PagePanel *>();
    QVERIFY(panel);
    press(Qt::Key_2, Qt::ControlModifier);
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    QTRY_VERIFY(panel->page() >= 1);
    QVERIFY(panel->documentPath().startsWith(folder));
    QTRY_VERIFY_WITH_TIMEOUT(panel->view()->hasImage(), 30'000);

    // Review: the window opens on the weakest word with the keyboard in its editor.
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ReviewWidget *review = nullptr;
    QTRY_VERIFY((review = window.findChild<ReviewWidget *>()) && review->isVisible());
    QTRY_VERIFY(review->currentItem() != nullptr);
    QTRY_COMPARE(QApplication::focusWidget(), review->editor());
    const SuspiciousWord word = review->currentItem()->word;
    QVERIFY(!word.text.isEmpty());
    type(u"Quirewalk"_s); // the recognized text is selected: typing replaces it
    press(Qt::Key_Return);
    QTRY_VERIFY(review->queue().first().corrected == u"Quirewalk"_s);
    // Escape closes the review (the edit is saved); the keys go to the window again.
    press(Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<ReviewWidget *>());

    // File > Export > CSV, one row per word; the file name typed into the save dialog.
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QMenu *fileMenu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    press(Qt::Key_E);
    QTRY_VERIFY(QApplication::activePopupWidget() && QApplication::activePopupWidget() != fileMenu);
    press(Qt::Key_Down); // the first entry (pages) is active; the second writes words
    press(Qt::Key_Return);
    QFileDialog *saveDialog = nullptr;
    QTRY_VERIFY((saveDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
    QTRY_VERIFY(QApplication::focusWidget() && saveDialog->isAncestorOf(QApplication::focusWidget()));
    type(csv);
    press(Qt::Key_Return);
    QMessageBox *done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())), 30'000);
    QVERIFY2(done->text().contains(u"Exported"_s), qPrintable(done->text()));
    press(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // The database and the exported file both carry the correction.
    {
        Store store;
        QVERIFY(store.open(database));
        const std::optional<StoredPage> page = store.loadPage(word.documentPath, word.page, true);
        QVERIFY(page);
        bool corrected = false;
        for (const Word &stored : page->result.words) {
            if (stored.id == word.wordId) {
                QCOMPARE(stored.corrected, u"Quirewalk"_s);
                QCOMPARE(stored.text, word.text);
                corrected = true;
            }
        }
        QVERIFY(corrected);
    }
    QFile file(csv);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(csv));
    const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(file.readAll()));
    QVERIFY(rows.size() > 10);
    const QStringList header = rows.first();
    const qsizetype text = header.indexOf(u"text"_s);
    const qsizetype correctedColumn = header.indexOf(u"corrected"_s);
    const qsizetype original = header.indexOf(u"original"_s);
    QVERIFY(text >= 0 && correctedColumn >= 0 && original >= 0);
    int correctedRows = 0;
    for (const QStringList &row : rows.mid(1)) {
        if (row.value(correctedColumn) == u"1"_s) {
            ++correctedRows;
            QCOMPARE(row.value(text), u"Quirewalk"_s);
            QCOMPARE(row.value(original), word.text);
        }
    }
    QCOMPARE(correctedRows, 1);
}

QTEST_MAIN(TestKeyboardWalk)
#include "TestKeyboardWalk.moc"
