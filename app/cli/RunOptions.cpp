#include "RunOptions.h"

#include "CliCommands.h"

#include "store/Lexicon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

QString optionName(const SettingInfo &info)
{
    return QLatin1String(info.option);
}

/// The quire-cli options of @p catalogue, their defaults those of @p defaults.
template<typename Target>
QList<QCommandLineOption> catalogueOptions(const QList<Setting<Target>> &catalogue, const Target &defaults)
{
    QList<QCommandLineOption> options;
    for (const Setting<Target> &setting : catalogue) {
        const SettingInfo &info = setting.info;
        if (!(info.places & SettingInfo::CommandLine))
            continue;
        if (info.type == SettingInfo::Type::Flag) {
            options << QCommandLineOption(optionName(info), info.helpText());
            continue;
        }
        const QString given = info.toGiven(setting.get(defaults)).toString();
        const QString help = given.isEmpty() ? info.helpText() : tr("%1 (default %2)").arg(info.helpText(), given);
        options << QCommandLineOption(optionName(info), help, info.unitText(), given);
    }
    return options;
}

/// Sets @p target from the options of @p catalogue; false, with the problem
/// printed, when a value is out of range. The options given are appended to
/// @p given as they were typed.
template<typename Target>
bool applyCatalogue(const QCommandLineParser &parser, const QList<Setting<Target>> &catalogue, Target &target,
                    QStringList *given = nullptr)
{
    for (const Setting<Target> &setting : catalogue) {
        const SettingInfo &info = setting.info;
        if (!(info.places & SettingInfo::CommandLine))
            continue;
        const QString name = optionName(info);
        if (info.type == SettingInfo::Type::Flag) {
            setting.set(target, parser.isSet(name) ? info.flagValue : !info.flagValue);
            if (given && parser.isSet(name))
                *given << QStringLiteral("--") + name;
            continue;
        }
        const QString value = parser.value(name);
        if (const QString problem = info.check(value); !problem.isEmpty()) {
            printError(problem);
            return false;
        }
        setting.set(target, info.toStored(value));
        if (given && parser.isSet(name))
            *given << QStringLiteral("--") + name << value;
    }
    return true;
}

/// The options of run, bench and submit beyond the catalogues.
struct ExtraOptions
{
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("quire::cli", "Database file (default: quire.sqlite)."), QCoreApplication::translate("quire::cli", "FILE"),
                          QStringLiteral("quire.sqlite")};
    QCommandLineOption csv{QStringLiteral("export-csv"), QCoreApplication::translate("quire::cli", "Also write the results as CSV, one row per page."),
                           QCoreApplication::translate("quire::cli", "FILE")};
    QCommandLineOption password{
        QStringLiteral("password"),
        QCoreApplication::translate("quire::cli", "Password for encrypted PDFs; may be given several times, each is tried. Every user of this machine can "
           "read it in the process list: prefer --password-file or the QUIRE_PASSWORDS environment variable."),
        QCoreApplication::translate("quire::cli", "PASSWORD")};
    QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QCoreApplication::translate("quire::cli", "Read passwords for encrypted PDFs from FILE, one a line ('-': standard input; on a terminal they are "
           "asked for without echo). The environment variable QUIRE_PASSWORDS (one a line) is read too."),
        QCoreApplication::translate("quire::cli", "FILE")};
    QCommandLineOption workers{QStringLiteral("workers"),
                               QCoreApplication::translate("quire::cli", "Worker processes (default: one per core, here %1).")
                                   .arg(Coordinator::defaultWorkerCount()),
                               QCoreApplication::translate("quire::cli", "N"), QString::number(Coordinator::defaultWorkerCount())};
    QCommandLineOption stats{QStringLiteral("stats"), QCoreApplication::translate("quire::cli", "Write throughput samples (one a second) as CSV."),
                             QCoreApplication::translate("quire::cli", "FILE")};
    QCommandLineOption userWords{
        QStringLiteral("user-words"),
        QCoreApplication::translate("quire::cli", "Word list (one word a line) Tesseract should know, besides the database's own (default: the personal "
           "list %1, when it exists; '' for none).")
            .arg(QDir::toNativeSeparators(lexicon::personalListPath())),
        QCoreApplication::translate("quire::cli", "FILE")};
    QCommandLineOption shard{QStringLiteral("shard"),
                             QCoreApplication::translate("quire::cli", "Process only the pages a shard manifest lists, with its settings (a task of a "
                                "cluster job; quire-cli submit writes them). Workers: one per CPU Slurm gave the "
                                "task, unless --workers says otherwise."),
                             QCoreApplication::translate("quire::cli", "MANIFEST")};
    QCommandLineOption progressFile{QStringLiteral("progress"),
                                    QCoreApplication::translate("quire::cli", "Keep a JSON snapshot of the run's progress in this file (replaced every "
                                       "few seconds)."),
                                    QCoreApplication::translate("quire::cli", "FILE")};
    QCommandLineOption outputPdf{QStringLiteral("output-pdf"),
                                 QCoreApplication::translate("quire::cli", "Write each document's searchable PDF into this folder as soon as its last page "
                                    "is done (the inputs' folders are mirrored below it)."),
                                 QCoreApplication::translate("quire::cli", "DIR")};
    QCommandLineOption breakSignatures{QStringLiteral("break-signatures"),
                                       QCoreApplication::translate("quire::cli", "With --output-pdf: also write digitally signed documents, whose "
                                          "signatures then become invalid.")};
};

