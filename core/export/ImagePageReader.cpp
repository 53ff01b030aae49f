#include "export/ImagePageReader.h"

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

// DocumentReader takes a recorded resolution in this range at its word.
constexpr int kMinDpi = 50;
constexpr int kMaxDpi = 2400;
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
    return dpi >= kMinDpi && dpi <= kMaxDpi;
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

// --- Re-encoding ------------------------------------------------------------

/// zlib data (what FlateDecode reads) of @p data.
QByteArray deflate(const QByteArray &data)
{
    // qCompress prefixes the zlib stream with its length (4 bytes).
    return qCompress(data, 6).mid(4);
}

/// Rows of @p bytesPerRow bytes each, PNG "Up"-filtered, deflated.
QByteArray deflateRows(const QByteArray &raw, qsizetype bytesPerRow, int rows)
{
    QByteArray filtered;
    filtered.resize(qsizetype(rows) * (bytesPerRow + 1));
    auto *out = reinterpret_cast<uchar *>(filtered.data());
    const auto *in = reinterpret_cast<const uchar *>(raw.constData());
    for (int y = 0; y < rows; ++y) {
        uchar *row = out + qsizetype(y) * (bytesPerRow + 1);
        const uchar *current = in + qsizetype(y) * bytesPerRow;
        row[0] = 2; // Up
        if (y == 0) {
            std::memcpy(row + 1, current, size_t(bytesPerRow));
        } else {
            const uchar *above = current - bytesPerRow;
            for (qsizetype x = 0; x < bytesPerRow; ++x)
                row[1 + x] = uchar(current[x] - above[x]);
        }
    }
    return deflate(filtered);
}

QByteArray predictorParms(int colors, int bits, int columns)
{
    return QByteArrayLiteral("<< /Predictor 15 /Colors ") + QByteArray::number(colors) + " /BitsPerComponent "
           + QByteArray::number(bits) + " /Columns " + QByteArray::number(columns) + " >>";
}

// A TIFF in memory, for libtiff's client I/O.
struct MemoryFile
{
    QByteArray data;
    qint64 position = 0;
};

tmsize_t memoryRead(thandle_t handle, void *buffer, tmsize_t size)
{
    auto *file = static_cast<MemoryFile *>(handle);
    const qint64 available = std::max<qint64>(0, file->data.size() - file->position);
    const qint64 count = std::min<qint64>(available, size);
    std::memcpy(buffer, file->data.constData() + file->position, size_t(count));
    file->position += count;
    return tmsize_t(count);
}

tmsize_t memoryWrite(thandle_t handle, void *buffer, tmsize_t size)
{
    auto *file = static_cast<MemoryFile *>(handle);
    if (file->position + size > file->data.size())
        file->data.resize(qsizetype(file->position + size));
    std::memcpy(file->data.data() + file->position, buffer, size_t(size));
    file->position += size;
    return size;
}

toff_t memorySeek(thandle_t handle, toff_t offset, int whence)
{
    auto *file = static_cast<MemoryFile *>(handle);
    qint64 base = 0;
    if (whence == SEEK_CUR)
        base = file->position;
    else if (whence == SEEK_END)
        base = file->data.size();
    file->position = base + qint64(offset);
    return toff_t(file->position);
}

int memoryClose(thandle_t)
{
    return 0;
}

toff_t memorySize(thandle_t handle)
{
    return toff_t(static_cast<MemoryFile *>(handle)->data.size());
}

int memoryMap(thandle_t, void **, toff_t *)
{
    return 0;
}

void memoryUnmap(thandle_t, void *, toff_t) { }

// libtiff reports through handlers; keep the last error for the message.
int collectTiffMessage(TIFF *, void *userData, const char *module, const char *format, va_list arguments)
{
    if (userData) {
        char text[512];
        std::vsnprintf(text, sizeof text, format, arguments);
        *static_cast<QString *>(userData) =
            (module ? QString::fromLocal8Bit(module) + QStringLiteral(": ") : QString()) + QString::fromLocal8Bit(text);
    }
    return 1; // handled: nothing on stderr
}

