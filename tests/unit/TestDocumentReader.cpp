#include "pdf/DocumentReader.h"
#include "pdf/DetectDocumentType.h"

#include "TestDocuments.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using quire::DocumentReader;
using quire::DocumentType;

namespace {

QString corpusPath(const QString &relative)
{
    const QString dir = QStringLiteral(QUIRE_CORPUS_DIR);
    if (dir.isEmpty() || !QFile::exists(dir + u"/README.md"_s))
        return {};
    return dir + u'/' + relative;
}

/// Pixels darker than @p threshold.
qint64 darkPixels(const QImage &gray, int threshold = 128)
{
    qint64 count = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            count += row[x] < threshold ? 1 : 0;
    }
    return count;
}

const QStringList kPage1 = {
    u"The quick brown fox jumps over the lazy dog."_s,
    u"Quire reads text layers: 12345 and 67890."_s,
    u"A third line, with punctuation; and more."_s,
};
const QStringList kPage2 = {
    u"Second page of the document."_s,
    u"It has two lines."_s,
};

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectType_data();
    void detectType();
    void detectTypeMissingFile();
    void textPdf();
    void scannedPdf();
    void multiPageTiff();
    void pngWithAlpha_data();
    void pngWithAlpha();
    void pngWithoutResolution();
    void implausibleResolutionOffersAnother();
    void corpusTransparentPng();
    void maxPixelsLowersDpi();
    void maxPixelsOnImage();
    void tooLargeRefused();
    void tooManyPagesRefused();
    void hugePageBoxIsBounded();
    void imageTooLargeToDecodeRefused();
    void colourScanAboveQtDefaultLimitDecodes();
    void errors_data();
    void errors();
    void truncatedPdf();
    void pageOutOfRange();
    void zeroSizePages();
    void rotatedPages();
    void corpusTextLayers_data();
    void corpusTextLayers();
    void generatedLayouts_data();
    void generatedLayouts();

private:
    QTemporaryDir m_dir;
    QString m_textPdf;
    QString m_scannedPdf;
};

void TestDocumentReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_textPdf = m_dir.filePath(u"text.pdf"_s);
    m_scannedPdf = m_dir.filePath(u"scanned.pdf"_s);
    QVERIFY(quire::test::writeTextPdf(m_textPdf, {kPage1, kPage2}));
    QVERIFY(quire::test::writeScannedPdf(m_scannedPdf, {kPage1}, 150));
}

void TestDocumentReader::detectType_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DocumentType>("expected");

    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") << DocumentType::Pdf;
    QTest::newRow("pdf after junk") << QByteArray(900, 'x') + "%PDF-1.4\n" << DocumentType::Pdf;
    QTest::newRow("pdf header too late") << QByteArray(1100, 'x') + "%PDF-1.4\n" << DocumentType::Unknown;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << DocumentType::Png;
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << DocumentType::Jpeg;
    QTest::newRow("tiff little-endian") << QByteArray("II*\0\x08\0\0\0", 8) << DocumentType::Tiff;
    QTest::newRow("tiff big-endian") << QByteArray("MM\0*\0\0\0\x08", 8) << DocumentType::Tiff;
    QTest::newRow("png signature cut short") << QByteArray("\x89PNG") << DocumentType::Unknown;
    QTest::newRow("text") << QByteArray("Just some notes, not a PDF.\n") << DocumentType::Unknown;
    QTest::newRow("empty") << QByteArray() << DocumentType::Unknown;
}

void TestDocumentReader::detectType()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DocumentType, expected);
    const QString path = m_dir.filePath(u"detect.bin"_s);
    QVERIFY(quire::test::writeBytes(path, bytes));
    QString error;
    QCOMPARE(quire::toString(quire::detectDocumentType(path, &error)), quire::toString(expected));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDocumentReader::detectTypeMissingFile()
{
    const QString path = m_dir.filePath(u"no-such-file.pdf"_s);
    QString error;
    QCOMPARE(quire::toString(quire::detectDocumentType(path, &error)), u"unknown"_s);
    QVERIFY(error.contains(u"no-such-file.pdf"_s));
    QCOMPARE(quire::toString(DocumentType::Tiff), u"tiff"_s);
    QCOMPARE(quire::toString(DocumentType::Unknown), u"unknown"_s);
}

