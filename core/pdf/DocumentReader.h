#pragma once

#include "model/Word.h"
#include "model/Document.h"
#include "pdf/PdfPageInspector.h"

#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

namespace quire {

/// The text a PDF page already carries.
struct TextLayer
{
    QSizeF pageSize;    ///< Page size in points (1/72 in), after the page's /Rotate.
    WordList words;     ///< Boxes in points (72 DPI), block/line indices filled.
    QString text;       ///< joinWords(words).
    bool usable = false;   ///< Text is real text (not glyph garbage from fonts without a Unicode map).
    bool coversPage = false; ///< The layer holds the page's text: nearly all ink on the page lies
                             ///< under its word boxes, so OCR would add nothing.
};

/// A page image ready for preprocessing.
struct RenderedPage
{
    QImage image;        ///< QImage::Format_Grayscale8, or Format_RGB32 where colour was asked for and the
                         ///< page has colour; alpha composited on white.
    int dpi = 0;         ///< Actual resolution of image (after any downscaling); 0 when an image
                         ///< file does not record it (OCR then estimates it from the text).
    bool downscaled = false; ///< The pixel cap forced a lower resolution than asked for.
    /// Images whose recorded resolution makes the page larger than any
    /// document (a program's screen default of 72 or 96 DPI written into a
    /// 2000-pixel page): another resolution worth telling the OCR (300 DPI,
    /// scaled with any downscaling). 0 otherwise.
    int alternativeDpi = 0;
};

/// Opens one document (PDF, PNG, JPEG or multi-page TIFF) and gives access to
/// its pages. Not thread-safe; one per thread. Poppler and image decoding
/// stay behind the private implementation.
class DocumentReader final
{
public:
    DocumentReader();
    ~DocumentReader();
    Q_DISABLE_COPY_MOVE(DocumentReader)

    /// The most pages one document may have. A file that claims more is
    /// refused when opened (OpenError::TooManyPages): the pages of a run are
    /// queued one by one, and a hostile page count must not make the
    /// coordinator's queue, or the probe's walk over the pages, unbounded.
    static constexpr int kMaxPages = 100'000;
    /// An image file's recorded resolution in this range is taken at its
    /// word (outside it, 300 DPI is assumed). The searchable-PDF writer sizes
    /// an image's page by the same rule, so the word boxes read at that
    /// resolution fit the page.
    static constexpr int kMinRecordedDpi = 50;
    static constexpr int kMaxRecordedDpi = 2400;

    enum class OpenError {
        None,
        NotFound,          ///< Missing or unreadable file.
        UnsupportedType,   ///< Not a PDF or supported image (empty files too).
        Corrupt,           ///< Damaged beyond what the decoder can recover.
        PasswordRequired,  ///< Encrypted and no password was given.
        WrongPassword,     ///< Encrypted and the given password did not open it.
        NoPages,           ///< Opened but holds zero pages.
        TooManyPages,      ///< Claims more than kMaxPages pages.
    };

    /// Opens @p path; @p password is tried as user and owner password of
    /// encrypted PDFs. On failure returns false; error() and errorString()
    /// say why in words a person can act on (the string names the file).
    bool open(const QString &path, const QString &password = {});
    void close();

    bool isOpen() const;
    QString path() const;
    DocumentType type() const;
    OpenError error() const;
    QString errorString() const;

    int pageCount() const;

    /// True for PDFs (pages may carry a text layer); false for images.
    bool hasTextLayers() const;

    /// The text layer of page @p index (0-based). Empty for images.
    TextLayer textLayer(int index) const;

    /// Size of PDF page @p index (0-based) as displayed, in points (CropBox,
    /// /Rotate applied); images count 72 DPI. Empty when unknown.
    QSizeF pageSizePoints(int index) const;

    /// Pixels page @p index (0-based) will have when rendered at @p dpi,
    /// within @p maxPixels; images count their own pixels. 0 when unknown.
    qint64 estimatedPixels(int index, int dpi, qint64 maxPixels) const;

    /// What PDF page @p index (0-based) paints, from its content streams
    /// through qpdf, without rendering. Unknown for images and where qpdf
    /// cannot read the file.
    PdfPageContent pageContent(int index) const;

    /// The image of a PDF page that is one image covering the page
    /// (pageContent() is SingleImage), decoded from the file at its own
    /// resolution and brought into the displayed page's pixel grid (CropBox,
    /// /Rotate and the image's own turn applied), i.e. what render() would
    /// give at that resolution. Scaled down to @p maxDpi when it is finer;
    /// scaled up to @p maxDpi only when @p upsample. Colour when @p colour and
    /// the image has colour. dpi is the image's true resolution. A null image
    /// and @p why when the page is not such an image or its codec or colour
    /// space is not decoded here: then render().
    RenderedPage pageImage(int index, int maxDpi, bool upsample, bool colour, qint64 maxPixels, QString *why) const;

    /// A cheap look at a page that is one JPEG image: the image at a few
    /// eighths of its size (about 50 DPI), decoded almost for free, in colour
    /// when it has colour. Null for any other page.
    RenderedPage pageLook(int index) const;

    /// Renders (PDF) or decodes (image) page @p index (0-based) as 8-bit
    /// grayscale at @p dpi (colour images in colour when @p colour). Images keep their own resolution (from their
    /// metadata; dpi 0 where it is missing or implausible) and ignore @p dpi. When the image would exceed @p maxPixels pixels, the resolution
    /// is lowered to fit and downscaled is set; if even 50 DPI would not fit,
    /// or rendering fails, returns a null image and sets @p error (naming
    /// the file and page).
    RenderedPage render(int index, int dpi, qint64 maxPixels, QString *error, bool colour = false) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