int ignoreTiffMessage(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

struct TiffOptions
{
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    explicit TiffOptions(QString *lastError)
    {
        TIFFOpenOptionsSetErrorHandlerExtR(options, collectTiffMessage, lastError);
        TIFFOpenOptionsSetWarningHandlerExtR(options, ignoreTiffMessage, nullptr);
    }
    ~TiffOptions() { TIFFOpenOptionsFree(options); }
    Q_DISABLE_COPY_MOVE(TiffOptions)
};

TIFF *openMemory(MemoryFile *file, const char *mode, QString *lastError)
{
    TiffOptions options(lastError);
    return TIFFClientOpenExt("memory", mode, file, memoryRead, memoryWrite, memorySeek, memoryClose, memorySize,
                             memoryMap, memoryUnmap, options.options);
}

/// CCITT G4 data of a bilevel image whose rows hold 1 for black, packed
/// most significant bit first (libtiff's encoder, in memory).
QByteArray encodeG4(const QByteArray &packedRows, qsizetype bytesPerRow, int width, int height, QString *error)
{
    MemoryFile file;
    QString tiffError;
    TIFF *out = openMemory(&file, "w", &tiffError);
    if (!out) {
        *error = tiffError;
        return {};
    }
    TIFFSetField(out, TIFFTAG_IMAGEWIDTH, uint32_t(width));
    TIFFSetField(out, TIFFTAG_IMAGELENGTH, uint32_t(height));
    TIFFSetField(out, TIFFTAG_BITSPERSAMPLE, uint16_t(1));
    TIFFSetField(out, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
    TIFFSetField(out, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_CCITTFAX4));
    TIFFSetField(out, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISWHITE));
    TIFFSetField(out, TIFFTAG_FILLORDER, uint16_t(FILLORDER_MSB2LSB));
    TIFFSetField(out, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
    TIFFSetField(out, TIFFTAG_ROWSPERSTRIP, uint32_t(height));
    QByteArray row(bytesPerRow, '\0');
    for (int y = 0; y < height; ++y) {
        std::memcpy(row.data(), packedRows.constData() + qsizetype(y) * bytesPerRow, size_t(bytesPerRow));
        if (TIFFWriteScanline(out, row.data(), uint32_t(y), 0) < 0) {
            TIFFClose(out);
            *error = tiffError;
            return {};
        }
    }
    TIFFClose(out);

    file.position = 0;
    TIFF *in = openMemory(&file, "rm", &tiffError);
    if (!in) {
        *error = tiffError;
        return {};
    }
    const tmsize_t size = TIFFRawStripSize(in, 0);
    QByteArray data;
    if (size > 0) {
        data.resize(qsizetype(size));
        if (TIFFReadRawStrip(in, 0, data.data(), size) != size)
            data.clear();
    }
    TIFFClose(in);
    if (data.isEmpty())
        *error = tiffError;
    return data;
}

PdfImageData ccittImage(QByteArray data, int width, int height, bool zeroIsBlack)
{
    PdfImageData image;
    image.data = std::move(data);
    image.filter = QByteArrayLiteral("/CCITTFaxDecode");
    image.decodeParms = QByteArrayLiteral("<< /K -1 /Columns ") + QByteArray::number(width) + " /Rows "
                        + QByteArray::number(height) + " /BlackIs1 false >>";
    image.colorSpace = QByteArrayLiteral("/DeviceGray");
    image.bitsPerComponent = 1;
    // CCITT codes white and black runs; a TIFF whose zero is black shows
    // its "white" runs as black.
    if (zeroIsBlack)
        image.decode = QByteArrayLiteral("[1 0]");
    image.size = QSize(width, height);
    return image;
}

/// A decoded bilevel image as CCITT G4.
bool bilevelToCcitt(const QImage &source, ImagePage *page, QString *error)
{
    const QImage mono = source.convertToFormat(QImage::Format_Mono);
    const bool oneIsBlack = mono.colorCount() >= 2 && qGray(mono.color(1)) < qGray(mono.color(0));
    const qsizetype bytesPerRow = (mono.width() + 7) / 8;
    QByteArray rows(bytesPerRow * mono.height(), '\0');
    for (int y = 0; y < mono.height(); ++y) {
        auto *out = reinterpret_cast<uchar *>(rows.data()) + qsizetype(y) * bytesPerRow;
        std::memcpy(out, mono.constScanLine(y), size_t(bytesPerRow));
        if (!oneIsBlack) {
            for (qsizetype x = 0; x < bytesPerRow; ++x)
                out[x] = uchar(~out[x]);
        }
        const int spare = int(bytesPerRow * 8 - mono.width());
        if (spare > 0)
            out[bytesPerRow - 1] &= uchar(0xFF << spare); // padding stays white
    }
    QByteArray data = encodeG4(rows, bytesPerRow, mono.width(), mono.height(), error);
    if (data.isEmpty())
        return false;
    page->image = ccittImage(std::move(data), mono.width(), mono.height(), false);
    page->encoding = ImageEncoding::CcittReencoded;
    return true;
}

bool isBilevel(const QImage &image)
{
    return image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB;
}

/// A decoded image compressed anew without loss: gray or RGB, 8 or 16
/// bits, with its alpha as a soft mask when it has any transparency.
void toFlate(const QImage &source, ImagePage *page)
{
    const bool deep = source.depth() > 32 || source.format() == QImage::Format_Grayscale16;
    const bool gray = source.allGray();
    const int width = source.width();
    const int height = source.height();
    const int bits = deep ? 16 : 8;
    const int colors = gray ? 1 : 3;

    bool translucent = false;
    if (source.hasAlphaChannel()) {
        const QImage alpha = source.convertToFormat(deep ? QImage::Format_RGBA64 : QImage::Format_ARGB32);
        for (int y = 0; y < height && !translucent; ++y) {
            if (deep) {
                const auto *row = reinterpret_cast<const QRgba64 *>(alpha.constScanLine(y));
                translucent = std::any_of(row, row + width, [](QRgba64 p) { return p.alpha() != 0xFFFF; });
            } else {
                const auto *row = reinterpret_cast<const QRgb *>(alpha.constScanLine(y));
                translucent = std::any_of(row, row + width, [](QRgb p) { return qAlpha(p) != 0xFF; });
            }
        }
    }

    const qsizetype bytesPerRow = qsizetype(width) * colors * (bits / 8);
    QByteArray raw(bytesPerRow * height, '\0');
    QByteArray mask;
    const qsizetype maskPerRow = qsizetype(width) * (bits / 8);
    if (translucent)
        mask.resize(maskPerRow * height);
    auto *out = reinterpret_cast<uchar *>(raw.data());
    auto *maskOut = reinterpret_cast<uchar *>(mask.data());
    if (deep) {
        const QImage image = source.convertToFormat(QImage::Format_RGBA64);
        for (int y = 0; y < height; ++y) {
            const auto *row = reinterpret_cast<const QRgba64 *>(image.constScanLine(y));
            uchar *o = out + qsizetype(y) * bytesPerRow;
            uchar *m = translucent ? maskOut + qsizetype(y) * maskPerRow : nullptr;
            for (int x = 0; x < width; ++x) {
                const QRgba64 p = row[x];
                const quint16 values[3] = {p.red(), p.green(), p.blue()};
                for (int c = 0; c < colors; ++c) {
                    *o++ = uchar(values[c] >> 8);
                    *o++ = uchar(values[c] & 0xFF);
                }
                if (m) {
                    *m++ = uchar(p.alpha() >> 8);
                    *m++ = uchar(p.alpha() & 0xFF);
                }
            }
        }
    } else {
        const QImage image = source.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < height; ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            uchar *o = out + qsizetype(y) * bytesPerRow;
            uchar *m = translucent ? maskOut + qsizetype(y) * maskPerRow : nullptr;
            for (int x = 0; x < width; ++x) {
                const QRgb p = row[x];
                if (gray) {
                    *o++ = uchar(qRed(p));
                } else {
                    *o++ = uchar(qRed(p));
                    *o++ = uchar(qGreen(p));
                    *o++ = uchar(qBlue(p));
                }
                if (m)
                    *m++ = uchar(qAlpha(p));
            }
        }
    }
    page->image.data = deflateRows(raw, bytesPerRow, height);
    page->image.filter = QByteArrayLiteral("/FlateDecode");
    page->image.decodeParms = predictorParms(colors, bits, width);
    page->image.colorSpace = gray ? QByteArrayLiteral("/DeviceGray") : QByteArrayLiteral("/DeviceRGB");
    page->image.bitsPerComponent = bits;
    page->image.size = source.size();
    page->softMask = {};
    if (translucent) {
        page->softMask.data = deflateRows(mask, maskPerRow, height);
        page->softMask.filter = QByteArrayLiteral("/FlateDecode");
        page->softMask.decodeParms = predictorParms(1, bits, width);
        page->softMask.colorSpace = QByteArrayLiteral("/DeviceGray");
        page->softMask.bitsPerComponent = bits;
        page->softMask.size = source.size();
    }
    page->encoding = ImageEncoding::Flate;
}

