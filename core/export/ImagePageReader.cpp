#include "export/ImagePageReader.h"

#include "export/PdfImageEncoder.h"
#include "export/detail/TiffOptions.h"
#include "pdf/DocumentReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstring>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::ImagePageReader)
};

constexpr qint64 kMaxFileBytes = qint64(2) << 30;

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

/// Maps the image's unit square (PDF image space: (0,0) the first column of
/// the last row) onto a page of @p page points, turning the stored raster
/// the way @p orientation (EXIF / TIFF, 1..8) says it is to be shown.
QTransform placementFor(int orientation, const QSizeF &page)
{
    // Stored raster, normalised, y down -> shown raster, normalised, y down.
    const auto shown = [orientation](double x, double y) -> QPointF {
        switch (orientation) {
        case 2: return {1 - x, y};
        case 3: return {1 - x, 1 - y};
        case 4: return {x, 1 - y};
        case 5: return {y, x};
        case 6: return {1 - y, x};
        case 7: return {1 - y, 1 - x};
        case 8: return {y, 1 - x};
        default: return {x, y};
        }
    };
    const auto onPage = [&](double s, double t) {
        const QPointF p = shown(s, 1 - t);
        return QPointF(p.x() * page.width(), (1 - p.y()) * page.height());
    };
    const QPointF origin = onPage(0, 0);
    const QPointF u = onPage(1, 0) - origin;
    const QPointF v = onPage(0, 1) - origin;
    return QTransform(u.x(), u.y(), v.x(), v.y(), origin.x(), origin.y());
}

/// Page size in points from the stored pixel size, the resolution and the orientation.
QSizeF pageSizeFor(QSize pixels, double dpiX, double dpiY, int orientation)
{
    QSizeF size(pixels.width() * 72.0 / dpiX, pixels.height() * 72.0 / dpiY);
    return orientation >= 5 ? size.transposed() : size;
}

bool plausible(double dpi)
{
    // The worker read the page at this resolution by the same rule.
    return dpi >= DocumentReader::kMinRecordedDpi && dpi <= DocumentReader::kMaxRecordedDpi;
}

/// Resolutions stored per metre or centimetre come back a hair off the
/// whole number they were meant as (96 DPI is 3779 pixels per metre, which
/// is 95.99 DPI): round those, so the page shows the image at exactly one
/// device pixel per image pixel where a viewer renders at that resolution.
double wholeDpi(double dpi)
{
    const double whole = std::round(dpi);
    return std::abs(dpi - whole) < 0.05 ? whole : dpi;
}

// --- JPEG -------------------------------------------------------------------

struct JpegInfo
{
    bool ok = false;
    int frameMarker = 0; ///< 0xC0..0xCF
    int precision = 0;
    int width = 0;
    int height = 0;
    int components = 0;
    int orientation = 1;
    bool adobe = false;
    int densityUnit = 0; ///< JFIF: 1 dots per inch, 2 per cm.
    int xDensity = 0;
    int yDensity = 0;
};

int exifOrientation(const uchar *tiff, qsizetype size)
{
    if (size < 8)
        return 1;
    const bool little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M'))
        return 1;
    const auto u16 = [&](qsizetype at) -> quint32 {
        return little ? quint32(tiff[at] | (tiff[at + 1] << 8)) : quint32(be16(tiff + at));
    };
    const auto u32 = [&](qsizetype at) -> quint32 {
        return little ? quint32(tiff[at]) | (quint32(tiff[at + 1]) << 8) | (quint32(tiff[at + 2]) << 16)
                            | (quint32(tiff[at + 3]) << 24)
                      : be32(tiff + at);
    };
    const quint32 ifd = u32(4);
    if (ifd + 2 > quint64(size))
        return 1;
    const quint32 entries = u16(ifd);
    for (quint32 i = 0; i < entries; ++i) {
        const qsizetype at = qsizetype(ifd) + 2 + 12 * qsizetype(i);
        if (at + 12 > size)
            break;
        if (u16(at) == 0x0112) {
            const quint32 value = u16(at + 8);
            return value >= 1 && value <= 8 ? int(value) : 1;
        }
    }
    return 1;
}

