#pragma once

#include "export/ExportProgress.h"

#include <QString>

namespace quire {

class Store;

/// How cells that hold text from documents (page text, words, file names,
/// errors) are written.
enum class CsvCells {
    /// A cell that begins with = + - @, a tab or a carriage return gets a
    /// leading apostrophe, so that a spreadsheet program shows it as text
    /// instead of running it as a formula ("CSV injection": OCR text and file
    /// names come from documents nobody vetted). The default.
    Neutralized,
    Raw, ///< Exactly as stored, for programs that read the CSV as data.
};

/// Writes RFC 4180 CSV (UTF-8, CRLF line ends, fields quoted where needed).
class CsvExporter final
{
public:
    /// One row per page, header exactly
    /// `document,page,kind,status,confidence,error,text`. A document that could
    /// not be opened gets one row with page 0, status failed and the error.
    /// Confidence is empty for pages without words. text is the page text with
    /// the person's corrections applied.
    static bool exportPages(Store &store, const QString &path, QString *error,
                            const ExportProgress &progress = {}, CsvCells cells = CsvCells::Neutralized);

    /// One row per word, header
    /// `document,page,kind,block,line,word,x,y,width,height,dpi,confidence,text,corrected,original`:
    /// text is the corrected text where the person corrected the word,
    /// corrected is 1 then (else 0), original what recognition read.
    static bool exportWords(Store &store, const QString &path, QString *error,
                            const ExportProgress &progress = {}, CsvCells cells = CsvCells::Neutralized);

    /// Quotes one field when it holds a comma, quote, CR or LF.
    static QString escapeField(const QString &field);
    /// @p field with a leading apostrophe when a spreadsheet would take it for
    /// a formula (see CsvCells::Neutralized); otherwise unchanged.
    static QString neutralizeFormula(const QString &field);
};

} // namespace quire
