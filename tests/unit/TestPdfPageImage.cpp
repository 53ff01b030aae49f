#include "ocr/OcrEngine.h"
#include "pdf/DocumentReader.h"
#include "pdf/PdfImageDecoder.h"
#include "pdf/PdfPageInspector.h"

#include "TestDocuments.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using quire::DocumentReader;
using quire::PdfPageContent;
using quire::test::PdfImage;

Q_DECLARE_METATYPE(quire::test::PdfImage)

namespace {

using Kind = PdfPageContent::Kind;

QString corpusPath(const QString &relative)
{
    const QString dir = QStringLiteral(QUIRE_CORPUS_DIR);
    if (dir.isEmpty() || !QFile::exists(dir + u"/README.md"_s))
        return {};
    return dir + u'/' + relative;
}

// The picture every generated page holds: 3 x 2 inches at 100 DPI, text
// (so that a turn or a mirror shows) and, for colour spaces, two colour bars.
constexpr int kWidth = 300;
constexpr int kHeight = 200;

QImage picture(bool colour)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(28);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPoint(20, 60), u"Quire 42"_s);
    painter.fillRect(QRect(20, 90, 40, 80), Qt::black);
    if (colour) {
        painter.fillRect(QRect(120, 100, 60, 60), QColor(200, 30, 30));
        painter.fillRect(QRect(200, 100, 60, 60), QColor(30, 60, 200));
    } else {
        painter.fillRect(QRect(120, 100, 60, 60), QColor(90, 90, 90));
    }
    painter.end();
    return image;
}

QImage grayPicture()
{
    return picture(false).convertToFormat(QImage::Format_Grayscale8);
}

QByteArray rgbBytes(const QImage &rgb)
{
    QByteArray out;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            out += char(qRed(line[x])), out += char(qGreen(line[x])), out += char(qBlue(line[x]));
    }
    return out;
}

QByteArray grayBytes(const QImage &gray)
{
    QByteArray out;
    for (int y = 0; y < gray.height(); ++y)
        out += QByteArray(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    return out;
}

/// Mean absolute difference of two gray images of (nearly) the same size.
double meanDifference(const QImage &a, const QImage &b)
{
    const int w = std::min(a.width(), b.width());
    const int h = std::min(a.height(), b.height());
    double sum = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *ra = a.constScanLine(y);
        const uchar *rb = b.constScanLine(y);
        for (int x = 0; x < w; ++x)
            sum += std::abs(int(ra[x]) - int(rb[x]));
    }
    return sum / (double(w) * h);
}

const QByteArray kFullPage = "q 216 0 0 144 0 0 cm /Im0 Do Q";

} // namespace

class TestPdfPageImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generated_data();
    void generated();
    void corpus_data();
    void corpus();
    void colourKeptWhenAsked();
    void resolutionCappedNotRaised();
    void bothPathsGiveTheSameText();

private:
    QTemporaryDir m_dir;
};

void TestPdfPageImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPdfPageImage::generated_data()
{
    QTest::addColumn<PdfImage>("image");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QSizeF>("pageSize");
    QTest::addColumn<int>("rotate");
    QTest::addColumn<bool>("softMask");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("decodes");

    const QImage gray = grayPicture();
    const QImage colour = picture(true);
    const QSizeF page(216, 144);
    const int single = int(Kind::SingleImage);
    const int other = int(Kind::Other);

    PdfImage jpegGray{quire::test::encodeJpeg(gray), "/DCTDecode", "/DeviceGray", kWidth, kHeight, 8, {}};
    QTest::newRow("jpeg gray") << jpegGray << kFullPage << page << 0 << false << single << true;
    PdfImage jpegRgb{quire::test::encodeJpeg(colour), "/DCTDecode", "/DeviceRGB", kWidth, kHeight, 8, {}};
    QTest::newRow("jpeg rgb") << jpegRgb << kFullPage << page << 0 << false << single << true;
    PdfImage jpegCmyk{quire::test::encodeJpeg(colour, true), "/DCTDecode", "/DeviceCMYK", kWidth, kHeight, 8,
        "/Decode [1 0 1 0 1 0 1 0]"};
    QTest::newRow("jpeg cmyk, adobe inverted") << jpegCmyk << kFullPage << page << 0 << false << single << true;
    PdfImage flateGray{quire::test::encodeFlate(grayBytes(gray)), "/FlateDecode", "/DeviceGray", kWidth, kHeight, 8, {}};
    QTest::newRow("flate gray") << flateGray << kFullPage << page << 0 << false << single << true;
    PdfImage flateRgb{quire::test::encodeFlate(rgbBytes(colour)), "/FlateDecode", "/DeviceRGB", kWidth, kHeight, 8, {}};
    QTest::newRow("flate rgb") << flateRgb << kFullPage << page << 0 << false << single << true;
    PdfImage oneBit{quire::test::encodeFlate(quire::test::packBits(gray, true)), "/FlateDecode", "/DeviceGray",
        kWidth, kHeight, 1, "/Decode [1 0]"};
    QTest::newRow("flate 1-bit, decode [1 0]") << oneBit << kFullPage << page << 0 << false << single << true;
    PdfImage raw{grayBytes(gray), {}, "/DeviceGray", kWidth, kHeight, 8, {}};
    QTest::newRow("no filter") << raw << kFullPage << page << 0 << false << single << true;

    // Indexed: 4 bits per pixel into a palette of 16 colours (grays and a red).
    QByteArray palette;
    for (int i = 0; i < 16; ++i)
        palette += i == 5 ? QByteArray("C8 1E 1E ") : QByteArray::number(i * 17, 16).rightJustified(2, '0').repeated(3) + ' ';
    QByteArray indices;
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; x += 2) {
            const auto nibble = [&](int px) {
                const QRgb p = colour.pixel(px, y);
                return qRed(p) > 150 && qGreen(p) < 80 ? 5 : qGray(p) / 17;
            };
            indices += char((nibble(x) << 4) | nibble(x + 1));
        }
    }
    PdfImage indexed{quire::test::encodeFlate(indices), "/FlateDecode", "[/Indexed /DeviceRGB 15 <" + palette + ">]",
        kWidth, kHeight, 4, {}};
    QTest::newRow("indexed 4-bit") << indexed << kFullPage << page << 0 << false << single << true;

    PdfImage g4{quire::test::encodeG4(gray), "/CCITTFaxDecode", "/DeviceGray", kWidth, kHeight, 1,
        "/DecodeParms << /K -1 /Columns 300 /Rows 200 >>"};
    QTest::newRow("ccitt g4") << g4 << kFullPage << page << 0 << false << single << true;
    PdfImage g4Inverted = g4;
    g4Inverted.extra = "/DecodeParms << /K -1 /Columns 300 /BlackIs1 true >> /Decode [1 0]";
    QTest::newRow("ccitt g4, BlackIs1 and decode [1 0]") << g4Inverted << kFullPage << page << 0 << false << single << true;

    // A dark plate shown through a soft mask of the picture's ink.
    QImage ink = gray;
    ink.invertPixels();
    PdfImage plate{quire::test::encodeFlate(QByteArray(kWidth * kHeight, char(40))), "/FlateDecode", "/DeviceGray",
        kWidth, kHeight, 8, {}};
    QTest::newRow("soft mask") << plate << kFullPage << page << 0 << true << single << true;

    // Turned and mirrored placements, in the displayed page's grid.
    QTest::newRow("page /Rotate 90, image drawn turned")
        << jpegGray << QByteArray("q 0 216 -144 0 144 0 cm /Im0 Do Q") << QSizeF(144, 216) << 90 << false << single << true;
    QTest::newRow("page /Rotate 180") << jpegGray << kFullPage << page << 180 << false << single << true;
    QTest::newRow("page /Rotate 270") << jpegGray << kFullPage << page << 270 << false << single << true;
    QTest::newRow("mirrored placement")
        << jpegGray << QByteArray("q -216 0 0 144 216 0 cm /Im0 Do Q") << page << 0 << false << single << true;
    QTest::newRow("upside-down placement")
        << jpegGray << QByteArray("q 216 0 0 -144 0 144 cm /Im0 Do Q") << page << 0 << false << single << true;
    QTest::newRow("two cm, clip to the page")
        << jpegGray << QByteArray("q 0 0 216 144 re W n q 2 0 0 2 0 0 cm 108 0 0 72 0 0 cm /Im0 Do Q Q") << page << 0
        << false << single << true;

    // What must be rendered instead.
    QTest::newRow("scaled to half the page")
        << jpegGray << QByteArray("q 108 0 0 72 0 0 cm /Im0 Do Q") << page << 0 << false << other << false;
    QTest::newRow("cropped by the page")
        << jpegGray << QByteArray("q 432 0 0 288 -108 -72 cm /Im0 Do Q") << page << 0 << false << other << false;
    QTest::newRow("skewed")
        << jpegGray << QByteArray("q 215 5 -5 143 3 0 cm /Im0 Do Q") << page << 0 << false << other << false;
    QTest::newRow("clipped to a part")
        << jpegGray << QByteArray("q 0 0 100 100 re W n 216 0 0 144 0 0 cm /Im0 Do Q") << page << 0 << false << other << false;
    QTest::newRow("drawn twice")
        << jpegGray << QByteArray("q 216 0 0 144 0 0 cm /Im0 Do Q q 216 0 0 144 0 0 cm /Im0 Do Q") << page << 0 << false
        << other << false;
    QTest::newRow("with a rule")
        << jpegGray << QByteArray("q 216 0 0 144 0 0 cm /Im0 Do Q 0 0 m 100 100 l S") << page << 0 << false << other
        << false;
    QTest::newRow("with text")
        << jpegGray << QByteArray("q 216 0 0 144 0 0 cm /Im0 Do Q BT /F1 12 Tf 10 10 Td (Hi) Tj ET") << page << 0
        << false << other << false;
    QTest::newRow("with invisible text (an OCR layer)")
        << jpegGray << QByteArray("q 216 0 0 144 0 0 cm /Im0 Do Q BT 3 Tr /F1 12 Tf 10 10 Td (Hi) Tj ET") << page << 0
        << false << single << true;
    PdfImage anisotropic = jpegGray;
    QTest::newRow("x and y resolution differ")
        << anisotropic << QByteArray("q 216 0 0 288 0 0 cm /Im0 Do Q") << QSizeF(216, 288) << 0 << false << other << false;

    // Pages that paint nothing.
    QTest::newRow("empty content") << jpegGray << QByteArray() << page << 0 << false << int(Kind::Empty) << false;
    QTest::newRow("state and an unpainted path")
        << jpegGray << QByteArray("q 1 0 0 1 5 5 cm 0.5 g 0 0 m 100 100 l n Q") << page << 0 << false << int(Kind::Empty)
        << false;
}

