// The page widgets: PagePanel loading a stored page and rendering it in the
// background, PageView mapping word boxes and clicks, ThumbnailStrip filling
// its pictures asynchronously.

#include "PagePanel.h"
#include "PageView.h"
#include "ThumbnailStrip.h"

#include "TestDocuments.h"
#include "pipeline/PageProcessor.h"
#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace quire;

namespace {

// Pixels of @p image inside @p rect darker than @p grey: text ink.
int darkPixels(const QImage &image, const QRect &rect, int grey = 100)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255 && qGray(pixel) < grey)
                ++count;
        }
    return count;
}

QSet<int> greyLevels(const QImage &image)
{
    QSet<int> levels;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); y += 3) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            levels.insert(line[x]);
    }
    return levels;
}

} // namespace

class TestPageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showPageLoadsTextAndImage();
    void boxesMapToWordsAndClickSelects();
    void textLayerBoxesScaleToPreview();
    void zoomButtonsAndWheel();
    void cleanedToggleSwitchesImage();
    void failedPageShowsError();
    void staleRenderIsDropped();
    void quickClicksShowTheLastPage();
    void thumbnailsFillInAndSelect();
    void fullerPageSelectsAClickedWord();
    void editTextSavesToStore();

private:
    void showAndWait(PagePanel &panel, const QString &path, int page);
    int indexOf(const PageResult &result, const QString &text) const;

    QTemporaryDir m_dir;
    PipelineSettings m_settings;
    Store m_store;
    QString m_scanPath;
    QString m_textPath;
    PageResult m_scan;
    PageResult m_failed;
    PageResult m_text;
};

void TestPageView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scanPath = m_dir.filePath(QStringLiteral("scan.pdf"));
    m_textPath = m_dir.filePath(QStringLiteral("text.pdf"));
    QVERIFY(test::writeScannedPdf(m_scanPath,
                                  {{QStringLiteral("Quire reads every page of the folder"),
                                    QStringLiteral("The quick brown fox jumps over the lazy dog"),
                                    QStringLiteral("Invoice number 4711 was paid in March")},
                                   {QStringLiteral("A second page that fails")}},
                                  150));
    QVERIFY(test::writeTextPdf(m_textPath, {{QStringLiteral("Minutes of the annual meeting"),
                                             QStringLiteral("Budget approved without changes")}}));

    m_settings.dpi = 150;
    m_settings.openCl = OpenClMode::Off;
    m_settings.autoRotate = false;
    // Binarized, so the cleaned image visibly differs from the rendered one.
    m_settings.preprocess.binarize = true;

    PageProcessor processor(m_settings);
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    PageImages images;
    m_scan = processor.process(m_scanPath, 1, {}, &images);
    QVERIFY2(m_scan.status == PageStatus::Done, qPrintable(m_scan.error));
    QCOMPARE(toString(m_scan.kind), QStringLiteral("ocr"));
    QVERIFY(!m_scan.words.isEmpty());
    QVERIFY2(indexOf(m_scan, QStringLiteral("quick")) >= 0, qPrintable(m_scan.text));
    m_text = processor.process(m_textPath, 1);
    QVERIFY2(m_text.status == PageStatus::Done, qPrintable(m_text.error));
    QCOMPARE(toString(m_text.kind), QStringLiteral("text"));
    QVERIFY2(indexOf(m_text, QStringLiteral("annual")) >= 0, qPrintable(m_text.text));

    m_failed.page = 2;
    m_failed.status = PageStatus::Failed;
    m_failed.error = QStringLiteral("scan.pdf, page 2: the OCR engine took longer than 120 s and was stopped; "
                                    "raise the page timeout and run again");

    QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("run.sqlite"))), qPrintable(m_store.errorString()));
    const QString key = m_settings.key();
    const struct
    {
        QString path;
        QString hash;
        int pages;
    } documents[] = {{m_scanPath, QStringLiteral("hash-scan"), 2}, {m_textPath, QStringLiteral("hash-text"), 1}};
    for (const auto &document : documents) {
        DocumentRecord record;
        record.path = document.path;
        record.contentHash = document.hash;
        record.settingsKey = key;
        record.pageCount = document.pages;
        const qint64 id = m_store.upsertDocument(record);
        QVERIFY2(id > 0, qPrintable(m_store.errorString()));
        QVERIFY(m_store.setDocumentState(id, document.pages,
                                         document.pages == 2 ? DocumentStatus::Partial : DocumentStatus::Done,
                                         QString()));
    }
    m_store.addPage(QStringLiteral("hash-scan"), key, m_scan);
    m_store.addPage(QStringLiteral("hash-scan"), key, m_failed);
    m_store.addPage(QStringLiteral("hash-text"), key, m_text);
    QVERIFY2(m_store.flush(), qPrintable(m_store.errorString()));
}

