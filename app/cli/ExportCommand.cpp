#include "CliCommands.h"

#include "export/CsvExporter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    parser.setApplicationDescription(tr("Write the results stored in a database as CSV."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file (default: quire.sqlite)."), tr("FILE"),
                                QStringLiteral("quire.sqlite"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV file to write."), tr("FILE"));
    const QCommandLineOption words(QStringLiteral("words"), tr("One row per word (with its box and confidence) "
                                                               "instead of one row per page."));
    parser.addOptions({db, csv, words});
    if (const auto exit = parseCommandLine(parser, QStringLiteral("export"), arguments))
        return *exit;
    if (!parser.isSet(csv) || !parser.positionalArguments().isEmpty()) {
        printError(tr("Usage: quire-cli export --db FILE --csv FILE [--words]"));
        return ExitUsage;
    }
    Store store;
    if (!openExistingStore(parser.value(db), store))
        return ExitUsage;
    QString error;
    const bool ok = parser.isSet(words) ? CsvExporter::exportWords(store, parser.value(csv), &error)
                                        : CsvExporter::exportPages(store, parser.value(csv), &error);
    if (!ok) {
        printError(tr("CSV export failed: %1").arg(error));
        return ExitSomeFailed;
    }
    return ExitOk;
}

} // namespace quire::cli
