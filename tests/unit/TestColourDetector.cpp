#include "imaging/ColourDetector.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using quire::ColourDetector;

namespace {

QImage page()
{
    QImage image(1700, 2200, QImage::Format_RGB32);
    image.fill(QColor(245, 245, 245));
    QPainter painter(&image);
    painter.fillRect(QRect(200, 300, 1300, 1500), QColor(30, 30, 30)); // black print, as blocks
    return image;
}

} // namespace

class TestColourDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void pages();
};

void TestColourDetector::pages_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<bool>("colour");

    QTest::newRow("gray print in RGB") << page() << false;

    // A colour JPEG of a gray page: chroma noise on scattered pixels.
    QImage noisy = page();
    QRandomGenerator random(3);
    for (int i = 0; i < 800; ++i)
        noisy.setPixel(int(random.bounded(noisy.width())), int(random.bounded(noisy.height())), qRgb(250, 215, 245));
    QTest::newRow("scattered chroma noise") << noisy << false;

    // A coloured heading: a fraction of a percent of the page, as on the corpus pages that read better in colour.
    QImage heading = page();
    QPainter(&heading).fillRect(QRect(200, 100, 500, 40), QColor(30, 60, 200));
    QTest::newRow("coloured heading") << heading << true;

    QImage tinted = page();
    QPainter(&tinted).fillRect(QRect(0, 1900, 1700, 300), QColor(230, 240, 200));
    QTest::newRow("tinted table cells") << tinted << true;

    QTest::newRow("gray format") << page().convertToFormat(QImage::Format_Grayscale8) << false;
    QTest::newRow("null") << QImage() << false;
}

void TestColourDetector::pages()
{
    QFETCH(QImage, image);
    QFETCH(bool, colour);
    QCOMPARE(ColourDetector::hasColour(image), colour);
}

QTEST_GUILESS_MAIN(TestColourDetector)
#include "TestColourDetector.moc"