void TestPdfPageImage::generated()
{
    QFETCH(PdfImage, image);
    QFETCH(QByteArray, content);
    QFETCH(QSizeF, pageSize);
    QFETCH(int, rotate);
    QFETCH(bool, softMask);
    QFETCH(int, kind);
    QFETCH(bool, decodes);

    QString name = QString::fromLatin1(QTest::currentDataTag());
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'_';
    }
    const QString path = m_dir.filePath(name + u".pdf"_s);
    QImage ink = grayPicture();
    ink.invertPixels();
    const PdfImage mask{quire::test::encodeFlate(grayBytes(ink)), "/FlateDecode", "/DeviceGray", kWidth, kHeight, 8, {}};
    QVERIFY(quire::test::writeImagePdf(path, image, content, pageSize, rotate, softMask ? &mask : nullptr));

    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const PdfPageContent found = reader.pageContent(0);
    QVERIFY2(int(found.kind) == kind, qPrintable(u"kind %1, expected %2: %3"_s.arg(int(found.kind)).arg(kind).arg(found.detail)));

    QString why;
    const quire::RenderedPage direct = reader.pageImage(0, 1200, false, false, 0, &why);
    QCOMPARE(!direct.image.isNull(), decodes);
    if (!decodes)
        return;
    QVERIFY(why.isEmpty());
    QCOMPARE(direct.dpi, 100);
    QCOMPARE(direct.image.format(), QImage::Format_Grayscale8);

    // What Poppler shows at the same resolution.
    QString error;
    const quire::RenderedPage rendered = reader.render(0, direct.dpi, 0, &error);
    QVERIFY2(!rendered.image.isNull(), qPrintable(error));
    QVERIFY2(std::abs(rendered.image.width() - direct.image.width()) <= 1
                 && std::abs(rendered.image.height() - direct.image.height()) <= 1,
        qPrintable(u"rendered %1x%2, decoded %3x%4"_s.arg(rendered.image.width())
                       .arg(rendered.image.height())
                       .arg(direct.image.width())
                       .arg(direct.image.height())));
    const double difference = meanDifference(direct.image, rendered.image);
    qInfo("%s: mean difference from Poppler's rendering %.2f", QTest::currentDataTag(), difference);
    QVERIFY2(difference < 6.0, qPrintable(QString::number(difference)));
}