void TestDocumentReader::textPdf()
{
    DocumentReader reader;
    QVERIFY2(reader.open(m_textPdf), qPrintable(reader.errorString()));
    QVERIFY(reader.isOpen());
    QCOMPARE(quire::toString(reader.type()), u"pdf"_s);
    QCOMPARE(reader.error(), DocumentReader::OpenError::None);
    QCOMPARE(reader.pageCount(), 2);
    QVERIFY(reader.hasTextLayers());

    const QList<QStringList> pages = {kPage1, kPage2};
    for (int page = 0; page < 2; ++page) {
        QElapsedTimer timer;
        timer.start();
        const quire::TextLayer layer = reader.textLayer(page);
        const qint64 ms = timer.elapsed();
        if (page == 0)
            qInfo("textLayer() of a generated text page: %lld ms", ms);

        QCOMPARE(layer.pageSize, QSizeF(612, 792));
        QCOMPARE(layer.text, pages.at(page).join(u'\n'));
        QCOMPARE(layer.words.size(), pages.at(page).join(u' ').split(u' ').size());
        QVERIFY(layer.usable);
        QVERIFY(layer.coversPage);
        const QRect pageRect(0, 0, 612, 792);
        for (const quire::Word &word : layer.words) {
            QCOMPARE(word.confidence, 100.0f);
            QCOMPARE(word.block, 0);
            QVERIFY2(pageRect.contains(word.box), qPrintable(word.text));
            // Text starts one inch in and is 14 pt: boxes are in points.
            QVERIFY(word.box.left() >= 70);
            QVERIFY(word.box.height() >= 10 && word.box.height() <= 24);
        }
        QCOMPARE(layer.words.first().line, 0);
        QCOMPARE(layer.words.last().line, int(pages.at(page).size()) - 1);
        QVERIFY(layer.words.first().box.left() <= 74);
    }
    QVERIFY(reader.textLayer(2).words.isEmpty());
}