JpegInfo parseJpeg(const QByteArray &bytes)
{
    JpegInfo info;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return info;
    qsizetype at = 2;
    while (at + 4 <= n) {
        if (p[at] != 0xFF)
            return info;
        const int marker = p[at + 1];
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image, start of scan: the header is over
            break;
        const qsizetype length = be16(p + at + 2);
        if (length < 2 || at + 2 + length > n)
            return info;
        const uchar *segment = p + at + 4;
        const qsizetype size = length - 2;
        if (marker == 0xE0 && size >= 12 && std::memcmp(segment, "JFIF\0", 5) == 0) {
            info.densityUnit = segment[7];
            info.xDensity = be16(segment + 8);
            info.yDensity = be16(segment + 10);
        } else if (marker == 0xE1 && size >= 14 && std::memcmp(segment, "Exif\0\0", 6) == 0) {
            info.orientation = exifOrientation(segment + 6, size - 6);
        } else if (marker == 0xEE && size >= 12 && std::memcmp(segment, "Adobe", 5) == 0) {
            info.adobe = true;
        } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
                   && size >= 6) {
            info.frameMarker = marker;
            info.precision = segment[0];
            info.height = be16(segment + 1);
            info.width = be16(segment + 3);
            info.components = segment[5];
        }
        at += 2 + length;
    }
    info.ok = info.frameMarker != 0 && info.width > 0;
    return info;
}

/// Whether PDF's DCTDecode can take this JPEG as it is: baseline,
/// extended or progressive Huffman, 8 bits, 1, 3 or 4 components.
bool embeddable(const JpegInfo &info)
{
    return info.ok && (info.frameMarker == 0xC0 || info.frameMarker == 0xC1 || info.frameMarker == 0xC2)
           && info.precision == 8 && info.height > 0
           && (info.components == 1 || info.components == 3 || info.components == 4);
}

QByteArray deviceSpace(int components)
{
    switch (components) {
    case 1: return QByteArrayLiteral("/DeviceGray");
    case 4: return QByteArrayLiteral("/DeviceCMYK");
    default: return QByteArrayLiteral("/DeviceRGB");
    }
}

// --- PNG --------------------------------------------------------------------

struct PngInfo
{
    bool ok = false;
    int width = 0;
    int height = 0;
    int bitDepth = 0;
    int colorType = 0;
    int interlace = 0;
    bool transparency = false;
    QByteArray palette;
    QByteArray data; ///< The IDAT chunks' data, joined: one zlib stream.
    quint32 ppuX = 0;
    quint32 ppuY = 0;
    int unit = 0; ///< pHYs: 1 = pixels per metre.
};

PngInfo parsePng(const QByteArray &bytes)
{
    PngInfo info;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 8 + 25 || std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) != 0)
        return info;
    qsizetype at = 8;
    bool header = false;
    while (at + 12 <= n) {
        const quint32 length = be32(p + at);
        const QByteArray type(reinterpret_cast<const char *>(p + at + 4), 4);
        if (quint64(at) + 12 + length > quint64(n))
            return info;
        const uchar *chunk = p + at + 8;
        if (type == "IHDR" && length >= 13) {
            info.width = int(be32(chunk));
            info.height = int(be32(chunk + 4));
            info.bitDepth = chunk[8];
            info.colorType = chunk[9];
            info.interlace = chunk[12];
            header = true;
        } else if (type == "PLTE") {
            info.palette = QByteArray(reinterpret_cast<const char *>(chunk), qsizetype(length));
        } else if (type == "tRNS") {
            info.transparency = true;
        } else if (type == "pHYs" && length >= 9) {
            info.ppuX = be32(chunk);
            info.ppuY = be32(chunk + 4);
            info.unit = chunk[8];
        } else if (type == "IDAT") {
            info.data.append(reinterpret_cast<const char *>(chunk), qsizetype(length));
        } else if (type == "IEND") {
            break;
        }
        at += 12 + qsizetype(length);
    }
    info.ok = header && info.width > 0 && info.height > 0 && !info.data.isEmpty();
    return info;
}

// --- TIFF -------------------------------------------------------------------

/// What a TIFF directory says about its page (libtiff's defaults where it is silent).
struct TiffPage
{
    uint32_t width = 0;
    uint32_t height = 0;
    uint16_t bits = 1;
    uint16_t samples = 1;
    uint16_t compression = COMPRESSION_NONE;
    uint16_t photometric = PHOTOMETRIC_MINISWHITE;
    uint16_t fillOrder = FILLORDER_MSB2LSB;
    uint16_t orientation = ORIENTATION_TOPLEFT;
    uint16_t planar = PLANARCONFIG_CONTIG;
    double dpiX = 0; ///< 0 where the file records none.
    double dpiY = 0;
    bool singleStrip = false;
};

