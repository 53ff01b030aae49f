#include "CliCommands.h"

#include "export/CsvExporter.h"
#include "export/HocrExporter.h"
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
                                        "review, as CSV, plain text, hOCR or a standalone SQLite file."));
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
    parser.addOptions({db, csv, words, raw, text, hocr, sqlite});
    if (const auto exit = parseCommandLine(parser, QStringLiteral("export"), arguments))
        return *exit;
    const bool any = parser.isSet(csv) || parser.isSet(text) || parser.isSet(hocr) || parser.isSet(sqlite);
    if (!any || !parser.positionalArguments().isEmpty()
        || ((parser.isSet(words) || parser.isSet(raw)) && !parser.isSet(csv))) {
        printError(tr("Usage: quire-cli export --db FILE [--csv FILE [--words] [--csv-raw]] [--text DIR] [--hocr DIR] "
                      "[--sqlite FILE]\nGive at least one of --csv, --text, --hocr and --sqlite."));
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
    return status;
}

} // namespace quire::cli
