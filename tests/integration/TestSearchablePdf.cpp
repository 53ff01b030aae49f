// Searchable PDFs end to end: quire-cli run --output-pdf and export --pdf
// over generated documents that exercise every page geometry viewers must get
// right, image inputs of every kind, a mixed document, an encrypted and a
// signed one, corrections, and pages in Spanish and Chinese; everything
// checked with poppler-utils, qpdf and Poppler itself.
//
// OCR'd here (at 150 DPI, small pages): 5 geometry pages, 3 mixed-document
// pages (one made to fail), 9 image pages, 4 more scanned pages; and, when
// the models are installed, one Spanish page and the corpus' chinese.png.

#include "CliRunner.h"
#include "PdfChecks.h"
#include "TestDocuments.h"

#include "export/PdfOutputNames.h"
#include "export/SearchablePdfWriter.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <poppler/qt6/poppler-qt6.h>

using namespace quire;
using namespace quire::test;

namespace {

constexpr int kDpi = 150;
const QString kPassword = QStringLiteral("user-secret");

QImage page(const QStringList &lines, double skew = 0.0)
{
    return makeTextImage(lines, kDpi, skew, QSize(kDpi * 6, kDpi * 5 / 2));
}

ImagePdfPage scanned(const QImage &image)
{
    ImagePdfPage spec;
    spec.image = image;
    spec.dpi = kDpi;
    return spec;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QString qpdfTool()
{
    return QStringLiteral("qpdf");
}

/// Poppler's own search (what evince and okular run) on page @p index.
int popplerHits(const QString &pdf, int index, const QString &text, const QString &password = {})
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf, password.toUtf8(), password.toUtf8());
    if (!document || document->isLocked())
        return -1;
    std::unique_ptr<Poppler::Page> page(document->page(index));
    return page ? int(page->search(text, Poppler::Page::IgnoreCase).size()) : -1;
}

} // namespace

class TestSearchablePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runWritesEachDocumentAsItFinishes();
    void inputsAreNeverTouched();
    void everyOutputPassesTheChecks();
    void pageGeometryIsHonoured();
    void imagesAreEmbeddedAsStored();
    void mixedDocumentKeepsItsOwnText();
    void encryptionIsKept();
    void signedDocumentsNeedConsent();
    void correctionsReachThePdf();
    void exportNeverWritesOverAnInput();
    void spanishAndChineseAreSearchable();
    void corpusImagesKeepTheirData();

private:
    QString input(const QString &name) const { return QDir(m_inputs).filePath(name); }
    QString output(const QString &name) const { return QDir(m_out).filePath(name); }

    QTemporaryDir m_dir;
    QString m_inputs;
    QString m_out;
    QString m_db;
    CliResult m_run;
    QHash<QString, QByteArray> m_hashes;
};

void TestSearchablePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (runTool(qpdfTool(), {QStringLiteral("--version")}).exitCode != 0)
        QSKIP("qpdf (the command) is not installed: apt-get install qpdf");
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    m_inputs = m_dir.filePath(QStringLiteral("inputs"));
    m_out = m_dir.filePath(QStringLiteral("out"));
    m_db = m_dir.filePath(QStringLiteral("run.sqlite"));
    for (const char *folder : {"images", "other", "locked", "signed"})
        QVERIFY(QDir().mkpath(input(QString::fromLatin1(folder))));

    // Every geometry a viewer must get right, one per page.
    ImagePdfPage plain = scanned(page({QStringLiteral("Plain page of the harbour office"), QStringLiteral("Invoice number 4711 is due")}));
    ImagePdfPage turned = scanned(page({QStringLiteral("Turned ninety degrees clockwise"), QStringLiteral("with an offset media box")}));
    turned.rotate = 90;
    turned.mediaOrigin = QPointF(100, 200);
    turned.cropInset = QMarginsF(20, 30, 40, 50);
    // Enough lines for orientation detection to be sure of itself.
    ImagePdfPage sideways = scanned(makeTextImage({QStringLiteral("Shown sideways until uprighted"),
                                                   QStringLiteral("by orientation detection which"),
                                                   QStringLiteral("needs a few lines of ordinary"),
                                                   QStringLiteral("text to tell which way is up"),
                                                   QStringLiteral("before the words are read")},
                                                  kDpi, 0.0, QSize(kDpi * 6, kDpi * 4)));
    sideways.rotate = 270;
    sideways.upright = false;
    sideways.mediaOrigin = QPointF(-300, -400);
    ImagePdfPage large = scanned(page({QStringLiteral("Upside down at twice the unit"), QStringLiteral("of user space and cropped")}));
    large.rotate = 180;
    large.userUnit = 2.0;
    large.cropInset = QMarginsF(10, 10, 10, 10);
    ImagePdfPage skewed = scanned(page({QStringLiteral("Skewed by three degrees here"), QStringLiteral("the words still stay whole")}, 3.0));
    QVERIFY(writeImagePdf(input(QStringLiteral("geometry.pdf")), {plain, turned, sideways, large, skewed}));

    // Mixed: a born-digital page, a scan under a stamp of real text, a page that fails.
    const QString textPart = m_dir.filePath(QStringLiteral("text-part.pdf"));
    const QString scanPart = m_dir.filePath(QStringLiteral("scan-part.pdf"));
    QVERIFY(writeTextPdf(textPart, {{QStringLiteral("A born digital page with its own text.")}}));
    ImagePdfPage stamped = scanned(page({QStringLiteral("Received with thanks on Monday"), QStringLiteral("filed under letters")}));
    stamped.stamp = QStringLiteral("CONFIDENTIAL");
    QVERIFY(writeImagePdf(scanPart, {stamped, scanned(page({QStringLiteral("This page is never read")}))}));
    QCOMPARE(runTool(qpdfTool(), {QStringLiteral("--empty"), QStringLiteral("--pages"), textPart, scanPart,
                                  QStringLiteral("--"), input(QStringLiteral("mixed.pdf"))})
                 .exitCode,
             0);

    // Images of every kind.
    QImage gray = page({QStringLiteral("Gray PNG page with a resolution")});
    QVERIFY(gray.save(input(QStringLiteral("images/page.png"))));
    QImage indexed = page({QStringLiteral("Palette PNG with four shades")}).convertToFormat(QImage::Format_Indexed8);
    QVERIFY(indexed.save(input(QStringLiteral("images/palette.png"))));
    QImage alpha(gray.size(), QImage::Format_ARGB32);
    alpha.fill(Qt::transparent);
    {
        QPainter painter(&alpha);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(29);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(150, 180, QStringLiteral("Transparent background around"));
    }
    alpha.setDotsPerMeterX(gray.dotsPerMeterX());
    alpha.setDotsPerMeterY(gray.dotsPerMeterY());
    QVERIFY(alpha.save(input(QStringLiteral("images/alpha.png"))));
    QImage colour = page({QStringLiteral("A photo turned by its camera")}).convertToFormat(QImage::Format_RGB32);
    {
        QPainter painter(&colour);
        painter.fillRect(QRect(20, 20, 60, 60), QColor(200, 30, 30));
    }
    QVERIFY(writeOrientedJpeg(input(QStringLiteral("images/photo.jpg")), colour, 6, kDpi));
    QVERIFY(writeMultiPageTiff(input(QStringLiteral("images/pages.tif")),
                               {{QStringLiteral("First page of a gray TIFF")}, {QStringLiteral("Second page follows it")}},
                               kDpi));
    QImage mono = page({QStringLiteral("Bilevel fax page coded anew")}).convertToFormat(QImage::Format_Mono);
    QVERIFY(mono.save(input(QStringLiteral("images/mono.tif"))));
    // x.png beside x.pdf, and another x.pdf in another folder.
    QVERIFY(page({QStringLiteral("The image called ex")}).save(input(QStringLiteral("images/x.png"))));
    QVERIFY(writeImagePdf(input(QStringLiteral("images/x.pdf")), {scanned(page({QStringLiteral("The document called ex")}))}));
    QVERIFY(writeImagePdf(input(QStringLiteral("other/x.pdf")), {scanned(page({QStringLiteral("Another folder another ex")}))}));

    // Encrypted (AES-256) and signed.
    const QString plainSecret = m_dir.filePath(QStringLiteral("secret-plain.pdf"));
    QVERIFY(writeImagePdf(plainSecret, {scanned(page({QStringLiteral("Secret minutes of the board")}))}));
    QCOMPARE(runTool(qpdfTool(), {QStringLiteral("--encrypt"), kPassword, QStringLiteral("owner-secret"),
                                  QStringLiteral("256"), QStringLiteral("--"), plainSecret,
                                  input(QStringLiteral("locked/secret.pdf"))})
                 .exitCode,
             0);
    QVERIFY(writeImagePdf(input(QStringLiteral("signed/contract.pdf")),
                          {scanned(page({QStringLiteral("Signed contract of sale")}))}, true));

    for (const QString &path : {QStringLiteral("geometry.pdf"), QStringLiteral("mixed.pdf"), QStringLiteral("images/page.png"),
                                QStringLiteral("images/photo.jpg"), QStringLiteral("images/mono.tif"),
                                QStringLiteral("images/x.pdf"), QStringLiteral("locked/secret.pdf"),
                                QStringLiteral("signed/contract.pdf")})
        m_hashes.insert(path, sha256(input(path)));

    // The third page of mixed.pdf kills its worker every time: it fails.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_WORKER"), QStringLiteral(QUIRE_FAULTY_WORKER_PATH));
    environment.insert(QStringLiteral("QUIRE_WORKER_FAULTS"), QStringLiteral("crash@mixed.pdf:3"));
    m_run = runCli({QStringLiteral("run"), QStringLiteral("--db"), m_db, QStringLiteral("--dpi"), QString::number(kDpi),
                    QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("--password"), kPassword,
                    QStringLiteral("--output-pdf"), m_out, m_inputs},
                   600'000, environment);
}

