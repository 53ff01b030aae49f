// Walks a real review session over a generated scanned page: queue order,
// keyboard corrections and accepts, undo/redo, then what the database,
// exports and search see afterwards.

#include "ExportRunner.h"
#include "MainWindow.h"
#include "PagePanel.h"
#include "PageView.h"
#include "ReviewWidget.h"
#include "SearchPanel.h"
#include "SettingsPanel.h"

#include "TestDocuments.h"
#include "export/CsvExporter.h"
#include "export/TextExporter.h"
#include "pipeline/InputScanner.h"
#include "i18n/EnglishPlurals.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QMessageBox>
#include <QProgressDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace quire;
using namespace quire::test;

namespace {

const QString Hash = u"0123456789abcdef"_s;
const QString Key = u"review-test"_s;
constexpr int Dpi = 150;

Word word(const QString &text, float confidence, int line, QRect box)
{
    Word w;
    w.text = text;
    w.confidence = confidence;
    w.line = line;
    w.box = box;
    return w;
}

// Word boxes found in the generated page image: dark columns of each line
// of text, split where the gap is wider than a letter gap.
QList<QRect> findWordBoxes(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    const auto dark = [&image](int x, int y) { return qGray(image.pixel(x, y)) < 128; };
    QList<QRect> boxes;
    int top = -1;
    for (int y = 0; y <= image.height(); ++y) {
        bool any = false;
        for (int x = 0; y < image.height() && x < image.width() && !any; ++x)
            any = dark(x, y);
        if (any && top < 0)
            top = y;
        if (any || top < 0)
            continue;
        const int bottom = y - 1;
        int left = -1;
        int gap = 0;
        const int minGap = image.width() / 150;
        for (int x = 0; x <= image.width(); ++x) {
            bool column = false;
            for (int yy = top; x < image.width() && yy <= bottom && !column; ++yy)
                column = dark(x, yy);
            if (column) {
                if (left < 0)
                    left = x;
                gap = 0;
            } else if (left >= 0 && ++gap > minGap) {
                // A band only a few pixels high is the dot of an i or j: not a word.
                if (bottom - top > 6)
                    boxes.append(QRect(QPoint(left, top), QPoint(x - gap, bottom)));
                left = -1;
            }
        }
        top = -1;
    }
    return boxes;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reviewWalk();
    void thresholdAndLexicon();
    void undoAfterTheQueueWasReadAgain();
    void wordsNotInDictionaryAndPersonalList();
    void exportRunsOffThread();
    void exportInteractively();
    void searchablePdfExportRunsOffThread();
    void mainWindowIntegration();

private:
    // Key presses sent during the walk, counted as a person would press them.
    void keys(const QString &text);
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    ReviewWidget *m_widget = nullptr;
    QString m_pdf;
    int m_presses = 0;
    EnglishPlurals m_plurals; ///< "1 word matches", as the application says it.
};

void TestReview::keys(const QString &text)
{
    QTest::keyClicks(m_widget->editor(), text);
    m_presses += int(text.size());
}

void TestReview::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_widget->editor(), key, modifiers);
    ++m_presses;
}

void TestReview::initTestCase()
{
    // Settings of this test only, never the person's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"QuireTests"_s);
    QCoreApplication::setApplicationName(u"TestReview"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    qputenv("QUIRE_WORKER", QByteArrayLiteral(QUIRE_WORKER_PATH));
    QCoreApplication::installTranslator(&m_plurals);
}

void TestReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pdf = m_dir->filePath(u"letter.pdf"_s);
    QVERIFY(writeScannedPdf(m_pdf, {{u"Tne qnick brown fox"_s, u"jumps over"_s}}, Dpi));

    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(m_dir->filePath(u"run.sqlite"_s)), qPrintable(m_store->errorString()));
    DocumentRecord record;
    record.path = m_pdf;
    record.contentHash = Hash;
    record.type = DocumentType::Pdf;
    record.settingsKey = Key;
    const qint64 id = m_store->upsertDocument(record);
    QVERIFY(id > 0);
    QVERIFY(m_store->setDocumentState(id, 1, DocumentStatus::Done, {}));

    // The words with their real boxes on the page image, the confidences chosen here.
    const QImage image = makeTextImage({u"Tne qnick brown fox"_s, u"jumps over"_s}, Dpi);
    const QList<QRect> boxes = findWordBoxes(image);
    QCOMPARE(boxes.size(), 6);
    PageResult result;
    result.page = 1;
    result.kind = PageKind::Ocr;
    result.dpi = Dpi;
    result.imageSize = image.size();
    result.words = {word(u"Tne"_s, 40, 0, boxes.at(0)), word(u"qnick"_s, 50, 0, boxes.at(1)),
                    word(u"brown"_s, 95, 0, boxes.at(2)), word(u"fox"_s, 60, 0, boxes.at(3)),
                    word(u"jumps"_s, 95, 1, boxes.at(4)), word(u"over"_s, 95, 1, boxes.at(5))};
    result.text = joinWords(result.words);
    result.meanConfidence = 72.5;
    m_store->addPage(Hash, Key, result);
    QVERIFY2(m_store->flush(), qPrintable(m_store->errorString()));

    m_widget = new ReviewWidget(m_store.get());
    m_widget->resize(900, 620);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    m_widget->activateWindow();
    m_widget->editor()->setFocus();
    m_presses = 0;
}

