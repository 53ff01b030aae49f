#include "export/PdfExporter.h"

#include "export/PdfOutputNames.h"
#include "pipeline/InputScanner.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::PdfExporter)
};

/// Why @p document cannot be written now, or nothing.
QString unwritable(const DocumentRecord &document, const QString &outputPath, const PdfOutputNames *names)
{
    const QString name = QDir::toNativeSeparators(document.path);
    if (outputPath.isEmpty() || (names && names->isInput(outputPath))
        || QFileInfo(outputPath).absoluteFilePath() == QFileInfo(document.path).absoluteFilePath()) {
        return Text::tr("The searchable PDF of %1 would replace the input %2; Quire never writes over an input. "
                        "Choose an output folder outside the inputs' folders.")
            .arg(name, QDir::toNativeSeparators(outputPath));
    }
    QString error;
    const QString hash = InputScanner::hashFile(document.path, &error);
    if (hash.isEmpty())
        return error;
    if (hash != document.contentHash) {
        return Text::tr("%1 has changed since it was recognized, so its stored words no longer fit it; run it "
                        "again to write its searchable PDF.")
            .arg(name);
    }
    return {};
}

/// The writer must see the pages Quire recognized; a damaged page tree can
/// read differently in qpdf than it did in Poppler.
QString pageCountMismatch(const SearchablePdfWriter &writer, const DocumentRecord &document)
{
    if (writer.pageCount() == document.pageCount)
        return {};
    return Text::tr("%1 reads as %2 page(s) to the PDF writer (qpdf) but was recognized as %3: its page tree is "
                    "damaged, so no searchable PDF was written. Repairing the file (for example with qpdf "
                    "INPUT OUTPUT) and running it again may help.")
        .arg(QDir::toNativeSeparators(document.path))
        .arg(writer.pageCount())
        .arg(document.pageCount);
}

/// Begins the searchable PDF of @p document (to be written to @p outputPath):
/// Written when its pages can be added, else Skipped or Failed and why in
/// @p message.
SearchablePdfWriter::Outcome beginDocument(SearchablePdfWriter &writer, const DocumentRecord &document,
                                           const QString &outputPath, const PdfOutputNames &names,
                                           QString *message)
{
    *message = unwritable(document, outputPath, &names);
    SearchablePdfWriter::Outcome outcome = SearchablePdfWriter::Outcome::Failed;
    if (message->isEmpty())
        outcome = writer.begin(document.path, message);
    if (outcome == SearchablePdfWriter::Outcome::Written) {
        *message = pageCountMismatch(writer, document);
        if (!message->isEmpty()) {
            writer.abort();
            outcome = SearchablePdfWriter::Outcome::Failed;
        }
    }
    return outcome;
}

} // namespace