void TestSearchablePdf::runWritesEachDocumentAsItFinishes()
{
    QCOMPARE(m_run.exitStatus, QProcess::NormalExit);
    QVERIFY2(m_run.exitCode == 2, qPrintable(m_run.err)); // a failed page and a signed document
    for (const QString &name : {QStringLiteral("geometry.pdf"), QStringLiteral("mixed.pdf"), QStringLiteral("images/page.pdf"),
                                QStringLiteral("images/palette.pdf"), QStringLiteral("images/alpha.pdf"),
                                QStringLiteral("images/photo.pdf"), QStringLiteral("images/pages.pdf"),
                                QStringLiteral("images/mono.pdf"), QStringLiteral("images/x.pdf"),
                                QStringLiteral("images/x.png.pdf"), QStringLiteral("other/x.pdf"),
                                QStringLiteral("locked/secret.pdf")}) {
        QVERIFY2(QFileInfo::exists(output(name)), qPrintable(name + QLatin1Char('\n') + m_run.err));
        QVERIFY2(m_run.err.contains(QStringLiteral("Wrote ") + QDir::toNativeSeparators(output(name))),
                 qPrintable(name + QLatin1Char('\n') + m_run.err));
    }
    // x.pdf is the PDF's; the image beside it keeps its whole name.
    QVERIFY(extractText(output(QStringLiteral("images/x.pdf"))).join(QString()).contains(QStringLiteral("document")));
    QVERIFY(extractText(output(QStringLiteral("images/x.png.pdf"))).join(QString()).contains(QStringLiteral("image")));
    QVERIFY(extractText(output(QStringLiteral("other/x.pdf"))).join(QString()).contains(QStringLiteral("folder")));
    // The run says which pages have no text.
    QVERIFY2(m_run.err.contains(QStringLiteral("mixed.pdf (3 pages; no text on page 3")), qPrintable(m_run.err));
    QVERIFY(!QFileInfo::exists(output(QStringLiteral("signed/contract.pdf"))));
    QVERIFY2(m_run.err.contains(QStringLiteral("contract.pdf is digitally signed")), qPrintable(m_run.err));
}

void TestSearchablePdf::inputsAreNeverTouched()
{
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it)
        QVERIFY2(sha256(input(it.key())) == it.value(), qPrintable(it.key()));
}

