#pragma once

#include "pdf/DocumentReader.h"

namespace Poppler {
class Page;
}

namespace quire {

/// Reads the text layer of a PDF page through Poppler: its words laid out
/// in blocks and lines, whether they are real text, and whether they hold
/// all the page's ink. Poppler's types stay forward-declared here; the
/// caller (DocumentReader) owns the page.
class TextLayerReader final
{
public:
    /// The words of @p page as it is shown (/Rotate applied, boxes in
    /// points), with text and usable filled; coversPage false. Only the
    /// page size when the page has no usable size.
    static TextLayer read(Poppler::Page &page);

    /// Whether nearly all the ink of @p page lies under the word boxes of
    /// @p layer, so that OCR would add nothing. Renders the page at a low
    /// resolution; false when it cannot.
    static bool coversPage(Poppler::Page &page, const TextLayer &layer);
};

} // namespace quire
