// qpdf 11: no PointerHolder, std::shared_ptr throughout (see qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4

#include "pdf/PdfPageInspector.h"

#include "pdf/PdfImageDecoder.h"
#include "pdf/detail/PdfContentScanner.h"
#include "pdf/detail/PdfImagePlacement.h"
#include "pdf/detail/PdfImageStreamReader.h"
#include "pdf/detail/PdfObjects.h"

#include <QCoreApplication>
#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cmath>
#include <exception>
#include <string>
#include <vector>

namespace quire {

using detail::Box;
using detail::Matrix;
using detail::PdfContentFindings;
using detail::PdfContentScanner;
using detail::PdfImagePlacement;
using detail::PdfImageStreamReader;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfPageInspector)
};

// An image counts as covering the displayed page when each of its edges lies
// within this much of the page's edge: the larger of an absolute margin (page
// sizes rounded to whole points) and a share of the page's size.
constexpr double kEdgeTolerancePt = 1.5;
constexpr double kEdgeToleranceShare = 0.005;
// Horizontal and vertical resolution may differ by this share (rounding of
// page sizes); more is an anisotropic scan (200 x 100 DPI), left to the renderer.
constexpr double kMaxResolutionMismatch = 0.01;
// A placement whose off-axis terms are below this share of its scale counts
// as axis-aligned; anything more turned is a skewed placement.
constexpr double kAxisTolerance = 1e-3;

/// Annotations that may paint: all but links and pop-ups, unless hidden.
bool hasVisibleAnnotations(QPDFObjectHandle page)
{
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray())
        return false;
    for (int i = 0; i < annots.getArrayNItems(); ++i) {
        QPDFObjectHandle annot = annots.getArrayItem(i);
        if (!annot.isDictionary())
            continue;
        const std::string subtype = detail::nameOf(annot.getKey("/Subtype"));
        if (subtype == "/Link" || subtype == "/Popup")
            continue;
        QPDFObjectHandle flags = annot.getKey("/F");
        if (flags.isInteger() && (flags.getIntValue() & 2) != 0) // Hidden
            continue;
        return true;
    }
    return false;
}

/// Whether what the content streams paint rules out one image covering the
/// page; @p why says what does.
bool ruledOut(const PdfContentFindings &found, bool annotations, QString *why)
{
    if (found.notSingleImage) {
        *why = found.detail;
        return true;
    }
    if (annotations) {
        *why = Text::tr("the page has annotations");
        return true;
    }
    if (found.images != 1) {
        *why = Text::tr("the page shows only invisible text");
        return true;
    }
    return false;
}

/// The displayed page: CropBox within MediaBox, then /Rotate.
struct DisplayedPage
{
    Box crop;
    int rotate = 0;   ///< 0, 90, 180 or 270.
    double width = 0; ///< Points, after /Rotate.
    double height = 0;
};

bool readDisplayedPage(QPDFPageObjectHelper &page, DisplayedPage *shown, QString *why)
{
    Box media;
    Box crop;
    if (!detail::readBox(page.getAttribute("/MediaBox", false), &media)) {
        *why = Text::tr("the page has no valid MediaBox");
        return false;
    }
    if (!detail::readBox(page.getAttribute("/CropBox", false), &crop))
        crop = media;
    crop = {std::max(crop.x0, media.x0), std::max(crop.y0, media.y0), std::min(crop.x1, media.x1),
        std::min(crop.y1, media.y1)};
    if (crop.width() < 1 || crop.height() < 1) {
        *why = Text::tr("the page has no usable size");
        return false;
    }
    QPDFObjectHandle rotateObject = page.getAttribute("/Rotate", false);
    int rotate = rotateObject.isInteger() ? rotateObject.getIntValueAsInt() : 0;
    rotate = ((rotate % 360) + 360) % 360;
    if (rotate % 90 != 0)
        rotate = 0; // as Poppler does
    const bool quarter = rotate == 90 || rotate == 270;
    shown->crop = crop;
    shown->rotate = rotate;
    shown->width = quarter ? crop.height() : crop.width();
    shown->height = quarter ? crop.width() : crop.height();
    return true;
}