bool readUserWords(const QCommandLineParser &parser, const ExtraOptions &extra, PipelineSettings &s)
{
    s.userWordsFile = parser.isSet(extra.userWords) ? parser.value(extra.userWords) : lexicon::personalListPath();
    if (parser.isSet(extra.userWords) && !s.userWordsFile.isEmpty() && !QFileInfo(s.userWordsFile).isReadable()) {
        printError(tr("The word list %1 given to --user-words cannot be read.")
                       .arg(QDir::toNativeSeparators(s.userWordsFile)));
        return false;
    }
    return true;
}

bool readPasswords(const QCommandLineParser &parser, const ExtraOptions &extra, PipelineSettings &s)
{
    QString error;
    const std::optional<QStringList> passwords =
        gatherPasswords(parser.values(extra.password), parser.values(extra.passwordFile), &error);
    if (!passwords) {
        printError(error);
        return false;
    }
    s.passwords = *passwords;
    return true;
}

bool readWorkers(const QCommandLineParser &parser, const ExtraOptions &extra, RunMode mode, RunOptions *options)
{
    if (mode == RunMode::Submit) {
        options->pool.workers = 1; // each task sizes its pool to the CPUs Slurm gives it
        return true;
    }
    if (mode == RunMode::Run || mode == RunMode::Watch) {
        const auto count = intOption(parser, extra.workers, 1, 256);
        options->pool.workers = count.value_or(1);
        options->workersSet = parser.isSet(extra.workers);
        return count.has_value();
    }
    const QString list = parser.isSet(extra.workers) ? parser.value(extra.workers)
                                                     : QStringLiteral("1,%1").arg(Coordinator::defaultWorkerCount());
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = item.trimmed().toInt(&ok);
        if (!ok || count < 1 || count > 256) {
            printError(tr("--workers takes a list of counts from 1 to 256, e.g. 1,2,4; not '%1'.").arg(list));
            return false;
        }
        options->sweepCounts << count;
    }
    options->pool.workers = 1;
    return true;
}

QString description(RunMode mode)
{
    switch (mode) {
    case RunMode::Bench:
        return tr("Find the worker count where more workers stop helping: process the same pages once per count "
                  "(into a temporary database) and print pages/min, speedup and efficiency.");
    case RunMode::Watch:
        return tr("Watch folders and OCR every document that arrives or changes, once it is complete, into an SQLite "
                  "database, until stopped (SIGINT, SIGTERM). The same content is never processed twice, also across "
                  "restarts; a file that fails is tried again only when it changes.");
    default:
        return tr("OCR files and folders (PDF, PNG, JPEG, TIFF) into an SQLite database.\n"
                  "Running the same command again skips pages already done.");
    }
}

