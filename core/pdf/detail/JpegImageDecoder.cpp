#include "pdf/detail/JpegImageDecoder.h"

#include "pdf/detail/PixelWriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <csetjmp>
#include <cstdio>
#include <utility>
#include <vector>

// jpeglib.h wants <cstdio> before it.
#include <jpeglib.h>

namespace quire::detail {

namespace {

// Messages a person may read (through the caller's error), translated under the decoder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfImageDecoder)
};

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

/// The decoded JPEG in @p buffer through the /Decode tables into gray, or
/// RGB when @p wantColour.
QImage applyDecode(QImage buffer, const JpegResult &result, const PdfImageStream &stream, bool wantColour,
                   bool defaultDecode, QString *error)
{
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

} // namespace

QImage JpegImageDecoder::decode(const PdfImageStream &stream, bool colour, double minScale, QString *error)
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
    return applyDecode(std::move(buffer), result, stream, wantColour, defaultDecode, error);
}

} // namespace quire::detail