/// The image's pixel grid on the displayed page (points, y down): where its
/// first pixel lies, the edge along its rows and the edge down its columns.
struct ImageEdges
{
    double ox = 0, oy = 0;   // the first pixel's corner
    double wx = 0, wy = 0;   // the end of the first row
    double hx = 0, hy = 0;   // the end of the first column
    double exX = 0, exY = 0; // along the image's rows
    double eyX = 0, eyY = 0; // down its columns
};

ImageEdges imageEdges(const Matrix &m, int width, int height, const DisplayedPage &shown)
{
    const Box &crop = shown.crop;
    // Image pixel (px, py), y down, to displayed points (X, Y), y down.
    const auto toDisplay = [&](double px, double py, double *X, double *Y) {
        double x = 0, y = 0;
        m.map(px / width, 1.0 - py / height, &x, &y);
        const double ux = x - crop.x0;
        const double uy = crop.y1 - y;
        switch (shown.rotate) {
        case 90:
            *X = crop.height() - uy;
            *Y = ux;
            break;
        case 180:
            *X = crop.width() - ux;
            *Y = crop.height() - uy;
            break;
        case 270:
            *X = uy;
            *Y = crop.width() - ux;
            break;
        default:
            *X = ux;
            *Y = uy;
        }
    };
    double ox = 0, oy = 0, wx = 0, wy = 0, hx = 0, hy = 0;
    toDisplay(0, 0, &ox, &oy);
    toDisplay(width, 0, &wx, &wy);
    toDisplay(0, height, &hx, &hy);
    return {ox, oy, wx, wy, hx, hy, wx - ox, wy - oy, hx - ox, hy - oy};
}

/// The turn and flips that bring the image upright on the page; false when
/// it is drawn turned by other than a quarter, or skewed.
bool axisAligned(const ImageEdges &e, PdfImagePlacement *placement)
{
    const double exLength = std::hypot(e.exX, e.exY);
    const double eyLength = std::hypot(e.eyX, e.eyY);
    if (std::abs(e.exY) <= kAxisTolerance * exLength && std::abs(e.eyX) <= kAxisTolerance * eyLength) {
        placement->swap = false;
        placement->flipX = e.exX < 0;
        placement->flipY = e.eyY < 0;
        return true;
    }
    if (std::abs(e.exX) <= kAxisTolerance * exLength && std::abs(e.eyY) <= kAxisTolerance * eyLength) {
        placement->swap = true;
        placement->flipX = e.eyX < 0;
        placement->flipY = e.exY < 0;
        return true;
    }
    return false;
}

/// Whether the image, placed at @p placement's edges, covers the displayed
/// page exactly (within the edge tolerance) and no clip hides any of it.
bool coversPage(const PdfImagePlacement &placement, const DisplayedPage &shown, const std::vector<Box> &clips,
                QString *why)
{
    const double tolX = std::max(kEdgeTolerancePt, kEdgeToleranceShare * shown.width);
    const double tolY = std::max(kEdgeTolerancePt, kEdgeToleranceShare * shown.height);
    const PdfImagePlacement &p = placement;
    if (p.left > tolX || p.top > tolY || p.right < shown.width - tolX || p.bottom < shown.height - tolY) {
        *why = Text::tr("the image does not cover the page");
        return false;
    }
    if (p.left < -tolX || p.top < -tolY || p.right > shown.width + tolX || p.bottom > shown.height + tolY) {
        *why = Text::tr("the image is cropped by the page");
        return false;
    }
    // Clips: each must leave the whole page visible.
    const Box &crop = shown.crop;
    for (const Box &clip : clips) {
        const double t = std::max(tolX, tolY);
        if (clip.x0 > crop.x0 + t || clip.y0 > crop.y0 + t || clip.x1 < crop.x1 - t || clip.y1 < crop.y1 - t) {
            *why = Text::tr("the image is clipped");
            return false;
        }
    }
    return true;
}

