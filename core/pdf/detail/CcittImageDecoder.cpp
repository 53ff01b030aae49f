#include "pdf/detail/CcittImageDecoder.h"

#include "pdf/detail/PixelWriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include <tiffio.h>

namespace quire::detail {

namespace {

// Messages a person may read (through the caller's error), translated under the decoder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfImageDecoder)
};

/// A memory TIFF for libtiff's client interface.
struct MemoryTiff
{
    QByteArray bytes;
    toff_t position = 0;
};

tmsize_t tiffRead(thandle_t handle, void *buffer, tmsize_t size)
{
    auto *file = static_cast<MemoryTiff *>(handle);
    const toff_t available = file->position < toff_t(file->bytes.size()) ? toff_t(file->bytes.size()) - file->position : 0;
    const toff_t count = std::min<toff_t>(toff_t(size), available);
    std::memcpy(buffer, file->bytes.constData() + file->position, size_t(count));
    file->position += count;
    return tmsize_t(count);
}

tmsize_t tiffWrite(thandle_t, void *, tmsize_t)
{
    return 0;
}

toff_t tiffSeek(thandle_t handle, toff_t offset, int whence)
{
    auto *file = static_cast<MemoryTiff *>(handle);
    switch (whence) {
    case SEEK_SET:
        file->position = offset;
        break;
    case SEEK_CUR:
        file->position += offset;
        break;
    case SEEK_END:
        file->position = toff_t(file->bytes.size()) + offset;
        break;
    default:
        break;
    }
    return file->position;
}

int tiffClose(thandle_t)
{
    return 0;
}

toff_t tiffSize(thandle_t handle)
{
    return toff_t(static_cast<MemoryTiff *>(handle)->bytes.size());
}

int tiffMap(thandle_t, void **, toff_t *)
{
    return 0;
}

void tiffUnmap(thandle_t, void *, toff_t) { }

int tiffMessage(TIFF *, void *context, const char *, const char *format, va_list args)
{
    if (context) {
        char text[256];
        std::vsnprintf(text, sizeof text, format, args);
        *static_cast<QString *>(context) = QString::fromLocal8Bit(text);
    }
    return 1; // handled: libtiff prints nothing
}

void appendLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

/// A one-strip TIFF around Group 4 fax data.
QByteArray wrapG4InTiff(const QByteArray &data, int width, int height)
{
    struct Entry
    {
        quint16 tag;
        quint16 type; // 3 SHORT, 4 LONG
        quint32 value;
    };
    const quint32 entries = 10;
    const quint32 dataOffset = 8 + 2 + entries * 12 + 4;
    const Entry table[] = {
        {256, 4, quint32(width)},
        {257, 4, quint32(height)},
        {258, 3, 1},                  // BitsPerSample
        {259, 3, 4},                  // Compression: CCITT Group 4
        {262, 3, 0},                  // Photometric: white is zero (fax decoders give black as 1)
        {273, 4, dataOffset},         // StripOffsets
        {277, 3, 1},                  // SamplesPerPixel
        {278, 4, quint32(height)},    // RowsPerStrip
        {279, 4, quint32(data.size())}, // StripByteCounts
        {293, 4, 0},                  // T6Options
    };
    QByteArray out("II*\0", 4);
    out.reserve(qsizetype(dataOffset) + data.size());
    appendLittleEndian(out, 8, 4);
    appendLittleEndian(out, entries, 2);
    for (const Entry &e : table) {
        appendLittleEndian(out, e.tag, 2);
        appendLittleEndian(out, e.type, 2);
        appendLittleEndian(out, 1, 4);
        appendLittleEndian(out, e.value, 4); // SHORT values sit in the low bytes (little-endian)
    }
    appendLittleEndian(out, 0, 4); // no next IFD
    out.append(data);
    return out;
}

} // namespace

QImage CcittImageDecoder::decode(const PdfImageStream &stream, QString *error)
{
    if (stream.ccittK >= 0) {
        *error = Text::tr("its image is CCITT Group 3, which Quire leaves to the renderer");
        return {};
    }
    if (stream.ccittEncodedByteAlign) {
        *error = Text::tr("its CCITT image aligns rows to bytes, which Quire leaves to the renderer");
        return {};
    }
    MemoryTiff file{wrapG4InTiff(stream.data, stream.width, stream.height)};
    QString tiffError;
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, tiffMessage, &tiffError);
    TIFFOpenOptionsSetWarningHandlerExtR(options, tiffMessage, nullptr);
    TIFF *tiff = TIFFClientOpenExt("ccitt", "rm", &file, tiffRead, tiffWrite, tiffSeek, tiffClose, tiffSize,
                                   tiffMap, tiffUnmap, options);
    TIFFOpenOptionsFree(options);
    if (!tiff) {
        *error = Text::tr("its CCITT image cannot be decoded (%1)").arg(tiffError);
        return {};
    }
    const qsizetype stride = (qsizetype(stream.width) + 7) / 8;
    QByteArray bits(stride * stream.height, '\0');
    const tmsize_t got = TIFFReadEncodedStrip(tiff, 0, bits.data(), tmsize_t(bits.size()));
    TIFFClose(tiff);
    if (got < tmsize_t(bits.size())) {
        *error = Text::tr("its CCITT image data is damaged (%1)").arg(tiffError.isEmpty() ? Text::tr("cut short") : tiffError);
        return {};
    }
    return bitsToGray(reinterpret_cast<const uchar *>(bits.constData()), stride, stream.width, stream.height,
                      stream.ccittBlackIs1, stream.decode);
}

} // namespace quire::detail
