#pragma once

// Internal to core/pdf: CCITT Group 4 (CCITTFaxDecode) image data through libtiff.

#include "pdf/PdfImageDecoder.h"

namespace quire::detail {

/// Decodes CCITT Group 4 image data (CCITTFaxDecode) through libtiff, wrapped in a memory TIFF.
class CcittImageDecoder final
{
public:
    /// Decodes @p stream into Format_Grayscale8 (or as PdfImageDecoder::decode()
    /// says); a null image and @p error when it cannot.
    static QImage decode(const PdfImageStream &stream, QString *error);
};

} // namespace quire::detail