/// Where the page's one image lands on the displayed page; false with
/// @p why when it does not land as one upright image covering the page.
bool placeImage(const PdfContentFindings &found, int width, int height, const DisplayedPage &shown,
                PdfImagePlacement *placement, QString *why)
{
    const ImageEdges e = imageEdges(found.imageMatrix, width, height, shown);
    if (std::hypot(e.exX, e.exY) <= 0 || std::hypot(e.eyX, e.eyY) <= 0) {
        *why = Text::tr("the image is drawn with no size");
        return false;
    }
    if (!axisAligned(e, placement)) {
        *why = Text::tr("the image is drawn turned or skewed");
        return false;
    }
    placement->left = std::min({e.ox, e.wx, e.hx, e.ox + e.exX + e.eyX});
    placement->right = std::max({e.ox, e.wx, e.hx, e.ox + e.exX + e.eyX});
    placement->top = std::min({e.oy, e.wy, e.hy, e.oy + e.exY + e.eyY});
    placement->bottom = std::max({e.oy, e.wy, e.hy, e.oy + e.exY + e.eyY});
    placement->widthPt = shown.width;
    placement->heightPt = shown.height;
    return coversPage(*placement, shown, found.imageClips, why);
}

} // namespace

struct PdfPageInspector::Private
{
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;

    // The last page inspected, for image() right after content().
    int lastIndex = -1;
    PdfPageContent lastContent;
    QPDFObjectHandle lastImage;
    QPDFObjectHandle lastResources;
    PdfImagePlacement lastPlacement;

    PdfPageContent inspect(int index);
    bool inspectImage(QPDFPageObjectHelper &page, const PdfContentFindings &found, PdfPageContent *content);
};

PdfPageContent PdfPageInspector::Private::inspect(int index)
{
    PdfPageContent content;
    QPDFPageObjectHelper &page = pages[size_t(index)];
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    const PdfContentFindings found = PdfContentScanner::scan(page, resources);
    const bool annotations = hasVisibleAnnotations(page.getObjectHandle());
    lastResources = resources;
    content.text = found.text;
    if (!found.paints && !annotations) {
        content.kind = PdfPageContent::Kind::Empty;
        content.detail = Text::tr("the page paints nothing");
        return content;
    }
    content.kind = PdfPageContent::Kind::Other;
    content.textOnly = found.visibleText && !found.notTextOnly && !annotations;
    if (ruledOut(found, annotations, &content.detail))
        return content;
    inspectImage(page, found, &content);
    return content;
}

/// The page draws one image and nothing else: whether it covers the
/// displayed page upright at one resolution, which makes the page SingleImage.
bool PdfPageInspector::Private::inspectImage(QPDFPageObjectHelper &page, const PdfContentFindings &found,
                                             PdfPageContent *content)
{
    DisplayedPage shown;
    if (!readDisplayedPage(page, &shown, &content->detail))
        return false;
    QPDFObjectHandle image = found.image; // qpdf reads through non-const handles
    QPDFObjectHandle dict = image.getDict();
    const int width = dict.getKey("/Width").isNumber() ? int(dict.getKey("/Width").getNumericValue()) : 0;
    const int height = dict.getKey("/Height").isNumber() ? int(dict.getKey("/Height").getNumericValue()) : 0;
    if (width <= 0 || height <= 0) {
        content->detail = Text::tr("the image has no size");
        return false;
    }
    PdfImagePlacement placement;
    if (!placeImage(found, width, height, shown, &placement, &content->detail))
        return false;
    const double pixelsX = placement.swap ? height : width;
    const double pixelsY = placement.swap ? width : height;
    const double dpiX = pixelsX / (shown.width / 72.0);
    const double dpiY = pixelsY / (shown.height / 72.0);
    if (std::abs(dpiX - dpiY) > kMaxResolutionMismatch * std::max(dpiX, dpiY)) {
        content->detail = Text::tr("the image has different horizontal and vertical resolutions (%1 x %2 DPI)")
                              .arg(qRound(dpiX))
                              .arg(qRound(dpiY));
        return false;
    }
    QPDFObjectHandle softMask = dict.getKey("/SMask");
    if (softMask.isStream() && !softMask.getDict().getKey("/Matte").isNull()) {
        content->detail = Text::tr("the image's soft mask is premultiplied (/Matte)");
        return false;
    }
    content->kind = PdfPageContent::Kind::SingleImage;
    content->dpi = (dpiX + dpiY) / 2.0;
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    content->jpeg = detail::isName(detail::nameOf(filter), {"/DCTDecode", "/DCT"});
    lastImage = found.image;
    lastPlacement = placement;
    return true;
}

