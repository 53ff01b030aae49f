#pragma once

#include "model/Word.h"

#include <QSize>
#include <QString>

namespace quire {

/// How a page's text was obtained.
enum class PageKind {
    Text,  ///< Taken from the PDF's text layer, no OCR.
    Ocr,   ///< Rendered and recognized.
    Blank, ///< Nothing on it (no content, or only paper and scanner noise): no OCR, no words.
};

enum class PageStatus {
    Done,
    Failed,
};

QString toString(PageKind kind);     ///< "text", "ocr" or "blank"
PageKind pageKindFromString(const QString &text); ///< Inverse of toString(PageKind); anything else is Ocr.
QString toString(PageStatus status); ///< "done" or "failed"

/// Wall-clock milliseconds spent in each stage of one page.
struct StageTimings
{
    double renderMs = 0;     ///< Opening, classifying and rendering (or text extraction).
    double preprocessMs = 0; ///< OpenCV cleanup, orientation.
    double recognizeMs = 0;  ///< Tesseract.
    double totalMs() const { return renderMs + preprocessMs + recognizeMs; }
};

/// Everything the pipeline learned about one page.
struct PageResult
{
    int page = 0; ///< 1-based page number within the document.
    PageKind kind = PageKind::Ocr;
    PageStatus status = PageStatus::Done;
    QString error;       ///< Human-readable reason when status is Failed.
    QString text;        ///< Page text (joinWords(words) for OCR pages).
    WordList words;
    double meanConfidence = -1; ///< 0..100 mean word confidence; -1 when no words.
    int dpi = 0;                ///< Resolution of the coordinate space of word boxes.
    QSize imageSize;            ///< Size of the page image in pixels at dpi.
    int rotation = 0;           ///< Clockwise degrees applied to upright the page (0/90/180/270).
    double skewDegrees = 0;     ///< Skew angle that deskew corrected.
    StageTimings timings;
};

} // namespace quire
