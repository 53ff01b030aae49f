#include "export/GlyphlessFont.h"
#include "export/PdfOutputNames.h"
#include "export/PdfTextLayer.h"
#include "imaging/Preprocessor.h"
#include "store/Store.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

Word word(const QString &text, QRect box, int line = 0, const QString &corrected = {})
{
    Word w;
    w.text = text;
    w.box = box;
    w.line = line;
    w.corrected = corrected;
    w.confidence = 90;
    return w;
}

StoredPage ocrPage(const WordList &words, const QString &correctedText = {})
{
    StoredPage page;
    page.documentPath = QStringLiteral("/scans/a.pdf");
    page.result.page = 1;
    page.result.kind = PageKind::Ocr;
    page.result.status = PageStatus::Done;
    page.result.words = words;
    page.result.text = joinWords(words);
    page.result.imageSize = QSize(1000, 800);
    page.result.dpi = 300;
    page.correctedText = correctedText.isNull() ? page.result.text : correctedText;
    return page;
}

QStringList texts(const QList<PlacedWord> &words)
{
    QStringList out;
    for (const PlacedWord &w : words)
        out << w.text;
    return out;
}

/// Centre of the dark pixels of @p image.
QPointF inkCentre(const QImage &image)
{
    double x = 0;
    double y = 0;
    double n = 0;
    for (int row = 0; row < image.height(); ++row) {
        const uchar *line = image.constScanLine(row);
        for (int column = 0; column < image.width(); ++column) {
            const double ink = 255.0 - line[column];
            x += ink * (column + 0.5);
            y += ink * (row + 0.5);
            n += ink;
        }
    }
    return n > 0 ? QPointF(x / n, y / n) : QPointF(-1, -1);
}

} // namespace

class TestPdfTextLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameMapsThePageAsShown_data();
    void frameMapsThePageAsShown();
    void imageToDisplayedUndoesThePipeline_data();
    void imageToDisplayedUndoesThePipeline();
    void wordsCarryCorrections();
    void wordsFollowAFreeEdit();
    void onlyFinishedOcrPagesGetWords();
    void skewedWordsStayLevelAtTheirPlace();
    void sidewaysLinesRunDownOrUp();
    void contentStreamDrawsInvisibleStretchedWords();
    void fontEncodesEveryScript();
    void fontFileIsFound();
    void outputNamesMirrorFoldersAndAvoidClashes();
    void outputNamesRecogniseInputs();
};

void TestPdfTextLayer::frameMapsThePageAsShown_data()
{
    QTest::addColumn<int>("rotate");
    QTest::addColumn<QPointF>("topLeft");     // where the shown page's top-left corner is in user space
    QTest::addColumn<QPointF>("bottomRight");
    // A box from (100, 200) to (400, 600): 300 wide, 400 high.
    QTest::newRow("0") << 0 << QPointF(100, 600) << QPointF(400, 200);
    QTest::newRow("90") << 90 << QPointF(100, 200) << QPointF(400, 600);
    QTest::newRow("180") << 180 << QPointF(400, 200) << QPointF(100, 600);
    QTest::newRow("270") << 270 << QPointF(400, 600) << QPointF(100, 200);
}

void TestPdfTextLayer::frameMapsThePageAsShown()
{
    QFETCH(int, rotate);
    QFETCH(QPointF, topLeft);
    QFETCH(QPointF, bottomRight);
    PdfPageFrame frame{QRectF(100, 200, 300, 400), rotate};
    const QSizeF shown = frame.displayedSize();
    QCOMPARE(shown, rotate % 180 ? QSizeF(400, 300) : QSizeF(300, 400));
    const QTransform m = frame.displayedToUser();
    QCOMPARE(m.map(QPointF(0, 0)), topLeft);
    QCOMPARE(m.map(QPointF(shown.width(), shown.height())), bottomRight);
}

void TestPdfTextLayer::imageToDisplayedUndoesThePipeline_data()
{
    QTest::addColumn<int>("quarter");
    QTest::addColumn<double>("skew");
    for (int quarter : {0, 90, 180, 270}) {
        for (double skew : {0.0, 4.5, -3.0}) {
            QTest::addRow("%d-%.1f", quarter, skew) << quarter << skew;
        }
    }
}

