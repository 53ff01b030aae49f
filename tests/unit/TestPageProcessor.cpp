#include "TestDocuments.h"

#include "pipeline/PagePreview.h"
#include "pipeline/PageProcessor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace quire;

namespace {

const QStringList kLines = {QStringLiteral("The quick brown fox jumps over the lazy dog."),
                            QStringLiteral("Pack my box with five dozen liquor jugs."),
                            QStringLiteral("Sphinx of black quartz, judge my vow.")};

PipelineSettings settingsWith(TextLayerPolicy policy, int dpi = 300)
{
    PipelineSettings settings;
    settings.textLayer = policy;
    settings.dpi = dpi;
    settings.openCl = OpenClMode::Off;
    return settings;
}

} // namespace

class TestPageProcessor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textLayerPageSkipsOcr();
    void scannedPageIsRecognized();
    void ocrPolicyRecognizesTextPages();
    void textPolicyNeverRecognizes();
    void rotatedPageIsUprighted();
    void imagesAreKeptForThePreview();
    void adaptiveDpiReadsAgainOnlyWhenUnsure_data();
    void adaptiveDpiReadsAgainOnlyWhenUnsure();
    void pageOutOfRangeFails();
    void brokenDocumentFailsWithItsName();
    void encryptedDocumentTriesEachPassword();
    void missingLanguageFailsInit();
    void emptyPdfPageIsBlankWithoutRendering();
    void blankScanIsBlank();
    void scanIsReadAtItsOwnResolution();
    void implausibleResolutionIsReadTwice();
    void layoutPagesAreClassified_data();
    void layoutPagesAreClassified();
    void thumbnailOfAnAbsurdPageIsSmall();

private:
    QTemporaryDir m_dir;
    QString m_textPdf;
    QString m_scanPdf;
    QString m_rotatedTiff;
};

void TestPageProcessor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_textPdf = m_dir.filePath(QStringLiteral("text.pdf"));
    m_scanPdf = m_dir.filePath(QStringLiteral("scan.pdf"));
    m_rotatedTiff = m_dir.filePath(QStringLiteral("rotated.png"));
    QVERIFY(test::writeTextPdf(m_textPdf, {kLines, {QStringLiteral("Second page.")}}));
    QVERIFY(test::writeScannedPdf(m_scanPdf, {kLines}, 300));
    const QImage upsideDown = test::makeTextImage(kLines, 300).transformed(QTransform().rotate(180));
    QVERIFY(upsideDown.save(m_rotatedTiff));
}

void TestPageProcessor::textLayerPageSkipsOcr()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const DocumentProbe probe = processor.probe(m_textPdf);
    QVERIFY(probe.ok);
    QCOMPARE(probe.pageCount, 2);
    // Letter at 300 DPI: 2550 x 3300 pixels each; the pool scales page timeouts by it.
    QCOMPARE(probe.pagePixels, (QList<qint64>{2550LL * 3300, 2550LL * 3300}));

    const PageResult result = processor.process(m_textPdf, 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(toString(result.kind), QStringLiteral("text"));
    QCOMPARE(test::simplified(result.text), kLines.join(QLatin1Char(' ')));
    QCOMPARE(result.meanConfidence, 100.0);
    QCOMPARE(result.timings.recognizeMs, 0.0);
    QCOMPARE(result.page, 1);
}

void TestPageProcessor::scannedPageIsRecognized()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(m_scanPdf, 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(toString(result.kind), QStringLiteral("ocr"));
    QCOMPARE(test::simplified(result.text), kLines.join(QLatin1Char(' ')));
    QCOMPARE(result.dpi, 300);
    QVERIFY(result.meanConfidence > 80);
    QVERIFY(result.timings.recognizeMs > 0);
    QCOMPARE(result.words.first().line, 0);
    QCOMPARE(result.words.last().line, 2);
}

void TestPageProcessor::ocrPolicyRecognizesTextPages()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Ocr));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(m_textPdf, 2);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(toString(result.kind), QStringLiteral("ocr"));
    QCOMPARE(test::simplified(result.text), QStringLiteral("Second page."));
}

