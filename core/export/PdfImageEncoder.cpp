#include "export/PdfImageEncoder.h"

#include "export/detail/TiffOptions.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include <tiffio.h>

namespace quire {

namespace {

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

TIFF *openMemory(MemoryFile *file, const char *mode, QString *lastError)
{
    detail::TiffOptions options(lastError);
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
    page->image = PdfImageEncoder::ccittImage(std::move(data), mono.width(), mono.height(), false);
    page->encoding = ImageEncoding::CcittReencoded;
    return true;
}

bool isBilevel(const QImage &image)
{
    return image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB;
}

/// Whether any pixel of @p source is not fully opaque.
bool hasTranslucency(const QImage &source, bool deep)
{
    if (!source.hasAlphaChannel())
        return false;
    const int width = source.width();
    bool translucent = false;
    const QImage alpha = source.convertToFormat(deep ? QImage::Format_RGBA64 : QImage::Format_ARGB32);
    for (int y = 0; y < source.height() && !translucent; ++y) {
        if (deep) {
            const auto *row = reinterpret_cast<const QRgba64 *>(alpha.constScanLine(y));
            translucent = std::any_of(row, row + width, [](QRgba64 p) { return p.alpha() != 0xFFFF; });
        } else {
            const auto *row = reinterpret_cast<const QRgb *>(alpha.constScanLine(y));
            translucent = std::any_of(row, row + width, [](QRgb p) { return qAlpha(p) != 0xFF; });
        }
    }
    return translucent;
}

/// Where packed samples go: colour rows, and alpha rows when there is a mask.
struct PackedRows
{
    uchar *out;
    qsizetype bytesPerRow;
    uchar *maskOut; ///< Null when opaque.
    qsizetype maskPerRow;
    int colors;
};

/// 16-bit samples, big-endian, as PDF wants them.
void packDeep(const QImage &source, const PackedRows &rows)
{
    const QImage image = source.convertToFormat(QImage::Format_RGBA64);
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgba64 *>(image.constScanLine(y));
        uchar *o = rows.out + qsizetype(y) * rows.bytesPerRow;
        uchar *m = rows.maskOut ? rows.maskOut + qsizetype(y) * rows.maskPerRow : nullptr;
        for (int x = 0; x < image.width(); ++x) {
            const QRgba64 p = row[x];
            const quint16 values[3] = {p.red(), p.green(), p.blue()};
            for (int c = 0; c < rows.colors; ++c) {
                *o++ = uchar(values[c] >> 8);
                *o++ = uchar(values[c] & 0xFF);
            }
            if (m) {
                *m++ = uchar(p.alpha() >> 8);
                *m++ = uchar(p.alpha() & 0xFF);
            }
        }
    }
}

/// 8-bit samples: gray (one of the equal channels) or RGB.
void packEightBit(const QImage &source, const PackedRows &rows)
{
    const bool gray = rows.colors == 1;
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        uchar *o = rows.out + qsizetype(y) * rows.bytesPerRow;
        uchar *m = rows.maskOut ? rows.maskOut + qsizetype(y) * rows.maskPerRow : nullptr;
        for (int x = 0; x < image.width(); ++x) {
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
    const bool translucent = hasTranslucency(source, deep);

    const qsizetype bytesPerRow = qsizetype(width) * colors * (bits / 8);
    QByteArray raw(bytesPerRow * height, '\0');
    QByteArray mask;
    const qsizetype maskPerRow = qsizetype(width) * (bits / 8);
    if (translucent)
        mask.resize(maskPerRow * height);
    const PackedRows rows{reinterpret_cast<uchar *>(raw.data()), bytesPerRow,
                          translucent ? reinterpret_cast<uchar *>(mask.data()) : nullptr, maskPerRow, colors};
    if (deep)
        packDeep(source, rows);
    else
        packEightBit(source, rows);
    page->image.data = deflateRows(raw, bytesPerRow, height);
    page->image.filter = QByteArrayLiteral("/FlateDecode");
    page->image.decodeParms = PdfImageEncoder::predictorParms(colors, bits, width);
    page->image.colorSpace = gray ? QByteArrayLiteral("/DeviceGray") : QByteArrayLiteral("/DeviceRGB");
    page->image.bitsPerComponent = bits;
    page->image.size = source.size();
    page->softMask = {};
    if (translucent) {
        page->softMask.data = deflateRows(mask, maskPerRow, height);
        page->softMask.filter = QByteArrayLiteral("/FlateDecode");
        page->softMask.decodeParms = PdfImageEncoder::predictorParms(1, bits, width);
        page->softMask.colorSpace = QByteArrayLiteral("/DeviceGray");
        page->softMask.bitsPerComponent = bits;
        page->softMask.size = source.size();
    }
    page->encoding = ImageEncoding::Flate;
}

} // namespace

QByteArray PdfImageEncoder::predictorParms(int colors, int bits, int columns)
{
    return QByteArrayLiteral("<< /Predictor 15 /Colors ") + QByteArray::number(colors) + " /BitsPerComponent "
           + QByteArray::number(bits) + " /Columns " + QByteArray::number(columns) + " >>";
}

PdfImageData PdfImageEncoder::ccittImage(QByteArray data, int width, int height, bool zeroIsBlack)
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

/// Whatever the file's own data cannot carry: decode and re-encode losslessly.
bool PdfImageEncoder::encode(const QImage &image, ImagePage *page, QString *error)
{
    if (isBilevel(image))
        return bilevelToCcitt(image, page, error);
    toFlate(image, page);
    return true;
}

} // namespace quire