int TestPageView::indexOf(const PageResult &result, const QString &text) const
{
    for (int i = 0; i < result.words.size(); ++i) {
        if (result.words.at(i).text == text)
            return i;
    }
    return -1;
}

void TestPageView::showAndWait(PagePanel &panel, const QString &path, int page)
{
    panel.setStore(&m_store);
    panel.setSettings(m_settings);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showPage(path, page);
    QTRY_VERIFY_WITH_TIMEOUT(panel.view()->hasImage(), 20000);
}

void TestPageView::showPageLoadsTextAndImage()
{
    PagePanel panel;
    QSignalSpy shown(&panel, &PagePanel::pageShown);
    QSignalSpy ready(&panel, &PagePanel::previewReady);
    showAndWait(panel, m_scanPath, 1);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), m_scanPath);
    QCOMPARE(shown.at(0).at(1).toInt(), 1);
    QCOMPARE(ready.count(), 1);

    QCOMPARE(panel.textView()->toPlainText(), m_scan.text);
    // An OCR page's preview has exactly the size its boxes were measured in.
    QCOMPARE(panel.view()->image().size(), m_scan.imageSize);
    QCOMPARE(panel.view()->result().words.size(), m_scan.words.size());
    QVERIFY(panel.view()->isFitToWidth());
    // Fit to width: the page spans the view but for its margins.
    const double pageWidth = m_scan.imageSize.width() * panel.view()->zoom();
    QVERIFY2(pageWidth > panel.view()->viewport()->width() - 40 && pageWidth <= panel.view()->viewport()->width(),
             qPrintable(QString::number(pageWidth)));

    const QString facts = panel.factsLabel()->text();
    QVERIFY2(facts.contains(QStringLiteral("OCR")), qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("150 dpi")), qPrintable(facts));
    QVERIFY2(facts.contains(QStringLiteral("mean confidence %1%").arg(m_scan.meanConfidence, 0, 'f', 1)),
             qPrintable(facts));
}

