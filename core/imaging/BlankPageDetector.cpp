#include "imaging/BlankPageDetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace quire {

namespace {

// The page is looked at reduced to about this resolution: area averaging
// dissolves single-pixel scanner noise (a 300-DPI speck darkens its 50-DPI
// cell by 1/36), while a stroke of 6-point text still darkens the cells it
// crosses by a third or more.
constexpr double kLookDpi = 50.0;
constexpr int kAssumedDpi = 300;
// Scanner edges, punch holes and shadows of the lid: this share of each
// side is not looked at.
constexpr double kMarginShare = 0.04;
// A cell is ink when it is this much darker (or lighter) than the paper,
// the median of the page. Measured on generated pages (TestBlankPageDetector): faint
// show-through of the back page (30 levels), JPEG ringing and Gaussian
// noise (sigma 12) stay below 40; a 6-point page number reaches 90+.
constexpr int kInkContrast = 64;
// More ink cells than this and the page has something on it. Dust specks of
// half a millimetre are one or two cells each; the smallest real content
// measured, a lone page number in 8-point type, is 7 cells (a speck of a
// whole millimetre is 6: larger specks count as content and go to OCR).
constexpr int kMaxInkCells = 4;

} // namespace

bool BlankPageDetector::isBlank(const QImage &image, int dpi)
{
    if (image.isNull())
        return false;
    const bool colour = image.format() == QImage::Format_RGB32;
    if (!colour && image.format() != QImage::Format_Grayscale8)
        return false;
    try {
        const cv::Mat source(image.height(), image.width(), colour ? CV_8UC4 : CV_8UC1,
                             const_cast<uchar *>(image.constBits()), size_t(image.bytesPerLine()));
        const double scale = std::min(1.0, kLookDpi / double(dpi > 0 ? dpi : kAssumedDpi));
        const cv::Size size(std::max(1, int(std::lround(image.width() * scale))),
                            std::max(1, int(std::lround(image.height() * scale))));
        cv::Mat small;
        cv::resize(source, small, size, 0, 0, cv::INTER_AREA);
        if (colour)
            cv::cvtColor(small, small, cv::COLOR_BGRA2GRAY);

        const int mx = int(std::lround(small.cols * kMarginShare));
        const int my = int(std::lround(small.rows * kMarginShare));
        const cv::Rect inner(mx, my, std::max(1, small.cols - 2 * mx), std::max(1, small.rows - 2 * my));
        const cv::Mat look = small(inner);

        std::array<int, 256> histogram{};
        for (int y = 0; y < look.rows; ++y) {
            const uchar *row = look.ptr<uchar>(y);
            for (int x = 0; x < look.cols; ++x)
                ++histogram[row[x]];
        }
        const int half = int(look.total() / 2);
        int paper = 255;
        for (int v = 0, seen = 0; v < 256; ++v) {
            seen += histogram[size_t(v)];
            if (seen > half) {
                paper = v;
                break;
            }
        }
        // Marks darker than the paper, or lighter (white text on a dark page).
        int ink = 0;
        for (int v = 0; v < paper - kInkContrast; ++v)
            ink += histogram[size_t(v)];
        for (int v = paper + kInkContrast + 1; v < 256; ++v)
            ink += histogram[size_t(v)];
        return ink <= kMaxInkCells;
    } catch (const cv::Exception &) {
        return false;
    }
}

} // namespace quire
