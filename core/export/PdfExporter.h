#pragma once

#include "export/ExportProgress.h"
#include "export/SearchablePdfWriter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace quire {

class Store;
struct DocumentRecord;

/// What an export of searchable PDFs did, document by document.
struct PdfExportResult
{
    QList<SearchablePdfReport> written;
    QStringList skipped;  ///< Messages: signed documents left alone.
    QStringList failed;   ///< Messages: documents that could not be written (each names the file).
};

/// Writes one searchable PDF per document of a run database (see
/// SearchablePdfWriter for what the files hold and PdfOutputNames for
/// where they go).
class PdfExporter final
{
public:
    /// Every document of @p store that could be opened, into @p folder.
    /// Documents that fail (changed since they were recognized, unreadable,
    /// a page that does not fit) or are skipped (signed) are listed in
    /// @p result and the others are still written; returns false only when
    /// the results cannot be read at all (@p error says why).
    static bool exportDocuments(Store &store, const QString &folder, const SearchablePdfOptions &options,
                                PdfExportResult *result, QString *error, const ExportProgress &progress = {});

    /// One document: its stored pages from @p store into @p outputPath. The
    /// file must still have the content it was recognized with.
    static SearchablePdfWriter::Outcome exportDocument(Store &store, const DocumentRecord &document,
                                                       const QString &outputPath, const SearchablePdfOptions &options,
                                                       SearchablePdfReport *report, QString *message);
    /// The same over a connection of its own to the database at
    /// @p databasePath, for a thread beside the run's; Failed, with
    /// @p message naming the database, when it cannot be opened.
    static SearchablePdfWriter::Outcome exportDocument(const QString &databasePath, const DocumentRecord &document,
                                                       const QString &outputPath, const SearchablePdfOptions &options,
                                                       SearchablePdfReport *report, QString *message);

    /// "Wrote OUT (N pages; no text on pages 3, 7: not recognized or failed)" for people.
    static QString describe(const SearchablePdfReport &report);
    /// "3, 7-9, 12".
    static QString pageList(const QList<int> &pages);
};

} // namespace quire