TiffPage readTiffPage(TIFF *tiff)
{
    TiffPage page;
    TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &page.width);
    TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &page.height);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_BITSPERSAMPLE, &page.bits);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_SAMPLESPERPIXEL, &page.samples);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_COMPRESSION, &page.compression);
    TIFFGetField(tiff, TIFFTAG_PHOTOMETRIC, &page.photometric);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_FILLORDER, &page.fillOrder);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_ORIENTATION, &page.orientation);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_PLANARCONFIG, &page.planar);
    // Resolution as Qt reads it (a missing unit means inches); none: assumed.
    float resX = 0;
    float resY = 0;
    uint16_t unit = RESUNIT_INCH;
    if (!TIFFGetField(tiff, TIFFTAG_RESOLUTIONUNIT, &unit))
        unit = RESUNIT_INCH;
    if (TIFFGetField(tiff, TIFFTAG_XRESOLUTION, &resX) && TIFFGetField(tiff, TIFFTAG_YRESOLUTION, &resY)) {
        if (unit == RESUNIT_INCH) {
            page.dpiX = resX;
            page.dpiY = resY;
        } else if (unit == RESUNIT_CENTIMETER) {
            page.dpiX = resX * 2.54;
            page.dpiY = resY * 2.54;
        }
    }
    page.singleStrip = !TIFFIsTiled(tiff) && TIFFNumberOfStrips(tiff) == 1;
    return page;
}

/// The first strip's data as stored; empty when it cannot be read.
QByteArray rawStrip(TIFF *tiff)
{
    QByteArray raw;
    const tmsize_t size = TIFFRawStripSize(tiff, 0);
    if (size > 0 && size < kMaxFileBytes) {
        raw.resize(qsizetype(size));
        if (TIFFReadRawStrip(tiff, 0, raw.data(), size) != size)
            raw.clear();
    }
    return raw;
}

/// A single CCITT G4 strip goes into the PDF as it is.
bool ccittAsIs(TIFF *tiff, const TiffPage &info, ImagePage *page)
{
    if (info.compression != COMPRESSION_CCITTFAX4 || info.bits != 1 || info.samples != 1 || !info.singleStrip
        || (info.photometric != PHOTOMETRIC_MINISWHITE && info.photometric != PHOTOMETRIC_MINISBLACK))
        return false;
    QByteArray raw = rawStrip(tiff);
    if (raw.isEmpty())
        return false;
    if (info.fillOrder == FILLORDER_LSB2MSB)
        TIFFReverseBits(reinterpret_cast<uint8_t *>(raw.data()), tmsize_t(raw.size()));
    page->image = PdfImageEncoder::ccittImage(std::move(raw), int(info.width), int(info.height),
                                              info.photometric == PHOTOMETRIC_MINISBLACK);
    page->encoding = ImageEncoding::CcittAsIs;
    return true;
}

/// A JPEG-compressed strip is a JPEG stream whose tables may sit in the
/// JPEGTables tag: put them back in and the strip is a JPEG file.
QByteArray stripAsJpeg(TIFF *tiff)
{
    const QByteArray raw = rawStrip(tiff);
    uint32_t tableSize = 0;
    void *tables = nullptr;
    QByteArray jpeg;
    if (raw.startsWith("\xFF\xD8")) {
        if (TIFFGetField(tiff, TIFFTAG_JPEGTABLES, &tableSize, &tables) && tables && tableSize > 4) {
            const QByteArray table(static_cast<const char *>(tables), qsizetype(tableSize));
            if (table.startsWith("\xFF\xD8") && table.endsWith("\xFF\xD9"))
                jpeg = QByteArrayLiteral("\xFF\xD8") + table.mid(2, table.size() - 4) + raw.mid(2);
        } else {
            jpeg = raw;
        }
    }
    return jpeg;
}

/// A single JPEG strip of gray or RGB / YCbCr samples goes into the PDF as a JPEG file.
bool jpegAsIs(TIFF *tiff, const TiffPage &info, ImagePage *page)
{
    const uint16_t samples = info.samples;
    const uint16_t photometric = info.photometric;
    if (info.compression != COMPRESSION_JPEG || info.bits != 8 || !info.singleStrip
        || info.planar != PLANARCONFIG_CONTIG
        || !((samples == 1 && photometric == PHOTOMETRIC_MINISBLACK)
             || (samples == 3 && (photometric == PHOTOMETRIC_RGB || photometric == PHOTOMETRIC_YCBCR))))
        return false;
    const QByteArray jpeg = stripAsJpeg(tiff);
    const JpegInfo jpegInfo = parseJpeg(jpeg);
    if (!embeddable(jpegInfo) || jpegInfo.components != samples || jpegInfo.width != int(info.width)
        || jpegInfo.height != int(info.height))
        return false;
    page->image.data = jpeg;
    page->image.filter = QByteArrayLiteral("/DCTDecode");
    // The TIFF's photometric says whether the JPEG holds YCbCr or RGB.
    page->image.decodeParms = photometric == PHOTOMETRIC_RGB ? QByteArrayLiteral("<< /ColorTransform 0 >>")
                              : samples == 3                 ? QByteArrayLiteral("<< /ColorTransform 1 >>")
                                                             : QByteArray();
    page->image.colorSpace = deviceSpace(samples);
    page->image.bitsPerComponent = 8;
    page->image.size = QSize(int(info.width), int(info.height));
    page->encoding = ImageEncoding::JpegAsIs;
    return true;
}

} // namespace