void TestSearchablePdf::everyOutputPassesTheChecks()
{
    Store store;
    QVERIFY(store.open(m_db));
    const QList<DocumentRecord> documents = store.documents();
    QStringList paths;
    for (const DocumentRecord &document : documents)
        paths << document.path;
    const PdfOutputNames names(m_out, paths);
    int checked = 0;
    for (const DocumentRecord &document : documents) {
        const QString out = names.outputFor(document.path);
        if (!QFileInfo::exists(out))
            continue;
        ++checked;
        const QString password = document.path.contains(QStringLiteral("secret")) ? kPassword : QString();
        const DocumentCheck check = checkDocument(store, document, out, password);
        const QString name = QFileInfo(document.path).fileName();
        QVERIFY2(check.problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + check.problem));
        QVERIFY2(check.cer <= 0.01, qPrintable(QStringLiteral("%1: CER %2").arg(name).arg(check.cer)));
        QVERIFY2(check.placement.centred >= 0.98 * check.placement.words,
                 qPrintable(QStringLiteral("%1: %2 of %3 words in place").arg(name).arg(check.placement.centred).arg(check.placement.words)));
        QVERIFY2(check.placement.edgesWithin >= 0.98 * check.placement.edgeWords,
                 qPrintable(QStringLiteral("%1: %2 of %3 boxes").arg(name).arg(check.placement.edgesWithin).arg(check.placement.edgeWords)));
        QVERIFY2(check.qpdfClean, qPrintable(name));
        QVERIFY2(check.pixelsMatch(), qPrintable(QStringLiteral("%1: max %2, mean %3 %4")
                                                     .arg(name)
                                                     .arg(check.pixels.maxDifference)
                                                     .arg(check.pixels.meanDifference)
                                                     .arg(check.pixels.error)));
        QVERIFY2(check.streamsKept, qPrintable(name + QStringLiteral(": ") + check.problem));
        QVERIFY2(check.sizeWithinLimit(),
                 qPrintable(QStringLiteral("%1: %2 bytes from %3").arg(name).arg(check.outputBytes).arg(check.inputBytes)));
    }
    QCOMPARE(checked, 12);
}

void TestSearchablePdf::pageGeometryIsHonoured()
{
    // Each geometry page on its own: rotated, offset, sideways, UserUnit, skewed.
    Store store;
    QVERIFY(store.open(m_db));
    const QList<PdfPageFrame> frames = pageFrames(output(QStringLiteral("geometry.pdf")));
    const QList<QList<ExtractedWord>> words = extractWords(output(QStringLiteral("geometry.pdf")));
    QCOMPARE(frames.size(), 5);
    for (int number = 1; number <= 5; ++number) {
        const std::optional<StoredPage> stored = store.loadPage(input(QStringLiteral("geometry.pdf")), number);
        QVERIFY(stored);
        QVERIFY(stored->result.kind == PageKind::Ocr);
        const Placement placement = checkPlacement(*stored, frames.at(number - 1), words.value(number - 1));
        QVERIFY2(placement.words >= 8, qPrintable(QStringLiteral("page %1: %2").arg(number).arg(stored->result.text)));
        QVERIFY2(placement.centred == placement.words,
                 qPrintable(QStringLiteral("page %1: %2 of %3").arg(number).arg(placement.centred).arg(placement.words)));
    }
    // The sideways page was uprighted by OCR, the skewed one deskewed.
    QCOMPARE(store.loadPage(input(QStringLiteral("geometry.pdf")), 3)->result.rotation % 180, 90);
    QVERIFY(std::abs(store.loadPage(input(QStringLiteral("geometry.pdf")), 5)->result.skewDegrees) > 2.0);
    QVERIFY(popplerHits(output(QStringLiteral("geometry.pdf")), 4, QStringLiteral("degrees")) == 1);
    QVERIFY(popplerHits(output(QStringLiteral("geometry.pdf")), 1, QStringLiteral("offset media")) == 1);
}

