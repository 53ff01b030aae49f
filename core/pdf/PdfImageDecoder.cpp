#include "pdf/PdfImageDecoder.h"

#include "pdf/detail/CcittImageDecoder.h"
#include "pdf/detail/Jbig2ImageDecoder.h"
#include "pdf/detail/JpegImageDecoder.h"
#include "pdf/detail/PixelWriter.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace quire {

using detail::PixelWriter;

namespace {

// Messages a person may read (through the caller's error), translated under the decoder.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfImageDecoder)
};

/// Unpacks one row of @p bits-deep samples into @p samples (16-bit ones by their high byte).
void unpackRow(const uchar *row, int bits, std::vector<int> &samples)
{
    const int mask = (1 << std::min(bits, 8)) - 1;
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
}

/// How one row of samples becomes pixels: the decode tables per component
/// and, for Indexed spaces, the palette's colours.
struct SampleRows
{
    const PdfColorSpace &space;
    int components;
    PixelWriter writer;
    std::vector<std::vector<int>> tables;
    std::vector<QRgb> paletteRgb;

    void writeColour(const std::vector<int> &samples, QRgb *line, int width) const
    {
        for (int x = 0; x < width; ++x) {
            const int *s = &samples[size_t(x) * size_t(components)];
            if (space.family == PdfColorSpace::Family::Indexed) {
                line[x] = paletteRgb[size_t(tables[0][size_t(s[0])])];
            } else {
                int v[4] = {};
                for (int c = 0; c < components; ++c)
                    v[c] = tables[size_t(c)][size_t(s[c])];
                line[x] = writer.rgbOf(space.family, v);
            }
        }
    }

    void writeGray(const std::vector<int> &samples, uchar *line, int width) const
    {
        for (int x = 0; x < width; ++x) {
            const int *s = &samples[size_t(x) * size_t(components)];
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
    SampleRows rows{space, n, PixelWriter{space, outColour}, {}, {}};
    for (int c = 0; c < n; ++c)
        rows.tables.push_back(detail::sampleTable(stream, c));
    // Indexed: one output pixel per possible index, looked up once.
    if (space.family == PdfColorSpace::Family::Indexed) {
        for (int i = 0; i <= space.highValue; ++i)
            rows.paletteRgb.push_back(rows.writer.paletteRgb(i));
    }

    const auto *data = reinterpret_cast<const uchar *>(stream.data.constData());
    std::vector<int> samples(size_t(stream.width) * size_t(n));
    for (int y = 0; y < stream.height; ++y) {
        unpackRow(data + qint64(y) * rowBytes, bits, samples);
        if (outColour)
            rows.writeColour(samples, reinterpret_cast<QRgb *>(out.scanLine(y)), stream.width);
        else
            rows.writeGray(samples, out.scanLine(y), stream.width);
    }
    return out;
}

} // namespace

int PdfColorSpace::components() const
{
    return detail::componentsOf(family);
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
    if (qint64(stream.width) * stream.height > detail::kMaxDecodedPixels) {
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
            return detail::JpegImageDecoder::decode(stream, colour, minScale, &why);
        case PdfImageStream::Codec::Ccitt:
            return detail::CcittImageDecoder::decode(stream, &why);
        case PdfImageStream::Codec::Jbig2:
            return detail::Jbig2ImageDecoder::decode(stream, &why);
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