void TestPageView::boxesMapToWordsAndClickSelects()
{
    PagePanel panel;
    showAndWait(panel, m_scanPath, 1);
    PageView *view = panel.view();
    const int index = indexOf(m_scan, QStringLiteral("quick"));
    const Word &word = m_scan.words.at(index);
    QSignalSpy clicked(view, &PageView::wordClicked);

    for (const double zoom : {-1.0, 2.0, 0.35}) {
        if (zoom > 0)
            view->setZoom(zoom);
        view->setSelectedWord(index); // scrolls it into view
        QCoreApplication::processEvents(); // scroll bars come and go on a queued call
        // The box centre through the zoom and the image/box scale, from the page's origin.
        const double scale = double(view->image().width()) / m_scan.imageSize.width();
        const QPointF origin = view->mapToViewport(QPointF(0, 0));
        const QPointF centre = origin + QPointF(word.box.center()) * scale * view->zoom();
        const QPoint point = centre.toPoint();
        QVERIFY2(view->viewport()->rect().contains(point), qPrintable(QStringLiteral("zoom %1").arg(view->zoom())));
        QCOMPARE(view->wordAt(point), index);
        QCOMPARE(view->wordAt(origin.toPoint() + QPoint(2, 2)), -1); // the page corner is blank

        // The box lies over the ink of the word in the picture shown.
        view->setBoxesVisible(false);
        const QImage shot = view->viewport()->grab().toImage().scaled(view->viewport()->size());
        const QRect rect = view->wordRect(index).toAlignedRect();
        QVERIFY2(darkPixels(shot, rect) > rect.width() * rect.height() / 20,
                 qPrintable(QStringLiteral("zoom %1").arg(view->zoom())));
        // ...and the same rectangle on the blank top left corner of the paper holds none.
        QCOMPARE(darkPixels(shot, QRect(origin.toPoint() + QPoint(2, 2), rect.size())), 0);
        view->setBoxesVisible(true);

        view->setSelectedWord(-1);
        clicked.clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), index);
        QCOMPARE(view->selectedWord(), index);
        QCOMPARE(panel.textView()->textCursor().selectedText(), word.text);
        QCOMPARE(panel.textView()->textCursor().selectionStart(),
                 m_scan.text.indexOf(QStringLiteral("quick")));
    }

    // A click on blank paper selects nothing and emits nothing.
    clicked.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapToViewport(QPointF(3, 3)).toPoint());
    QCOMPARE(clicked.count(), 0);
    QCOMPARE(view->selectedWord(), -1);

    // A click in the text selects the word's box in the view.
    const int other = indexOf(m_scan, QStringLiteral("Invoice"));
    QVERIFY(other >= 0);
    QTextCursor cursor = panel.textView()->textCursor();
    cursor.setPosition(int(m_scan.text.indexOf(QStringLiteral("Invoice"))) + 2);
    panel.textView()->setTextCursor(cursor);
    QCOMPARE(view->selectedWord(), other);
}

void TestPageView::textLayerBoxesScaleToPreview()
{
    PagePanel panel;
    showAndWait(panel, m_textPath, 1);
    PageView *view = panel.view();
    QCOMPARE(panel.textView()->toPlainText(), m_text.text);
    // Text pages: boxes in points, preview at 144 dpi.
    QVERIFY(qAbs(view->image().width() - m_text.imageSize.width() * 2) <= 2);
    const double scale = double(view->image().width()) / m_text.imageSize.width();
    const int index = indexOf(m_text, QStringLiteral("annual"));
    view->setZoom(1.0);
    view->setSelectedWord(index);
    QCoreApplication::processEvents();
    const QRectF rect = view->wordRect(index);
    QCOMPARE(view->wordAt(rect.center().toPoint()), index);
    QVERIFY(qAbs(rect.width() - m_text.words.at(index).box.width() * scale) < 0.01);
    view->setBoxesVisible(false);
    const QImage shot = view->viewport()->grab().toImage().scaled(view->viewport()->size());
    QVERIFY(darkPixels(shot, rect.toAlignedRect()) > rect.width() * rect.height() / 20);
    QVERIFY(!panel.findChild<QAction *>(QStringLiteral("cleanedAction"))->isEnabled());
}