void TestSearchablePdf::imagesAreEmbeddedAsStored()
{
    const auto encodings = [](const QString &pdf) {
        QStringList found;
        const QStringList lines = QString::fromUtf8(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out)
                                      .split(QLatin1Char('\n'));
        for (const QString &line : lines.mid(2)) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() > 9)
                found << fields.at(2) + QLatin1Char(':') + fields.at(8); // type:enc
        }
        return found;
    };
    QCOMPARE(encodings(output(QStringLiteral("images/photo.pdf"))), QStringList{QStringLiteral("image:jpeg")});
    QCOMPARE(encodings(output(QStringLiteral("images/mono.pdf"))), QStringList{QStringLiteral("image:ccitt")});
    QCOMPARE(encodings(output(QStringLiteral("images/page.pdf"))), QStringList{QStringLiteral("image:image")});
    QCOMPARE(encodings(output(QStringLiteral("images/alpha.pdf"))),
             QStringList({QStringLiteral("image:image"), QStringLiteral("smask:image")}));
    QCOMPARE(encodings(output(QStringLiteral("images/pages.pdf"))).size(), 2);

    // The JPEG is the file itself, byte for byte.
    QTemporaryDir extracted;
    QCOMPARE(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-j"), output(QStringLiteral("images/photo.pdf")),
                                                   extracted.filePath(QStringLiteral("img"))})
                 .exitCode,
             0);
    QFile original(input(QStringLiteral("images/photo.jpg")));
    QFile embedded(extracted.filePath(QStringLiteral("img-000.jpg")));
    QVERIFY(original.open(QIODevice::ReadOnly) && embedded.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), original.readAll());

    // Pages at their physical size: 6 x 2.5 inches at 150 DPI; the photo turned upright (EXIF 6).
    const QList<PdfPageFrame> frames = pageFrames(output(QStringLiteral("images/photo.pdf")));
    QCOMPARE(frames.size(), 1);
    QVERIFY(std::abs(frames.at(0).box.width() - 432.0) < 0.01 && std::abs(frames.at(0).box.height() - 180.0) < 0.01);
}

void TestSearchablePdf::mixedDocumentKeepsItsOwnText()
{
    const QStringList texts = extractText(output(QStringLiteral("mixed.pdf")));
    QCOMPARE(texts.size(), 3);
    QCOMPARE(simplified(texts.at(0)), QStringLiteral("A born digital page with its own text."));
    // The stamp is the page's own text; OCR read it too, but adds it only once.
    QCOMPARE(texts.at(1).count(QStringLiteral("CONFIDENTIAL")), 1);
    QVERIFY2(texts.at(1).contains(QStringLiteral("Received with thanks")), qPrintable(texts.at(1)));
    QVERIFY(texts.at(2).trimmed().isEmpty());
    Store store;
    QVERIFY(store.open(m_db));
    QVERIFY(store.loadPage(input(QStringLiteral("mixed.pdf")), 1)->result.kind == PageKind::Text);
    QVERIFY(store.loadPage(input(QStringLiteral("mixed.pdf")), 2)->result.kind == PageKind::Ocr);
    QVERIFY(store.loadPage(input(QStringLiteral("mixed.pdf")), 2)->result.text.contains(QStringLiteral("CONFIDENTIAL")));
    QVERIFY(store.loadPage(input(QStringLiteral("mixed.pdf")), 3)->result.status == PageStatus::Failed);
}

void TestSearchablePdf::encryptionIsKept()
{
    const QString out = output(QStringLiteral("locked/secret.pdf"));
    const ToolRun shown = runTool(qpdfTool(), {QStringLiteral("--show-encryption"), QStringLiteral("--password=") + kPassword, out});
    QVERIFY2(QString::fromUtf8(shown.out).contains(QStringLiteral("R = 6")), shown.out.constData());
    QVERIFY(runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).exitCode != 0); // no password, no text
    QVERIFY(extractText(out, kPassword).join(QString()).contains(QStringLiteral("Secret minutes")));
    QCOMPARE(popplerHits(out, 0, QStringLiteral("board"), kPassword), 1);
}

void TestSearchablePdf::signedDocumentsNeedConsent()
{
    QVERIFY(SearchablePdfWriter::isSigned(input(QStringLiteral("signed/contract.pdf"))));
    QVERIFY(!SearchablePdfWriter::isSigned(input(QStringLiteral("geometry.pdf"))));
    const QString folder = m_dir.filePath(QStringLiteral("consent"));
    const CliResult refused = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                                      folder, QStringLiteral("--password"), kPassword});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--break-signatures")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("signed/contract.pdf"))));
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("geometry.pdf"))));

    const CliResult allowed = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                                      folder, QStringLiteral("--password"), kPassword,
                                      QStringLiteral("--break-signatures")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY2(allowed.err.contains(QStringLiteral("digital signature is no longer valid")), qPrintable(allowed.err));
    QVERIFY(extractText(QDir(folder).filePath(QStringLiteral("signed/contract.pdf"))).join(QString()).contains(QStringLiteral("contract")));
}