void TestPdfPageImage::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("decodes");

    const int single = int(Kind::SingleImage);
    QTest::newRow("jbig2 (linn)") << u"robustness/ocrmypdf/linn.pdf"_s << 0 << single << true;
    QTest::newRow("jbig2 with globals") << u"robustness/ocrmypdf/jbig2.pdf"_s << 0 << single << true;
    QTest::newRow("jbig2 page turned") << u"robustness/ocrmypdf/cardinal.pdf"_s << 1 << single << true;
    QTest::newRow("ccitt g4") << u"robustness/ocrmypdf/ccitt.pdf"_s << 0 << single << true;
    QTest::newRow("ccitt g4 (kodak)") << u"robustness/ocrmypdf/kcs.pdf"_s << 0 << single << true;
    QTest::newRow("ccitt, epson") << u"robustness/ocrmypdf/epson.pdf"_s << 0 << single << true;
    QTest::newRow("colour jpeg") << u"robustness/pikepdf/congress.pdf"_s << 0 << single << true;
    QTest::newRow("icc jpeg") << u"robustness/ocrmypdf/c02-22.pdf"_s << 0 << single << true;
    QTest::newRow("gray jpeg") << u"robustness/ocrmypdf/francais.pdf"_s << 0 << single << true;
    QTest::newRow("indexed, not covering the page")
        << u"robustness/py-pdf-sample-files/cmyk-image.pdf"_s << 0 << int(Kind::Other) << false;
    QTest::newRow("2400 dpi flate") << u"robustness/ocrmypdf/2400dpi.pdf"_s << 0 << single << true;
    QTest::newRow("jpeg 2000: rendered") << u"robustness/ocrmypdf/lichtenstein.pdf"_s << 0 << single << false;
    QTest::newRow("35000 px square: rendered") << u"robustness/ocrmypdf/hugemono.pdf"_s << 0 << single << false;
    QTest::newRow("devicen: rendered") << u"robustness/ocrmypdf/jbig2_baddevicen.pdf"_s << 0 << single << false;
    QTest::newRow("skewed placement") << u"robustness/ocrmypdf/skew.pdf"_s << 0 << int(Kind::Other) << false;
    QTest::newRow("rotated and skewed") << u"robustness/ocrmypdf/rotated_skew.pdf"_s << 0 << int(Kind::Other) << false;
    QTest::newRow("anisotropic") << u"robustness/ocrmypdf/aspect.pdf"_s << 0 << int(Kind::Other) << false;
    QTest::newRow("scan with a text stamp") << u"robustness/scribe-test-assets/ashcroft-v-iqbal.pdf"_s << 0
                                            << int(Kind::Other) << false;
    QTest::newRow("blank page") << u"robustness/ocrmypdf/blank.pdf"_s << 0 << int(Kind::Empty) << false;
    QTest::newRow("no contents") << u"robustness/ocrmypdf/no_contents.pdf"_s << 0 << int(Kind::Empty) << false;
    QTest::newRow("trivial") << u"robustness/ocrmypdf/trivial.pdf"_s << 0 << int(Kind::Empty) << false;
}

