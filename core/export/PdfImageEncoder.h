#pragma once

#include "export/ImagePageReader.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace quire {

/// Codes decoded images as PDF image data without loss: bilevel images as
/// CCITT G4 (through libtiff, which stays behind this file), everything else
/// deflated with PNG predictors, alpha as a soft mask. Stateless.
class PdfImageEncoder final
{
public:
    /// Whatever the file's own data cannot carry: @p image decoded and
    /// coded anew into @p page (image, softMask, encoding). False with
    /// libtiff's message in @p error when CCITT coding fails.
    static bool encode(const QImage &image, ImagePage *page, QString *error);

    /// CCITT G4 data (black and white runs, /K -1) as a PDF image; a
    /// @p zeroIsBlack source gets a /Decode [1 0].
    static PdfImageData ccittImage(QByteArray data, int width, int height, bool zeroIsBlack);

    /// The /DecodeParms of deflated rows with PNG predictors.
    static QByteArray predictorParms(int colors, int bits, int columns);
};

} // namespace quire
