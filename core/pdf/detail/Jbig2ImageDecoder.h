#pragma once

// Internal to core/pdf: JBIG2 (JBIG2Decode) image data through jbig2dec.

#include "pdf/PdfImageDecoder.h"

namespace quire::detail {

/// Decodes embedded JBIG2 image data (JBIG2Decode) with its globals through jbig2dec.
class Jbig2ImageDecoder final
{
public:
    /// Decodes @p stream into Format_Grayscale8 (or as PdfImageDecoder::decode()
    /// says); a null image and @p error when it cannot.
    static QImage decode(const PdfImageStream &stream, QString *error);
};

} // namespace quire::detail