void TestSearchablePdf::correctionsReachThePdf()
{
    const QString geometry = input(QStringLiteral("geometry.pdf"));
    {
        Store store;
        QVERIFY(store.open(m_db));
        const std::optional<StoredPage> first = store.loadPage(geometry, 1);
        QVERIFY(first);
        qint64 id = 0;
        for (const Word &word : first->result.words) {
            if (word.text == QStringLiteral("harbour"))
                id = word.id;
        }
        QVERIFY2(id > 0, qPrintable(first->result.text));
        QVERIFY2(store.correctWord(id, QStringLiteral("harbor")), qPrintable(store.errorString()));
        // A free edit of the second page: one word changed, one added.
        const QString edited = store.loadPage(geometry, 2)->correctedText.replace(QStringLiteral("offset"), QStringLiteral("shifted"))
                               + QStringLiteral(" indeed");
        QVERIFY2(store.setPageText(geometry, 2, edited), qPrintable(store.errorString()));
    }
    const QString folder = m_dir.filePath(QStringLiteral("corrected"));
    const CliResult exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                                       folder, QStringLiteral("--password"), kPassword});
    QCOMPARE(exported.exitCode, 2); // the signed document is skipped again
    const QString pdf = QDir(folder).filePath(QStringLiteral("geometry.pdf"));
    const QStringList texts = extractText(pdf);
    QVERIFY2(texts.value(0).contains(QStringLiteral("harbor")) && !texts.value(0).contains(QStringLiteral("harbour")),
             qPrintable(texts.value(0)));
    QVERIFY2(texts.value(1).contains(QStringLiteral("shifted")) && texts.value(1).contains(QStringLiteral("indeed"))
                 && !texts.value(1).contains(QStringLiteral("offset")),
             qPrintable(texts.value(1)));
    // The corrected word sits where the recognized one was.
    Store store;
    QVERIFY(store.open(m_db));
    const Placement placement = checkPlacement(*store.loadPage(geometry, 1), pageFrames(pdf).at(0), extractWords(pdf).at(0));
    QCOMPARE(placement.centred, placement.words);
    QCOMPARE(popplerHits(pdf, 0, QStringLiteral("harbor")), 1);
}

void TestSearchablePdf::exportNeverWritesOverAnInput()
{
    // Into the inputs' own folder: each PDF would land on itself.
    const QString before = QString::fromLatin1(sha256(input(QStringLiteral("geometry.pdf"))).toHex());
    const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--pdf"),
                                     m_inputs, QStringLiteral("--password"), kPassword});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("never writes over an input")), qPrintable(result.err));
    QCOMPARE(QString::fromLatin1(sha256(input(QStringLiteral("geometry.pdf"))).toHex()), before);
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it)
        QVERIFY2(sha256(input(it.key())) == it.value(), qPrintable(it.key()));
}

void TestSearchablePdf::spanishAndChineseAreSearchable()
{
    const QString spanish = m_dir.filePath(QStringLiteral("lang/cancion.png"));
    QVERIFY(QDir().mkpath(QFileInfo(spanish).absolutePath()));
    QVERIFY(page({QStringLiteral("La canción del niño en el camión"), QStringLiteral("añadió piña después")}).save(spanish));
    const QString db = m_dir.filePath(QStringLiteral("lang.sqlite"));
    const QString folder = m_dir.filePath(QStringLiteral("lang-out"));
    const CliResult es = runCli({QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("spa"),
                                 QStringLiteral("--output-pdf"), folder, spanish});
    if (es.exitCode == 1 && es.err.contains(QStringLiteral("spa")))
        QSKIP("The Spanish model is not installed: apt-get install tesseract-ocr-spa");
    QVERIFY2(es.exitCode == 0, qPrintable(es.err));
    const QString esPdf = QDir(folder).filePath(QStringLiteral("cancion.pdf"));
    for (const QString &word : {QStringLiteral("canción"), QStringLiteral("niño"), QStringLiteral("camión"), QStringLiteral("piña")})
        QVERIFY2(popplerHits(esPdf, 0, word) == 1, qPrintable(word + QLatin1Char('\n') + extractText(esPdf).join(QString())));

    const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
    const QString chinese = corpus + QStringLiteral("/groundtruth/tesseractjs/chinese.png");
    if (corpus.isEmpty() || !QFileInfo::exists(chinese))
        QSKIP("No corpus (QUIRE_CORPUS_DIR): the Chinese page is the corpus' chinese.png");
    const QString zhDb = m_dir.filePath(QStringLiteral("zh.sqlite"));
    const QString zhFolder = m_dir.filePath(QStringLiteral("zh-out"));
    const CliResult zh = runCli({QStringLiteral("run"), QStringLiteral("--db"), zhDb, QStringLiteral("--lang"),
                                 QStringLiteral("chi_tra"), QStringLiteral("--output-pdf"), zhFolder, chinese});
    if (zh.exitCode == 1 && zh.err.contains(QStringLiteral("chi_tra")))
        QSKIP("The Traditional Chinese model is not installed: apt-get install tesseract-ocr-chi-tra");
    QVERIFY2(zh.exitCode == 0, qPrintable(zh.err));
    const QString zhPdf = QDir(zhFolder).filePath(QStringLiteral("chinese.pdf"));
    const QString text = extractText(zhPdf).join(QString());
    QVERIFY2(text.contains(QStringLiteral("中文")) || text.contains(QStringLiteral("中 文")), qPrintable(text));
    QVERIFY2(popplerHits(zhPdf, 0, QStringLiteral("繁體")) == 1, qPrintable(text));
    QVERIFY2(popplerHits(zhPdf, 0, QStringLiteral("測試")) == 1, qPrintable(text));
}