void TestDocumentReader::scannedPdf()
{
    DocumentReader reader;
    QVERIFY2(reader.open(m_scannedPdf), qPrintable(reader.errorString()));
    QCOMPARE(reader.pageCount(), 1);
    QVERIFY(reader.hasTextLayers());

    const quire::TextLayer layer = reader.textLayer(0);
    QVERIFY(layer.words.isEmpty());
    QVERIFY(layer.text.isEmpty());
    QVERIFY(!layer.usable);
    QVERIFY(!layer.coversPage);
    QCOMPARE(layer.pageSize, QSizeF(612, 792));

    QString error;
    const quire::RenderedPage page = reader.render(0, 150, 50'000'000, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    QCOMPARE(page.image.size(), QSize(1275, 1650));
    QCOMPARE(page.image.format(), QImage::Format_Grayscale8);
    QCOMPARE(page.dpi, 150);
    QVERIFY(!page.downscaled);
    // Black text on white: some ink, mostly paper; the top margin is blank.
    const qint64 dark = darkPixels(page.image);
    QVERIFY(dark > 1000);
    QVERIFY(dark < qint64(page.image.width()) * page.image.height() / 20);
    QCOMPARE(darkPixels(page.image.copy(0, 0, 1275, 100)), 0);

    QElapsedTimer timer;
    timer.start();
    const quire::RenderedPage full = reader.render(0, 300, 50'000'000, &error);
    qInfo("render() of a scanned page at 300 DPI: %lld ms", timer.elapsed());
    QCOMPARE(full.image.size(), QSize(2550, 3300));
    QCOMPARE(full.dpi, 300);
}

void TestDocumentReader::multiPageTiff()
{
    const QString path = m_dir.filePath(u"pages.tif"_s);
    QVERIFY(quire::test::writeMultiPageTiff(path, {{u"one"_s}, {u"two"_s}, {u"three"_s}}, 200));

    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(quire::toString(reader.type()), u"tiff"_s);
    QCOMPARE(reader.pageCount(), 3);
    QVERIFY(!reader.hasTextLayers());
    QVERIFY(reader.textLayer(0).words.isEmpty());

    for (int page = 0; page < 3; ++page) {
        QString error;
        const quire::RenderedPage rendered = reader.render(page, 300, 50'000'000, &error);
        QVERIFY2(!rendered.image.isNull(), qPrintable(error));
        QCOMPARE(rendered.dpi, 200); // the image's own resolution, not the one asked for
        QCOMPARE(rendered.image.size(), QSize(1700, 2200));
        QCOMPARE(rendered.image.format(), QImage::Format_Grayscale8);
        QVERIFY(!rendered.downscaled);
        QVERIFY(darkPixels(rendered.image) > 50);
    }
    QString error;
    QVERIFY(reader.render(3, 300, 0, &error).image.isNull());
    QVERIFY(error.contains(u"page 4 of pages.tif"_s));
}

void TestDocumentReader::pngWithAlpha_data()
{
    QTest::addColumn<int>("storedDpi");
    QTest::addColumn<int>("expectedDpi");
    QTest::newRow("150 dpi") << 150 << 150;
    // Unknown resolution is reported as 0: OCR estimates it from the text.
    QTest::newRow("implausible 20 dpi") << 20 << 0;
    QTest::newRow("96 dpi recorded") << 96 << 96;
}

void TestDocumentReader::pngWithoutResolution()
{
    // Qt reads "no pHYs chunk" as 96 DPI; the reader must report it unknown.
    const QString path = m_dir.filePath(u"nores.png"_s);
    QVERIFY(quire::test::writePngWithoutResolution(path, quire::test::makeTextImage({u"No resolution here"_s}, 150)));
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QString error;
    const quire::RenderedPage page = reader.render(0, 300, 0, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    QCOMPARE(page.dpi, 0);
    QCOMPARE(page.alternativeDpi, 0); // unknown is estimated from the text, as the tesseract command does
}

void TestDocumentReader::implausibleResolutionOffersAnother()
{
    // A 2000-pixel page recorded at 96 DPI would be 21 inches wide: a program's
    // screen default, not the scan's. The reader keeps it and offers 300 DPI.
    QImage page = quire::test::makeTextImage({u"Screen default"_s}, 240);
    page.setDotsPerMeterX(qRound(96 / 0.0254));
    page.setDotsPerMeterY(qRound(96 / 0.0254));
    const QString path = m_dir.filePath(u"screen-default.png"_s);
    QVERIFY(page.save(path, "PNG"));
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QString error;
    quire::RenderedPage rendered = reader.render(0, 300, 0, &error);
    QCOMPARE(rendered.dpi, 96);
    QCOMPARE(rendered.alternativeDpi, 300);
    // A plausible one offers nothing; nor does a PDF page.
    page.setDotsPerMeterX(qRound(240 / 0.0254));
    page.setDotsPerMeterY(qRound(240 / 0.0254));
    QVERIFY(page.save(path, "PNG"));
    QVERIFY(reader.open(path));
    rendered = reader.render(0, 300, 0, &error);
    QCOMPARE(rendered.dpi, 240);
    QCOMPARE(rendered.alternativeDpi, 0);
    QVERIFY(reader.open(m_scannedPdf));
    QCOMPARE(reader.render(0, 100, 0, &error).alternativeDpi, 0);
}

void TestDocumentReader::pngWithAlpha()
{
    QFETCH(int, storedDpi);
    QFETCH(int, expectedDpi);

    // Black text on a fully transparent background: must come out black on white.
    QImage source(600, 200, QImage::Format_ARGB32);
    source.fill(Qt::transparent);
    source.setDotsPerMeterX(qRound(storedDpi / 0.0254));
    source.setDotsPerMeterY(qRound(storedDpi / 0.0254));
    {
        QPainter painter(&source);
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(80);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, 0, 600, 200), Qt::AlignCenter, u"Quire"_s);
    }
    const QString path = m_dir.filePath(u"alpha.png"_s);
    QVERIFY(source.save(path, "PNG"));

    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(quire::toString(reader.type()), u"png"_s);
    QCOMPARE(reader.pageCount(), 1);
    QString error;
    const quire::RenderedPage page = reader.render(0, 300, 0, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    QCOMPARE(page.image.format(), QImage::Format_Grayscale8);
    QCOMPARE(page.image.size(), source.size());
    QCOMPARE(page.dpi, expectedDpi);

    qint64 text = 0;
    for (int y = 0; y < source.height(); ++y) {
        for (int x = 0; x < source.width(); ++x) {
            const int alpha = qAlpha(source.pixel(x, y));
            const int gray = qGray(page.image.pixel(x, y));
            if (alpha == 0)
                QCOMPARE(gray, 255);
            else if (alpha == 255) {
                QVERIFY(gray < 32);
                ++text;
            }
        }
    }
    QVERIFY(text > 1000);
}

void TestDocumentReader::corpusTransparentPng()
{
    const QString path = corpusPath(u"groundtruth/tesseractjs/cosmic.png"_s);
    if (path.isEmpty())
        QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty)");
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QString error;
    const quire::RenderedPage page = reader.render(0, 300, 0, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    const qint64 pixels = qint64(page.image.width()) * page.image.height();
    const qint64 dark = darkPixels(page.image);
    QVERIFY2(dark > 0 && dark < pixels / 4, qPrintable(u"%1 of %2 pixels dark"_s.arg(dark).arg(pixels)));
    QCOMPARE(qGray(page.image.pixel(0, 0)), 255);
}

void TestDocumentReader::maxPixelsLowersDpi()
{
    DocumentReader reader;
    QVERIFY(reader.open(m_textPdf));
    QString error;
    const qint64 cap = 2'000'000; // Letter at 300 DPI is 8.4 Mpx
    const quire::RenderedPage page = reader.render(0, 300, cap, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    QVERIFY(page.downscaled);
    QVERIFY(page.dpi < 300 && page.dpi >= 140);
    QVERIFY(qint64(page.image.width()) * page.image.height() <= cap);
    QVERIFY(qAbs(page.image.width() - 8.5 * page.dpi) <= 1.0);
    QVERIFY(qAbs(page.image.height() - 11.0 * page.dpi) <= 1.0);
    QCOMPARE(qRound(page.image.dotsPerMeterX() * 0.0254), page.dpi);

    const quire::RenderedPage uncapped = reader.render(0, 100, cap, &error);
    QVERIFY(!uncapped.downscaled);
    QCOMPARE(uncapped.dpi, 100);
}

void TestDocumentReader::maxPixelsOnImage()
{
    const QString path = m_dir.filePath(u"one.tif"_s);
    QVERIFY(quire::test::writeMultiPageTiff(path, {{u"one page"_s}}, 200)); // 1700 x 2200
    DocumentReader reader;
    QVERIFY(reader.open(path));
    QString error;
    const quire::RenderedPage page = reader.render(0, 300, 1'000'000, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    QVERIFY(page.downscaled);
    QVERIFY(page.dpi < 200 && page.dpi >= 100);
    QVERIFY(qint64(page.image.width()) * page.image.height() <= 1'000'000);
    QVERIFY(qAbs(page.image.width() - 8.5 * page.dpi) <= 1.0);
}

void TestDocumentReader::tooLargeRefused()
{
    DocumentReader reader;
    QVERIFY(reader.open(m_textPdf));
    QString error;
    // Letter at 50 DPI is 425 x 550 = 233,750 pixels.
    const quire::RenderedPage page = reader.render(1, 300, 100'000, &error);
    QVERIFY(page.image.isNull());
    QCOMPARE(page.dpi, 0);
    QVERIFY2(
        error.contains(u"page 2 of text.pdf is too large to render (8.5 x 11.0 in)"_s), qPrintable(error));
}

void TestDocumentReader::tooManyPagesRefused()
{
    // A real page tree of kMaxPages + 1 tiny pages (about 7 MB).
    const int pages = DocumentReader::kMaxPages + 1;
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    kids.reserve(pages * 10);
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(i + 3) + " 0 R ";
    object("<< /Type /Pages /Count " + QByteArray::number(pages) + " /Kids [" + kids + "] >>");
    for (int i = 0; i < pages; ++i)
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    const QString path = m_dir.filePath(u"many-pages.pdf"_s);
    QVERIFY(quire::test::writeBytes(path, pdf));

    DocumentReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), DocumentReader::OpenError::TooManyPages);
    QVERIFY2(reader.errorString().contains(u"many-pages.pdf has 100001 pages, more than the 100000"_s),
             qPrintable(reader.errorString()));
}

void TestDocumentReader::hugePageBoxIsBounded()
{
    // 99999999999 pt square: its pixel count overflows any integer.
    DocumentReader reader;
    QVERIFY(reader.open(QStringLiteral(QUIRE_TEST_DATA_DIR "/fuzz-regressions/pdf-mediabox-99999999999.pdf")));
    int huge = -1;
    for (int i = 0; i < reader.pageCount(); ++i) {
        if (reader.estimatedPixels(i, 300, 0) > 1'000'000'000'000'000LL)
            huge = i;
    }
    QVERIFY(huge >= 0);
    QCOMPARE(reader.estimatedPixels(huge, 300, 50'000'000), qint64(50'000'000));
    QString error;
    QVERIFY(reader.render(huge, 300, 50'000'000, &error).image.isNull());
    QVERIFY2(error.contains(u"is too large to render"_s), qPrintable(error));
    const quire::TextLayer layer = reader.textLayer(huge);
    for (const quire::Word &word : layer.words)
        QVERIFY(qAbs(qint64(word.box.x())) <= 1'000'000'000 && word.box.width() >= 0);
}

void TestDocumentReader::imageTooLargeToDecodeRefused()
{
    // A PNG header that declares 12000 x 12000 pixels: refused before decoding.
    const QString path = QStringLiteral(QUIRE_TEST_DATA_DIR "/fuzz-regressions/png-declares-144-megapixels.png");
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QString error;
    // The cap is four times the pixel limit (at least 100 megapixels).
    const quire::RenderedPage page = reader.render(0, 300, 20'000'000, &error);
    QVERIFY(page.image.isNull());
    QVERIFY2(error.contains(u"is too large to decode (12000 x 12000 pixels)"_s), qPrintable(error));
    // With a larger pixel limit the same file gets as far as its (missing) data.
    error.clear();
    QVERIFY(reader.render(0, 300, 40'000'000, &error).image.isNull());
    QVERIFY2(error.contains(u"png-declares-144-megapixels.png"_s), qPrintable(error));
}

void TestDocumentReader::colourScanAboveQtDefaultLimitDecodes()
{
    // 5100 x 6600 RGB: 135 MB decoded, above Qt's default 128 MB allocation limit.
    DocumentReader reader;
    QVERIFY(reader.open(QStringLiteral(QUIRE_TEST_DATA_DIR "/fuzz-regressions/png-600dpi-colour-letter.png")));
    QString error;
    const quire::RenderedPage page = reader.render(0, 300, 50'000'000, &error);
    QVERIFY2(!page.image.isNull(), qPrintable(error));
    QCOMPARE(page.dpi, 600);
    QCOMPARE(page.image.size(), QSize(5100, 6600));
    const quire::RenderedPage small = reader.render(0, 300, 4'000'000, &error);
    QVERIFY2(!small.image.isNull(), qPrintable(error));
    QVERIFY(small.downscaled);
}

void TestDocumentReader::errors_data()
{
    QTest::addColumn<QString>("file");     // name in the temp dir, or "corpus:" + path
    QTest::addColumn<QByteArray>("bytes"); // written to the temp file; null: do not create
    QTest::addColumn<QString>("password");
    QTest::addColumn<DocumentReader::OpenError>("expected");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("pages");

    using E = DocumentReader::OpenError;
    QTest::newRow("missing") << u"missing.pdf"_s << QByteArray() << QString() << E::NotFound
                             << u"missing.pdf does not exist"_s << 0;
    QTest::newRow("empty") << u"empty.pdf"_s << QByteArray("") << QString() << E::UnsupportedType
                           << u"empty.pdf is empty"_s << 0;
    QTest::newRow("text named .pdf") << u"notes.pdf"_s << QByteArray("These are notes, not a PDF.\n")
                                     << QString() << E::UnsupportedType
                                     << u"notes.pdf is not a PDF or a supported image (PNG, JPEG, TIFF)"_s
                                     << 0;
    QTest::newRow("pdf header, no body")
        << u"hollow.pdf"_s << QByteArray("%PDF-1.7\nnothing else here\n") << QString() << E::Corrupt
        << u"hollow.pdf is damaged and cannot be read (Poppler: "_s << 0;
    QTest::newRow("png signature, no header")
        << u"broken.png"_s << QByteArray("\x89PNG\r\n\x1a\ngarbage", 15) << QString() << E::Corrupt
        << u"broken.png is damaged and cannot be read"_s << 0;

    const QString skew = u"corpus:robustness/ocrmypdf/skew-encrypted.pdf"_s;
    QTest::newRow("rc4, no password")
        << skew << QByteArray() << QString() << E::PasswordRequired
        << u"skew-encrypted.pdf is password-protected: give the password with --password"_s << 0;
    QTest::newRow("rc4, wrong password")
        << skew << QByteArray() << u"wrong"_s << E::WrongPassword
        << u"skew-encrypted.pdf is password-protected and the password given does not open it"_s << 0;
    QTest::newRow("rc4, user password") << skew << QByteArray() << u"password"_s << E::None << QString() << 1;
    const QString graph = u"corpus:robustness/pikepdf/graph-encrypted.pdf"_s;
    QTest::newRow("aes256, no password") << graph << QByteArray() << QString() << E::PasswordRequired
                                         << u"graph-encrypted.pdf is password-protected"_s << 0;
    QTest::newRow("aes256, wrong password")
        << graph << QByteArray() << u"owner1"_s << E::WrongPassword << u"does not open it"_s << 0;
    QTest::newRow("aes256, user password") << graph << QByteArray() << u"user"_s << E::None << QString() << 1;
    QTest::newRow("aes256, owner password")
        << graph << QByteArray() << u"owner"_s << E::None << QString() << 1;
}

void TestDocumentReader::errors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, password);
    QFETCH(DocumentReader::OpenError, expected);
    QFETCH(QString, message);
    QFETCH(int, pages);

    QString path;
    if (file.startsWith(u"corpus:"_s)) {
        path = corpusPath(file.mid(7));
        if (path.isEmpty())
            QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty)");
        QVERIFY2(QFile::exists(path), qPrintable(path));
    } else {
        path = m_dir.filePath(file);
        if (!bytes.isNull())
            QVERIFY(quire::test::writeBytes(path, bytes));
    }

    DocumentReader reader;
    const bool opened = reader.open(path, password);
    QCOMPARE(reader.error(), expected);
    QCOMPARE(opened, expected == DocumentReader::OpenError::None);
    QCOMPARE(reader.isOpen(), opened);
    QCOMPARE(reader.pageCount(), pages);
    if (expected == DocumentReader::OpenError::None) {
        QVERIFY(reader.errorString().isEmpty());
        QString error;
        const quire::RenderedPage page = reader.render(0, 50, 0, &error);
        QVERIFY2(!page.image.isNull(), qPrintable(error));
    } else {
        QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
        QString error;
        QVERIFY(reader.render(0, 50, 0, &error).image.isNull());
        QVERIFY(!error.isEmpty());
        QVERIFY(reader.textLayer(0).words.isEmpty());
    }
}

void TestDocumentReader::truncatedPdf()
{
    QFile source(m_textPdf);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    const QString path = m_dir.filePath(u"truncated.pdf"_s);
    QVERIFY(quire::test::writeBytes(path, whole.left(whole.size() / 2)));

    // Poppler 22.12 rebuilds the lost cross-reference table and opens the
    // first half of a QPdfWriter file; what it cannot reach must be a
    // clean error, never a crash.
    DocumentReader reader;
    if (!reader.open(path)) {
        QCOMPARE(reader.error(), DocumentReader::OpenError::Corrupt);
        QVERIFY(reader.errorString().startsWith(u"truncated.pdf is damaged"_s));
        return;
    }
    QVERIFY(reader.pageCount() >= 1);
    for (int page = 0; page < reader.pageCount(); ++page) {
        QString error;
        const quire::RenderedPage rendered = reader.render(page, 50, 0, &error);
        QVERIFY(!rendered.image.isNull() || error.contains(u"of truncated.pdf"_s));
        (void)reader.textLayer(page);
    }
}

void TestDocumentReader::pageOutOfRange()
{
    DocumentReader reader;
    QString error;
    QVERIFY(reader.render(0, 100, 0, &error).image.isNull());
    QVERIFY(!error.isEmpty());
    QVERIFY(reader.open(m_textPdf));
    QVERIFY(reader.render(-1, 100, 0, &error).image.isNull());
    QVERIFY(reader.render(2, 100, 0, &error).image.isNull());
    QVERIFY2(error.contains(u"page 3 of text.pdf"_s), qPrintable(error));
    reader.close();
    QVERIFY(!reader.isOpen());
    QCOMPARE(reader.pageCount(), 0);
}

void TestDocumentReader::zeroSizePages()
{
    // A page of 0.2 x 0.2 pt (Poppler replaces a 0 x 0 MediaBox by Letter).
    const QString tiny = m_dir.filePath(u"tiny.pdf"_s);
    QVERIFY(quire::test::writeBytes(tiny,
        "%PDF-1.4\n"
        "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 0.2 0.2] >> endobj\n"
        "trailer << /Root 1 0 R >>\n%%EOF\n"));
    DocumentReader reader;
    QVERIFY2(reader.open(tiny), qPrintable(reader.errorString()));
    QCOMPARE(reader.pageCount(), 1);
    QString error;
    QVERIFY(reader.render(0, 300, 50'000'000, &error).image.isNull());
    QCOMPARE(error, u"page 1 of tiny.pdf has no usable size (0.2 x 0.2 pt) and cannot be rendered"_s);
    QVERIFY(!reader.textLayer(0).coversPage);

    // All four pages of this file come out 0 x 0 pt (or missing) in Poppler.
    const QString path = corpusPath(u"robustness/py-pdf-sample-files/unreadablemetadata.pdf"_s);
    if (path.isEmpty())
        QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty)");
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.pageCount(), 4);
    for (int page = 0; page < reader.pageCount(); ++page) {
        QVERIFY(reader.render(page, 300, 50'000'000, &error).image.isNull());
        QVERIFY2(error.startsWith(u"page %1 of unreadablemetadata.pdf "_s.arg(page + 1)), qPrintable(error));
        const quire::TextLayer layer = reader.textLayer(page);
        QVERIFY(layer.words.isEmpty());
        QVERIFY(!layer.coversPage);
    }
}

