#pragma once

// Internal to core/pdf: from decoded samples to gray or RGB pixels, shared by the codecs.

#include "pdf/PdfImageDecoder.h"

#include <QImage>
#include <QList>

#include <vector>

namespace quire::detail {

// Largest image the decoder accepts (pixels); larger ones are left to the
// renderer, which scales while it decodes.
constexpr qint64 kMaxDecodedPixels = 400'000'000;

/// Samples per pixel of a colour space family (1 for Indexed).
int componentsOf(PdfColorSpace::Family family);

/// Maps each possible sample value (0 .. 2^bits - 1) of component @p c to an
/// output byte (0..255), or to a palette index for Indexed spaces.
std::vector<int> sampleTable(const PdfImageStream &stream, int c);

/// 1-bit rows (1 = black, as CCITT and JBIG2 codecs give them) to gray,
/// through the PDF meaning of the bits (@p blackIs1) and the /Decode array.
/// Null when out of memory.
QImage bitsToGray(const uchar *bits, qsizetype stride, int width, int height, bool blackIs1,
                  const QList<double> &decode);

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

} // namespace quire::detail