PdfPageInspector::PdfPageInspector()
    : d(std::make_unique<Private>())
{
}

PdfPageInspector::~PdfPageInspector() = default;

bool PdfPageInspector::open(const QString &path, const QByteArray &password)
{
    close();
    try {
        auto pdf = std::make_unique<QPDF>();
        auto logger = QPDFLogger::create();
        logger->setWarn(logger->discard());
        logger->setError(logger->discard());
        logger->setInfo(logger->discard());
        pdf->setLogger(logger);
        pdf->setSuppressWarnings(true);
        const QByteArray file = QFile::encodeName(path);
        pdf->processFile(file.constData(), password.isEmpty() ? nullptr : password.constData());
        std::vector<QPDFPageObjectHelper> pages;
        for (const QPDFObjectHandle &page : pdf->getAllPages())
            pages.emplace_back(page);
        d->pages = std::move(pages);
        d->pdf = std::move(pdf);
        return true;
    } catch (const std::exception &) {
        close();
        return false;
    }
}

void PdfPageInspector::close()
{
    d->lastIndex = -1;
    d->lastImage = QPDFObjectHandle();
    d->lastResources = QPDFObjectHandle();
    d->pages.clear();
    d->pdf.reset();
}

bool PdfPageInspector::isOpen() const
{
    return d->pdf != nullptr;
}

int PdfPageInspector::pageCount() const
{
    return int(d->pages.size());
}

PdfPageContent PdfPageInspector::content(int index)
{
    if (!d->pdf || index < 0 || index >= int(d->pages.size()))
        return {};
    if (index == d->lastIndex)
        return d->lastContent;
    d->lastImage = QPDFObjectHandle();
    PdfPageContent content;
    try {
        content = d->inspect(index);
    } catch (const std::exception &e) {
        content = {};
        content.detail = Text::tr("qpdf cannot read the page (%1)").arg(QString::fromLocal8Bit(e.what()));
    }
    d->lastIndex = index;
    d->lastContent = content;
    return content;
}

PdfPageImage PdfPageInspector::image(int index, bool colour, double minScale, QString *why)
{
    QString ignored;
    QString &reason = why ? *why : ignored;
    const PdfPageContent page = content(index);
    if (page.kind != PdfPageContent::Kind::SingleImage) {
        reason = page.detail.isEmpty() ? Text::tr("the page is not one image") : page.detail;
        return {};
    }
    try {
        PdfImageStream stream;
        if (!PdfImageStreamReader::read(d->lastImage, d->lastResources, false, &stream, &reason))
            return {};
        QImage decoded = PdfImageDecoder::decode(stream, colour, minScale, &reason);
        if (decoded.isNull())
            return {};
        QPDFObjectHandle softMask = d->lastImage.getDict().getKey("/SMask");
        if (softMask.isStream()) {
            PdfImageStream maskStream;
            if (!PdfImageStreamReader::read(softMask, d->lastResources, true, &maskStream, &reason))
                return {};
            const QImage alpha = PdfImageDecoder::decode(maskStream, false, 1.0, &reason);
            if (alpha.isNull())
                return {};
            decoded = PdfImageDecoder::compositeOnWhite(decoded, alpha);
        }
        PdfPageImage result;
        result.image = d->lastPlacement.fitToPage(d->lastPlacement.orient(decoded));
        if (result.image.isNull()) {
            reason = Text::tr("there is not enough memory to turn the page image");
            return {};
        }
        result.dpi = result.image.width() / (d->lastPlacement.widthPt / 72.0);
        return result;
    } catch (const std::exception &e) {
        reason = Text::tr("qpdf cannot read the image (%1)").arg(QString::fromLocal8Bit(e.what()));
        return {};
    }
}

} // namespace quire