void TestPageView::zoomButtonsAndWheel()
{
    PagePanel panel;
    showAndWait(panel, m_scanPath, 1);
    PageView *view = panel.view();
    auto *zoomIn = panel.findChild<QAction *>(QStringLiteral("zoomInAction"));
    auto *zoomOut = panel.findChild<QAction *>(QStringLiteral("zoomOutAction"));
    auto *fit = panel.findChild<QAction *>(QStringLiteral("fitAction"));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("zoomLabel"));
    QVERIFY(zoomIn && zoomOut && fit && label);
    QSignalSpy changed(view, &PageView::zoomChanged);

    const double fitted = view->zoom();
    QCOMPARE(label->text(), QStringLiteral("%1%").arg(qRound(fitted * 100)));
    zoomIn->trigger();
    QCOMPARE(view->zoom(), fitted * PageView::ZoomStep);
    QVERIFY(!view->isFitToWidth());
    QCOMPARE(label->text(), QStringLiteral("%1%").arg(qRound(fitted * PageView::ZoomStep * 100)));
    zoomOut->trigger();
    zoomOut->trigger();
    QCOMPARE(view->zoom(), fitted / PageView::ZoomStep);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).toDouble(), view->zoom());

    view->setZoom(50);
    QCOMPARE(view->zoom(), PageView::MaxZoom);
    QVERIFY(!zoomIn->isEnabled());
    // At 800% the scroll range covers the whole enlarged page.
    QVERIFY(view->horizontalScrollBar()->maximum() > m_scan.imageSize.width() * 7);
    view->setZoom(0.001);
    QCOMPARE(view->zoom(), PageView::MinZoom);
    QVERIFY(!zoomOut->isEnabled());

    fit->trigger();
    QCOMPARE(view->zoom(), fitted);
    QVERIFY(view->isFitToWidth());
    // Fit follows the view's width.
    panel.resize(1500, 800);
    QTRY_VERIFY(view->zoom() > fitted);
    panel.resize(1200, 800);
    QTRY_VERIFY(qAbs(view->zoom() - fitted) < 0.01);
    fit->trigger();
    QCoreApplication::processEvents();
    const double refitted = view->zoom();

    // Ctrl+wheel zooms in around the cursor; a plain wheel scrolls instead.
    const QPointF at(view->viewport()->width() / 3.0, view->viewport()->height() / 3.0);
    const QPointF origin = view->mapToViewport(QPointF(0, 0));
    const QPointF underCursor = (at - origin) / view->zoom(); // page pixel under the cursor
    QWheelEvent ctrlWheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &ctrlWheel);
    QCOMPARE(view->zoom(), refitted * PageView::ZoomStep);
    const QPointF after = view->mapToViewport(underCursor); // stays under the cursor
    QVERIFY2(qAbs(after.x() - at.x()) <= 1 && qAbs(after.y() - at.y()) <= 1,
             qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
    const int scrolled = view->verticalScrollBar()->value();
    QWheelEvent plainWheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &plainWheel);
    QCOMPARE(view->zoom(), refitted * PageView::ZoomStep);
    QVERIFY(view->verticalScrollBar()->value() > scrolled);
}

void TestPageView::cleanedToggleSwitchesImage()
{
    PagePanel panel;
    showAndWait(panel, m_scanPath, 1);
    PageView *view = panel.view();
    auto *cleaned = panel.findChild<QAction *>(QStringLiteral("cleanedAction"));
    auto *rendered = panel.findChild<QAction *>(QStringLiteral("renderedAction"));
    QVERIFY(cleaned && rendered && cleaned->isEnabled());

    QVERIFY(!view->showsCleaned());
    const QImage before = view->image();
    QVERIFY(greyLevels(before).size() > 2); // anti-aliased rendering
    cleaned->trigger();
    QVERIFY(view->showsCleaned());
    QVERIFY(view->image() != before);
    QCOMPARE(greyLevels(view->image()), QSet<int>({0, 255})); // binarized for OCR
    rendered->trigger();
    QVERIFY(!view->showsCleaned());
    QCOMPARE(view->image(), before);

    // The boxes toggle hides the boxes but keeps the mapping.
    auto *boxes = panel.findChild<QAction *>(QStringLiteral("boxesAction"));
    QVERIFY(boxes && view->boxesVisible());
    boxes->trigger();
    QVERIFY(!view->boxesVisible());
}

