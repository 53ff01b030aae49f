#include "pdf/DocumentReader.h"
#include "pdf/DetectDocumentType.h"
#include "pdf/TextLayerReader.h"

#include "imaging/ColourDetector.h"
#include "imaging/Preprocessor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QVariant>

#include <poppler/qt6/poppler-qt6.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <mutex>
#include <utility>
#include <vector>

namespace quire {

namespace {

constexpr int kMinDpi = 50;
constexpr double kLookDpi = 50.0; // pageLook(): the resolution BlankPageDetector is measured at
constexpr int kAssumedImageDpi = 300;
// No document page is larger than this (inches, long side) at its recorded resolution.
constexpr double kMaxPlausiblePageInches = 17.0;
constexpr int kQtDefaultDpi = 96;
// An image is decoded whole before it can be scaled down to the pixel cap,
// so decoding is bounded on its own: up to this many times the cap (and at
// least kMinDecodePixels, for previews with a small cap), at most 4 bytes a
// pixel. Files that declare more are refused before anything is allocated.
constexpr qint64 kDecodeCapFactor = 4;
constexpr qint64 kMinDecodePixels = 100'000'000;

// Poppler reports problems through one global callback. Keep the last
// message of this thread so that an open or render failure can quote it,
// and keep Poppler from writing to stderr.
thread_local QString t_lastPopplerMessage;

void collectPopplerMessage(const QString &message, const QVariant &)
{
    t_lastPopplerMessage = message;
}

void installPopplerMessageHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(collectPopplerMessage, QVariant()); });
}

// Messages a person reads, translated under the class they belong to.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::DocumentReader)
};

/// Converts to 8-bit gray, compositing any transparency over white.
QImage toGrayOnWhite(const QImage &source)
{
    if (source.isNull())
        return {};
    if (source.format() == QImage::Format_Grayscale8)
        return source;
    if (!source.hasAlphaChannel())
        return source.convertToFormat(QImage::Format_Grayscale8);

    const QImage premultiplied = source.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage gray(premultiplied.size(), QImage::Format_Grayscale8);
    gray.setDotsPerMeterX(source.dotsPerMeterX());
    gray.setDotsPerMeterY(source.dotsPerMeterY());
    for (int y = 0; y < premultiplied.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(premultiplied.constScanLine(y));
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < premultiplied.width(); ++x) {
            // Premultiplied colour over white: c + (1 - alpha) * 255.
            const QRgb p = in[x];
            out[x] = uchar(std::min(255, qGray(p) + 255 - qAlpha(p)));
        }
    }
    return gray;
}

/// Converts to Format_RGB32 with any transparency composited over white,
/// or to 8-bit gray when nothing in it has colour.
QImage toColourOnWhite(const QImage &source)
{
    if (source.isNull() || (source.depth() <= 16 && source.isGrayscale())) // cheap for these formats
        return toGrayOnWhite(source);
    QImage rgb = source.convertToFormat(source.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                 : QImage::Format_RGB32);
    if (source.hasAlphaChannel()) {
        for (int y = 0; y < rgb.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(rgb.scanLine(y));
            for (int x = 0; x < rgb.width(); ++x) {
                const QRgb p = line[x];
                const int white = 255 - qAlpha(p);
                line[x] = qRgb(qRed(p) + white, qGreen(p) + white, qBlue(p) + white);
            }
        }
        rgb.reinterpretAsFormat(QImage::Format_RGB32);
    }
    if (!ColourDetector::hasColour(rgb))
        return toGrayOnWhite(rgb);
    rgb.setDotsPerMeterX(source.dotsPerMeterX());
    rgb.setDotsPerMeterY(source.dotsPerMeterY());
    return rgb;
}

// Pixels of a page of @p size points at @p dpi. In floating point: a page
// box from a hostile file can be larger than any integer type holds
// (99999999999 pt squared overflows qint64 at 72 DPI).
double pagePixels(const QSizeF &size, double dpi)
{
    return std::ceil(size.width() * dpi / 72.0) * std::ceil(size.height() * dpi / 72.0);
}

qint64 clampedPixels(double pixels)
{
    constexpr double kMost = 1e18;
    return !(pixels > 0) ? 0 : pixels >= kMost ? qint64(kMost) : qint64(pixels);
}