// A dot on the page as shown goes through the real pipeline steps (quarter
// turn, deskew) and comes back to where it was.
void TestPdfTextLayer::imageToDisplayedUndoesThePipeline()
{
    QFETCH(int, quarter);
    QFETCH(double, skew);
    QImage shown(400, 300, QImage::Format_Grayscale8);
    shown.fill(Qt::white);
    {
        QPainter painter(&shown);
        painter.fillRect(QRect(50, 60, 8, 8), Qt::black);
    }
    const QImage turned = Preprocessor::rotateQuarter(shown, quarter);
    const QImage cleaned = skew == 0.0 ? turned : Preprocessor::rotate(turned, -skew);
    QVERIFY(!cleaned.isNull());
    PageResult page;
    page.imageSize = cleaned.size();
    page.rotation = quarter;
    page.skewDegrees = skew;
    // The page as shown is 200 x 150 points: half a point a pixel.
    const QTransform map = PdfTextLayer::imageToDisplayed(page, QSizeF(200, 150));
    const QPointF back = map.map(inkCentre(cleaned));
    QVERIFY2(std::abs(back.x() - 27.0) < 0.5 && std::abs(back.y() - 32.0) < 0.5,
             qPrintable(QStringLiteral("(%1, %2)").arg(back.x()).arg(back.y())));
}

void TestPdfTextLayer::wordsCarryCorrections()
{
    StoredPage page = ocrPage({word(QStringLiteral("Helo"), QRect(10, 10, 40, 20), 0, QStringLiteral("Hello")),
                               word(QStringLiteral("world"), QRect(60, 10, 50, 20))},
                              QStringLiteral("Hello world"));
    const QList<PlacedWord> placed = PdfTextLayer::wordsToDraw(page);
    QCOMPARE(texts(placed), QStringList({QStringLiteral("Hello"), QStringLiteral("world")}));
    QCOMPARE(placed.at(0).box, QRectF(10, 10, 40, 20));
}

