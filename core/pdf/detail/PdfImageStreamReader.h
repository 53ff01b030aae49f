#pragma once

// Internal to core/pdf: an image XObject read with qpdf into what PdfImageDecoder needs.

#include "pdf/PdfImageDecoder.h"
#include "pdf/detail/PdfObjects.h"

#include <QString>

namespace quire::detail {

/// Reads an image XObject's dictionary and data: general-purpose filters
/// undone by qpdf, an image codec's data kept as stored, the colour space
/// and /Decode array read.
class PdfImageStreamReader final
{
public:
    /// Reads @p image, whose named colour spaces are in @p resources; a soft
    /// mask passes @p requireGray. False with @p why when the image is one
    /// Quire leaves to the renderer. Throws what qpdf throws on damaged data.
    static bool read(QPDFObjectHandle image, QPDFObjectHandle resources, bool requireGray, PdfImageStream *out,
                     QString *why);
};

} // namespace quire::detail