QString PdfExporter::pageList(const QList<int> &pages)
{
    QStringList parts;
    for (qsizetype i = 0; i < pages.size();) {
        qsizetype j = i;
        while (j + 1 < pages.size() && pages.at(j + 1) == pages.at(j) + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1-%2").arg(pages.at(i)).arg(pages.at(j)) : QString::number(pages.at(i)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString PdfExporter::describe(const SearchablePdfReport &report)
{
    QString line = Text::tr("Wrote %1 (%n page(s)", nullptr, report.pages).arg(QDir::toNativeSeparators(report.output));
    if (!report.pagesWithoutText.isEmpty()) {
        line += Text::tr("; no text on page(s) %1: recognition failed or has not run", nullptr,
                         int(report.pagesWithoutText.size()))
                    .arg(pageList(report.pagesWithoutText));
    }
    if (report.signatureBroken)
        line += Text::tr("; its digital signature is no longer valid");
    if (report.resolutionAssumed)
        line += Text::tr("; the image records no resolution, 300 DPI assumed");
    return line + QLatin1Char(')');
}

SearchablePdfWriter::Outcome PdfExporter::exportDocument(const QString &databasePath, const DocumentRecord &document,
                                                         const QString &outputPath,
                                                         const SearchablePdfOptions &options,
                                                         SearchablePdfReport *report, QString *message)
{
    Store store;
    if (!store.open(databasePath)) {
        *message = Text::tr("Could not open the database %1 to write searchable PDFs: %2")
                       .arg(QDir::toNativeSeparators(databasePath), store.errorString());
        return SearchablePdfWriter::Outcome::Failed;
    }
    return exportDocument(store, document, outputPath, options, report, message);
}

SearchablePdfWriter::Outcome PdfExporter::exportDocument(Store &store, const DocumentRecord &document,
                                                         const QString &outputPath,
                                                         const SearchablePdfOptions &options,
                                                         SearchablePdfReport *report, QString *message)
{
    const QString why = unwritable(document, outputPath, nullptr);
    if (!why.isEmpty()) {
        *message = why;
        return SearchablePdfWriter::Outcome::Failed;
    }
    SearchablePdfWriter writer(options);
    const SearchablePdfWriter::Outcome begun = writer.begin(document.path, message);
    if (begun != SearchablePdfWriter::Outcome::Written)
        return begun;
    if (const QString mismatch = pageCountMismatch(writer, document); !mismatch.isEmpty()) {
        writer.abort();
        *message = mismatch;
        return SearchablePdfWriter::Outcome::Failed;
    }
    for (int page = 1; page <= document.pageCount; ++page) {
        const std::optional<StoredPage> stored = store.loadPage(document.path, page, true);
        if (stored && !writer.addPage(*stored, message)) {
            writer.abort();
            return SearchablePdfWriter::Outcome::Failed;
        }
    }
    return writer.finish(outputPath, report, message);
}

bool PdfExporter::exportDocuments(Store &store, const QString &folder, const SearchablePdfOptions &options,
                                  PdfExportResult *result, QString *error, const ExportProgress &progress)
{
    PdfExportResult local;
    PdfExportResult &out = result ? *result : local;
    if (!QDir().mkpath(folder)) {
        if (error) {
            *error = Text::tr("Could not create the folder %1 for the searchable PDFs; check that it can be written.")
                         .arg(QDir::toNativeSeparators(folder));
        }
        return false;
    }
    QHash<QString, DocumentRecord> records;
    QStringList paths;
    for (const DocumentRecord &record : store.documents()) {
        records.insert(record.path, record);
        paths << record.path;
    }
    const PdfOutputNames names(folder, paths);
    const int total = progress ? store.pageCount() : 0;
    int done = 0;

    SearchablePdfWriter writer(options);
    QString current;
    QString output;
    bool active = false;
    const auto finishCurrent = [&] {
        if (!active)
            return;
        active = false;
        SearchablePdfReport report;
        QString message;
        if (writer.finish(output, &report, &message) == SearchablePdfWriter::Outcome::Written)
            out.written << report;
        else
            out.failed << message;
    };
    const bool read = store.forEachPage(
        [&](const StoredPage &page) {
            ++done;
            if (page.documentPath != current) {
                finishCurrent();
                current = page.documentPath;
                const DocumentRecord record = records.value(current);
                if (page.result.page > 0 && !record.path.isEmpty()) {
                    output = names.outputFor(current);
                    QString message;
                    const SearchablePdfWriter::Outcome outcome = beginDocument(writer, record, output, names, &message);
                    active = outcome == SearchablePdfWriter::Outcome::Written;
                    if (outcome == SearchablePdfWriter::Outcome::Skipped)
                        out.skipped << message;
                    else if (!active)
                        out.failed << message;
                }
            }
            if (active) {
                QString message;
                if (!writer.addPage(page, &message)) {
                    writer.abort();
                    active = false;
                    out.failed << message;
                }
            }
            if (progress)
                progress(done, total);
            return true;
        },
        true);
    if (!read) {
        writer.abort();
        if (error) {
            *error = Text::tr("Could not write the searchable PDFs to %1 because the results could not be read: %2")
                         .arg(QDir::toNativeSeparators(folder), store.errorString());
        }
        return false;
    }
    finishCurrent();
    return true;
}

} // namespace quire
