#pragma once

// Internal to core/pdf: how a page's single image lies on the displayed page.

#include <QImage>

namespace quire::detail {

/// Where the image's pixels land on the displayed page, and how to bring
/// them into its pixel grid.
struct PdfImagePlacement
{
    bool swap = false;  ///< Image rows run across the displayed page (a transpose is needed).
    bool flipX = false; ///< After any transpose, mirror left-right...
    bool flipY = false; ///< ...and top-bottom.
    double widthPt = 0;  ///< The displayed page (CropBox after /Rotate).
    double heightPt = 0;
    // Where the image lies on the displayed page, in points (y down); it may
    // overhang or fall short of the page by the edge tolerance.
    double left = 0, top = 0, right = 0, bottom = 0;

    /// Turns @p image (Grayscale8 or RGB32) into the displayed orientation.
    QImage orient(QImage image) const;
    /// Cuts (or pads with white) an oriented image to exactly the displayed
    /// page; null when out of memory.
    QImage fitToPage(const QImage &image) const;
};

} // namespace quire::detail
