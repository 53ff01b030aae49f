#include "CliCommands.h"

#include "export/CsvExporter.h"
#include "export/HocrExporter.h"
#include "export/PdfExporter.h"
#include "export/SqliteExporter.h"
#include "export/TextExporter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text)
{
    return QCoreApplication::translate("quire::cli", text);
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the results stored in a database, with the corrections made in "
                                        "review, as CSV, plain text, hOCR, a standalone SQLite file or searchable "
                                        "PDFs."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file (default: quire.sqlite)."), tr("FILE"),
                                QStringLiteral("quire.sqlite"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV file to write."), tr("FILE"));
    const QCommandLineOption words(QStringLiteral("words"), tr("One CSV row per word (with its box and confidence) "
                                                               "instead of one row per page."));
    const QCommandLineOption raw(QStringLiteral("csv-raw"),
                                 tr("Write CSV cells exactly as stored. By default a cell that begins with = + - @ "
                                    "or a tab gets a leading apostrophe, so that a spreadsheet program cannot run "
                                    "text from a document as a formula."));
    const QCommandLineOption text(QStringLiteral("text"), tr("Folder for one .txt file per document (pages "
                                                             "separated by form feeds)."),
                                  tr("DIR"));
    const QCommandLineOption hocr(QStringLiteral("hocr"), tr("Folder for one .hocr file per document."), tr("DIR"));
    const QCommandLineOption sqlite(QStringLiteral("sqlite"), tr("Standalone SQLite file of the results to write."),
                                    tr("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 tr("Folder for one searchable PDF per document: the original pages untouched, "
                                    "with an invisible text layer (the inputs' folders are mirrored below it)."),
                                 tr("DIR"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      tr("Password for encrypted PDFs (--pdf); may be given several times, each is "
                                         "tried."),
                                      tr("PASSWORD"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          tr("Read passwords for encrypted PDFs (--pdf) from FILE, one a line ('-': "
                                             "standard input). QUIRE_PASSWORDS (one a line) is read too."),
                                          tr("FILE"));
    const QCommandLineOption breakSignatures(QStringLiteral("break-signatures"),
                                             tr("Also write searchable PDFs of digitally signed documents, whose "
                                                "signatures then become invalid (--pdf)."));
    parser.addOptions({db, csv, words, raw, text, hocr, sqlite, pdf, password, passwordFile, breakSignatures});
    if (const auto exit = parseCommandLine(parser, QStringLiteral("export"), arguments))
        return *exit;
    const bool any = parser.isSet(csv) || parser.isSet(text) || parser.isSet(hocr) || parser.isSet(sqlite)
                     || parser.isSet(pdf);
    const bool pdfOnly = parser.isSet(password) || parser.isSet(passwordFile) || parser.isSet(breakSignatures);
    if (!any || !parser.positionalArguments().isEmpty()
        || ((parser.isSet(words) || parser.isSet(raw)) && !parser.isSet(csv))
        || (pdfOnly && !parser.isSet(pdf))) {
        printError(tr("Usage: quire-cli export --db FILE [--csv FILE [--words] [--csv-raw]] [--text DIR] [--hocr DIR] "
                      "[--sqlite FILE] [--pdf DIR [--password P]... [--password-file FILE] [--break-signatures]]\n"
                      "Give at least one of --csv, --text, --hocr, --sqlite and --pdf."));
        return ExitUsage;
    }
    Store store;
    if (!openExistingStore(parser.value(db), store))
        return ExitUsage;

    int status = ExitOk;
    auto report = [&status](bool ok, const QString &what, const QString &target, const QString &error) {
        if (ok) {
            printError(tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())));
        } else {
            printError(tr("%1 export failed: %2").arg(what, error));
            status = ExitSomeFailed;
        }
    };
    QString error;
    if (parser.isSet(csv)) {
        const QString path = parser.value(csv);
        const CsvCells cells = parser.isSet(raw) ? CsvCells::Raw : CsvCells::Neutralized;
        const bool ok = parser.isSet(words) ? CsvExporter::exportWords(store, path, &error, {}, cells)
                                            : CsvExporter::exportPages(store, path, &error, {}, cells);
        report(ok, QStringLiteral("CSV"), path, error);
    }
    if (parser.isSet(text)) {
        const QString folder = parser.value(text);
        report(TextExporter::exportDocuments(store, folder, &error), tr("Text"), folder, error);
    }
    if (parser.isSet(hocr)) {
        const QString folder = parser.value(hocr);
        report(HocrExporter::exportDocuments(store, folder, &error), QStringLiteral("hOCR"), folder, error);
    }
    if (parser.isSet(sqlite)) {
        const QString path = parser.value(sqlite);
        report(SqliteExporter::exportDatabase(store, path, &error), QStringLiteral("SQLite"), path, error);
    }
    if (parser.isSet(pdf)) {
        SearchablePdfOptions options;
        const std::optional<QStringList> passwords =
            gatherPasswords(parser.values(password), parser.values(passwordFile), &error);
        if (!passwords) {
            printError(error);
            return ExitUsage;
        }
        options.passwords = *passwords;
        options.breakSignatures = parser.isSet(breakSignatures);
        PdfExportResult result;
        const QString folder = parser.value(pdf);
        if (!PdfExporter::exportDocuments(store, folder, options, &result, &error)) {
            printError(tr("Searchable PDF export failed: %1").arg(error));
            status = ExitSomeFailed;
        }
        for (const SearchablePdfReport &written : std::as_const(result.written))
            printError(PdfExporter::describe(written));
        for (const QString &message : std::as_const(result.skipped))
            printError(tr("skipped: %1").arg(message));
        for (const QString &message : std::as_const(result.failed))
            printError(tr("error: %1").arg(message));
        if (!result.skipped.isEmpty() || !result.failed.isEmpty())
            status = ExitSomeFailed;
    }
    return status;
}

} // namespace quire::cli