void TestReview::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    m_store.reset();
    m_dir.reset();
}

void TestReview::reviewWalk()
{
    ReviewWidget &w = *m_widget;
    // Weakest first, confident words left out.
    QStringList order;
    for (const ReviewWidget::Item &item : w.queue())
        order.append(item.word.text);
    QCOMPARE(order, (QStringList{u"Tne"_s, u"qnick"_s, u"fox"_s}));
    QCOMPARE(w.remaining(), 3);
    QCOMPARE(w.counterText(), u"3 left"_s);
    QCOMPARE(w.editor()->text(), u"Tne"_s);
    QCOMPARE(w.editor()->selectedText(), u"Tne"_s);

    // The page renders off the GUI thread and the current word is selected.
    QTRY_VERIFY_WITH_TIMEOUT(w.pageView()->hasImage(), 20000);
    QCOMPARE(w.pageView()->selectedWord(), 0);
    QVERIFY(w.pageView()->zoom() > 0.2);
    QVERIFY(w.pageView()->viewport()->rect().intersects(w.pageView()->wordRect(0).toRect()));

    // Skip forward and back.
    key(Qt::Key_Tab);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    key(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(w.currentItem()->word.text, u"Tne"_s);

    // Type over the selected text and press Enter: corrected, next word at once.
    keys(u"The"_s);
    key(Qt::Key_Return);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    QCOMPARE(w.counterText(), u"2 left"_s);
    QCOMPARE(w.pageView()->selectedWord(), 1);
    // Back to the corrected word: it shows the correction; accepting keeps it.
    key(Qt::Key_PageUp);
    QCOMPARE(w.editor()->text(), u"The"_s);
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    QCOMPARE(w.undoStack()->count(), 1);
    keys(u"quick"_s);
    key(Qt::Key_Return);
    QCOMPARE(w.currentItem()->word.text, u"fox"_s);
    QCOMPARE(w.counterText(), u"1 left"_s);

    // Ctrl+Enter accepts as is.
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(w.remaining(), 0);
    QCOMPARE(m_store->suspiciousCount({80}), 0);

    // Undo twice: fox back in the queue, qnick uncorrected in the database.
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.remaining(), 2);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    QCOMPARE(w.editor()->text(), u"qnick"_s);
    {
        const QList<SuspiciousWord> left = m_store->suspiciousWords({80}, 10);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).text, u"qnick"_s);
        QCOMPARE(left.at(1).text, u"fox"_s);
        const auto page = m_store->loadPage(m_pdf, 1, true);
        QVERIFY(page);
        QCOMPARE(page->correctedText, u"The qnick brown fox\njumps over"_s);
    }
    // Redo both.
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.remaining(), 0);
    QCOMPARE(m_store->suspiciousCount({80}), 0);
    QCOMPARE(w.undoStack()->count(), 3);

    // Clicking a box picks that word; Ctrl+L accepts it and learns it.
    const QRectF brown = w.pageView()->wordRect(2);
    QVERIFY(!brown.isEmpty());
    const int pressesForQueue = m_presses;
    QTest::mouseClick(w.pageView()->viewport(), Qt::LeftButton, {}, brown.center().toPoint());
    QCOMPARE(w.currentItem()->word.text, u"brown"_s);
    QCOMPARE(w.editor()->text(), u"brown"_s);
    key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_store->lexicon().contains(u"brown"_s));

    // What the database holds now.
    const auto page = m_store->loadPage(m_pdf, 1, true);
    QVERIFY(page);
    QCOMPARE(page->correctedText, u"The quick brown fox\njumps over"_s);
    const WordList &words = page->result.words;
    QCOMPARE(words.size(), 6);
    QCOMPARE(words.at(0).corrected, u"The"_s);
    QCOMPARE(words.at(0).text, u"Tne"_s);
    QCOMPARE(words.at(1).corrected, u"quick"_s);
    QVERIFY(words.at(2).accepted);
    QVERIFY(words.at(3).accepted);
    QVERIFY(words.at(3).corrected.isEmpty());

    // Exports read the corrected text.
    const QString csv = m_dir->filePath(u"pages.csv"_s);
    QString error;
    QVERIFY2(CsvExporter::exportPages(*m_store, csv, &error), qPrintable(error));
    const QStringList rows = readAll(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(1).endsWith(u",\"The quick brown fox\njumps over\""_s), qPrintable(rows.at(1)));
    const QString textDir = m_dir->filePath(u"text"_s);
    QVERIFY2(TextExporter::exportDocuments(*m_store, textDir, &error), qPrintable(error));
    QCOMPARE(readAll(QDir(textDir).filePath(u"letter.txt"_s)), u"The quick brown fox\njumps over"_s);

    // Search finds the corrected word, not the misread one.
    QCOMPARE(m_store->search(u"qnick"_s).size(), 0);
    SearchPanel panel;
    panel.setStore(m_store.get());
    QCOMPARE(panel.search(u"quick"_s), 1);
    QVERIFY2(panel.results()->item(0)->text().contains(u"[quick]"_s), qPrintable(panel.results()->item(0)->text()));
    QVERIFY(panel.results()->item(0)->text().startsWith(u"letter.pdf p1: "_s));
    QSignalSpy requested(&panel, &SearchPanel::pageRequested);
    QTest::mouseClick(panel.results()->viewport(), Qt::LeftButton, {},
                      panel.results()->visualItemRect(panel.results()->item(0)).center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_pdf);
    QCOMPARE(requested.at(0).at(1).toInt(), 1);
    QCOMPARE(requested.at(0).at(2).toString(), u"quick"_s);

    // 11 of them review the three words (4 + 6 + 1); the rest try skip, back, undo and redo.
    qInfo("Review walk: %d key presses for the queue of 3 words with skip/back/undo/redo, "
          "%d in all with 1 click and Ctrl+L on a word outside the queue",
          pressesForQueue, m_presses);
}