void TestDocumentReader::rotatedPages()
{
    const QString path = corpusPath(u"robustness/pdfjs/hello_world_rotated.pdf"_s);
    if (path.isEmpty())
        QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty)");
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    // Letter pages with /Rotate 90: shown (and rendered) landscape, and the
    // word boxes lie where the rendered ink is.
    const quire::TextLayer layer = reader.textLayer(0);
    QCOMPARE(layer.pageSize, QSizeF(792, 612));
    QCOMPARE(quire::test::simplified(layer.text), u"Hello world"_s);
    QVERIFY(layer.coversPage);
    QString error;
    const quire::RenderedPage page = reader.render(0, 72, 0, &error);
    QCOMPARE(page.image.size(), QSize(792, 612));
    for (const quire::Word &word : layer.words) {
        QVERIFY(QRect(0, 0, 792, 612).contains(word.box));
        QVERIFY2(darkPixels(page.image.copy(word.box)) > 20, qPrintable(word.text));
    }
}

void TestDocumentReader::corpusTextLayers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<bool>("covers");

    // Scans whose text layer holds only a header stamp: OCR is still needed.
    QTest::newRow("ashcroft p1") << u"robustness/scribe-test-assets/ashcroft-v-iqbal.pdf"_s << 0 << true
                                 << false;
    QTest::newRow("ashcroft p2") << u"robustness/scribe-test-assets/ashcroft-v-iqbal.pdf"_s << 1 << true
                                 << false;
    QTest::newRow("uscourts p1") << u"robustness/scribe-test-assets/gov.uscourts.cand.249697.1.0_2.pdf"_s << 0
                                 << true << false;
    QTest::newRow("uscourts p2") << u"robustness/scribe-test-assets/gov.uscourts.cand.249697.1.0_2.pdf"_s << 1
                                 << true << false;
    // A scan under an invisible full OCR layer: the layer is enough.
    QTest::newRow("sandwich") << u"robustness/pikepdf/sandwich.pdf"_s << 0 << true << true;
    QTest::newRow("multicolumn p1") << u"robustness/py-pdf-sample-files/multicolumn.pdf"_s << 0 << true
                                    << true;
    QTest::newRow("multicolumn p3 (table)")
        << u"robustness/py-pdf-sample-files/multicolumn.pdf"_s << 2 << true << true;
    QTest::newRow("form with rules") << u"robustness/pikepdf/form_dd0293.pdf"_s << 1 << true << true;
    // Fonts without a Unicode map: the layer is glyph garbage.
    QTest::newRow("truetype no mapping")
        << u"robustness/ocrmypdf/truetype_font_nomapping.pdf"_s << 0 << false << false;
    QTest::newRow("type3 no mapping")
        << u"robustness/ocrmypdf/type3_font_nomapping.pdf"_s << 0 << false << false;
}