void setDpi(QImage &image, int dpi)
{
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
}

QString inches(double points)
{
    return QString::number(points / 72.0, 'f', 1);
}

/// Whether an image file states its resolution (Qt cannot tell "none" from 96 DPI):
/// a PNG pHYs chunk in metre units, a JFIF density in inches or cm, or EXIF. TIFFs are taken at their word.
bool recordsResolution(const QString &path, const QByteArray &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(256 * 1024);
    if (format == "png") {
        const qsizetype phys = head.indexOf("pHYs");
        const qsizetype idat = head.indexOf("IDAT");
        return phys > 0 && (idat < 0 || phys < idat) && phys + 12 < head.size() && head.at(phys + 12) == 1;
    }
    if (format == "jpeg") {
        const qsizetype jfif = head.indexOf(QByteArrayLiteral("JFIF\0"));
        if (jfif > 0 && jfif + 7 < head.size() && head.at(jfif + 7) != 0)
            return true;
        return head.indexOf(QByteArrayLiteral("Exif\0\0")) > 0;
    }
    return true;
}

} // namespace

struct DocumentReader::Private
{
    QString path;
    QString name; // file name, for messages
    DocumentType type = DocumentType::Unknown;
    OpenError error = OpenError::None;
    QString errorString;
    int pageCount = 0;
    std::unique_ptr<Poppler::Document> pdf;
    QByteArray password; // the bytes that unlocked the PDF, for qpdf
    QByteArray imageFormat;
    // qpdf's view of the same PDF, opened on first use.
    std::unique_ptr<PdfPageInspector> inspector;
    bool inspectorTried = false;

    bool fail(OpenError code, const QString &message)
    {
        error = code;
        errorString = message;
        pdf.reset();
        pageCount = 0;
        return false;
    }

    bool failTooManyPages(int count)
    {
        return fail(OpenError::TooManyPages,
                    Text::tr("%1 has %2 pages, more than the %3 Quire takes from one document; split it into "
                             "smaller files (for example with qpdf --split-pages)")
                        .arg(name)
                        .arg(count)
                        .arg(kMaxPages));
    }

    bool openPdf(const QString &password);
    bool openImage();
    PdfPageInspector *pdfInspector();
    RenderedPage renderPdf(int index, int dpi, qint64 maxPixels, QString *why, bool colour) const;
    RenderedPage renderImage(int index, qint64 maxPixels, QString *why, bool colour) const;
    QString pageName(int index) const { return Text::tr("page %1 of %2").arg(index + 1).arg(name); }
};

bool DocumentReader::Private::openPdf(const QString &password)
{
    installPopplerMessageHandler();
    t_lastPopplerMessage.clear();
    pdf = Poppler::Document::load(path);
    if (!pdf) {
        const QString detail =
            t_lastPopplerMessage.isEmpty() ? Text::tr("no further detail") : t_lastPopplerMessage;
        return fail(
            OpenError::Corrupt, Text::tr("%1 is damaged and cannot be read (Poppler: %2)").arg(name, detail));
    }
    if (pdf->isLocked()) {
        if (password.isEmpty()) {
            return fail(OpenError::PasswordRequired,
                Text::tr("%1 is password-protected: give the password with --password-file (or --password)").arg(name));
        }
        // Poppler takes Latin-1 for the older handlers and UTF-8 for AES-256;
        // try each encoding as user password, then as owner password.
        QList<QByteArray> candidates = {password.toUtf8()};
        const QByteArray latin1 = password.toLatin1();
        if (latin1 != candidates.first() && QString::fromLatin1(latin1) == password)
            candidates.append(latin1);
        for (const QByteArray &candidate : std::as_const(candidates)) {
            if (!pdf->isLocked())
                break;
            pdf->unlock(QByteArray(), candidate);
            if (pdf->isLocked())
                pdf->unlock(candidate, QByteArray());
            if (!pdf->isLocked())
                this->password = candidate;
        }
        if (pdf->isLocked()) {
            return fail(OpenError::WrongPassword,
                Text::tr("%1 is password-protected and the password given does not open it").arg(name));
        }
    }
    pdf->setRenderHint(Poppler::Document::Antialiasing);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    pageCount = pdf->numPages();
    if (pageCount <= 0)
        return fail(OpenError::NoPages, Text::tr("%1 has no pages").arg(name));
    if (pageCount > kMaxPages)
        return failTooManyPages(pageCount);
    return true;
}