void TestPdfTextLayer::wordsFollowAFreeEdit()
{
    const WordList words = {word(QStringLiteral("A"), QRect(0, 0, 10, 10)), word(QStringLiteral("B"), QRect(20, 0, 10, 10)),
                            word(QStringLiteral("C"), QRect(40, 0, 10, 10)), word(QStringLiteral("D"), QRect(60, 0, 10, 10))};
    // B rewritten as X (a one-for-one change), E added at the end.
    QCOMPARE(texts(PdfTextLayer::wordsToDraw(ocrPage(words, QStringLiteral("A X C\nD E")))),
             QStringList({QStringLiteral("A"), QStringLiteral("X"), QStringLiteral("C"), QStringLiteral("D E")}));
    // B deleted: it is not drawn; the others keep their boxes.
    const QList<PlacedWord> deleted = PdfTextLayer::wordsToDraw(ocrPage(words, QStringLiteral("A C D")));
    QCOMPARE(texts(deleted), QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    QCOMPARE(deleted.at(1).box, QRectF(40, 0, 10, 10));
    // Two words inserted at the start go with the first word.
    QCOMPARE(texts(PdfTextLayer::wordsToDraw(ocrPage(words, QStringLiteral("new start A B C D")))),
             QStringList({QStringLiteral("new start A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
}

void TestPdfTextLayer::onlyFinishedOcrPagesGetWords()
{
    StoredPage page = ocrPage({word(QStringLiteral("text"), QRect(0, 0, 10, 10))});
    QCOMPARE(PdfTextLayer::wordsToDraw(page).size(), 1);
    page.result.kind = PageKind::Text;
    QVERIFY(PdfTextLayer::wordsToDraw(page).isEmpty());
    page.result.kind = PageKind::Ocr;
    page.result.status = PageStatus::Failed;
    QVERIFY(PdfTextLayer::wordsToDraw(page).isEmpty());
}

void TestPdfTextLayer::skewedWordsStayLevelAtTheirPlace()
{
    StoredPage page = ocrPage({word(QStringLiteral("far"), QRect(800, 100, 100, 30))});
    page.result.skewDegrees = 5.0;
    const QList<PlacedWord> placed = PdfTextLayer::wordsToDraw(page);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(placed.at(0).box.size(), QSizeF(100, 30));
    // The deskew turned the page by -5 degrees about (500, 400); the word's
    // centre goes back by +5 (counter-clockwise on screen: up on the right).
    const double a = 5.0 * M_PI / 180.0;
    const QPointF c(850 - 500, 115 - 400);
    const QPointF expected(500 + std::cos(a) * c.x() + std::sin(a) * c.y(), 400 - std::sin(a) * c.x() + std::cos(a) * c.y());
    QVERIFY(std::abs(placed.at(0).box.center().x() - expected.x()) < 1e-6);
    QVERIFY(std::abs(placed.at(0).box.center().y() - expected.y()) < 1e-6);
    QVERIFY(placed.at(0).box.center().y() < 115); // right of the centre, so higher up
}

void TestPdfTextLayer::sidewaysLinesRunDownOrUp()
{
    // Two lines running down (tall boxes one below the other), one single
    // tall word, on a page of mostly sideways text.
    const WordList down = {word(QStringLiteral("top"), QRect(500, 100, 30, 80), 0),
                           word(QStringLiteral("bottom"), QRect(500, 200, 30, 150), 0),
                           word(QStringLiteral("again"), QRect(450, 100, 30, 120), 1),
                           word(QStringLiteral("more"), QRect(450, 240, 30, 100), 1),
                           word(QStringLiteral("alone"), QRect(400, 100, 30, 120), 2)};
    for (const PlacedWord &w : PdfTextLayer::wordsToDraw(ocrPage(down)))
        QCOMPARE(w.direction, PlacedWord::Direction::Down);
    const WordList up = {word(QStringLiteral("first"), QRect(500, 300, 30, 100), 0),
                         word(QStringLiteral("second"), QRect(500, 100, 30, 150), 0)};
    for (const PlacedWord &w : PdfTextLayer::wordsToDraw(ocrPage(up)))
        QCOMPARE(w.direction, PlacedWord::Direction::Up);
    // An ordinary page: a tall one-word line ("|||") stays across.
    const WordList across = {word(QStringLiteral("left"), QRect(100, 100, 80, 30), 0),
                             word(QStringLiteral("right"), QRect(200, 102, 90, 30), 0),
                             word(QStringLiteral("lll"), QRect(100, 200, 20, 40), 1)};
    for (const PlacedWord &w : PdfTextLayer::wordsToDraw(ocrPage(across)))
        QCOMPARE(w.direction, PlacedWord::Direction::Across);
}

void TestPdfTextLayer::contentStreamDrawsInvisibleStretchedWords()
{
    GlyphlessFont font;
    // One word, 4 characters in a 100 x 20 pixel box: size 20, natural width
    // 4 * 20 * 0.5 = 40, so stretched to 250 %; the baseline 20 % of the
    // height above the box's bottom (y up: 800 - 60 + 4 = 744).
    const QList<PlacedWord> words = {{QStringLiteral("Test"), QRectF(10, 40, 100, 20)}};
    const QByteArray stream = PdfTextLayer::contentStream(words, QSize(1000, 800), QTransform(), "/F1", font);
    QVERIFY(stream.contains("3 Tr"));
    QVERIFY(stream.contains("/F1 20 Tf"));
    QVERIFY(stream.contains("250 Tz"));
    QVERIFY(stream.contains("10 744 Td"));
    QVERIFY(stream.contains("<00540065007300740020> Tj"));
    QCOMPARE(stream.count("q\n"), 1);
    QVERIFY(stream.endsWith("ET\nQ\n"));
    // The flip to y up comes first, then the page's transform.
    QVERIFY(stream.contains("1 0 0 -1 0 800 cm"));
    QVERIFY(PdfTextLayer::contentStream({}, QSize(1000, 800), QTransform(), "/F1", font).isEmpty());
}

void TestPdfTextLayer::fontEncodesEveryScript()
{
    GlyphlessFont font;
    QCOMPARE(font.encode(QStringLiteral("Aé中")), QByteArray("004100E94E2D"));
    const QString rare = QString::fromUcs4(U"\U00020000\U0001F600\U00020000");
    QCOMPARE(GlyphlessFont::codeCount(rare), 3);
    QCOMPARE(font.encode(rare), QByteArray("D800D801D800"));
    const QByteArray cmap = font.toUnicodeCMap();
    QVERIFY(cmap.contains("<D800> <D840DC00>"));
    QVERIFY(cmap.contains("<D801> <D83DDE00>"));
    QVERIFY(cmap.contains("<4E00> <4EFF> <4E00>"));
    QVERIFY(!cmap.contains("<D800> <D8FF>")); // the surrogates map only as handed out
    QCOMPARE(font.encode(QString(QChar(0xD800))), QByteArray("FFFD"));
    const QByteArray map = GlyphlessFont::cidToGidMap();
    QCOMPARE(map.size(), 131072);
    QCOMPARE(map.mid(0, 4), QByteArray("\x00\x01\x00\x01", 4));
}

void TestPdfTextLayer::fontFileIsFound()
{
    GlyphlessFont font;
    QString error;
    if (!font.load({}, &error))
        QSKIP(qPrintable(error)); // the message is the point where it is missing
    QVERIFY(font.program().startsWith(QByteArray("\x00\x01\x00\x00", 4)));
    // A copy named by QUIRE_GLYPHLESS_FONT comes first.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("glyphless.ttf"));
    QVERIFY(QFile::copy(font.path(), copy));
    qputenv("QUIRE_GLYPHLESS_FONT", QFile::encodeName(copy));
    QCOMPARE(GlyphlessFont::candidates().constFirst(), copy);
    GlyphlessFont other;
    QVERIFY(other.load({}, &error));
    QCOMPARE(other.path(), copy);
    qunsetenv("QUIRE_GLYPHLESS_FONT");
}

void TestPdfTextLayer::outputNamesMirrorFoldersAndAvoidClashes()
{
    const PdfOutputNames names(QStringLiteral("/out"),
                               {QStringLiteral("/s/a/x.pdf"), QStringLiteral("/s/b/x.pdf"), QStringLiteral("/s/a/x.png"),
                                QStringLiteral("/s/a/x.tif"), QStringLiteral("/s/a/y.PNG"), QStringLiteral("/s/a/z.jpg"),
                                QStringLiteral("/s/a/Z.pdf"), QStringLiteral("/s/a/deep/w.tiff")});
    QCOMPARE(PdfOutputNames::commonParent({QStringLiteral("/s/a/x.pdf"), QStringLiteral("/s/b/x.pdf")}), QStringLiteral("/s"));
    QCOMPARE(PdfOutputNames::commonParent({QStringLiteral("/s/a/x.pdf")}), QStringLiteral("/s/a"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/x.pdf")), QStringLiteral("/out/a/x.pdf"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/b/x.pdf")), QStringLiteral("/out/b/x.pdf"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/x.png")), QStringLiteral("/out/a/x.png.pdf"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/x.tif")), QStringLiteral("/out/a/x.tif.pdf"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/y.PNG")), QStringLiteral("/out/a/y.pdf"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/z.jpg")), QStringLiteral("/out/a/z.jpg.pdf")); // Z.pdf has z.pdf
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/Z.pdf")), QStringLiteral("/out/a/Z.pdf"));
    QCOMPARE(names.outputFor(QStringLiteral("/s/a/deep/w.tiff")), QStringLiteral("/out/a/deep/w.pdf"));
    QVERIFY(names.outputFor(QStringLiteral("/elsewhere/q.pdf")).isEmpty());
}

void TestPdfTextLayer::outputNamesRecogniseInputs()
{
    // Written into the inputs' own folder, a PDF would land on itself.
    const PdfOutputNames names(QStringLiteral("/s"), {QStringLiteral("/s/x.pdf"), QStringLiteral("/s/y.png")});
    QCOMPARE(names.outputFor(QStringLiteral("/s/x.pdf")), QStringLiteral("/s/x.pdf"));
    QVERIFY(names.isInput(names.outputFor(QStringLiteral("/s/x.pdf"))));
    QCOMPARE(names.outputFor(QStringLiteral("/s/y.png")), QStringLiteral("/s/y.pdf"));
    QVERIFY(!names.isInput(QStringLiteral("/s/y.pdf")));
}

QTEST_GUILESS_MAIN(TestPdfTextLayer)
#include "TestPdfTextLayer.moc"
