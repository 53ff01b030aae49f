#pragma once

#include "export/PdfTextLayer.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace quire {
class Store;
struct DocumentRecord;
} // namespace quire

namespace quire::test {

/// Checks of a searchable PDF against its input and the database, with the
/// poppler-utils and qpdf command-line tools (independent of Quire's own
/// PDF code): used by TestSearchablePdf and by quire-pdf-check, which
/// tests/bench/pdf-bench.sh runs over the whole corpus.

/// One run of a command-line tool.
struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs = 300'000);

/// A word as pdftotext -bbox -cropbox reports it: points, origin at the
/// top-left of the page as shown.
struct ExtractedWord
{
    QString text;
    QRectF box;
};

/// The page frames of @p pdf as pdfinfo -box reports them.
QList<PdfPageFrame> pageFrames(const QString &pdf, const QString &password = {});
/// The words of every page of @p pdf (pdftotext -bbox -cropbox).
QList<QList<ExtractedWord>> extractWords(const QString &pdf, const QString &password = {});
/// The text of every page of @p pdf (pdftotext, pages split at form feeds;
/// with @p raw, pdftotext -raw: the words in content stream order, which
/// for a Quire text layer is the stored reading order).
QStringList extractText(const QString &pdf, const QString &password = {}, bool raw = false);

/// Character error rate of @p actual against @p expected, whitespace
/// runs counted as one space.
double cer(const QString &expected, const QString &actual);

/// Character error rate of @p actual against @p expected with both reduced
/// to their words, sorted and joined by spaces: reading order does not count.
double bagOfWordsCer(const QString &expected, const QString &actual);

/// How many of a page's stored words pdftotext finds where they are.
struct Placement
{
    int words = 0;        ///< Stored words of one token checked.
    int centred = 0;      ///< Found with the same text, centre within the tolerance of the stored box's.
    int edgeWords = 0;    ///< Words of unskewed pages, whose four edges are checked too.
    int edgesWithin = 0;  ///< Of those, all four edges within the tolerance.
};
/// Compares the stored words of @p page (mapped onto @p frame with
/// PdfTextLayer::imageToDisplayed) with @p extracted. Words the input page
/// already carried as text of its own (@p ownText: the input's words, same
/// text, overlapping) are not Quire's to place and are not counted.
Placement checkPlacement(const StoredPage &page, const PdfPageFrame &frame, const QList<ExtractedWord> &extracted,
                         const QList<ExtractedWord> &ownText = {}, double tolerancePt = 2.0);

/// Pixel comparison of two renderings.
struct PixelCompare
{
    bool ok = false;        ///< Rendered and same size.
    int pages = 0;
    int identicalPages = 0;
    int maxDifference = 0;  ///< Largest difference of one channel of one pixel (0..255).
    double meanDifference = 0;
    QString error;
};
/// Renders every page of both PDFs with pdftoppm, @p longestSide pixels
/// on the longer side (whatever the page size), and compares.
PixelCompare compareRenderings(const QString &before, const QString &after, int longestSide,
                               const QString &password = {});
/// Renders page @p page (1-based) of @p pdf with pdftoppm at exactly the
/// size of @p expected and compares with it (RGB).
PixelCompare compareWithImage(const QString &pdf, int page, const QImage &expected);

/// qpdf --check: true when it reports no problem at all.
bool qpdfCheckClean(const QString &pdf, const QString &password = {}, QString *report = nullptr);

/// Whether every content stream and image of every page of @p input is in
/// the same page of @p output with the same (undecoded) bytes, and any
/// added content streams only surround them (qpdf --json).
bool originalStreamsKept(const QString &input, const QString &output, const QString &password = {},
                         QString *why = nullptr);

/// Everything above for one document of a database and its output.
struct DocumentCheck
{
    QString document;
    QString output;
    int pages = 0;
    /// Pages of a PDF input with text of their own (pdftotext finds words in
    /// the input): left out of the text comparison, where the old layer's
    /// words would count against the stored ones.
    int pagesWithOwnText = 0;
    /// cer() of the document's stored (corrected) text against pdftotext -raw.
    double cer = -1;
    /// bagOfWordsCer() of the stored text against pdftotext's (layout
    /// analysis: reading order and line breaks its own), each word that ends
    /// in a hyphen joined to the next on both sides: pdftotext joins words
    /// broken at a line's end where its layout puts the lines together.
    double layoutCer = -1;
    Placement placement;
    bool qpdfClean = false;
    bool inputQpdfClean = true; ///< PDF inputs, when the output is not clean: whether the input was.
    PixelCompare pixels;
    bool streamsKept = true;    ///< PDF inputs: originalStreamsKept.
    qint64 inputBytes = 0;
    qint64 outputBytes = 0;
    bool jpegImages = false;    ///< Image input whose output holds JPEG data (pdfimages -list).
    bool softMasks = false;     ///< Image input with transparency: drawn through a soft mask.
    QString problem;            ///< Why a check could not run.

    /// The renderings agree: exactly, except where decoders legitimately
    /// differ: JPEG data (Poppler's and Qt's decoders: mean difference
    /// under one level) and transparency (Poppler's compositing over the
    /// page against QPainter's: at most 2 levels).
    bool pixelsMatch() const
    {
        if (!pixels.ok)
            return false;
        if (jpegImages)
            return pixels.meanDifference < 1.0;
        return pixels.maxDifference <= (softMasks ? 2 : 0);
    }

    /// The size limit of the issue: input + 5 % + 10 KB a page.
    bool sizeWithinLimit() const { return outputBytes <= inputBytes + inputBytes / 20 + 10'240 * qint64(pages); }
};
DocumentCheck checkDocument(Store &store, const DocumentRecord &document, const QString &output,
                            const QString &password = {});

} // namespace quire::test
