#pragma once

#include <QImage>

namespace quire {

/// Recognises pages with nothing on them: paper, and at most scanner noise
/// (specks, faint show-through from the back of the sheet, JPEG ringing,
/// dark scanner edges). Cheap: one pass over a copy reduced to about 50 DPI.
class BlankPageDetector final
{
public:
    /// True when @p image (Format_Grayscale8 or Format_RGB32) at @p dpi
    /// (0: unknown, taken as 300) holds no mark that could be text: nothing
    /// darker than the paper by a clear margin, over more than a few specks.
    static bool isBlank(const QImage &image, int dpi);
};

} // namespace quire
