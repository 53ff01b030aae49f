#pragma once

#include "model/PageResult.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTransform>

namespace quire {

class GlyphlessFont;
struct StoredPage;

/// A PDF page as a viewer shows it.
struct PdfPageFrame
{
    /// The visible region in default user space: the CropBox clipped to the
    /// MediaBox; x and y are its lower-left corner. In user space units, so
    /// /UserUnit scales it and everything drawn on it alike.
    QRectF box;
    int rotate = 0; ///< /Rotate, normalised to 0, 90, 180 or 270 (clockwise).

    /// The box as shown, i.e. turned by rotate.
    QSizeF displayedSize() const;
    /// Maps the page as shown (origin at its top-left corner, y down, user
    /// space units) to default user space (origin at the bottom-left of the
    /// MediaBox's coordinate system, y up, before /Rotate).
    QTransform displayedToUser() const;
};

/// One word as the text layer draws it.
struct PlacedWord
{
    /// Which way a word's text runs on the image.
    enum class Direction {
        Across, ///< Left to right.
        Down,   ///< Top to bottom: turned a quarter clockwise (letters' tops face right).
        Up,     ///< Bottom to top: turned a quarter counter-clockwise.
    };
    QString text; ///< What the PDF says there: the corrected text.
    QRectF box;   ///< In pixels of the page image (see PdfTextLayer::wordsToDraw()).
    Direction direction = Direction::Across;
};

/// Builds the invisible text layer of one page from its stored words. No
/// PDF library is needed here: the result is a content stream.
class PdfTextLayer final
{
public:
    /// Maps the stored word boxes of @p page (pixels of the cleaned image:
    /// the page as shown, turned clockwise by page.rotation, then deskewed
    /// about its centre) to the page as shown, top-left origin, y down, in
    /// the units of @p displayedSize (the size of the page as shown). The
    /// scale is the ratio of @p displayedSize to the image's unturned size,
    /// so rounding of the rendered size and images of their own resolution
    /// need no DPI.
    static QTransform imageToDisplayed(const PageResult &page, const QSizeF &displayedSize);
    /// The same without the deskew: from the image turned upright (before
    /// deskew) to the page as shown. wordsToDraw() boxes are in that image.
    static QTransform turnedToDisplayed(const PageResult &page, const QSizeF &displayedSize);

    /// The words of @p page to draw, with the text people should read: each
    /// word's correction where it has one; where a free edit of the page text
    /// (Store::setPageText) inserted or removed words, its words are aligned
    /// with the edited text: removed words are left out, inserted ones share
    /// the box of the word before them. Empty unless the page is a finished
    /// OCR page.
    ///
    /// Boxes are in pixels of the image before deskew (see
    /// turnedToDisplayed()): a word of a skewed page keeps its size and is
    /// centred where it lies on the page, but stays level. Text drawn along
    /// the skew is broken up by Poppler (evince, okular, pdftotext start a
    /// new word wherever a character's baseline leaves the first one's by
    /// more than half a point, which at 5 degrees is every character), so
    /// level words are what every viewer finds and copies whole.
    ///
    /// Text set sideways on an upright page (Tesseract reads it without
    /// turning the page) runs down or up: lines of several words whose
    /// words follow each other vertically say which way, and on a page
    /// where most such lines run vertically, one-word lines taller than wide
    /// follow them.
    static QList<PlacedWord> wordsToDraw(const StoredPage &page);

    /// The content stream that draws @p words invisibly (text render mode 3)
    /// with @p font as resource @p fontResource (a name such as "/QuireOcr"):
    /// each word starts at its box's left edge, its baseline
    /// GlyphlessFont::kDescent/1000 of the box height above the box's
    /// bottom, at a font size of the box height, stretched (Tz) to the box
    /// width (words running down or up: the same, turned a quarter). @p imageToUser maps image pixels of a page of @p imageSize to
    /// default user space. The stream saves and restores the graphics state.
    static QByteArray contentStream(const QList<PlacedWord> &words, const QSize &imageSize,
                                    const QTransform &imageToUser, const QByteArray &fontResource,
                                    GlyphlessFont &font);
};

} // namespace quire
