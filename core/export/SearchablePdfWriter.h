#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace quire {

struct StoredPage;

/// How searchable PDFs are written.
struct SearchablePdfOptions
{
    QStringList passwords;        ///< Tried in turn on encrypted PDFs.
    /// Write digitally signed PDFs all the same; their signatures become
    /// invalid. Without it they are skipped with a message.
    bool breakSignatures = false;
    QString tessdataPath;         ///< Searched first for the glyphless font (empty: the system's).
};

/// What writing one searchable PDF did.
struct SearchablePdfReport
{
    QString input;
    QString output;
    int pages = 0;               ///< Pages of the output.
    int pagesWithText = 0;       ///< Pages that received an OCR text layer.
    int pagesOwnText = 0;        ///< Pages done without OCR (their own text layer): nothing was added.
    int pagesEmpty = 0;          ///< Recognized, but no words were found (blank pages).
    QList<int> pagesWithoutText; ///< 1-based: recognition failed, or the page was not recognized yet.
    int wordsAlreadyInLayer = 0; ///< OCR words left out because the page's own text layer holds them.
    bool signatureBroken = false; ///< A signed input written with breakSignatures.
    bool encrypted = false;       ///< The output keeps the input's encryption.
    bool resolutionAssumed = false; ///< An image without a usable resolution was taken at 300 DPI.
};

/// Writes one searchable PDF: the input's pages untouched with an
/// invisible text layer (render mode 3, a glyphless font) built from the
/// stored words, corrections included.
///
/// PDF inputs are rewritten with qpdf: every original object (content
/// streams, images, fonts, annotations, outlines, metadata) is copied
/// without decoding or recompressing its data; each OCR'd page's
/// /Contents gains a "q" in front and, after its own streams, a "Q" and
/// the text layer, and its /Resources (a private shallow copy where the
/// dictionary was shared) gain the font. Encryption is kept. Signed
/// inputs are skipped unless SearchablePdfOptions::breakSignatures.
/// Image inputs (PNG, JPEG, TIFF) become one page per image at its
/// physical size, the image embedded as ImagePageReader reads it.
///
/// Use: begin(), addPage() for the stored pages (any order, any subset),
/// finish(). qpdf stays behind the private implementation.
class SearchablePdfWriter final
{
public:
    enum class Outcome {
        Written,
        Skipped, ///< Signed, and breakSignatures is off: nothing written (the message says why).
        Failed,
    };

    explicit SearchablePdfWriter(const SearchablePdfOptions &options = {});
    ~SearchablePdfWriter();
    Q_DISABLE_COPY_MOVE(SearchablePdfWriter)

    /// Opens @p inputPath (PDF, PNG, JPEG or TIFF, told by content).
    /// Failed or Skipped leave a message naming the file and what to do.
    Outcome begin(const QString &inputPath, QString *message);
    /// Adds the text layer of @p page (page.result.page counts from 1).
    /// Only finished OCR pages get one; pages of any other kind are left as
    /// they are, and failed pages are reported by finish().
    bool addPage(const StoredPage &page, QString *error);
    /// Writes the PDF to @p outputPath (its folder is created), atomically:
    /// the file appears complete or not at all. Never writes over the input.
    Outcome finish(const QString &outputPath, SearchablePdfReport *report, QString *message);
    /// Drops the open document without writing.
    void abort();
    /// Pages of the open document (0 when none is open).
    int pageCount() const;

    /// Whether the PDF at @p path carries a digital signature (a signature
    /// field with a value, or a certification / usage-rights signature).
    /// False for unreadable files and images.
    static bool isSigned(const QString &path, const QStringList &passwords = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