void TestReview::undoAfterTheQueueWasReadAgain()
{
    ReviewWidget &w = *m_widget;
    key(Qt::Key_Return, Qt::ControlModifier); // accept "Tne"
    keys(u"quick"_s);
    key(Qt::Key_Return); // correct "qnick"
    w.reload();          // (a page edit elsewhere reads the queue again)
    QCOMPARE(w.queue().size(), 1);
    QCOMPARE(w.currentItem()->word.text, u"fox"_s);

    // Undo still reaches both words, in the database and back in the queue.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    QCOMPARE(m_store->loadPage(m_pdf, 1)->correctedText, u"Tne qnick brown fox\njumps over"_s);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.currentItem()->word.text, u"Tne"_s);
    QCOMPARE(w.remaining(), 3);
    QCOMPARE(m_store->suspiciousCount({80}), 3);
    // And redo.
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_store->suspiciousCount({80}), 1);
    QCOMPARE(m_store->loadPage(m_pdf, 1)->correctedText, u"Tne quick brown fox\njumps over"_s);
}

void TestReview::thresholdAndLexicon()
{
    ReviewWidget &w = *m_widget;
    w.setThreshold(55);
    QCOMPARE(w.remaining(), 2);
    QCOMPARE(w.counterText(), u"2 left"_s);
    QVERIFY(m_store->addToLexicon(u"Tne"_s));
    w.reload();
    QCOMPARE(w.remaining(), 1);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    w.setThreshold(30);
    QCOMPARE(w.remaining(), 0);
    QVERIFY(w.currentItem() == nullptr);
    QVERIFY(!w.editor()->isEnabled());

    // Back up: the page of the first waiting word renders and that word is selected.
    w.setThreshold(80);
    QCOMPARE(w.currentItem()->word.text, u"qnick"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.pageView()->hasImage(), 20000);
    QTRY_COMPARE(w.pageView()->selectedWord(), 1);
}

