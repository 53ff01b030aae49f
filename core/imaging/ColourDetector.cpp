#include "imaging/ColourDetector.h"

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

// A pixel whose channels spread by more than this has a hue; JPEG chroma
// noise on gray paper and ink stays below it.
constexpr int kColourSpread = 24;
// A page is colour when more than this share of its pixels has a hue. The
// ground-truth pages with colour have 0.2% (a coloured heading) to 35%
// (tinted columns); gray scans saved as colour JPEGs have isolated pixels.
constexpr double kMinColourShare = 0.001;
// Pixels looked at: about this many, on a regular grid.
constexpr double kSamples = 250'000;

} // namespace

bool ColourDetector::hasColour(const QImage &image)
{
    if (image.isNull() || image.format() != QImage::Format_RGB32)
        return false;
    const double pixels = double(image.width()) * image.height();
    const int step = std::max(1, int(std::sqrt(pixels / kSamples)));
    qint64 looked = 0;
    qint64 coloured = 0;
    for (int y = 0; y < image.height(); y += step) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += step) {
            const QRgb p = line[x];
            const int hi = std::max({qRed(p), qGreen(p), qBlue(p)});
            const int lo = std::min({qRed(p), qGreen(p), qBlue(p)});
            coloured += hi - lo > kColourSpread ? 1 : 0;
            ++looked;
        }
    }
    return double(coloured) > kMinColourShare * double(looked);
}

} // namespace quire