// Real scans of the corpus, written without recognition (pages without text):
// a CCITT G4 TIFF keeps its strip, a JPEG-compressed TIFF its JPEG data.
void TestSearchablePdf::corpusImagesKeepTheirData()
{
    const QString corpus = QStringLiteral(QUIRE_CORPUS_DIR);
    if (corpus.isEmpty() || !QFileInfo::exists(corpus + QStringLiteral("/groundtruth")))
        QSKIP("No corpus (QUIRE_CORPUS_DIR): the CCITT and JPEG TIFF scans are the corpus' own");
    struct Case
    {
        QString file;
        QString encoding;
    };
    const QList<Case> cases = {{QStringLiteral("tesseract-test/8087_054.3B.tif"), QStringLiteral("ccitt")},
                               {QStringLiteral("ocrd-kant-1784/kant_aufklaerung_1784_0017.tif"), QStringLiteral("jpeg")}};
    for (const Case &c : cases) {
        const QString in = corpus + QStringLiteral("/groundtruth/") + c.file;
        const QString out = m_dir.filePath(QStringLiteral("corpus/") + QFileInfo(in).completeBaseName() + QStringLiteral(".pdf"));
        SearchablePdfWriter writer;
        QString message;
        QVERIFY2(writer.begin(in, &message) == SearchablePdfWriter::Outcome::Written, qPrintable(message));
        SearchablePdfReport report;
        QVERIFY2(writer.finish(out, &report, &message) == SearchablePdfWriter::Outcome::Written, qPrintable(message));
        QCOMPARE(report.pagesWithoutText, QList<int>{1});
        const QStringList listing = QString::fromUtf8(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out}).out)
                                        .split(QLatin1Char('\n'));
        QVERIFY2(listing.value(2).simplified().split(QLatin1Char(' ')).value(8) == c.encoding, qPrintable(listing.join(QLatin1Char('\n'))));
        // Shown as Qt decodes the file, page for pixel; sized by its 300 DPI.
        QImageReader reader(in);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        const PixelCompare pixels = compareWithImage(out, 1, image);
        QVERIFY2(pixels.ok, qPrintable(pixels.error));
        if (c.encoding == QStringLiteral("jpeg"))
            QVERIFY2(pixels.meanDifference < 1.0, qPrintable(QString::number(pixels.meanDifference)));
        else
            QCOMPARE(pixels.maxDifference, 0);
        const QSizeF size = pageFrames(out).value(0).displayedSize();
        QVERIFY(std::abs(size.width() - image.width() * 72.0 / 300) < 0.01);
        const qint64 input = QFileInfo(in).size();
        QVERIFY(QFileInfo(out).size() <= input + input / 20 + 10'240);
    }
}

QTEST_MAIN(TestSearchablePdf) // a QGuiApplication: the test documents are drawn with fonts
#include "TestSearchablePdf.moc"