PdfPageInspector *DocumentReader::Private::pdfInspector()
{
    if (!inspectorTried) {
        inspectorTried = true;
        auto opened = std::make_unique<PdfPageInspector>();
        // Both libraries must see the same pages; where they do not, qpdf is not asked.
        if (opened->open(path, password) && opened->pageCount() == pageCount)
            inspector = std::move(opened);
    }
    return inspector.get();
}

bool DocumentReader::Private::openImage()
{
    // canRead() looks at the signature only; the size comes from the header,
    // which catches files cut short or garbled right after the signature.
    // Separate readers: the TIFF handler counts pages from wherever the
    // device was left by an earlier query.
    QImageReader reader(path, imageFormat);
    if (!reader.canRead() || !reader.size().isValid()) {
        return fail(OpenError::Corrupt,
            Text::tr("%1 is damaged and cannot be read (%2)").arg(name, reader.errorString()));
    }
    QImageReader counter(path, imageFormat);
    pageCount = std::max(1, counter.imageCount());
    if (pageCount > kMaxPages)
        return failTooManyPages(pageCount);
    return true;
}

RenderedPage DocumentReader::Private::renderPdf(int index, int dpi, qint64 maxPixels, QString *why, bool colour) const
{
    std::unique_ptr<Poppler::Page> page(pdf->page(index));
    if (!page) {
        *why = Text::tr("%1 cannot be read: Poppler finds no usable page there (the file is damaged)")
                   .arg(pageName(index));
        return {};
    }
    const QSizeF size = page->pageSizeF(); // points, after /Rotate
    if (!(size.width() >= 1.0 && size.height() >= 1.0)) {
        *why = Text::tr("%1 has no usable size (%2 x %3 pt) and cannot be rendered")
                   .arg(pageName(index))
                   .arg(size.width())
                   .arg(size.height());
        return {};
    }
    const auto pixelsAt = [&size](int d) { return pagePixels(size, d); };
    if (dpi <= 0) {
        *why = Text::tr("%1 cannot be rendered at %2 DPI: the resolution must be positive")
                   .arg(pageName(index))
                   .arg(dpi);
        return {};
    }
    int useDpi = dpi;
    if (maxPixels > 0 && pixelsAt(useDpi) > double(maxPixels)) {
        const double factor = std::sqrt(double(maxPixels) / pixelsAt(useDpi));
        useDpi = std::min(useDpi - 1, int(std::floor(useDpi * factor)));
        while (useDpi >= kMinDpi && pixelsAt(useDpi) > double(maxPixels))
            --useDpi;
        if (useDpi < kMinDpi) {
            *why = Text::tr("%1 is too large to render (%2 x %3 in): even at %4 DPI it would take %5 pixels, "
                            "over the limit of %6; raise the pixel limit to process it")
                       .arg(pageName(index), inches(size.width()), inches(size.height()))
                       .arg(kMinDpi)
                       .arg(pixelsAt(kMinDpi), 0, 'f', 0)
                       .arg(maxPixels);
            return {};
        }
    }

    t_lastPopplerMessage.clear();
    const QImage rendered = page->renderToImage(useDpi, useDpi);
    if (rendered.isNull()) {
        const QString detail =
            t_lastPopplerMessage.isEmpty() ? Text::tr("no further detail") : t_lastPopplerMessage;
        *why = Text::tr("%1 could not be rendered (Poppler: %2)").arg(pageName(index), detail);
        return {};
    }
    RenderedPage result;
    result.image = colour ? toColourOnWhite(rendered) : toGrayOnWhite(rendered);
    result.dpi = useDpi;
    result.downscaled = useDpi < dpi;
    setDpi(result.image, useDpi);
    return result;
}

