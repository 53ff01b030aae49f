#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace quire {

/// The colour spaces of PDF images that Quire decodes itself. ICC-based and
/// calibrated spaces are read as the device space with as many components.
struct PdfColorSpace
{
    enum class Family {
        Gray,
        Rgb,
        Cmyk,
        Indexed,
    };
    Family family = Family::Gray;
    Family base = Family::Gray; ///< Indexed: the space the palette is in (Gray, Rgb or Cmyk).
    int highValue = 0;          ///< Indexed: the largest index.
    QByteArray palette;         ///< Indexed: (highValue + 1) entries of the base space's components.

    /// Samples per pixel in the image data (1 for Indexed).
    int components() const;
    /// Whether pixels of this space can have a hue (an RGB or CMYK palette counts).
    bool isColour() const;
};

/// An image XObject's stream as the decoder needs it: the data with the
/// general-purpose filters (Flate, LZW, ...) already removed, and what the
/// image dictionary says about it.
struct PdfImageStream
{
    enum class Codec {
        Samples, ///< Raw samples, bitsPerComponent each, rows padded to a byte.
        Jpeg,    ///< DCTDecode: a JPEG file.
        Ccitt,   ///< CCITTFaxDecode (Group 3 or 4) with the parameters below.
        Jbig2,   ///< JBIG2Decode (embedded stream), with its globals.
    };
    Codec codec = Codec::Samples;
    QByteArray data;
    int width = 0;
    int height = 0;
    int bitsPerComponent = 8;
    PdfColorSpace colorSpace;
    QList<double> decode; ///< The /Decode array; empty for the default.
    // CCITTFaxDecode parameters (PDF defaults).
    int ccittK = 0;
    bool ccittBlackIs1 = false;
    bool ccittEncodedByteAlign = false;
    // JBIG2Decode: the /JBIG2Globals stream, decoded; may be empty.
    QByteArray jbig2Globals;
};

/// Decodes the image streams of scanned PDF pages (JPEG through libjpeg,
/// CCITT G3/G4 through libtiff, JBIG2 through jbig2dec, raw samples of any
/// depth), applying the /Decode array and the colour space, without any
/// rendering. Stateless and thread-safe. The codec libraries stay behind
/// this file.
class PdfImageDecoder final
{
public:
    /// Decodes @p stream into Format_Grayscale8, or into Format_RGB32 when
    /// @p colour is true and the image's colour space has colour. JPEGs may
    /// be decoded smaller, by a factor n/8 no smaller than @p minScale (the
    /// codec scales them almost for free); other codecs ignore it. Returns a
    /// null image and sets @p error (no file or page named: the caller adds
    /// them) when the data is damaged or uses something not supported.
    static QImage decode(const PdfImageStream &stream, bool colour, double minScale, QString *error);

    /// Composites @p image (Grayscale8 or RGB32) over white through @p alpha
    /// (an /SMask: Grayscale8, 255 opaque), scaled to the image's size.
    static QImage compositeOnWhite(const QImage &image, const QImage &alpha);
};

} // namespace quire