void TestPageView::failedPageShowsError()
{
    PagePanel panel;
    panel.setStore(&m_store);
    panel.setSettings(m_settings);
    QSignalSpy shown(&panel, &PagePanel::pageShown);
    panel.showPage(m_scanPath, 2);
    QCOMPARE(shown.count(), 1);
    QVERIFY2(panel.factsLabel()->text().contains(m_failed.error), qPrintable(panel.factsLabel()->text()));
    QVERIFY(panel.view()->message().contains(m_failed.error));
    QVERIFY(!panel.view()->hasImage());
    QVERIFY(!panel.isRendering());
    QCOMPARE(panel.pendingRenders(), 0);
    QVERIFY(panel.textView()->toPlainText().isEmpty());

    // A page with no stored result says so instead of failing silently.
    panel.showPage(m_scanPath, 7);
    QVERIFY2(panel.factsLabel()->text().contains(QStringLiteral("no result yet")),
             qPrintable(panel.factsLabel()->text()));
}

void TestPageView::staleRenderIsDropped()
{
    PagePanel panel;
    panel.setStore(&m_store);
    panel.setSettings(m_settings);
    QSignalSpy ready(&panel, &PagePanel::previewReady);
    panel.showPage(m_scanPath, 1);
    QVERIFY(panel.isRendering());
    panel.showPage(m_scanPath, 2); // clicked elsewhere before the render came back
    QTRY_COMPARE_WITH_TIMEOUT(panel.pendingRenders(), 0, 20000);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!panel.view()->hasImage());
    QVERIFY(panel.view()->message().contains(m_failed.error));
    QCOMPARE(panel.page(), 2);
}

void TestPageView::quickClicksShowTheLastPage()
{
    PagePanel panel;
    panel.setStore(&m_store);
    panel.setSettings(m_settings);
    QSignalSpy ready(&panel, &PagePanel::previewReady);
    panel.showPage(m_scanPath, 1);
    panel.showPage(m_textPath, 1); // waits for the first render, then is skipped
    panel.showPage(m_scanPath, 1);
    QVERIFY(panel.isRendering());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRendering() && panel.pendingRenders() == 0, 20000);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toString(), m_scanPath);
    QCOMPARE(panel.view()->image().size(), m_scan.imageSize);
    QCOMPARE(panel.textView()->toPlainText(), m_scan.text);

    panel.showPage(m_textPath, 1);
    panel.clear(); // the render still runs, its result goes nowhere
    QTRY_COMPARE_WITH_TIMEOUT(panel.pendingRenders(), 0, 20000);
    QVERIFY(!panel.view()->hasImage());
    QCOMPARE(ready.count(), 1);
}