RenderedPage DocumentReader::Private::renderImage(int index, qint64 maxPixels, QString *why, bool colour) const
{
    QImageReader reader(path, imageFormat);
    reader.setAutoTransform(true); // upright as viewers show it (EXIF orientation)
    if (index > 0 && !reader.jumpToImage(index)) {
        *why = Text::tr("%1 cannot be read: the image has no such page").arg(pageName(index));
        return {};
    }
    const QSize declared = reader.size();
    const qint64 decodeCap = std::max(kMinDecodePixels, kDecodeCapFactor * maxPixels);
    if (declared.isValid() && qint64(declared.width()) * declared.height() > decodeCap) {
        *why = Text::tr("%1 is too large to decode (%2 x %3 pixels): Quire decodes images of up to %4 "
                        "megapixels (four times the pixel limit, at least 100); raise the pixel limit to process it")
                   .arg(pageName(index))
                   .arg(declared.width())
                   .arg(declared.height())
                   .arg(decodeCap / 1'000'000);
        return {};
    }
    // Qt's own default (128 MB) would refuse a 600-DPI colour scan.
    reader.setAllocationLimit(int(std::min<qint64>(INT_MAX, (decodeCap * 4 + (1 << 20) - 1) >> 20)));
    QImage image = reader.read();
    if (image.isNull()) {
        *why = Text::tr("%1 could not be decoded (%2)").arg(pageName(index), reader.errorString());
        return {};
    }
    // Qt reports 96 DPI (its screen default) when the file records no
    // resolution. Then the resolution is unknown: Tesseract estimates it from
    // the text size, as the tesseract command does.
    int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    const bool dpiKnown = dpi >= kMinRecordedDpi && dpi <= kMaxRecordedDpi
                          && (dpi != kQtDefaultDpi || recordsResolution(path, imageFormat));
    if (!dpiKnown)
        dpi = kAssumedImageDpi;
    image = colour ? toColourOnWhite(image) : toGrayOnWhite(image);

    RenderedPage result;
    // A recorded resolution that makes the page larger than any document.
    if (dpiKnown && std::max(image.width(), image.height()) > kMaxPlausiblePageInches * dpi)
        result.alternativeDpi = kAssumedImageDpi;
    const qint64 pixels = qint64(image.width()) * image.height();
    if (maxPixels > 0 && pixels > maxPixels) {
        const double factor = std::sqrt(double(maxPixels) / double(pixels));
        int newDpi = int(std::floor(dpi * factor));
        const auto sizeAt = [&](int d) {
            return QSize(std::max(1, int(std::floor(image.width() * double(d) / dpi))),
                std::max(1, int(std::floor(image.height() * double(d) / dpi))));
        };
        while (newDpi >= kMinDpi && qint64(sizeAt(newDpi).width()) * sizeAt(newDpi).height() > maxPixels)
            --newDpi;
        if (newDpi < kMinDpi) {
            *why = Text::tr(
                "%1 is too large to process (%2 x %3 pixels at %4 DPI): even at %5 DPI it would exceed "
                "the limit of %6 pixels; raise the pixel limit to process it")
                       .arg(pageName(index))
                       .arg(image.width())
                       .arg(image.height())
                       .arg(dpi)
                       .arg(kMinDpi)
                       .arg(maxPixels);
            return {};
        }
        image = image.scaled(sizeAt(newDpi), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        dpi = newDpi;
        result.downscaled = true;
    }
    result.image = image;
    if (result.downscaled && result.alternativeDpi > 0)
        result.alternativeDpi = std::max(kMinDpi, int(std::lround(kAssumedImageDpi * double(image.width()) / reader.size().width())));
    result.dpi = dpiKnown ? dpi : 0;
    setDpi(result.image, dpi);
    return result;
}

DocumentReader::DocumentReader()
    : d(std::make_unique<Private>())
{ }

DocumentReader::~DocumentReader() = default;

bool DocumentReader::open(const QString &path, const QString &password)
{
    close();
    const QFileInfo info(path);
    d->path = path;
    d->name = info.fileName().isEmpty() ? path : info.fileName();

    if (!info.exists())
        return d->fail(OpenError::NotFound, Text::tr("%1 does not exist").arg(d->name));
    if (!info.isFile())
        return d->fail(OpenError::NotFound, Text::tr("%1 is not a file").arg(d->name));
    QString ioError;
    d->type = detectDocumentType(path, &ioError);
    if (!ioError.isEmpty())
        return d->fail(OpenError::NotFound, ioError);
    if (info.size() == 0)
        return d->fail(OpenError::UnsupportedType, Text::tr("%1 is empty").arg(d->name));

    switch (d->type) {
    case DocumentType::Pdf:
        if (!d->openPdf(password))
            return false;
        break;
    case DocumentType::Png:
    case DocumentType::Jpeg:
    case DocumentType::Tiff:
        d->imageFormat = toString(d->type).toLatin1();
        if (!d->openImage())
            return false;
        break;
    case DocumentType::Unknown:
        return d->fail(OpenError::UnsupportedType,
            Text::tr("%1 is not a PDF or a supported image (PNG, JPEG, TIFF)").arg(d->name));
    }
    d->error = OpenError::None;
    d->errorString.clear();
    return true;
}

void DocumentReader::close()
{
    d->inspector.reset();
    d->inspectorTried = false;
    d->password.clear();
    d->pdf.reset();
    d->path.clear();
    d->name.clear();
    d->type = DocumentType::Unknown;
    d->error = OpenError::None;
    d->errorString.clear();
    d->pageCount = 0;
    d->imageFormat.clear();
}

bool DocumentReader::isOpen() const
{
    return d->pageCount > 0;
}

QString DocumentReader::path() const
{
    return d->path;
}

DocumentType DocumentReader::type() const
{
    return d->type;
}

DocumentReader::OpenError DocumentReader::error() const
{
    return d->error;
}

QString DocumentReader::errorString() const
{
    return d->errorString;
}

int DocumentReader::pageCount() const
{
    return d->pageCount;
}

QSizeF DocumentReader::pageSizePoints(int index) const
{
    if (index < 0 || index >= d->pageCount)
        return {};
    if (d->pdf) {
        std::unique_ptr<Poppler::Page> page(d->pdf->page(index));
        return page ? page->pageSizeF() : QSizeF();
    }
    QImageReader reader(d->path, d->imageFormat);
    if (index > 0 && !reader.jumpToImage(index))
        return {};
    return QSizeF(reader.size());
}

qint64 DocumentReader::estimatedPixels(int index, int dpi, qint64 maxPixels) const
{
    if (index < 0 || index >= d->pageCount)
        return 0;
    qint64 pixels = 0;
    if (d->pdf) {
        std::unique_ptr<Poppler::Page> page(d->pdf->page(index));
        if (!page)
            return 0;
        pixels = clampedPixels(pagePixels(page->pageSizeF(), dpi));
    } else {
        QImageReader reader(d->path, d->imageFormat);
        if (index > 0 && !reader.jumpToImage(index))
            return 0;
        const QSize size = reader.size();
        pixels = qint64(size.width()) * size.height();
    }
    return maxPixels > 0 ? std::min(pixels, maxPixels) : pixels;
}

bool DocumentReader::hasTextLayers() const
{
    return isOpen() && d->type == DocumentType::Pdf;
}

TextLayer DocumentReader::textLayer(int index) const
{
    if (!d->pdf || index < 0 || index >= d->pageCount)
        return {};
    std::unique_ptr<Poppler::Page> page(d->pdf->page(index));
    if (!page)
        return {};
    TextLayer layer = TextLayerReader::read(*page);
    if (!layer.usable || layer.words.isEmpty())
        return layer;
    // A page of text and rules only: its ink is its text, no need to look.
    if (d->pdfInspector() && d->inspector->content(index).textOnly) {
        layer.coversPage = true;
        return layer;
    }
    layer.coversPage = TextLayerReader::coversPage(*page, layer);
    return layer;
}

PdfPageContent DocumentReader::pageContent(int index) const
{
    if (!d->pdf || index < 0 || index >= d->pageCount)
        return {};
    PdfPageInspector *inspector = d->pdfInspector();
    return inspector ? inspector->content(index) : PdfPageContent{};
}

RenderedPage DocumentReader::pageLook(int index) const
{
    const PdfPageContent content = pageContent(index);
    if (content.kind != PdfPageContent::Kind::SingleImage || !content.jpeg)
        return {};
    // n/8 of the size, which libjpeg gives almost for free (a few DCT
    // coefficients a block): the fewest eighths that still give 50 DPI.
    const double eighths = std::clamp(std::ceil(kLookDpi / content.dpi * 8.0), 1.0, 8.0);
    PdfPageImage look = d->inspector->image(index, true, eighths / 8.0, nullptr);
    if (look.image.isNull())
        return {};
    RenderedPage result;
    result.dpi = int(std::lround(look.dpi));
    result.image = look.image.format() == QImage::Format_RGB32 && !ColourDetector::hasColour(look.image)
                       ? look.image.convertToFormat(QImage::Format_Grayscale8)
                       : std::move(look.image);
    return result;
}

RenderedPage DocumentReader::pageImage(int index, int maxDpi, bool upsample, bool colour, qint64 maxPixels,
                                       QString *why) const
{
    QString ignored;
    QString &reason = why ? *why : ignored;
    const PdfPageContent content = pageContent(index);
    if (content.kind != PdfPageContent::Kind::SingleImage || content.dpi <= 0 || maxDpi <= 0) {
        reason = content.detail;
        return {};
    }
    // The resolution to read at, and the size of the displayed page in inches.
    double target = content.dpi;
    if (target > maxDpi || upsample)
        target = maxDpi;
    std::unique_ptr<Poppler::Page> page(d->pdf->page(index));
    if (!page)
        return {};
    const QSizeF inches = page->pageSizeF() / 72.0;
    const auto pixelsAt = [&inches](double dpi) {
        return qint64(std::lround(inches.width() * dpi)) * qint64(std::lround(inches.height() * dpi));
    };
    bool downscaled = false;
    if (maxPixels > 0 && pixelsAt(target) > maxPixels) {
        target = std::floor(target * std::sqrt(double(maxPixels) / double(pixelsAt(target))));
        while (target >= kMinDpi && pixelsAt(target) > maxPixels)
            --target;
        if (target < kMinDpi) {
            reason = Text::tr("the page is too large");
            return {};
        }
        downscaled = true;
    }
    PdfPageImage decoded = d->inspector->image(index, colour, std::min(1.0, target / content.dpi), &reason);
    if (decoded.image.isNull())
        return {};
    RenderedPage result;
    result.downscaled = downscaled;
    // Word boxes are read in pixels at a whole DPI: the image must be the
    // displayed page at exactly that DPI, give or take a pixel of rounding.
    result.dpi = int(std::lround(std::abs(decoded.dpi - target) > 0.5 ? target : decoded.dpi));
    const QSize grid(std::max(1, int(std::lround(inches.width() * result.dpi))),
                     std::max(1, int(std::lround(inches.height() * result.dpi))));
    if (std::abs(grid.width() - decoded.image.width()) > 1 || std::abs(grid.height() - decoded.image.height()) > 1) {
        // Down: area averaging, as a scanner at that resolution would see it.
        result.image = Preprocessor::resize(decoded.image, grid, grid.width() < decoded.image.width());
    } else {
        result.image = std::move(decoded.image);
    }
    if (result.image.isNull()) {
        reason = Text::tr("there is not enough memory to scale the page image");
        return {};
    }
    // A colour image of a gray page (a colour JPEG of black print) goes on as gray.
    if (result.image.format() == QImage::Format_RGB32 && !ColourDetector::hasColour(result.image))
        result.image = result.image.convertToFormat(QImage::Format_Grayscale8);
    setDpi(result.image, result.dpi);
    return result;
}

RenderedPage DocumentReader::render(int index, int dpi, qint64 maxPixels, QString *error, bool colour) const
{
    QString why;
    RenderedPage result;
    if (!isOpen()) {
        why = Text::tr("No document is open");
    } else if (index < 0 || index >= d->pageCount) {
        why = Text::tr("%1 does not exist: the document has %2 pages")
                  .arg(d->pageName(index))
                  .arg(d->pageCount);
    } else if (d->type == DocumentType::Pdf) {
        result = d->renderPdf(index, dpi, maxPixels, &why, colour);
    } else {
        result = d->renderImage(index, maxPixels, &why, colour);
    }
    if (result.image.isNull()) {
        result = {};
        if (error)
            *error = why;
    }
    return result;
}

} // namespace quire