void TestPageProcessor::textPolicyNeverRecognizes()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Text));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(m_scanPdf, 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(toString(result.kind), QStringLiteral("text"));
    QVERIFY(result.text.isEmpty());
    QCOMPARE(result.timings.recognizeMs, 0.0);
}

void TestPageProcessor::rotatedPageIsUprighted()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(m_rotatedTiff, 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(result.rotation, 180);
    QCOMPARE(test::simplified(result.text), kLines.join(QLatin1Char(' ')));
}

void TestPageProcessor::imagesAreKeptForThePreview()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto, 150));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    PageImages images;
    const PageResult result = processor.process(m_scanPdf, 1, {}, &images);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(images.rendered.size(), QSize(1275, 1650));
    QCOMPARE(images.cleaned.size(), images.rendered.size());
    QCOMPARE(images.cleaned.format(), QImage::Format_Grayscale8);
}

void TestPageProcessor::adaptiveDpiReadsAgainOnlyWhenUnsure_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("expectedDpi");
    QTest::newRow("confident at low DPI") << 0.0 << 150;
    QTest::newRow("never confident enough") << 101.0 << 300;
}

void TestPageProcessor::adaptiveDpiReadsAgainOnlyWhenUnsure()
{
    QFETCH(double, threshold);
    QFETCH(int, expectedDpi);
    PipelineSettings settings = settingsWith(TextLayerPolicy::Auto, 300);
    settings.adaptiveLowDpi = 150;
    settings.adaptiveThreshold = threshold;
    PageProcessor processor(settings);
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(m_scanPdf, 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(result.dpi, expectedDpi);
    QCOMPARE(result.imageSize.width(), qRound(8.5 * expectedDpi));
    QCOMPARE(test::simplified(result.text), kLines.join(QLatin1Char(' ')));
    // The settings key tells adaptive results apart from fixed-DPI ones.
    QVERIFY(settings.key() != settingsWith(TextLayerPolicy::Auto, 300).key());
}

void TestPageProcessor::pageOutOfRangeFails()
{
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(m_textPdf, 3);
    QCOMPARE(toString(result.status), QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QStringLiteral("text.pdf")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("page 3")), qPrintable(result.error));
}

void TestPageProcessor::brokenDocumentFailsWithItsName()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.pdf"));
    QVERIFY(test::writeBytes(broken, QByteArrayLiteral("%PDF-1.4\nthis is not a real PDF\n")));
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const DocumentProbe probe = processor.probe(broken);
    QVERIFY(!probe.ok);
    QVERIFY2(probe.error.contains(QStringLiteral("broken.pdf")), qPrintable(probe.error));
    const PageResult result = processor.process(broken, 1);
    QCOMPARE(toString(result.status), QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QStringLiteral("broken.pdf")), qPrintable(result.error));
    // The processor stays usable after a bad document.
    QCOMPARE(toString(processor.process(m_textPdf, 1).status), QStringLiteral("done"));
}

void TestPageProcessor::encryptedDocumentTriesEachPassword()
{
    const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
    if (corpus.isEmpty())
        QSKIP("QUIRE_CORPUS_DIR is not set: the encrypted corpus PDFs are not available");
    const QString encrypted = corpus + QStringLiteral("/robustness/ocrmypdf/skew-encrypted.pdf");

    PipelineSettings settings = settingsWith(TextLayerPolicy::Auto, 100);
    PageProcessor withoutPassword(settings);
    QVERIFY(withoutPassword.init());
    const DocumentProbe refused = withoutPassword.probe(encrypted);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(refused.error));

    settings.passwords = {QStringLiteral("wrong"), QStringLiteral("password")};
    PageProcessor withPasswords(settings);
    QVERIFY(withPasswords.init());
    const DocumentProbe opened = withPasswords.probe(encrypted);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.pageCount, 1);
}