void TestPdfPageImage::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, page);
    QFETCH(int, kind);
    QFETCH(bool, decodes);
    const QString path = corpusPath(file);
    if (path.isEmpty())
        QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty)");
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const PdfPageContent found = reader.pageContent(page);
    QVERIFY2(int(found.kind) == kind, qPrintable(u"kind %1: %2"_s.arg(int(found.kind)).arg(found.detail)));
    QString why;
    const quire::RenderedPage direct = reader.pageImage(page, 300, false, false, 50'000'000, &why);
    QVERIFY2(direct.image.isNull() != decodes, qPrintable(why));
    if (!decodes) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QString error;
    const quire::RenderedPage rendered = reader.render(page, direct.dpi, 50'000'000, &error);
    QVERIFY2(!rendered.image.isNull(), qPrintable(error));
    const double difference = meanDifference(direct.image, rendered.image);
    qInfo("%s: %dx%d at %d DPI, mean difference from Poppler's rendering %.2f", QTest::currentDataTag(),
        direct.image.width(), direct.image.height(), direct.dpi, difference);
    QVERIFY(std::abs(rendered.image.width() - direct.image.width()) <= 1);
    QVERIFY(std::abs(rendered.image.height() - direct.image.height()) <= 1);
    // Poppler smooths and resamples images its own way (and applies ICC
    // profiles): a few levels apart on average. A turned, mirrored, shifted
    // or inverted page is tens of levels apart.
    QVERIFY2(difference < 12.0, qPrintable(QString::number(difference)));
}

void TestPdfPageImage::colourKeptWhenAsked()
{
    const QString path = m_dir.filePath(u"colour.pdf"_s);
    const PdfImage jpeg{quire::test::encodeJpeg(picture(true)), "/DCTDecode", "/DeviceRGB", kWidth, kHeight, 8, {}};
    QVERIFY(quire::test::writeImagePdf(path, jpeg, kFullPage, QSizeF(216, 144)));
    DocumentReader reader;
    QVERIFY(reader.open(path));
    QString why;
    const quire::RenderedPage colour = reader.pageImage(0, 300, false, true, 0, &why);
    QCOMPARE(colour.image.format(), QImage::Format_RGB32);
    const QRgb red = colour.image.pixel(150, 130);
    QVERIFY2(qRed(red) > 150 && qGreen(red) < 90 && qBlue(red) < 90, qPrintable(QString::number(red, 16)));
    const quire::RenderedPage gray = reader.pageImage(0, 300, false, false, 0, &why);
    QCOMPARE(gray.image.format(), QImage::Format_Grayscale8);
    // Rendering keeps colour too when asked, and gives gray for a gray page.
    QString error;
    QCOMPARE(reader.render(0, 100, 0, &error, true).image.format(), QImage::Format_RGB32);
    const QString grayPath = m_dir.filePath(u"gray.pdf"_s);
    const PdfImage grayJpeg{quire::test::encodeJpeg(grayPicture()), "/DCTDecode", "/DeviceGray", kWidth, kHeight, 8, {}};
    QVERIFY(quire::test::writeImagePdf(grayPath, grayJpeg, kFullPage, QSizeF(216, 144)));
    DocumentReader grayReader;
    QVERIFY(grayReader.open(grayPath));
    QCOMPARE(grayReader.pageImage(0, 300, false, true, 0, &why).image.format(), QImage::Format_Grayscale8);
    QCOMPARE(grayReader.render(0, 100, 0, &error, true).image.format(), QImage::Format_Grayscale8);
}