QString toString(ImageEncoding encoding)
{
    switch (encoding) {
    case ImageEncoding::JpegAsIs: return QStringLiteral("jpeg");
    case ImageEncoding::CcittAsIs: return QStringLiteral("ccitt");
    case ImageEncoding::CcittReencoded: return QStringLiteral("ccitt-reencoded");
    case ImageEncoding::PngDataAsIs: return QStringLiteral("png");
    case ImageEncoding::Flate: return QStringLiteral("flate");
    }
    return {};
}

struct ImagePageReader::Private
{
    QString path;
    QString name;
    DocumentType type = DocumentType::Unknown;
    QByteArray bytes; // JPEG and PNG: the whole file
    TIFF *tiff = nullptr;
    QString tiffError;
    int pageCount = 0;

    ~Private() { closeTiff(); }

    void closeTiff()
    {
        if (tiff)
            TIFFClose(tiff);
        tiff = nullptr;
    }

    QString pageName(int index) const { return Text::tr("page %1 of %2").arg(index + 1).arg(name); }

    /// Decodes page @p index with Qt as stored (no orientation applied).
    QImage decode(int index, QString *why) const
    {
        QImageReader reader(path, toString(type).toLatin1());
        reader.setAutoTransform(false);
        if (index > 0 && !reader.jumpToImage(index)) {
            *why = Text::tr("%1 cannot be read: the image has no such page").arg(pageName(index));
            return {};
        }
        QImage image = reader.read();
        if (image.isNull())
            *why = Text::tr("%1 could not be decoded (%2)").arg(pageName(index), reader.errorString());
        return image;
    }

    bool readJpeg(ImagePage *page, QString *why);
    bool readPng(ImagePage *page, QString *why);
    bool readTiff(int index, ImagePage *page, QString *why);
};

bool ImagePageReader::Private::readJpeg(ImagePage *page, QString *why)
{
    const JpegInfo info = parseJpeg(bytes);
    double dpiX = 0;
    double dpiY = 0;
    if (info.densityUnit == 1 || info.densityUnit == 2) {
        const double factor = info.densityUnit == 2 ? 2.54 : 1.0;
        dpiX = info.xDensity * factor;
        dpiY = (info.yDensity > 0 ? info.yDensity : info.xDensity) * factor;
    }
    if (embeddable(info)) {
        page->image.data = bytes;
        page->image.filter = QByteArrayLiteral("/DCTDecode");
        page->image.colorSpace = deviceSpace(info.components);
        page->image.bitsPerComponent = 8;
        // Adobe's CMYK JPEGs store their ink inverted.
        if (info.components == 4 && info.adobe)
            page->image.decode = QByteArrayLiteral("[1 0 1 0 1 0 1 0]");
        page->image.size = QSize(info.width, info.height);
        page->encoding = ImageEncoding::JpegAsIs;
    } else {
        const QImage image = decode(0, why);
        if (image.isNull() || !PdfImageEncoder::encode(image, page, why))
            return false;
    }
    page->orientation = info.orientation;
    if (!plausible(dpiX) || !plausible(dpiY)) {
        dpiX = dpiY = kAssumedDpi;
        page->resolutionAssumed = true;
    }
    page->pageSize = pageSizeFor(page->image.size, wholeDpi(dpiX), wholeDpi(dpiY), page->orientation);
    return true;
}