void TestPageProcessor::missingLanguageFailsInit()
{
    PipelineSettings settings = settingsWith(TextLayerPolicy::Auto);
    settings.languages = QStringLiteral("eng+qqq");
    PageProcessor processor(settings);
    QVERIFY(!processor.init());
    QVERIFY2(processor.errorString().contains(QStringLiteral("qqq")), qPrintable(processor.errorString()));
    QVERIFY2(processor.errorString().contains(QStringLiteral("eng")), qPrintable(processor.errorString()));
}

void TestPageProcessor::emptyPdfPageIsBlankWithoutRendering()
{
    // A page that paints nothing; the image is never drawn.
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    const QImage white(100, 100, QImage::Format_Grayscale8);
    QVERIFY(test::writeImagePdf(path, {test::encodeJpeg(white), "/DCTDecode", "/DeviceGray", 100, 100, 8, {}},
                                "q 0.5 g Q"));
    for (TextLayerPolicy policy : {TextLayerPolicy::Auto, TextLayerPolicy::Ocr, TextLayerPolicy::Text}) {
        PageProcessor processor(settingsWith(policy));
        QVERIFY2(processor.init(), qPrintable(processor.errorString()));
        const PageResult result = processor.process(path, 1);
        QCOMPARE(toString(result.status), QStringLiteral("done"));
        QCOMPARE(toString(result.kind), QStringLiteral("blank"));
        QVERIFY(result.words.isEmpty() && result.text.isEmpty());
        QCOMPARE(result.meanConfidence, -1.0);
        QCOMPARE(result.imageSize, QSize(612, 792));
        QCOMPARE(result.timings.recognizeMs, 0.0);
        QCOMPARE(result.timings.preprocessMs, 0.0);
    }
}

void TestPageProcessor::blankScanIsBlank()
{
    // A scanned sheet with nothing on it but noise: decoded, looked at, not recognized.
    QImage sheet(1700, 2200, QImage::Format_Grayscale8);
    for (int y = 0; y < sheet.height(); ++y) {
        uchar *row = sheet.scanLine(y);
        for (int x = 0; x < sheet.width(); ++x)
            row[x] = uchar(240 + (x * 7 + y * 13) % 11);
    }
    const QString path = m_dir.filePath(QStringLiteral("blank-scan.pdf"));
    QVERIFY(test::writeImagePdf(path, {test::encodeJpeg(sheet, false, 60), "/DCTDecode", "/DeviceGray", 1700, 2200, 8, {}},
                                "q 612 0 0 792 0 0 cm /Im0 Do Q"));
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    PageImages images;
    const PageResult result = processor.process(path, 1, {}, &images);
    QCOMPARE(toString(result.kind), QStringLiteral("blank"));
    QCOMPARE(result.timings.recognizeMs, 0.0);
    QCOMPARE(result.timings.preprocessMs, 0.0);
    // Seen at a quarter of its 200 DPI, which the JPEG gives nearly for free: never decoded in full.
    QCOMPARE(result.dpi, 50);
    QCOMPARE(result.imageSize, QSize(425, 550));
    QCOMPARE(images.rendered.size(), result.imageSize);
}

void TestPageProcessor::scanIsReadAtItsOwnResolution()
{
    // A 200-DPI JPEG scan is read at 200 DPI (not raised to --dpi 300) and
    // Tesseract is told so; --upsample raises it; a lower --dpi caps it.
    const QImage scan = test::makeTextImage(kLines, 200);
    const QString path = m_dir.filePath(QStringLiteral("scan-200.pdf"));
    QVERIFY(test::writeImagePdf(path, {test::encodeJpeg(scan), "/DCTDecode", "/DeviceGray", scan.width(), scan.height(), 8, {}},
                                "q 612 0 0 792 0 0 cm /Im0 Do Q"));
    struct Case
    {
        int dpi;
        bool upsample;
        int expected;
    };
    for (const Case &c : {Case{300, false, 200}, Case{300, true, 300}, Case{150, false, 150}}) {
        PipelineSettings settings = settingsWith(TextLayerPolicy::Auto, c.dpi);
        settings.upsample = c.upsample;
        PageProcessor processor(settings);
        QVERIFY2(processor.init(), qPrintable(processor.errorString()));
        const PageResult result = processor.process(path, 1);
        QCOMPARE(toString(result.status), QStringLiteral("done"));
        QCOMPARE(toString(result.kind), QStringLiteral("ocr"));
        QCOMPARE(result.dpi, c.expected);
        QCOMPARE(result.imageSize, QSize(qRound(8.5 * c.expected), 11 * c.expected));
        QCOMPARE(test::simplified(result.text), kLines.join(QLatin1Char(' ')));
    }
    // Upsampling is part of the settings key; leaving it off keeps the old key.
    PipelineSettings up;
    up.upsample = true;
    QVERIFY(up.key() != PipelineSettings().key());
    QVERIFY(!PipelineSettings().toJson().value(QStringLiteral("upsample")).toBool());
}

