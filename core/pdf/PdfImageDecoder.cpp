#include "pdf/PdfImageDecoder.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <csetjmp>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <vector>

// The C codecs last: jpeglib.h wants <cstdio> before it.
#include <jpeglib.h>
#include <tiffio.h>
extern "C" {
#include <jbig2.h>
}

namespace quire {

namespace {

// Messages a person may read (through the caller's error), translated under the decoder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfImageDecoder)
};

// Largest image the decoder accepts (pixels); larger ones are left to the
// renderer, which scales while it decodes.
constexpr qint64 kMaxDecodedPixels = 400'000'000;

int componentsOf(PdfColorSpace::Family family)
{
    switch (family) {
    case PdfColorSpace::Family::Gray:
        return 1;
    case PdfColorSpace::Family::Rgb:
        return 3;
    case PdfColorSpace::Family::Cmyk:
        return 4;
    case PdfColorSpace::Family::Indexed:
        return 1;
    }
    return 1;
}

uchar toByte(double value)
{
    return uchar(std::clamp(int(std::lround(value * 255.0)), 0, 255));
}

/// Maps each possible sample value (0 .. 2^bits - 1) of component @p c to an
/// output byte (0..255), or to a palette index for Indexed spaces.
std::vector<int> sampleTable(const PdfImageStream &stream, int c)
{
    const int bits = std::min(stream.bitsPerComponent, 8); // 16-bit samples use their high byte
    const int maxSample = (1 << bits) - 1;
    const bool indexed = stream.colorSpace.family == PdfColorSpace::Family::Indexed;
    double dmin = 0;
    double dmax = indexed ? double(maxSample) : 1.0;
    if (stream.decode.size() >= 2 * (c + 1)) {
        dmin = stream.decode.at(2 * c);
        dmax = stream.decode.at(2 * c + 1);
    }
    std::vector<int> table(size_t(maxSample) + 1);
    for (int s = 0; s <= maxSample; ++s) {
        const double value = dmin + double(s) * (dmax - dmin) / double(maxSample);
        table[size_t(s)] = indexed ? std::clamp(int(std::lround(value)), 0, stream.colorSpace.highValue)
                                   : toByte(value);
    }
    return table;
}

/// Pixel converter from component bytes (after the decode tables) to gray or RGB.
struct PixelWriter
{
    const PdfColorSpace &space;
    bool colour;

    // One pixel's components (already 0..255, or an index) to gray.
    static uchar cmykGray(int c, int m, int y, int k)
    {
        const int r = (255 - c) * (255 - k) / 255;
        const int g = (255 - m) * (255 - k) / 255;
        const int b = (255 - y) * (255 - k) / 255;
        return uchar(qGray(r, g, b));
    }
    static QRgb cmykRgb(int c, int m, int y, int k)
    {
        return qRgb((255 - c) * (255 - k) / 255, (255 - m) * (255 - k) / 255, (255 - y) * (255 - k) / 255);
    }

    QRgb rgbOf(PdfColorSpace::Family family, const int *v) const
    {
        switch (family) {
        case PdfColorSpace::Family::Gray:
            return qRgb(v[0], v[0], v[0]);
        case PdfColorSpace::Family::Rgb:
            return qRgb(v[0], v[1], v[2]);
        case PdfColorSpace::Family::Cmyk:
            return cmykRgb(v[0], v[1], v[2], v[3]);
        case PdfColorSpace::Family::Indexed:
            break;
        }
        return qRgb(255, 255, 255);
    }

