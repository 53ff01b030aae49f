#include "imaging/BlankPageDetector.h"

#include "TestDocuments.h"

#include <QBuffer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using quire::BlankPageDetector;

namespace {

constexpr int kDpi = 300;
const QSize kLetter(2550, 3300);

QImage paper(int level = 255)
{
    QImage page(kLetter, QImage::Format_Grayscale8);
    page.fill(QColor(level, level, level));
    return page;
}

/// What a scanner adds to a sheet: Gaussian noise, single black and white
/// specks, and JPEG compression.
QImage scanned(QImage page, double sigma, double speckShare)
{
    QRandomGenerator random(42);
    for (int y = 0; y < page.height(); ++y) {
        uchar *row = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x) {
            // Box-Muller, one value per pixel.
            const double u1 = std::max(1e-9, random.generateDouble());
            const double u2 = random.generateDouble();
            const double noise = sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
            int v = int(row[x] + noise);
            if (random.generateDouble() < speckShare)
                v = random.generateDouble() < 0.5 ? 0 : 255;
            row[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "JPG", 60);
    QImage decoded;
    decoded.loadFromData(jpeg, "JPG");
    return decoded.convertToFormat(QImage::Format_Grayscale8);
}

void write(QImage &page, const QString &text, int pointSize, QPoint at, QColor colour = Qt::black)
{
    QPainter painter(&page);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(qRound(pointSize * kDpi / 72.0));
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(at, text);
}

} // namespace

class TestBlankPageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void pages();
    void otherResolutionsAndFormats();
};

void TestBlankPageDetector::pages_data()
{
    QTest::addColumn<QImage>("page");
    QTest::addColumn<bool>("blank");

    QTest::newRow("white") << paper() << true;
    QTest::newRow("scanner noise and specks") << scanned(paper(), 12, 0.005) << true;
    QTest::newRow("gray paper with noise") << scanned(paper(200), 8, 0.002) << true;

    QImage showThrough = paper();
    QPainter(&showThrough).setOpacity(1);
    write(showThrough, u"Text printed on the back of the sheet"_s, 12, QPoint(300, 800), QColor(225, 225, 225));
    write(showThrough, u"shows through faintly on this side."_s, 12, QPoint(300, 900), QColor(225, 225, 225));
    QTest::newRow("show-through") << scanned(showThrough, 6, 0.001) << true;

    QImage edges = paper();
    {
        QPainter painter(&edges);
        painter.fillRect(QRect(0, 0, 60, kLetter.height()), Qt::black); // the scanner's edge
        painter.setBrush(Qt::black);
        painter.drawEllipse(QPoint(40, 600), 40, 40); // a punch hole at the margin
        painter.drawEllipse(QPoint(1300, 1700), 3, 3); // dust specks of half a millimetre
        painter.drawEllipse(QPoint(700, 2500), 3, 3);
    }
    QTest::newRow("dark edge, punch hole, dust") << scanned(edges, 6, 0.001) << true;

    QImage pageNumber = paper();
    write(pageNumber, u"3"_s, 8, QPoint(1275, 3100));
    QTest::newRow("only a page number") << scanned(pageNumber, 6, 0.001) << false;

    QImage line = paper();
    write(line, u"One line of text, and nothing else on the page."_s, 10, QPoint(300, 1600));
    QTest::newRow("one line") << scanned(line, 6, 0.001) << false;

    QImage inverted = paper(0);
    write(inverted, u"WHITE ON BLACK"_s, 24, QPoint(300, 1600), Qt::white);
    QTest::newRow("white text on black") << inverted << false;

    const QImage text = quire::test::makeTextImage({u"A page of text."_s, u"With two lines."_s}, kDpi);
    QTest::newRow("text page") << text << false;
}

void TestBlankPageDetector::pages()
{
    QFETCH(QImage, page);
    QFETCH(bool, blank);
    QCOMPARE(BlankPageDetector::isBlank(page, kDpi), blank);
}

void TestBlankPageDetector::otherResolutionsAndFormats()
{
    // Colour pages: a red word is ink, a colour-cast paper is not.
    QImage colour(1275, 1650, QImage::Format_RGB32);
    colour.fill(QColor(250, 240, 220));
    QVERIFY(BlankPageDetector::isBlank(colour, 150));
    {
        QPainter painter(&colour);
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(40);
        painter.setFont(font);
        painter.setPen(QColor(200, 20, 20));
        painter.drawText(QPoint(200, 800), u"Red heading"_s);
    }
    QVERIFY(!BlankPageDetector::isBlank(colour, 150));
    // Unknown resolution is taken as 300; tiny and unsupported images are never blank by mistake.
    QVERIFY(BlankPageDetector::isBlank(paper(), 0));
    QVERIFY(!BlankPageDetector::isBlank(QImage(), 300));
    QImage mono(100, 100, QImage::Format_Mono);
    mono.fill(1);
    QVERIFY(!BlankPageDetector::isBlank(mono, 300));
    QImage tiny(3, 3, QImage::Format_Grayscale8);
    tiny.fill(Qt::white);
    QVERIFY(BlankPageDetector::isBlank(tiny, 300));
}

QTEST_MAIN(TestBlankPageDetector) // painting text needs the font database of QGuiApplication
#include "TestBlankPageDetector.moc"