void addOptions(QCommandLineParser &parser, const ExtraOptions &extra, RunMode mode)
{
    parser.setApplicationDescription(description(mode));
    parser.addOptions({extra.db, extra.password, extra.passwordFile, extra.userWords});
    parser.addOptions(catalogueOptions(PipelineSettings::catalogue(), PipelineSettings{}));
    parser.addOptions(catalogueOptions(PoolOptions::catalogue(), PoolOptions{}));
    if (mode != RunMode::Submit)
        parser.addOption(extra.workers);
    if (mode == RunMode::Run || mode == RunMode::Bench)
        parser.addOptions({extra.csv, extra.stats});
    if (mode == RunMode::Run)
        parser.addOptions({extra.shard, extra.progressFile});
    if (mode == RunMode::Run || mode == RunMode::Watch)
        parser.addOptions({extra.outputPdf, extra.breakSignatures});
    if (mode == RunMode::Watch)
        parser.addPositionalArgument(QStringLiteral("DIR"), tr("Folders to watch, with their subfolders."),
                                     tr("DIR..."));
    else
        parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files and folders to process."), tr("PATH..."));
}

/// The inputs, or the shard manifest instead of them; an exit code when they do not fit.
std::optional<int> readInputs(const QCommandLineParser &parser, const ExtraOptions &extra, RunMode mode,
                              RunOptions *options)
{
    options->database = parser.value(extra.db);
    options->inputs = parser.positionalArguments();
    if (mode == RunMode::Run || mode == RunMode::Bench) {
        options->statsCsv = parser.value(extra.stats);
        options->exportCsv = parser.value(extra.csv);
    }
    if (mode == RunMode::Run) {
        options->shardManifest = parser.value(extra.shard);
        options->progressFile = parser.value(extra.progressFile);
    }
    if (mode == RunMode::Run || mode == RunMode::Watch) {
        options->outputPdf = parser.value(extra.outputPdf);
        options->breakSignatures = parser.isSet(extra.breakSignatures);
        if (options->breakSignatures && options->outputPdf.isEmpty()) {
            printError(tr("--break-signatures goes with --output-pdf."));
            return ExitUsage;
        }
    }
    if (!options->shardManifest.isEmpty()) {
        if (options->inputs.isEmpty())
            return std::nullopt;
        printError(tr("Give either --shard or files and folders, not both."));
        return ExitUsage;
    }
    if (options->inputs.isEmpty()) {
        printError((mode == RunMode::Watch ? tr("Give at least one folder to watch.\n")
                                           : tr("Give at least one file or folder to process.\n"))
                   + parser.helpText());
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int low, int high)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    printError(tr("--%1 must be a number from %2 to %3, not '%4'.")
                   .arg(option.names().constFirst())
                   .arg(low)
                   .arg(high)
                   .arg(parser.value(option)));
    return std::nullopt;
}

std::optional<int> parseRunOptions(const QStringList &arguments, RunOptions *options, RunMode mode,
                                   QCommandLineParser *callerParser)
{
    QCommandLineParser ownParser;
    QCommandLineParser &parser = callerParser ? *callerParser : ownParser;
    const ExtraOptions extra;
    addOptions(parser, extra, mode);
    const QString command = mode == RunMode::Bench    ? QStringLiteral("bench")
                            : mode == RunMode::Submit ? QStringLiteral("submit")
                            : mode == RunMode::Watch  ? QStringLiteral("watch")
                                                      : QStringLiteral("run");
    if (const auto exit = parseCommandLine(parser, command, arguments))
        return *exit;

    PipelineSettings &s = options->settings;
    if (!applyCatalogue(parser, PipelineSettings::catalogue(), s)
        || !applyCatalogue(parser, PoolOptions::catalogue(), options->pool, &options->poolArguments)
        || !readUserWords(parser, extra, s) || !readWorkers(parser, extra, mode, options))
        return ExitUsage;
    if (!readPasswords(parser, extra, s))
        return ExitUsage;
    if (s.adaptiveLowDpi > 0 && (s.adaptiveLowDpi < 50 || s.adaptiveLowDpi >= s.dpi)) {
        printError(tr("--adaptive-dpi must be at least 50 and below --dpi (%1).").arg(s.dpi));
        return ExitUsage;
    }
    return readInputs(parser, extra, mode, options);
}

} // namespace quire::cli