void TestDocumentReader::corpusTextLayers()
{
    QFETCH(QString, file);
    QFETCH(int, page);
    QFETCH(bool, usable);
    QFETCH(bool, covers);
    const QString path = corpusPath(file);
    if (path.isEmpty())
        QSKIP("The shared corpus is not available (QUIRE_CORPUS_DIR is empty)");
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QElapsedTimer timer;
    timer.start();
    const quire::TextLayer layer = reader.textLayer(page);
    qInfo("%s page %d: %lld words, textLayer() %lld ms", qPrintable(file.section(u'/', -1)), page + 1,
        qint64(layer.words.size()), timer.elapsed());
    QVERIFY(!layer.words.isEmpty());
    QCOMPARE(layer.usable, usable);
    QCOMPARE(layer.coversPage, covers);
}

void TestDocumentReader::generatedLayouts_data()
{
    using quire::test::LayoutPage;
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<bool>("covers");
    QTest::addColumn<bool>("textOnly");
    // Born-digital pages whose layer holds all their text: never OCR. Text
    // and rules only are known from the content, without rendering.
    QTest::newRow("table of contents") << int(LayoutPage::TableOfContents) << true << true << true;
    QTest::newRow("two-column index") << int(LayoutPage::Index) << true << true << true;
    QTest::newRow("ruled table") << int(LayoutPage::Table) << true << true << true;
    QTest::newRow("small figure") << int(LayoutPage::SmallFigure) << true << true << false;
    // Pages with text the layer does not hold: OCR.
    QTest::newRow("header stamp on a scan") << int(LayoutPage::HeaderStampScan) << true << false << false;
    QTest::newRow("words as outlines") << int(LayoutPage::VectorText) << true << false << false;
}

void TestDocumentReader::generatedLayouts()
{
    QFETCH(int, page);
    QFETCH(bool, usable);
    QFETCH(bool, covers);
    QFETCH(bool, textOnly);
    const QString path = m_dir.filePath(u"layouts.pdf"_s);
    if (!QFile::exists(path))
        QVERIFY(quire::test::writeLayoutPdf(path));
    DocumentReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.pageCount(), 6);
    const quire::TextLayer layer = reader.textLayer(page);
    QVERIFY(!layer.words.isEmpty());
    QCOMPARE(layer.usable, usable);
    QCOMPARE(layer.coversPage, covers);
    QCOMPARE(reader.pageContent(page).textOnly, textOnly);
}

QTEST_MAIN(TestDocumentReader)
#include "TestDocumentReader.moc"