void TestReview::wordsNotInDictionaryAndPersonalList()
{
    // Recognized again: "brown" (95%) now unknown to the dictionary.
    {
        std::optional<StoredPage> stored = m_store->loadPage(m_pdf, 1, true);
        QVERIFY(stored);
        PageResult again = stored->result;
        for (Word &w : again.words) {
            w.id = 0;
            w.notInDictionary = w.text == u"brown"_s;
        }
        m_store->addPage(Hash, Key, again);
        QVERIFY2(m_store->flush(), qPrintable(m_store->errorString()));
    }
    ReviewWidget &w = *m_widget;
    const QString wordsFile = m_dir->filePath(u"data/quire/words.txt"_s);
    PipelineSettings settings;
    settings.userWordsFile = wordsFile;
    w.setSettings(settings);
    w.reload();
    auto order = [&w] {
        QStringList texts;
        for (const ReviewWidget::Item &item : w.queue())
            texts.append(item.word.text);
        return texts;
    };
    // Weakest first: the confident unknown word comes last.
    QCOMPARE(order(), (QStringList{u"Tne"_s, u"qnick"_s, u"fox"_s, u"brown"_s}));
    w.goTo(3);
    QVERIFY2(w.findChild<QLabel *>(u"where"_s)->text().contains(u"95% confidence, not in the dictionary"_s),
             qPrintable(w.findChild<QLabel *>(u"where"_s)->text()));

    // The check box leaves such words out.
    auto *check = w.findChild<QCheckBox *>(u"dictionaryCheck"_s);
    QVERIFY(check);
    QVERIFY(check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(!check->isChecked());
    QCOMPARE(order(), (QStringList{u"Tne"_s, u"qnick"_s, u"fox"_s}));
    check->setChecked(true);
    QCOMPARE(order().size(), 4);

    // Ctrl+L adds the word to the database's list and to the personal file
    // (created on first use), and it leaves the queue for good.
    w.goTo(3);
    QCOMPARE(w.currentItem()->word.text, u"brown"_s);
    key(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_store->lexicon().contains(u"brown"_s));
    QCOMPARE(readAll(wordsFile), u"brown\n"_s);

    // A word only in the personal file is not queued either.
    QFile file(wordsFile);
    QVERIFY(file.open(QIODevice::Append));
    file.write("Qnick\n");
    file.close();
    w.reload();
    QCOMPARE(order(), (QStringList{u"Tne"_s, u"fox"_s}));
}

void TestReview::exportRunsOffThread()
{
    ExportRunner runner;
    QSignalSpy progress(&runner, &ExportRunner::progress);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    const QString csv = m_dir->filePath(u"words.csv"_s);
    QVERIFY(runner.start(ExportRunner::Kind::WordsCsv, m_store->path(), csv));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(ExportRunner::Kind::WordsCsv, m_store->path(), csv));
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    const QStringList rows = readAll(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 7); // header and six words
}

void TestReview::exportInteractively()
{
    // The dialogs are opened, never exec()ed: the test drives them while the event loop runs.
    QWidget parent;
    ExportRunner::exportInteractively(&parent, ExportRunner::Kind::Text, m_store->path());
    auto *dialog = parent.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString folder = m_dir->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(folder));
    Q_EMIT dialog->fileSelected(folder);
    QVERIFY(parent.findChild<QProgressDialog *>());
    QTRY_VERIFY_WITH_TIMEOUT(parent.findChild<QMessageBox *>() != nullptr, 20000);
    auto *box = parent.findChild<QMessageBox *>();
    QCOMPARE(box->icon(), QMessageBox::Information);
    QVERIFY2(box->text().contains(folder), qPrintable(box->text()));
    QCOMPARE(readAll(QDir(folder).filePath(u"letter.txt"_s)), u"Tne qnick brown fox\njumps over"_s);
}

void TestReview::searchablePdfExportRunsOffThread()
{
    // A database whose document has its real content hash (the PDF writer
    // checks the file is the one that was recognized), with the review's page.
    const QString db = m_dir->filePath(u"pdf.sqlite"_s);
    {
        const std::optional<StoredPage> page = m_store->loadPage(m_pdf, 1);
        QVERIFY(page);
        Store store;
        QVERIFY(store.open(db));
        QString error;
        DocumentRecord record;
        record.path = m_pdf;
        record.contentHash = InputScanner::hashFile(m_pdf, &error);
        record.type = DocumentType::Pdf;
        record.settingsKey = Key;
        const qint64 id = store.upsertDocument(record);
        QVERIFY(id > 0);
        QVERIFY(store.setDocumentState(id, 1, DocumentStatus::Done, {}));
        store.addPage(record.contentHash, Key, page->result);
        QVERIFY(store.flush());
    }
    ExportRunner runner;
    QSignalSpy progress(&runner, &ExportRunner::progress);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    const QString folder = m_dir->filePath(u"pdf"_s);
    QVERIFY(runner.start(ExportRunner::Kind::SearchablePdf, db, folder));
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY2(finished.at(0).at(1).toString().contains(u"1 searchable PDF written"_s), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!progress.isEmpty());
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {QDir(folder).filePath(u"letter.pdf"_s), u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified(), u"Tne qnick brown fox jumps over"_s);
}

