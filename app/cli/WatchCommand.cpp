#include "CliCommands.h"
#include "RunOptions.h"

#include "session/RunSession.h"
#include "session/WatchRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

/// How long a stop waits for the pages in work before it leaves them for next time.
constexpr int kStopWaitMs = 60'000;

/// One line on stderr with the local time in front: journald and log files alike.
void logLine(const QString &text)
{
    printError(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + text);
}

struct WatchCliOptions
{
    RunOptions run;
    WatchOptions watch;
};

std::optional<int> parseWatchOptions(const QStringList &arguments, WatchCliOptions *options)
{
    QCommandLineParser parser;
    const QCommandLineOption settle(QStringLiteral("settle"),
                                    tr("Seconds a new or changed file must keep its size and time before it is read "
                                       "(default 2)."),
                                    tr("S"), QStringLiteral("2"));
    const QCommandLineOption rescan(QStringLiteral("rescan"),
                                    tr("Seconds between full listings of the folders, besides the system's change "
                                       "notices: the safety net for network shares (default 30)."),
                                    tr("S"), QStringLiteral("30"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  tr("Seconds without work after which the workers stop; they start again when a "
                                     "file comes (default 60)."),
                                  tr("S"), QStringLiteral("60"));
    const QCommandLineOption moveDone(QStringLiteral("move-done"),
                                      tr("Move each processed file into this folder, under its path below the "
                                         "watched folder (default: leave it where it is)."),
                                      tr("DIR"));
    const QCommandLineOption moveFailed(QStringLiteral("move-failed"),
                                        tr("Move each file that failed, or had a page that failed, into this folder "
                                           "(default: leave it where it is)."),
                                        tr("DIR"));
    parser.addOptions({settle, rescan, idle, moveDone, moveFailed});
    if (const auto exit = parseRunOptions(arguments, &options->run, RunMode::Watch, &parser))
        return *exit;
    const auto settleS = intOption(parser, settle, 0, 3'600);
    const auto rescanS = intOption(parser, rescan, 1, 86'400);
    const auto idleS = intOption(parser, idle, 0, 86'400 * 7);
    if (!settleS || !rescanS || !idleS)
        return ExitUsage;
    options->watch.folders = options->run.inputs;
    options->watch.settleMs = *settleS * 1000;
    options->watch.rescanMs = *rescanS * 1000;
    options->watch.doneFolder = parser.value(moveDone);
    options->watch.failedFolder = parser.value(moveFailed);
    options->watch.outputPdfFolder = options->run.outputPdf;
    options->watch.passwords = options->run.settings.passwords;
    options->watch.breakSignatures = options->run.breakSignatures;
    options->run.pool.idleTimeoutMs = *idleS * 1000;
    return std::nullopt;
}

QString describeTarget(const QString &folder)
{
    return folder.isEmpty() ? tr("stay") : tr("go to %1").arg(QDir::toNativeSeparators(folder));
}

} // namespace

int watchCommand(const QStringList &arguments)
{
    WatchCliOptions options;
    if (const auto exit = parseWatchOptions(arguments, &options))
        return *exit;

    RunSession session;
    session.setSettings(options.run.settings);
    session.setPoolOptions(options.run.pool);
    if (!session.open(options.run.database)) {
        printError(tr("error: %1").arg(session.errorString()));
        return ExitUsage;
    }
    WatchRun watch(&session);
    QObject::connect(&watch, &WatchRun::documentHandled, &watch,
                     [](const WatchedDocument &document) { logLine(describe(document)); });
    QObject::connect(&watch, &WatchRun::message, &watch, [](const QString &text, bool problem) {
        logLine(problem ? tr("warning: %1").arg(text) : text);
    });
    QObject::connect(&session, &RunSession::problem, &watch,
                     [](const QString &text) { logLine(tr("warning: %1").arg(text)); });
    int exitCode = ExitOk;
    QObject::connect(&watch, &WatchRun::finished, &watch, [&](const RunSummary &summary) {
        if (!summary.error.isEmpty()) {
            logLine(tr("error: %1").arg(summary.error));
            exitCode = ExitUsage;
        }
        logLine(tr("stopped: %1 document(s) done, %2 failed; %3")
                    .arg(watch.documentsDone())
                    .arg(watch.documentsFailed())
                    .arg(summary.text()));
        QCoreApplication::exit();
    });

    // A stop lets the pages in work finish; a second one, or the time limit, stops at once.
    QTimer stopLimit;
    stopLimit.setSingleShot(true);
    QObject::connect(&stopLimit, &QTimer::timeout, &watch, [&session] {
        logLine(tr("stopping now: the pages still in work are left for the next start."));
        session.cancel();
    });
    const auto interrupt = onInterrupt(
        &watch,
        [&] {
            if (stopLimit.isActive() || !watch.isWatching()) {
                stopLimit.stop();
                logLine(tr("stopping now: the pages still in work are left for the next start."));
                session.cancel();
                return;
            }
            logLine(tr("stopping: the pages in work finish (at most %1 s; stop again to leave them for the next "
                       "start).")
                        .arg(kStopWaitMs / 1000));
            stopLimit.start(kStopWaitMs);
            watch.stop();
        },
        true);

    if (!watch.start(options.watch)) {
        printError(tr("error: %1").arg(watch.errorString()));
        return ExitUsage;
    }
    QStringList folders;
    for (const QString &folder : watch.options().folders)
        folders << QDir::toNativeSeparators(folder);
    logLine(tr("Quire %1 watching %2 into %3: %4 DPI, languages %5; files are read once they keep their size for "
               "%6 s, folders listed again every %7 s; up to %8 worker(s), stopped after %9 s without work; processed "
               "files %10, failed ones %11.")
                .arg(QCoreApplication::applicationVersion(), folders.join(QStringLiteral(", ")),
                     QDir::toNativeSeparators(session.databasePath()))
                .arg(options.run.settings.dpi)
                .arg(options.run.settings.languages)
                .arg(options.watch.settleMs / 1000)
                .arg(options.watch.rescanMs / 1000)
                .arg(session.coordinator()->workerCount())
                .arg(options.run.pool.idleTimeoutMs / 1000)
                .arg(describeTarget(watch.options().doneFolder), describeTarget(watch.options().failedFolder)));
    if (!watch.options().outputPdfFolder.isEmpty())
        logLine(tr("Searchable PDFs go to %1.").arg(QDir::toNativeSeparators(watch.options().outputPdfFolder)));
    QCoreApplication::exec();
    return exitCode;
}

} // namespace quire::cli
