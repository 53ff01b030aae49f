#include "pdf/detail/PdfImagePlacement.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace quire::detail {

namespace {

cv::Mat wrap(QImage &image)
{
    return cv::Mat(image.height(), image.width(), image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC4,
                   image.bits(), size_t(image.bytesPerLine()));
}

} // namespace

/// Turns @p image into the displayed orientation.
QImage PdfImagePlacement::orient(QImage image) const
{
    if (!swap && !flipX && !flipY)
        return image;
    cv::Mat in = wrap(image);
    cv::Mat turned;
    if (swap)
        cv::transpose(in, turned);
    else
        turned = in.clone();
    if (flipX && flipY)
        cv::flip(turned, turned, -1);
    else if (flipX)
        cv::flip(turned, turned, 1);
    else if (flipY)
        cv::flip(turned, turned, 0);
    QImage out(turned.cols, turned.rows, image.format());
    for (int y = 0; y < turned.rows; ++y)
        std::memcpy(out.scanLine(y), turned.ptr(y), size_t(turned.cols) * turned.elemSize());
    return out;
}

/// Cuts (or pads with white) an oriented image to exactly the displayed
/// page: scanners' images overhang or fall short of the page by a pixel or
/// two where page sizes were rounded to whole points.
QImage PdfImagePlacement::fitToPage(const QImage &image) const
{
    const double pointsPerPixelX = (right - left) / image.width();
    const double pointsPerPixelY = (bottom - top) / image.height();
    const int x0 = int(std::lround(-left / pointsPerPixelX));
    const int y0 = int(std::lround(-top / pointsPerPixelY));
    const int x1 = int(std::lround((widthPt - left) / pointsPerPixelX));
    const int y1 = int(std::lround((heightPt - top) / pointsPerPixelY));
    if (x0 == 0 && y0 == 0 && x1 == image.width() && y1 == image.height())
        return image;
    if (x1 <= x0 || y1 <= y0)
        return {};
    QImage out(x1 - x0, y1 - y0, image.format());
    if (out.isNull())
        return {};
    out.fill(Qt::white);
    const int bytesPerPixel = image.depth() / 8;
    const int fromX = std::max(0, x0);
    const int toX = std::min(image.width(), x1);
    for (int y = std::max(0, y0); y < std::min(image.height(), y1) && fromX < toX; ++y)
        std::memcpy(out.scanLine(y - y0) + (fromX - x0) * bytesPerPixel, image.constScanLine(y) + fromX * bytesPerPixel,
                    size_t(toX - fromX) * size_t(bytesPerPixel));
    return out;
}

} // namespace quire::detail
