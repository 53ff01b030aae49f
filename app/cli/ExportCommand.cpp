#include "CliCommands.h"

#include "export/CsvExporter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace quire::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("quire-cli", text);
}

} // namespace

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the results stored in a database as CSV."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file (default: quire.sqlite)."), tr("FILE"),
                                QStringLiteral("quire.sqlite"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV file to write."), tr("FILE"));
    const QCommandLineOption words(QStringLiteral("words"), tr("One row per word (with its box and confidence) "
                                                               "instead of one row per page."));
    parser.addOptions({db, csv, words});
    if (!parser.parse(QStringList{QStringLiteral("quire-cli export")} + arguments)) {
        printError(parser.errorText() + QLatin1Char('\n') + parser.helpText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(csv) || !parser.positionalArguments().isEmpty()) {
        printError(tr("Usage: quire-cli export --db FILE --csv FILE [--words]"));
        return ExitUsage;
    }
    if (!QFileInfo::exists(parser.value(db))) {
        printError(tr("There is no database at %1.").arg(parser.value(db)));
        return ExitUsage;
    }
    Store store;
    if (!store.open(parser.value(db))) {
        printError(tr("Cannot open the database: %1").arg(store.errorString()));
        return ExitUsage;
    }
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
