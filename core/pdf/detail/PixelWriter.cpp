#include "pdf/detail/PixelWriter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace quire::detail {

namespace {

uchar toByte(double value)
{
    return uchar(std::clamp(int(std::lround(value * 255.0)), 0, 255));
}

} // namespace

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

} // namespace quire::detail