void TestPageProcessor::implausibleResolutionIsReadTwice()
{
    // A letter page of 2040 pixels recorded at a screen's 96 DPI (21 inches):
    // read at 96 and at 300 DPI, the surer reading kept, its DPI reported.
    QImage page = test::makeTextImage(kLines, 240);
    page.setDotsPerMeterX(qRound(96 / 0.0254));
    page.setDotsPerMeterY(qRound(96 / 0.0254));
    const QString path = m_dir.filePath(QStringLiteral("screen-default.png"));
    QVERIFY(page.save(path, "PNG"));
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(path, 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QVERIFY2(result.dpi == 96 || result.dpi == 300, qPrintable(QString::number(result.dpi)));
    QCOMPARE(result.imageSize, page.size());
    QCOMPARE(test::simplified(result.text), kLines.join(QLatin1Char(' ')));
}

void TestPageProcessor::layoutPagesAreClassified_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("kind");
    QTest::newRow("table of contents") << int(test::LayoutPage::TableOfContents) << QStringLiteral("text");
    QTest::newRow("index") << int(test::LayoutPage::Index) << QStringLiteral("text");
    QTest::newRow("table") << int(test::LayoutPage::Table) << QStringLiteral("text");
    QTest::newRow("small figure") << int(test::LayoutPage::SmallFigure) << QStringLiteral("text");
    QTest::newRow("header stamp on a scan") << int(test::LayoutPage::HeaderStampScan) << QStringLiteral("ocr");
    QTest::newRow("outlined words") << int(test::LayoutPage::VectorText) << QStringLiteral("ocr");
}

void TestPageProcessor::layoutPagesAreClassified()
{
    QFETCH(int, page);
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(QStringLiteral("layouts.pdf"));
    if (!QFile::exists(path))
        QVERIFY(test::writeLayoutPdf(path));
    PageProcessor processor(settingsWith(TextLayerPolicy::Auto));
    QVERIFY2(processor.init(), qPrintable(processor.errorString()));
    const PageResult result = processor.process(path, page + 1);
    QCOMPARE(toString(result.status), QStringLiteral("done"));
    QCOMPARE(toString(result.kind), kind);
    // What OCR must find there: the scanned lines, the outlined words.
    for (const QString &line : test::layoutPageLines(test::LayoutPage(page)))
        QVERIFY2(test::simplified(result.text).contains(line), qPrintable(result.text));
}

void TestPageProcessor::thumbnailOfAnAbsurdPageIsSmall()
{
    QString error;
    const QImage page = PagePreview::thumbnail(m_textPdf, 1, 0, 64, {}, &error);
    QVERIFY2(!page.isNull(), qPrintable(error));
    QCOMPARE(page.height(), 64);
    // A page box of 200000 x 1 pt: the thumbnail is capped at 4 x 64 pixels wide, not 6.4 million.
    const QImage strip = PagePreview::thumbnail(
        QStringLiteral(QUIRE_TEST_DATA_DIR "/fuzz-regressions/pdf-page-200000-by-1-pt.pdf"), 1, 0, 64, {}, &error);
    QVERIFY2(!strip.isNull(), qPrintable(error));
    QVERIFY(strip.width() <= 4 * 64 && strip.height() <= 64);
}

QTEST_MAIN(TestPageProcessor)
#include "TestPageProcessor.moc"