void TestPageView::thumbnailsFillInAndSelect()
{
    ThumbnailStrip strip;
    strip.resize(900, strip.sizeHint().height());
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QSignalSpy selected(&strip, &ThumbnailStrip::pageSelected);
    strip.addPage(m_scanPath, m_scan);
    strip.addPage(m_scanPath, m_failed);
    PageResult unopened;
    unopened.page = 0;
    unopened.status = PageStatus::Failed;
    unopened.error = QStringLiteral("broken.pdf is not a PDF");
    strip.addPage(m_dir.filePath(QStringLiteral("broken.pdf")), unopened);
    QCOMPARE(strip.count(), 3);

    QListWidget *list = strip.listWidget();
    QListWidgetItem *first = list->item(0);
    QListWidgetItem *second = list->item(1);
    QCOMPARE(first->text(), QStringLiteral("scan.pdf p1"));
    QCOMPARE(second->text(), QStringLiteral("scan.pdf p2"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("broken.pdf"));
    QCOMPARE(list->item(2)->data(ThumbnailStrip::ThumbnailStateRole).toInt(),
             int(ThumbnailStrip::ThumbnailState::Failed));
    QVERIFY(list->item(2)->toolTip().contains(unopened.error));

    // A placeholder first (no ink), the page's picture once rendered.
    const QSize iconSize(ThumbnailStrip::IconWidth, ThumbnailStrip::IconHeight);
    QCOMPARE(first->data(ThumbnailStrip::ThumbnailStateRole).toInt(), int(ThumbnailStrip::ThumbnailState::Pending));
    // Inside the page frame: the placeholder is light grey, the picture has ink.
    const QRect inside(QPoint(12, 12), iconSize - QSize(24, 24));
    const QImage placeholder = first->icon().pixmap(iconSize).toImage();
    QCOMPARE(darkPixels(placeholder, inside, 180), 0);
    QTRY_COMPARE_WITH_TIMEOUT(first->data(ThumbnailStrip::ThumbnailStateRole).toInt(),
                              int(ThumbnailStrip::ThumbnailState::Ready), 20000);
    const QImage picture = first->icon().pixmap(iconSize).toImage();
    QVERIFY2(darkPixels(picture, inside, 180) > 20, qPrintable(QString::number(darkPixels(picture, inside, 180))));

    // The failed page: its error as tooltip and a red badge.
    QVERIFY(second->toolTip().contains(m_failed.error));
    QTRY_VERIFY_WITH_TIMEOUT(second->data(ThumbnailStrip::ThumbnailStateRole).toInt()
                                 != int(ThumbnailStrip::ThumbnailState::Pending),
                             20000);
    const QImage badge = second->icon().pixmap(iconSize).toImage();
    int red = 0;
    for (int y = 0; y < badge.height(); ++y)
        for (int x = 0; x < badge.width(); ++x) {
            const QColor c = badge.pixelColor(x, y);
            red += c.alpha() == 255 && c.red() > 180 && c.green() < 80 && c.blue() < 80;
        }
    QVERIFY2(red > 50, qPrintable(QString::number(red)));

    list->setCurrentItem(first);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), m_scanPath);
    QCOMPARE(selected.at(0).at(1).toInt(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(second).center());
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(1).toInt(), 2);

    // Selecting from code (the panel moved on) does not echo back.
    QVERIFY(strip.selectPage(m_scanPath, 1));
    QCOMPARE(list->currentItem(), first);
    QCOMPARE(selected.count(), 2);

    strip.clear();
    QCOMPARE(strip.count(), 0);
    QCOMPARE(selected.count(), 2);
}

void TestPageView::fullerPageSelectsAClickedWord()
{
    // A fuller page: a letter scanned at 150 dpi, with a smudge and specks
    // that pull some words' confidence down.
    const QStringList lines = {
        QStringLiteral("Harbour Street Lending Library"),
        QStringLiteral("12 Harbour Street, Porthaven"),
        QString(),
        QStringLiteral("Dear Ms Okafor,"),
        QString(),
        QStringLiteral("Thank you for returning the atlas and the two volumes"),
        QStringLiteral("of local history borrowed in March. The binding of the"),
        QStringLiteral("second volume has come loose, and the repair will cost"),
        QStringLiteral("about 14 pounds. We would be glad if you could call at"),
        QStringLiteral("the front desk on any weekday between 9 and 5."),
        QString(),
        QStringLiteral("Your reader's card number is 40172 and it stays valid"),
        QStringLiteral("until the end of next year."),
        QString(),
        QStringLiteral("Yours sincerely,"),
        QStringLiteral("Margaret Pell, Librarian"),
    };
    QImage page = test::makeTextImage(lines, 150);
    {
        QPainter painter(&page);
        painter.fillRect(QRect(440, 490, 380, 60), QColor(255, 255, 255, 150)); // a faded patch
        quint32 seed = 7;
        for (int i = 0; i < 260; ++i) { // specks over a line
            seed = seed * 1664525u + 1013904223u;
            const int x = 150 + int(seed % 600);
            seed = seed * 1664525u + 1013904223u;
            const int y = 640 + int(seed % 40);
            painter.fillRect(QRect(x, y, 2, 2), Qt::black);
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("letter.png"));
    QVERIFY(page.save(path));
    PipelineSettings settings = m_settings;
    PageProcessor processor(settings);
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(path, 1);
    QVERIFY2(result.status == PageStatus::Done, qPrintable(result.error));
    DocumentRecord record;
    record.path = path;
    record.contentHash = QStringLiteral("hash-letter");
    record.settingsKey = settings.key();
    record.pageCount = 1;
    const qint64 id = m_store.upsertDocument(record);
    QVERIFY(id > 0);
    QVERIFY(m_store.setDocumentState(id, 1, DocumentStatus::Done, QString()));
    m_store.addPage(record.contentHash, record.settingsKey, result);
    QVERIFY(m_store.flush());

    PagePanel panel;
    showAndWait(panel, path, 1);
    QCOMPARE(panel.textView()->toPlainText(), result.text);
    QCOMPARE(panel.view()->image().size(), result.imageSize);
    int index = -1;
    for (int i = 0; i < result.words.size() && index < 0; ++i)
        index = result.words.at(i).text == QStringLiteral("atlas") ? i : -1;
    QVERIFY(index >= 0);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {},
                      panel.view()->wordRect(index).center().toPoint());
    QCOMPARE(panel.view()->selectedWord(), index);
}

