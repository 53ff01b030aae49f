#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <memory>

namespace quire {

/// What a PDF page paints, read from its content streams (no rendering).
struct PdfPageContent
{
    enum class Kind {
        Unknown,     ///< Could not be read (damaged, or qpdf could not open the file): render to find out.
        Empty,       ///< Paints nothing: no content, no painting operator, no text, no visible annotation.
        SingleImage, ///< Exactly one image, drawn once, covering the displayed page (what scanners write).
        Other,       ///< Anything else: text, vector graphics, several images, a scaled or cropped image...
    };
    Kind kind = Kind::Unknown;
    QString detail; ///< Why the page is not SingleImage (for tests and logs).
    bool text = false; ///< The content shows text, visible or not (an OCR layer over a scan).
    /// Other: it paints visible text and otherwise only straight lines and
    /// fills (rules, frames, table cells): no image, shading, annotation or
    /// outline of many curves, so all its ink is text its text layer holds.
    bool textOnly = false;
    double dpi = 0; ///< SingleImage: the image's resolution on the displayed page.
    bool jpeg = false; ///< SingleImage: the image is a JPEG (DCTDecode).
};

/// The single image of a page, decoded into the displayed page's pixel grid.
struct PdfPageImage
{
    QImage image; ///< Format_Grayscale8, or Format_RGB32 for colour when asked; null on failure.
    double dpi = 0; ///< Pixels per inch of the displayed page (CropBox); x and y agree within 1%.
};

/// Reads a PDF's page objects with qpdf: whether a page paints anything and
/// whether it is one image covering the page, and that image's pixels at its
/// own resolution. Not thread-safe; one per DocumentReader. qpdf and the
/// codecs stay behind the private implementation.
class PdfPageInspector final
{
public:
    PdfPageInspector();
    ~PdfPageInspector();
    Q_DISABLE_COPY_MOVE(PdfPageInspector)

    /// Opens @p path (with @p password, the bytes that opened it in Poppler,
    /// when encrypted). False when qpdf cannot read it; every page is then
    /// Unknown and the renderer decides.
    bool open(const QString &path, const QByteArray &password = {});
    void close();
    bool isOpen() const;
    int pageCount() const;

    /// What page @p index (0-based) paints. Cheap: parsing stops at the first
    /// operator that settles the answer.
    PdfPageContent content(int index);

    /// Decodes the image of a SingleImage page, turned and flipped into the
    /// displayed page's orientation (/Rotate and the image matrix applied),
    /// any soft mask composited over white. Colour when @p colour and the
    /// image has colour, else gray. A JPEG may come out smaller, down to
    /// @p minScale of its size. On failure a null image and @p why (not
    /// naming the file: the caller does).
    PdfPageImage image(int index, bool colour, double minScale, QString *why);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