void TestPdfPageImage::resolutionCappedNotRaised()
{
    // A 600-DPI scan is read at the cap; a 100-DPI one stays at 100 unless upsampling is asked for.
    const QImage big = quire::test::makeTextImage({u"Resolution"_s}, 600, 0, QSize(1200, 600));
    const QString path = m_dir.filePath(u"600.pdf"_s);
    QVERIFY(quire::test::writeImagePdf(path,
        PdfImage{quire::test::encodeJpeg(big), "/DCTDecode", "/DeviceGray", 1200, 600, 8, {}},
        "q 144 0 0 72 0 0 cm /Im0 Do Q", QSizeF(144, 72)));
    DocumentReader reader;
    QVERIFY(reader.open(path));
    QString why;
    QCOMPARE(reader.pageContent(0).dpi, 600.0);
    quire::RenderedPage page = reader.pageImage(0, 300, false, false, 0, &why);
    QCOMPARE(page.dpi, 300);
    QCOMPARE(page.image.size(), QSize(600, 300));
    page = reader.pageImage(0, 250, false, false, 0, &why);
    QCOMPARE(page.dpi, 250);
    QCOMPARE(page.image.size(), QSize(500, 250));
    // The pixel cap lowers it further.
    page = reader.pageImage(0, 600, false, false, 20'000, &why);
    QVERIFY(page.downscaled);
    QVERIFY(qint64(page.image.width()) * page.image.height() <= 20'000);

    const QString lowPath = m_dir.filePath(u"100.pdf"_s);
    QVERIFY(quire::test::writeImagePdf(lowPath,
        PdfImage{quire::test::encodeJpeg(grayPicture()), "/DCTDecode", "/DeviceGray", kWidth, kHeight, 8, {}},
        kFullPage, QSizeF(216, 144)));
    DocumentReader low;
    QVERIFY(low.open(lowPath));
    page = low.pageImage(0, 300, false, false, 0, &why);
    QCOMPARE(page.dpi, 100);
    QCOMPARE(page.image.size(), QSize(kWidth, kHeight));
    page = low.pageImage(0, 300, true, false, 0, &why);
    QCOMPARE(page.dpi, 300);
    QCOMPARE(page.image.size(), QSize(900, 600));
}

void TestPdfPageImage::bothPathsGiveTheSameText()
{
    // A 300-DPI JPEG scan: Tesseract reads the same words from the decoded
    // image as from Poppler's rendering of it.
    const QStringList lines = {u"The direct path decodes the scan itself."_s,
        u"Rendering the same page gives the same words: 1234 5678."_s,
        u"Quire reads pages faster when it skips rasterizing."_s};
    const QImage scan = quire::test::makeTextImage(lines, 300);
    const QString path = m_dir.filePath(u"scan.pdf"_s);
    QVERIFY(quire::test::writeImagePdf(path,
        PdfImage{quire::test::encodeJpeg(scan, false, 85), "/DCTDecode", "/DeviceGray", scan.width(), scan.height(), 8, {}},
        "q 612 0 0 792 0 0 cm /Im0 Do Q"));
    DocumentReader reader;
    QVERIFY(reader.open(path));
    QString why;
    const quire::RenderedPage direct = reader.pageImage(0, 300, false, false, 0, &why);
    QVERIFY2(!direct.image.isNull(), qPrintable(why));
    QString error;
    const quire::RenderedPage rendered = reader.render(0, 300, 0, &error);
    QVERIFY2(!rendered.image.isNull(), qPrintable(error));
    QCOMPARE(direct.image.size(), rendered.image.size());

    quire::OcrEngine ocr;
    QVERIFY2(ocr.init(u"eng"_s), qPrintable(ocr.errorString()));
    const quire::OcrOutput fromDirect = ocr.recognize(direct.image, direct.dpi);
    const quire::OcrOutput fromRender = ocr.recognize(rendered.image, rendered.dpi);
    QVERIFY(fromDirect.ok && fromRender.ok);
    const QString directText = quire::test::simplified(quire::joinWords(fromDirect.words));
    QCOMPARE(directText, quire::test::simplified(quire::joinWords(fromRender.words)));
    QCOMPARE(directText, lines.join(u' '));
}

QTEST_MAIN(TestPdfPageImage) // painting text needs the font database of QGuiApplication
#include "TestPdfPageImage.moc"
