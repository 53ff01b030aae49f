#pragma once

// Internal to core/pdf: what a page's content streams paint, read with qpdf.

#include "pdf/detail/PdfObjects.h"

#include <QString>

#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>
#include <vector>

namespace quire::detail {

/// What the content streams paint; shared by a page and the forms it draws.
struct PdfContentFindings
{
    bool paints = false;      ///< Something visible or textual.
    bool text = false;        ///< Text is shown, perhaps invisibly.
    bool visibleText = false; ///< Text in a mode that paints.
    bool notSingleImage = false;
    QString detail;           ///< The first reason it is not a single image.
    bool notTextOnly = false; ///< Images, shadings or curved outlines: ink that is no text layer's.
    int curves = 0;
    int images = 0;
    QPDFObjectHandle image;
    Matrix imageMatrix;
    std::vector<Box> imageClips;
    std::set<QPDFObjGen> formsSeen;
};

/// Walks a page's content streams (and the forms they draw) operator by
/// operator and stops as soon as the answer is known: whether the page is
/// one image, and whether its ink is all text.
class PdfContentScanner final
{
public:
    /// Scans @p page, whose resources are @p resources. Throws what qpdf
    /// throws on a damaged page.
    static PdfContentFindings scan(QPDFPageObjectHelper &page, QPDFObjectHandle resources);
};

} // namespace quire::detail