void TestPageView::editTextSavesToStore()
{
    // Its own database, so the shared one stays as the other tests expect.
    Store store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("edit.sqlite"))), qPrintable(store.errorString()));
    DocumentRecord record;
    record.path = m_textPath;
    record.contentHash = QStringLiteral("hash-text");
    record.settingsKey = m_settings.key();
    record.pageCount = 1;
    const qint64 id = store.upsertDocument(record);
    QVERIFY2(id > 0, qPrintable(store.errorString()));
    QVERIFY(store.setDocumentState(id, 1, DocumentStatus::Done, QString()));
    store.addPage(QStringLiteral("hash-text"), m_settings.key(), m_text);
    QVERIFY2(store.flush(), qPrintable(store.errorString()));

    PagePanel panel;
    panel.setStore(&store);
    panel.setSettings(m_settings);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showPage(m_textPath, 1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.view()->hasImage(), 20000);
    QPlainTextEdit *text = panel.textView();
    QCOMPARE(text->toPlainText(), m_text.text);
    QVERIFY(panel.editButton()->isEnabled());
    QVERIFY(text->isReadOnly());
    QVERIFY(!panel.saveButton()->isVisible());

    // Cancel puts the stored text back.
    QTest::mouseClick(panel.editButton(), Qt::LeftButton);
    QVERIFY(panel.isEditing());
    QVERIFY(!text->isReadOnly());
    QVERIFY(panel.saveButton()->isVisible());
    QVERIFY(panel.cancelButton()->isVisible());
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" scribble"));
    QVERIFY(text->toPlainText().endsWith(QLatin1String(" scribble")));
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QVERIFY(!panel.isEditing());
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), m_text.text);
    QVERIFY(!panel.saveButton()->isVisible());

    // Type over "annual" and save: the word is corrected, the text stored.
    QTest::mouseClick(panel.editButton(), Qt::LeftButton);
    const int at = int(m_text.text.indexOf(QStringLiteral("annual")));
    QVERIFY(at >= 0);
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(at);
    cursor.setPosition(at + 6, QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    QTest::keyClicks(text, QStringLiteral("yearly"));
    QString expected = m_text.text;
    expected.replace(at, 6, QStringLiteral("yearly"));
    QCOMPARE(text->toPlainText(), expected);
    QSignalSpy saved(&panel, &PagePanel::pageTextSaved);
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!panel.isEditing());
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), expected); // reloaded from the store

    const std::optional<StoredPage> stored = store.loadPage(m_textPath, 1);
    QVERIFY(stored);
    QCOMPARE(stored->correctedText, expected);
    const int index = indexOf(m_text, QStringLiteral("annual"));
    QCOMPARE(stored->result.words.at(index).text, QStringLiteral("annual"));
    QCOMPARE(stored->result.words.at(index).corrected, QStringLiteral("yearly"));
    QCOMPARE(stored->result.words.at(index).box, m_text.words.at(index).box);
    QCOMPARE(store.search(QStringLiteral("yearly")).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.view()->hasImage(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.pendingRenders(), 0, 20000);
}

QTEST_MAIN(TestPageView)
#include "TestPageView.moc"