    QRgb paletteRgb(int index) const
    {
        const int n = componentsOf(space.base);
        const qsizetype offset = qsizetype(index) * n;
        if (offset + n > space.palette.size())
            return qRgb(0, 0, 0); // a short palette: Poppler paints such entries black
        int v[4] = {};
        for (int i = 0; i < n; ++i)
            v[i] = uchar(space.palette.at(offset + i));
        return rgbOf(space.base, v);
    }
};

/// Decodes raw samples of any depth and colour space.
QImage decodeSamples(const PdfImageStream &stream, bool colour, QString *error)
{
    const PdfColorSpace &space = stream.colorSpace;
    const int n = space.components();
    const int bits = stream.bitsPerComponent;
    if (bits != 1 && bits != 2 && bits != 4 && bits != 8 && bits != 16) {
        *error = Text::tr("its image has %1 bits per component, which is not valid").arg(bits);
        return {};
    }
    const qint64 rowBytes = (qint64(stream.width) * n * bits + 7) / 8;
    if (qint64(stream.data.size()) < rowBytes * stream.height) {
        *error = Text::tr("its image data is cut short (%1 of %2 bytes)")
                     .arg(stream.data.size())
                     .arg(rowBytes * stream.height);
        return {};
    }
    const bool outColour = colour && space.isColour();
    QImage out(stream.width, stream.height, outColour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    if (out.isNull()) {
        *error = Text::tr("there is not enough memory to decode its %1 x %2 image").arg(stream.width).arg(stream.height);
        return {};
    }
    std::vector<std::vector<int>> tables;
    for (int c = 0; c < n; ++c)
        tables.push_back(sampleTable(stream, c));

    const PixelWriter writer{space, outColour};
    // Indexed: one output pixel per possible index, looked up once.
    std::vector<QRgb> paletteRgb;
    if (space.family == PdfColorSpace::Family::Indexed) {
        for (int i = 0; i <= space.highValue; ++i)
            paletteRgb.push_back(writer.paletteRgb(i));
    }

    const auto *data = reinterpret_cast<const uchar *>(stream.data.constData());
    const int mask = (1 << std::min(bits, 8)) - 1;
    std::vector<int> samples(size_t(stream.width) * size_t(n));
    for (int y = 0; y < stream.height; ++y) {
        const uchar *row = data + qint64(y) * rowBytes;
        // Unpack the row into samples.
        if (bits == 8) {
            for (size_t i = 0; i < samples.size(); ++i)
                samples[i] = row[i];
        } else if (bits == 16) {
            for (size_t i = 0; i < samples.size(); ++i)
                samples[i] = row[2 * i];
        } else {
            for (size_t i = 0; i < samples.size(); ++i) {
                const size_t bit = i * size_t(bits);
                samples[i] = (row[bit / 8] >> (8 - bits - int(bit % 8))) & mask;
            }
        }
        if (outColour) {
            auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < stream.width; ++x) {
                const int *s = &samples[size_t(x) * size_t(n)];
                if (space.family == PdfColorSpace::Family::Indexed) {
                    line[x] = paletteRgb[size_t(tables[0][size_t(s[0])])];
                } else {
                    int v[4] = {};
                    for (int c = 0; c < n; ++c)
                        v[c] = tables[size_t(c)][size_t(s[c])];
                    line[x] = writer.rgbOf(space.family, v);
                }
            }
        } else {
            uchar *line = out.scanLine(y);
            for (int x = 0; x < stream.width; ++x) {
                const int *s = &samples[size_t(x) * size_t(n)];
                switch (space.family) {
                case PdfColorSpace::Family::Gray:
                    line[x] = uchar(tables[0][size_t(s[0])]);
                    break;
                case PdfColorSpace::Family::Rgb:
                    line[x] = uchar(qGray(tables[0][size_t(s[0])], tables[1][size_t(s[1])], tables[2][size_t(s[2])]));
                    break;
                case PdfColorSpace::Family::Cmyk:
                    line[x] = PixelWriter::cmykGray(tables[0][size_t(s[0])], tables[1][size_t(s[1])],
                        tables[2][size_t(s[2])], tables[3][size_t(s[3])]);
                    break;
                case PdfColorSpace::Family::Indexed:
                    line[x] = uchar(qGray(paletteRgb[size_t(tables[0][size_t(s[0])])]));
                    break;
                }
            }
        }
    }
    return out;
}

/// 1-bit rows (1 = black, as CCITT and JBIG2 codecs give them) to gray,
/// through the PDF meaning of the bits (@p blackIs1) and the /Decode array.
QImage bitsToGray(const uchar *bits, qsizetype stride, int width, int height, bool blackIs1,
                  const QList<double> &decode)
{
    // Sample value of a black-run pixel, and its gray after /Decode.
    PdfImageStream oneBit;
    oneBit.bitsPerComponent = 1;
    oneBit.decode = decode;
    const std::vector<int> table = sampleTable(oneBit, 0);
    const uchar blackGray = uchar(table[blackIs1 ? 1 : 0]);
    const uchar whiteGray = uchar(table[blackIs1 ? 0 : 1]);

    QImage out(width, height, QImage::Format_Grayscale8);
    if (out.isNull())
        return {};
    // Eight pixels per byte through one lookup.
    std::array<std::array<uchar, 8>, 256> expand{};
    for (int b = 0; b < 256; ++b) {
        for (int i = 0; i < 8; ++i)
            expand[size_t(b)][size_t(i)] = (b >> (7 - i)) & 1 ? blackGray : whiteGray;
    }
    for (int y = 0; y < height; ++y) {
        const uchar *in = bits + qsizetype(y) * stride;
        uchar *line = out.scanLine(y);
        const int whole = width / 8;
        for (int i = 0; i < whole; ++i)
            std::memcpy(line + 8 * i, expand[in[i]].data(), 8);
        for (int x = whole * 8; x < width; ++x)
            line[x] = expand[in[x / 8]][size_t(x % 8)];
    }
    return out;
}

// --- JPEG (libjpeg-turbo) -------------------------------------------------

struct JpegErrorManager
{
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void onJpegError(j_common_ptr info)
{
    auto *err = reinterpret_cast<JpegErrorManager *>(info->err);
    (*info->err->format_message)(info, err->message);
    std::longjmp(err->jump, 1);
}

void onJpegMessage(j_common_ptr, int) { } // warnings of damaged data: decoding goes on

/// Where decoded rows go: the caller allocates once the output size is known.
struct JpegTarget
{
    uchar *(*allocate)(void *context, int width, int height, int components, qsizetype *stride);
    void *context;
};

struct JpegResult
{
    bool ok;
    int sourceComponents; ///< In the JPEG: 1, 3 or 4.
    int components;       ///< In the output: 1 gray, 4 BGRX or CMYK.
};

/// Decodes @p data at @p scaleNum / 8 of its size. Only plain-old-data lives
/// in this frame: a libjpeg error long-jumps back here, skipping destructors.
JpegResult decodeJpegInto(const uchar *data, size_t size, int scaleNum, bool rgb, JpegTarget target,
                          char *message)
{
    JpegResult result{false, 0, 0};
    jpeg_decompress_struct info;
    JpegErrorManager err;
    info.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = onJpegError;
    err.pub.emit_message = onJpegMessage;
    err.message[0] = '\0';
    if (setjmp(err.jump)) {
        std::snprintf(message, JMSG_LENGTH_MAX, "%s", err.message);
        jpeg_destroy_decompress(&info);
        return {false, 0, 0};
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, static_cast<unsigned long>(size));
    jpeg_read_header(&info, TRUE);
    info.scale_num = static_cast<unsigned int>(scaleNum);
    info.scale_denom = 8;
    info.dct_method = JDCT_ISLOW;
    result.sourceComponents = info.num_components;
    switch (info.num_components) {
    case 1:
        info.out_color_space = JCS_GRAYSCALE;
        result.components = 1;
        break;
    case 3:
        // Gray straight from the luma channel: the colour planes are not even decoded.
        // Format_RGB32 byte order; the alpha variant so that the fourth byte is 0xff.
        info.out_color_space = rgb ? (Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? JCS_EXT_BGRA : JCS_EXT_ARGB) : JCS_GRAYSCALE;
        result.components = rgb ? 4 : 1;
        break;
    case 4:
        info.out_color_space = JCS_CMYK; // from CMYK or YCCK
        result.components = 4;
        break;
    default:
        std::snprintf(message, JMSG_LENGTH_MAX, "%d colour components", info.num_components);
        jpeg_destroy_decompress(&info);
        return {false, 0, 0};
    }
    jpeg_start_decompress(&info);
    qsizetype stride = 0;
    uchar *pixels = target.allocate(target.context, int(info.output_width), int(info.output_height),
                                    result.components, &stride);
    if (!pixels) {
        std::snprintf(message, JMSG_LENGTH_MAX, "out of memory");
        jpeg_destroy_decompress(&info);
        return {false, 0, 0};
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + qsizetype(info.output_scanline) * stride;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    result.ok = true;
    return result;
}

bool isDefaultDecode(const QList<double> &decode)
{
    for (qsizetype i = 0; i < decode.size(); ++i) {
        if (decode.at(i) != (i % 2 == 0 ? 0.0 : 1.0))
            return false;
    }
    return true;
}

QImage decodeJpeg(const PdfImageStream &stream, bool colour, double minScale, QString *error)
{
    if (stream.colorSpace.family == PdfColorSpace::Family::Indexed) {
        *error = Text::tr("its JPEG image has an indexed colour space");
        return {};
    }
    const int scaleNum = std::clamp(int(std::ceil(minScale * 8.0 - 1e-9)), 1, 8);
    const bool wantColour = colour && stream.colorSpace.isColour();
    const bool defaultDecode = isDefaultDecode(stream.decode);
    QImage buffer;
    const auto allocate = [](void *context, int width, int height, int components, qsizetype *stride) -> uchar * {
        auto *image = static_cast<QImage *>(context);
        if (qint64(width) * height > kMaxDecodedPixels)
            return nullptr;
        *image = QImage(width, height, components == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
        if (image->isNull())
            return nullptr;
        *stride = image->bytesPerLine();
        return image->bits();
    };
    char message[JMSG_LENGTH_MAX] = {};
    const JpegResult result = decodeJpegInto(reinterpret_cast<const uchar *>(stream.data.constData()),
        size_t(stream.data.size()), scaleNum, wantColour || !defaultDecode, JpegTarget{allocate, &buffer}, message);
    if (!result.ok) {
        *error = Text::tr("its JPEG image cannot be decoded (%1)").arg(QString::fromLocal8Bit(message));
        return {};
    }
    if (result.sourceComponents != stream.colorSpace.components()) {
        *error = Text::tr("its JPEG image has %1 colour components where its colour space has %2")
                     .arg(result.sourceComponents)
                     .arg(stream.colorSpace.components());
        return {};
    }

    // /Decode tables per component; the JPEG gives 8-bit components.
    PdfImageStream eightBit = stream;
    eightBit.bitsPerComponent = 8;
    std::array<std::vector<int>, 4> tables;
    for (int c = 0; c < result.sourceComponents; ++c)
        tables[size_t(c)] = sampleTable(eightBit, c);

    if (result.components == 1) {
        if (!defaultDecode) {
            for (int y = 0; y < buffer.height(); ++y) {
                uchar *line = buffer.scanLine(y);
                for (int x = 0; x < buffer.width(); ++x)
                    line[x] = uchar(tables[0][line[x]]);
            }
        }
        return buffer;
    }
    QImage out(buffer.size(), wantColour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    if (out.isNull()) {
        *error = Text::tr("there is not enough memory to decode its %1 x %2 image").arg(buffer.width()).arg(buffer.height());
        return {};
    }
    const bool cmyk = result.sourceComponents == 4;
    if (!cmyk && defaultDecode)
        return buffer; // RGB as wanted
    for (int y = 0; y < buffer.height(); ++y) {
        const uchar *in = buffer.constScanLine(y);
        for (int x = 0; x < buffer.width(); ++x) {
            const uchar *p = in + 4 * x;
            QRgb rgb;
            if (cmyk) {
                // C, M, Y, K as stored. Adobe applications store CMYK inverted;
                // Poppler reads it as stored too, so the file's /Decode [1 0 ...]
                // is what turns it right.
                rgb = PixelWriter::cmykRgb(tables[0][p[0]], tables[1][p[1]], tables[2][p[2]], tables[3][p[3]]);
            } else {
                const QRgb stored = reinterpret_cast<const QRgb *>(in)[x];
                rgb = qRgb(tables[0][qRed(stored)], tables[1][qGreen(stored)], tables[2][qBlue(stored)]);
            }
            if (wantColour)
                reinterpret_cast<QRgb *>(out.scanLine(y))[x] = rgb;
            else
                out.scanLine(y)[x] = uchar(qGray(rgb));
        }
    }
    return out;
}

// --- CCITT (libtiff) ------------------------------------------------------

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

QImage decodeCcitt(const PdfImageStream &stream, QString *error)
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

// --- JBIG2 (jbig2dec) -----------------------------------------------------

void onJbig2Message(void *context, const char *message, Jbig2Severity severity, uint32_t)
{
    if (severity == JBIG2_SEVERITY_FATAL && context)
        *static_cast<QString *>(context) = QString::fromLocal8Bit(message);
}

QImage decodeJbig2(const PdfImageStream &stream, QString *error)
{
    QString jbig2Error;
    Jbig2GlobalCtx *globals = nullptr;
    if (!stream.jbig2Globals.isEmpty()) {
        Jbig2Ctx *globalContext = jbig2_ctx_new(nullptr, JBIG2_OPTIONS_EMBEDDED, nullptr, onJbig2Message, &jbig2Error);
        if (!globalContext) {
            *error = Text::tr("its JBIG2 image cannot be decoded (out of memory)");
            return {};
        }
        jbig2_data_in(globalContext, reinterpret_cast<const unsigned char *>(stream.jbig2Globals.constData()),
                      size_t(stream.jbig2Globals.size()));
        globals = jbig2_make_global_ctx(globalContext);
    }
    Jbig2Ctx *context = jbig2_ctx_new(nullptr, JBIG2_OPTIONS_EMBEDDED, globals, onJbig2Message, &jbig2Error);
    if (!context) {
        if (globals)
            jbig2_global_ctx_free(globals);
        *error = Text::tr("its JBIG2 image cannot be decoded (out of memory)");
        return {};
    }
    QImage out;
    const int status = jbig2_data_in(context, reinterpret_cast<const unsigned char *>(stream.data.constData()),
                                     size_t(stream.data.size()));
    if (status == 0) {
        jbig2_complete_page(context);
        if (Jbig2Image *page = jbig2_page_out(context)) {
            if (int(page->width) == stream.width && int(page->height) == stream.height) {
                // JBIG2 marks black as 1; the JBIG2Decode filter gives black as 0.
                out = bitsToGray(page->data, qsizetype(page->stride), stream.width, stream.height, false, stream.decode);
            } else {
                jbig2Error = Text::tr("the page is %1 x %2, the image dictionary says %3 x %4")
                                 .arg(page->width)
                                 .arg(page->height)
                                 .arg(stream.width)
                                 .arg(stream.height);
            }
            jbig2_release_page(context, page);
        }
    }
    jbig2_ctx_free(context);
    if (globals)
        jbig2_global_ctx_free(globals);
    if (out.isNull()) {
        *error = Text::tr("its JBIG2 image cannot be decoded (%1)")
                     .arg(jbig2Error.isEmpty() ? Text::tr("no page in the data") : jbig2Error);
    }
    return out;
}

} // namespace

int PdfColorSpace::components() const
{
    return componentsOf(family);
}

bool PdfColorSpace::isColour() const
{
    const Family effective = family == Family::Indexed ? base : family;
    return effective == Family::Rgb || effective == Family::Cmyk;
}

QImage PdfImageDecoder::decode(const PdfImageStream &stream, bool colour, double minScale, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (stream.width <= 0 || stream.height <= 0) {
        why = Text::tr("its image has no size (%1 x %2)").arg(stream.width).arg(stream.height);
        return {};
    }
    if (qint64(stream.width) * stream.height > kMaxDecodedPixels) {
        why = Text::tr("its image is too large to decode directly (%1 x %2)").arg(stream.width).arg(stream.height);
        return {};
    }
    const qsizetype expectedDecode = 2 * qsizetype(stream.colorSpace.components());
    if (!stream.decode.isEmpty() && stream.decode.size() < expectedDecode) {
        why = Text::tr("its /Decode array has %1 numbers, not %2").arg(stream.decode.size()).arg(expectedDecode);
        return {};
    }
    try {
        switch (stream.codec) {
        case PdfImageStream::Codec::Samples:
            return decodeSamples(stream, colour, &why);
        case PdfImageStream::Codec::Jpeg:
            return decodeJpeg(stream, colour, minScale, &why);
        case PdfImageStream::Codec::Ccitt:
            return decodeCcitt(stream, &why);
        case PdfImageStream::Codec::Jbig2:
            return decodeJbig2(stream, &why);
        }
    } catch (const std::bad_alloc &) {
        why = Text::tr("there is not enough memory to decode its %1 x %2 image").arg(stream.width).arg(stream.height);
    }
    return {};
}

QImage PdfImageDecoder::compositeOnWhite(const QImage &image, const QImage &alpha)
{
    if (image.isNull() || alpha.isNull() || alpha.format() != QImage::Format_Grayscale8)
        return image;
    cv::Mat a(alpha.height(), alpha.width(), CV_8UC1, const_cast<uchar *>(alpha.constBits()), size_t(alpha.bytesPerLine()));
    cv::Mat scaled;
    if (alpha.size() != image.size())
        cv::resize(a, scaled, cv::Size(image.width(), image.height()), 0, 0, cv::INTER_LINEAR);
    else
        scaled = a;
    QImage out = image.copy();
    const bool gray = out.format() == QImage::Format_Grayscale8;
    for (int y = 0; y < out.height(); ++y) {
        const uchar *alphaRow = scaled.ptr<uchar>(y);
        if (gray) {
            uchar *line = out.scanLine(y);
            for (int x = 0; x < out.width(); ++x)
                line[x] = uchar((line[x] * alphaRow[x] + 255 * (255 - alphaRow[x]) + 127) / 255);
        } else {
            auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
            for (int x = 0; x < out.width(); ++x) {
                const int av = alphaRow[x];
                const auto over = [av](int c) { return (c * av + 255 * (255 - av) + 127) / 255; };
                line[x] = qRgb(over(qRed(line[x])), over(qGreen(line[x])), over(qBlue(line[x])));
            }
        }
    }
    return out;
}

} // namespace quire
