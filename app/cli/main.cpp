#include "CliCommands.h"

#include "i18n/Translations.h"
#include "pipeline/ProcessSetup.h"

#include <QCoreApplication>

using namespace quire::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
        "Usage: quire-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  run PATH...     OCR files and folders (PDF, PNG, JPEG, TIFF) into a database\n"
        "  export          write a database's results as CSV, text, hOCR or SQLite\n"
        "  eval            score stored text against ground-truth files\n"
        "  bench PATH...   measure pages/min per worker count and find the sweet spot\n"
        "  watch DIR...    OCR every document that arrives in folders, until stopped\n"
        "  submit PATH...  OCR on a Slurm cluster: one job array of shards, merged into the database\n"
        "  merge           merge the shard databases of ended cluster tasks into the database\n"
        "  status          show a database's progress, and that of its cluster jobs\n\n"
        "Run 'quire-cli COMMAND --help' for the options of a command.");
}

} // namespace

int main(int argc, char **argv)
{
    quire::ensureOcrThreadLimit(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    quire::installTranslations();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("run"))
        return runCommand(arguments);
    if (command == QLatin1String("export"))
        return exportCommand(arguments);
    if (command == QLatin1String("eval"))
        return evalCommand(arguments);
    if (command == QLatin1String("bench"))
        return benchCommand(arguments);
    if (command == QLatin1String("submit"))
        return submitCommand(arguments);
    if (command == QLatin1String("merge"))
        return mergeCommand(arguments);
    if (command == QLatin1String("status"))
        return statusCommand(arguments);
    if (command == QLatin1String("watch"))
        return watchCommand(arguments);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("quire-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    printError(command.isEmpty() ? usage()
                                 : QCoreApplication::translate("main", "Unknown command '%1'.\n\n%2").arg(command, usage()));
    return ExitUsage;
}
