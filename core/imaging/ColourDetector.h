#pragma once

#include <QImage>

namespace quire {

/// Tells pages with colour from gray ones, for Tesseract: it thresholds the
/// channels of a colour image separately, which reads coloured text and
/// tinted table cells better than one gray channel (measured on the corpus's
/// ground-truth pages, see README "Accuracy"), and reads gray pages the same.
class ColourDetector final
{
public:
    /// True when a visible share of @p image (Format_RGB32; anything else is
    /// gray) has a hue: channels that spread by more than a JPEG's chroma
    /// noise, on more than a few scattered pixels. Samples a grid of pixels.
    static bool hasColour(const QImage &image);
};

} // namespace quire