void TestReview::mainWindowIntegration()
{
    MainWindow window(m_store->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Done under other settings than the window's: Start would read it again.
    QVERIFY2(window.logText().contains(u"1 document; pages done: 1. Press Start to continue the 1 unfinished."_s),
             qPrintable(window.logText()));

    // Run → Review Words (Ctrl+Shift+R; Ctrl+R starts a run) opens the review over the window's database.
    QAction *review = nullptr;
    QMenu *exportMenu = nullptr;
    for (QAction *menuAction : window.menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R))
                review = action;
            if (action->menu() && action->text() == u"&Export"_s)
                exportMenu = action->menu();
        }
    }
    QVERIFY(review);
    QVERIFY(exportMenu);
    QCOMPARE(exportMenu->actions().size(), 6);
    review->trigger();
    auto *widget = window.findChild<ReviewWidget *>();
    QVERIFY(widget);
    QVERIFY(widget->isVisible());
    QCOMPARE(widget->remaining(), 3);
    // Typing goes straight to the word's editor.
    QTRY_VERIFY(widget->editor()->hasFocus());

    // A search hit shows its page in the window's page panel.
    SearchPanel *search = window.searchPanel();
    QVERIFY(search);
    QCOMPARE(search->search(u"brown"_s), 1);
    Q_EMIT search->results()->itemActivated(search->results()->item(0));
    auto *panel = window.findChild<PagePanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->documentPath(), m_pdf);
    QCOMPARE(panel->page(), 1);

    // The hit's words are marked in the text and on the page image.
    QCOMPARE(panel->searchQuery(), u"brown"_s);
    QCOMPARE(panel->searchMatches(), QList<int>{2});
    QVERIFY2(panel->factsLabel()->text().contains(u"1 hit for \"brown\""_s), qPrintable(panel->factsLabel()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(panel->view()->hasImage(), 20000);
    QCOMPARE(panel->view()->highlightedWords(), QList<int>{2});
    const QRectF brown = panel->view()->wordRect(2);
    QVERIFY(panel->view()->viewport()->rect().contains(brown.toRect()));
    // Just outside the word's own box, inside the mark: the highlighter's yellow.
    const QImage shot = panel->view()->viewport()->grab().toImage();
    const QColor mark = shot.pixelColor((brown.topLeft() + QPointF(-2, brown.height() / 2)).toPoint());
    QVERIFY2(mark.red() > 200 && mark.green() > 180 && mark.blue() < 170, qPrintable(mark.name()));
    const QColor unmarked = shot.pixelColor((panel->view()->wordRect(0).topLeft() + QPointF(-2, 2)).toPoint());
    QVERIFY2(unmarked.blue() > 200, qPrintable(unmarked.name()));

    // A correction made in review shows in the page shown and in the hits at once.
    QCOMPARE(search->search(u"quick"_s), 0);
    QCOMPARE(widget->currentItem()->word.text, u"Tne"_s);
    widget->goTo(1);
    QCOMPARE(widget->currentItem()->word.text, u"qnick"_s);
    widget->editor()->setText(u"quick"_s);
    widget->commitEdit();
    QCOMPARE(search->results()->count(), 1);
    QVERIFY2(panel->textView()->toPlainText().startsWith(u"Tne quick brown"_s), qPrintable(panel->textView()->toPlainText()));

    // Editing the page text by hand refreshes the review queue and the hits.
    search->search(u"ox"_s);
    QCOMPARE(search->results()->count(), 0);
    panel->editButton()->click();
    panel->textView()->setPlainText(u"The quick brown ox\njumps over"_s);
    panel->saveButton()->click();
    QCOMPARE(search->results()->count(), 1);
    // "Tne" and "fox" were corrected by the edit: nothing is left to review.
    QCOMPARE(widget->remaining(), 0);
    QCOMPARE(m_store->suspiciousCount({80}), 0);

    // Every document finished under the window's settings: nothing to continue.
    DocumentRecord record = m_store->documents().constFirst();
    record.settingsKey = window.settingsPanel()->settings().key();
    QVERIFY(m_store->upsertDocument(record) > 0);
    QVERIFY(window.openDatabase(m_store->path()));
    QVERIFY2(window.logText().contains(u"1 document, all finished"_s), qPrintable(window.logText()));
}

QTEST_MAIN(TestReview)
#include "TestReview.moc"
