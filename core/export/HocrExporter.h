#pragma once

#include "export/ExportProgress.h"

#include <QString>

namespace quire {

class Store;

/// Writes hOCR 1.2 (XHTML): one file per document with an ocr_page per page,
/// ocr_carea per text block, ocr_line per line and ocrx_word per word. Every
/// element carries `bbox x0 y0 x1 y1` in pixels of the page image at the
/// page's DPI (`scan_res`), words also `x_wconf` (0..100). Word text is the
/// corrected text where the person corrected it.
class HocrExporter final
{
public:
    /// Writes FOLDER/NAME.hocr per document (NAME as TextExporter names it).
    /// Documents that could not be opened get no file; a failed page is an
    /// empty ocr_page. Creates @p folder if needed.
    static bool exportDocuments(Store &store, const QString &folder, QString *error,
                                const ExportProgress &progress = {});
};

} // namespace quire