bool ImagePageReader::Private::readPng(ImagePage *page, QString *why)
{
    const PngInfo info = parsePng(bytes);
    double dpiX = 0;
    double dpiY = 0;
    if (info.unit == 1) {
        dpiX = info.ppuX * 0.0254;
        dpiY = info.ppuY * 0.0254;
    }
    const bool direct = info.ok && info.interlace == 0 && !info.transparency
                        && (info.colorType == 0 || info.colorType == 2
                            || (info.colorType == 3 && info.palette.size() >= 3));
    if (direct) {
        const int colors = info.colorType == 2 ? 3 : 1;
        page->image.data = info.data;
        page->image.filter = QByteArrayLiteral("/FlateDecode");
        page->image.decodeParms = PdfImageEncoder::predictorParms(colors, info.bitDepth, info.width);
        if (info.colorType == 3) {
            const qsizetype entries = std::min<qsizetype>(info.palette.size() / 3, qsizetype(1) << info.bitDepth);
            page->image.colorSpace = QByteArrayLiteral("[/Indexed /DeviceRGB ") + QByteArray::number(entries - 1)
                                     + " <" + info.palette.left(entries * 3).toHex() + ">]";
        } else {
            page->image.colorSpace = deviceSpace(colors);
        }
        page->image.bitsPerComponent = info.bitDepth;
        page->image.size = QSize(info.width, info.height);
        page->encoding = ImageEncoding::PngDataAsIs;
    } else {
        const QImage image = decode(0, why);
        if (image.isNull() || !PdfImageEncoder::encode(image, page, why))
            return false;
    }
    if (!plausible(dpiX) || !plausible(dpiY)) {
        dpiX = dpiY = kAssumedDpi;
        page->resolutionAssumed = true;
    }
    page->pageSize = pageSizeFor(page->image.size, wholeDpi(dpiX), wholeDpi(dpiY), 1);
    return true;
}

bool ImagePageReader::Private::readTiff(int index, ImagePage *page, QString *why)
{
    if (!TIFFSetDirectory(tiff, tdir_t(index))) {
        *why = Text::tr("%1 cannot be read: the image has no such page").arg(pageName(index));
        return false;
    }
    const TiffPage info = readTiffPage(tiff);
    if (info.width == 0 || info.height == 0) {
        *why = Text::tr("%1 cannot be read: the image has no size").arg(pageName(index));
        return false;
    }
    if (!ccittAsIs(tiff, info, page) && !jpegAsIs(tiff, info, page)) {
        const QImage image = decode(index, why);
        if (image.isNull() || !PdfImageEncoder::encode(image, page, why)) {
            if (why->isEmpty())
                *why = Text::tr("%1 could not be encoded for the PDF: %2").arg(pageName(index), tiffError);
            return false;
        }
    }
    page->orientation = info.orientation >= 1 && info.orientation <= 8 ? info.orientation : 1;
    double dpiX = info.dpiX;
    double dpiY = info.dpiY;
    if (!plausible(dpiX) || !plausible(dpiY)) {
        dpiX = dpiY = kAssumedDpi;
        page->resolutionAssumed = true;
    }
    page->pageSize = pageSizeFor(page->image.size, wholeDpi(dpiX), wholeDpi(dpiY), page->orientation);
    return true;
}

ImagePageReader::ImagePageReader()
    : d(std::make_unique<Private>())
{
}

ImagePageReader::~ImagePageReader() = default;

bool ImagePageReader::open(const QString &path, DocumentType type, QString *error)
{
    d->closeTiff();
    d->bytes.clear();
    d->pageCount = 0;
    d->path = path;
    d->name = QFileInfo(path).fileName();
    d->type = type;
    switch (type) {
    case DocumentType::Jpeg:
    case DocumentType::Png: {
        QFile file(path);
        if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("%1 cannot be read: %2").arg(d->name, file.errorString());
            return false;
        }
        d->bytes = file.readAll();
        d->pageCount = 1;
        return true;
    }
    case DocumentType::Tiff: {
        detail::TiffOptions options(&d->tiffError);
        d->tiff = TIFFOpenExt(QFile::encodeName(path).constData(), "rm", options.options);
        if (!d->tiff) {
            *error = Text::tr("%1 cannot be read as a TIFF: %2").arg(d->name, d->tiffError);
            return false;
        }
        d->pageCount = int(TIFFNumberOfDirectories(d->tiff));
        return d->pageCount > 0;
    }
    default:
        *error = Text::tr("%1 is not a PNG, JPEG or TIFF image").arg(d->name);
        return false;
    }
}

int ImagePageReader::pageCount() const
{
    return d->pageCount;
}

bool ImagePageReader::read(int index, ImagePage *page, QString *error)
{
    *page = ImagePage{};
    QString why;
    bool ok = false;
    if (index < 0 || index >= d->pageCount) {
        why = Text::tr("%1 cannot be read: the image has no such page").arg(d->pageName(index));
    } else {
        switch (d->type) {
        case DocumentType::Jpeg: ok = d->readJpeg(page, &why); break;
        case DocumentType::Png: ok = d->readPng(page, &why); break;
        case DocumentType::Tiff: ok = d->readTiff(index, page, &why); break;
        default: break;
        }
    }
    if (ok)
        page->placement = placementFor(page->orientation, page->pageSize);
    else if (error)
        *error = why;
    return ok;
}

} // namespace quire
