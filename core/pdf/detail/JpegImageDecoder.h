#pragma once

// Internal to core/pdf: JPEG (DCTDecode) image data through libjpeg.

#include "pdf/PdfImageDecoder.h"

namespace quire::detail {

/// Decodes JPEG image data (DCTDecode) through libjpeg, scaled down by n/8 for almost nothing.
class JpegImageDecoder final
{
public:
    /// Decodes @p stream into Format_Grayscale8 (or as PdfImageDecoder::decode()
    /// says); a null image and @p error when it cannot.
    static QImage decode(const PdfImageStream &stream, bool colour, double minScale, QString *error);
};

} // namespace quire::detail
