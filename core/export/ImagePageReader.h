#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QTransform>

#include <memory>

namespace quire {

/// One image as a PDF image XObject holds it: the stream data, already
/// encoded, and the dictionary entries that describe it (in PDF syntax).
struct PdfImageData
{
    QByteArray data;
    QByteArray filter;      ///< "/DCTDecode", "/CCITTFaxDecode" or "/FlateDecode".
    QByteArray decodeParms; ///< A PDF dictionary, or empty.
    QByteArray colorSpace;  ///< "/DeviceGray", "/DeviceRGB", "/DeviceCMYK" or an /Indexed array.
    int bitsPerComponent = 8;
    QByteArray decode;      ///< A /Decode array, or empty.
    QSize size;             ///< Pixels as stored in the file.
};

/// How an image page's pixels reached the PDF.
enum class ImageEncoding {
    JpegAsIs,        ///< The JPEG data itself (DCTDecode), from a JPEG file or a JPEG-compressed TIFF strip.
    CcittAsIs,       ///< A TIFF's CCITT G4 strip itself (CCITTFaxDecode).
    CcittReencoded,  ///< A bilevel image coded anew as CCITT G4 (lossless).
    PngDataAsIs,     ///< A PNG's compressed data itself (FlateDecode with PNG predictors).
    Flate,           ///< Decoded and compressed anew without loss (FlateDecode).
};
QString toString(ImageEncoding encoding); ///< "jpeg", "ccitt", "ccitt-reencoded", "png", "flate"

/// One page of an image document, ready to become a PDF page.
struct ImagePage
{
    PdfImageData image;
    PdfImageData softMask;  ///< Alpha as a /SMask; empty data when the image is opaque.
    QSizeF pageSize;        ///< Points, as shown (after the file's orientation).
    /// Maps the image's unit square (PDF image space) onto the page, so the
    /// page shows the image upright as viewers and Quire's OCR show it
    /// (EXIF / TIFF orientation applied).
    QTransform placement;
    int orientation = 1;    ///< EXIF / TIFF orientation, 1..8.
    bool resolutionAssumed = false; ///< The file records no usable resolution: 300 DPI assumed.
    ImageEncoding encoding = ImageEncoding::Flate;
};

/// Reads the pages of a PNG, JPEG or (multi-page) TIFF for a PDF, keeping
/// the file's own compressed data wherever PDF can hold it: JPEG as it is,
/// CCITT G4 TIFF strips as they are, PNG data with its predictors. Other
/// bilevel images are coded as CCITT G4, everything else is compressed
/// without loss. Not thread-safe; libtiff stays behind the private
/// implementation.
class ImagePageReader final
{
public:
    ImagePageReader();
    ~ImagePageReader();
    Q_DISABLE_COPY_MOVE(ImagePageReader)

    /// The resolution assumed where a file records none (or an implausible one).
    static constexpr int kAssumedDpi = 300;

    bool open(const QString &path, DocumentType type, QString *error);
    int pageCount() const;
    /// Reads page @p index (0-based); false with a message naming the file
    /// and page when it cannot be read.
    bool read(int index, ImagePage *page, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