/// Whatever the file's own data cannot carry: decode and re-encode losslessly.
bool fromDecoded(const QImage &image, ImagePage *page, QString *error)
{
    if (isBilevel(image))
        return bilevelToCcitt(image, page, error);
    toFlate(image, page);
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
        if (image.isNull() || !fromDecoded(image, page, why))
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
        page->image.decodeParms = predictorParms(colors, info.bitDepth, info.width);
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
        if (image.isNull() || !fromDecoded(image, page, why))
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
    uint32_t width = 0;
    uint32_t height = 0;
    uint16_t bits = 1;
    uint16_t samples = 1;
    uint16_t compression = COMPRESSION_NONE;
    uint16_t photometric = PHOTOMETRIC_MINISWHITE;
    uint16_t fillOrder = FILLORDER_MSB2LSB;
    uint16_t orientation = ORIENTATION_TOPLEFT;
    uint16_t planar = PLANARCONFIG_CONTIG;
    TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_COMPRESSION, &compression);
    TIFFGetField(tiff, TIFFTAG_PHOTOMETRIC, &photometric);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_FILLORDER, &fillOrder);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_ORIENTATION, &orientation);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_PLANARCONFIG, &planar);
    if (width == 0 || height == 0) {
        *why = Text::tr("%1 cannot be read: the image has no size").arg(pageName(index));
        return false;
    }
    // Resolution as Qt reads it (a missing unit means inches); none: assumed.
    double dpiX = 0;
    double dpiY = 0;
    float resX = 0;
    float resY = 0;
    uint16_t unit = RESUNIT_INCH;
    if (!TIFFGetField(tiff, TIFFTAG_RESOLUTIONUNIT, &unit))
        unit = RESUNIT_INCH;
    if (TIFFGetField(tiff, TIFFTAG_XRESOLUTION, &resX) && TIFFGetField(tiff, TIFFTAG_YRESOLUTION, &resY)) {
        if (unit == RESUNIT_INCH) {
            dpiX = resX;
            dpiY = resY;
        } else if (unit == RESUNIT_CENTIMETER) {
            dpiX = resX * 2.54;
            dpiY = resY * 2.54;
        }
    }

    const bool singleStrip = !TIFFIsTiled(tiff) && TIFFNumberOfStrips(tiff) == 1;
    const auto rawStrip = [this]() {
        QByteArray raw;
        const tmsize_t size = TIFFRawStripSize(tiff, 0);
        if (size > 0 && size < kMaxFileBytes) {
            raw.resize(qsizetype(size));
            if (TIFFReadRawStrip(tiff, 0, raw.data(), size) != size)
                raw.clear();
        }
        return raw;
    };

    bool done = false;
    if (compression == COMPRESSION_CCITTFAX4 && bits == 1 && samples == 1 && singleStrip
        && (photometric == PHOTOMETRIC_MINISWHITE || photometric == PHOTOMETRIC_MINISBLACK)) {
        QByteArray raw = rawStrip();
        if (!raw.isEmpty()) {
            if (fillOrder == FILLORDER_LSB2MSB)
                TIFFReverseBits(reinterpret_cast<uint8_t *>(raw.data()), tmsize_t(raw.size()));
            page->image = ccittImage(std::move(raw), int(width), int(height), photometric == PHOTOMETRIC_MINISBLACK);
            page->encoding = ImageEncoding::CcittAsIs;
            done = true;
        }
    } else if (compression == COMPRESSION_JPEG && bits == 8 && singleStrip && planar == PLANARCONFIG_CONTIG
               && ((samples == 1 && photometric == PHOTOMETRIC_MINISBLACK)
                   || (samples == 3 && (photometric == PHOTOMETRIC_RGB || photometric == PHOTOMETRIC_YCBCR)))) {
        // A JPEG-compressed strip is a JPEG stream whose tables may sit in
        // the JPEGTables tag: put them back in and the strip is a JPEG file.
        const QByteArray raw = rawStrip();
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
        const JpegInfo info = parseJpeg(jpeg);
        if (embeddable(info) && info.components == samples && info.width == int(width)
            && info.height == int(height)) {
            page->image.data = jpeg;
            page->image.filter = QByteArrayLiteral("/DCTDecode");
            // The TIFF's photometric says whether the JPEG holds YCbCr or RGB.
            page->image.decodeParms = photometric == PHOTOMETRIC_RGB ? QByteArrayLiteral("<< /ColorTransform 0 >>")
                                      : samples == 3                 ? QByteArrayLiteral("<< /ColorTransform 1 >>")
                                                                     : QByteArray();
            page->image.colorSpace = deviceSpace(samples);
            page->image.bitsPerComponent = 8;
            page->image.size = QSize(int(width), int(height));
            page->encoding = ImageEncoding::JpegAsIs;
            done = true;
        }
    }
    if (!done) {
        const QImage image = decode(index, why);
        if (image.isNull() || !fromDecoded(image, page, why)) {
            if (why->isEmpty())
                *why = Text::tr("%1 could not be encoded for the PDF: %2").arg(pageName(index), tiffError);
            return false;
        }
    }
    page->orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
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
        TiffOptions options(&d->tiffError);
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
