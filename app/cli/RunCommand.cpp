#include "CliCommands.h"
#include "ProgressPrinter.h"

#include "export/CsvExporter.h"
#include "ocr/OcrEngine.h"
#include "pipeline/BatchRun.h"
#include "pipeline/PageProcessor.h"
#include "pool/Coordinator.h"
#include "pool/WorkerSweep.h"
#include "store/Lexicon.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <memory>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

struct RunOptions
{
    PipelineSettings settings;
    PoolOptions pool;
    QString database;
    QString exportCsv;
    QString statsCsv;
    QStringList inputs;
    QList<int> sweepCounts; ///< bench: the worker counts to measure.
};

/// Reads a whole number option within [low, high]; prints why not and returns nothing otherwise.
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

/// Parses the run command line; returns an exit code when it should stop now.
std::optional<int> parseRunOptions(const QStringList &arguments, RunOptions *options, bool bench = false)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("OCR files and folders (PDF, PNG, JPEG, TIFF) into an SQLite database.\n"
                                        "Running the same command again skips pages already done."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file (default: quire.sqlite)."), tr("FILE"),
                                QStringLiteral("quire.sqlite"));
    const QCommandLineOption csv(QStringLiteral("export-csv"), tr("Also write the results as CSV, one row per page."),
                                 tr("FILE"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Render resolution for OCR (50-1200, default 300)."),
                                 tr("N"), QStringLiteral("300"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Tesseract languages, e.g. eng+spa (default eng)."),
                                  tr("L"), QStringLiteral("eng"));
    const QCommandLineOption textLayer(QStringLiteral("text-layer"),
                                       tr("auto: use a page's text layer where it holds the text (default); "
                                          "ocr: OCR every page; text: never OCR."),
                                       tr("POLICY"), QStringLiteral("auto"));
    const QCommandLineOption opencl(QStringLiteral("opencl"),
                                    tr("Image cleanup through OpenCL: auto (GPU if present, default), on, off."),
                                    tr("MODE"), QStringLiteral("auto"));
    const QCommandLineOption password(
        QStringLiteral("password"),
        tr("Password for encrypted PDFs; may be given several times, each is tried. Every user of this machine can "
           "read it in the process list: prefer --password-file or the QUIRE_PASSWORDS environment variable."),
        tr("PASSWORD"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("Read passwords for encrypted PDFs from FILE, one a line ('-': standard input; on a terminal they are "
           "asked for without echo). The environment variable QUIRE_PASSWORDS (one a line) is read too."),
        tr("FILE"));
    const QCommandLineOption clahe(QStringLiteral("clahe"), tr("Equalise contrast (CLAHE) before binarizing."));
    const QCommandLineOption binarize(QStringLiteral("binarize"),
                                      tr("Binarize (Otsu) before OCR instead of letting Tesseract threshold."));
    const QCommandLineOption noDeskew(QStringLiteral("no-deskew"), tr("Do not correct small skew."));
    const QCommandLineOption noRotate(QStringLiteral("no-rotate"), tr("Do not detect 90/180/270 degree rotation."));
    const QCommandLineOption maxPixels(QStringLiteral("max-megapixels"),
                                       tr("Largest page image; bigger pages are rendered at a lower DPI (default 50)."),
                                       tr("N"), QStringLiteral("50"));
    const QCommandLineOption adaptive(QStringLiteral("adaptive-dpi"),
                                      tr("Recognize PDF pages at this lower DPI first, and again at --dpi only when "
                                         "their mean confidence is below --adaptive-threshold."),
                                      tr("N"), QStringLiteral("0"));
    const QCommandLineOption adaptiveThreshold(QStringLiteral("adaptive-threshold"),
                                               tr("Mean word confidence (0-100) below which an adaptive page is "
                                                  "recognized again at full DPI (default 85)."),
                                               tr("N"), QStringLiteral("85"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     tr("Worker processes (default: one per core, here %1).")
                                         .arg(Coordinator::defaultWorkerCount()),
                                     tr("N"), QString::number(Coordinator::defaultWorkerCount()));
    const QCommandLineOption retries(QStringLiteral("retries"),
                                     tr("Retries of a page whose worker crashed or hung (default 2)."), tr("N"),
                                     QStringLiteral("2"));
    const QCommandLineOption pageTimeout(QStringLiteral("page-timeout"),
                                         tr("Seconds a page may take (default: scaled to the page size, %1 s at "
                                            "300 DPI).")
                                             .arg(Coordinator::pageTimeoutFor(PipelineSettings{}) / 1000),
                                         tr("S"), QStringLiteral("0"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat-timeout"),
                                       tr("Seconds a busy worker may stay silent (default 30)."), tr("S"),
                                       QStringLiteral("30"));
    const QCommandLineOption workerMemory(QStringLiteral("max-worker-memory"),
                                          tr("Replace a worker whose memory exceeds this many MB (default 2048)."),
                                          tr("MB"), QStringLiteral("2048"));
    const QCommandLineOption stats(QStringLiteral("stats"), tr("Write throughput samples (one a second) as CSV."),
                                   tr("FILE"));
    const QCommandLineOption userWords(
        QStringLiteral("user-words"),
        tr("Word list (one word a line) Tesseract should know, besides the database's own (default: the personal "
           "list %1, when it exists; '' for none).")
            .arg(QDir::toNativeSeparators(lexicon::personalListPath())),
        tr("FILE"));
    parser.addOptions({db, csv, dpi, lang, textLayer, opencl, password, passwordFile, clahe, binarize, noDeskew, noRotate, maxPixels,
                       adaptive, adaptiveThreshold, workers, retries, pageTimeout, heartbeat, workerMemory, stats,
                       userWords});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files and folders to process."), tr("PATH..."));

    if (bench) {
        parser.setApplicationDescription(
            tr("Find the worker count where more workers stop helping: process the same pages once per count "
               "(into a temporary database) and print pages/min, speedup and efficiency."));
    }
    if (const auto exit = parseCommandLine(parser, bench ? QStringLiteral("bench") : QStringLiteral("run"), arguments))
        return *exit;

    PipelineSettings &s = options->settings;
    bool ok = false;
    s.dpi = parser.value(dpi).toInt(&ok);
    if (!ok || s.dpi < 50 || s.dpi > 1200) {
        printError(tr("--dpi must be a number from 50 to 1200, not '%1'.").arg(parser.value(dpi)));
        return ExitUsage;
    }
    const double megapixels = parser.value(maxPixels).toDouble(&ok);
    if (!ok || megapixels < 1 || megapixels > 1000) {
        printError(tr("--max-megapixels must be a number from 1 to 1000, not '%1'.").arg(parser.value(maxPixels)));
        return ExitUsage;
    }
    s.maxPixels = qint64(megapixels * 1'000'000);
    const auto policy = textLayerPolicyFromString(parser.value(textLayer));
    if (!policy) {
        printError(tr("--text-layer must be auto, ocr or text, not '%1'.").arg(parser.value(textLayer)));
        return ExitUsage;
    }
    s.textLayer = *policy;
    const auto mode = openClModeFromString(parser.value(opencl));
    if (!mode) {
        printError(tr("--opencl must be auto, on or off, not '%1'.").arg(parser.value(opencl)));
        return ExitUsage;
    }
    s.openCl = *mode;
    s.languages = parser.value(lang);
    s.passwords = parser.values(password);
    for (const QString &file : parser.values(passwordFile)) {
        QString error;
        const std::optional<QStringList> passwords = readPasswordFile(file, &error);
        if (!passwords) {
            printError(error);
            return ExitUsage;
        }
        s.passwords += *passwords;
    }
    s.passwords += takePasswordsFromEnvironment();
    s.passwords.removeDuplicates();
    s.preprocess.clahe = parser.isSet(clahe);
    s.preprocess.binarize = parser.isSet(binarize);
    s.preprocess.deskew = !parser.isSet(noDeskew);
    s.autoRotate = !parser.isSet(noRotate);
    s.userWordsFile = parser.isSet(userWords) ? parser.value(userWords) : lexicon::personalListPath();
    if (parser.isSet(userWords) && !s.userWordsFile.isEmpty() && !QFileInfo(s.userWordsFile).isReadable()) {
        printError(tr("The word list %1 given to --user-words cannot be read.")
                       .arg(QDir::toNativeSeparators(s.userWordsFile)));
        return ExitUsage;
    }

    if (bench) {
        const QString list = parser.isSet(workers) ? parser.value(workers)
                                                   : QStringLiteral("1,%1").arg(Coordinator::defaultWorkerCount());
        for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int count = item.trimmed().toInt(&ok);
            if (!ok || count < 1 || count > 256) {
                printError(tr("--workers takes a list of counts from 1 to 256, e.g. 1,2,4; not '%1'.").arg(list));
                return ExitUsage;
            }
            options->sweepCounts << count;
        }
    }
    const auto lowDpi = intOption(parser, adaptive, 0, 1200);
    const auto threshold = intOption(parser, adaptiveThreshold, 0, 100);
    if (!lowDpi || !threshold)
        return ExitUsage;
    if (*lowDpi > 0 && (*lowDpi < 50 || *lowDpi >= s.dpi)) {
        printError(tr("--adaptive-dpi must be at least 50 and below --dpi (%1).").arg(s.dpi));
        return ExitUsage;
    }
    s.adaptiveLowDpi = *lowDpi;
    s.adaptiveThreshold = *threshold;
    const auto workerCount = bench ? std::optional<int>(1) : intOption(parser, workers, 1, 256);
    const auto retryCount = intOption(parser, retries, 0, 10);
    const auto timeout = intOption(parser, pageTimeout, 0, 86'400);
    const auto silence = intOption(parser, heartbeat, 1, 3'600);
    const auto memory = intOption(parser, workerMemory, 64, 1'048'576);
    if (!workerCount || !retryCount || !timeout || !silence || !memory)
        return ExitUsage;
    options->pool.workers = *workerCount;
    options->pool.retries = *retryCount;
    options->pool.pageTimeoutMs = *timeout * 1000;
    options->pool.heartbeatTimeoutMs = *silence * 1000;
    options->pool.maxWorkerResidentKb = qint64(*memory) * 1024;
    options->statsCsv = parser.value(stats);

    options->database = parser.value(db);
    options->exportCsv = parser.value(csv);
    options->inputs = parser.positionalArguments();
    if (options->inputs.isEmpty()) {
        printError(tr("Give at least one file or folder to process.\n") + parser.helpText());
        return ExitUsage;
    }
    return std::nullopt;
}

/// Ctrl-C and SIGTERM reach the event loop through a pipe (the only safe way out of a signal handler).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/// Calls @p stop (once) on the event loop when Ctrl-C or SIGTERM arrives.
std::unique_ptr<QSocketNotifier> onInterrupt(QObject *context, const std::function<void()> &stop)
{
    if (::pipe(g_signalPipe) != 0)
        return nullptr;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, context, [notifier = notifier.get(), stop] {
        notifier->setEnabled(false);
        stop();
    });
    return notifier;
}

QString describeWorkers(const QList<WorkerInfo> &workers)
{
    QStringList busy;
    for (const WorkerInfo &worker : workers) {
        if (worker.state == WorkerInfo::State::Busy && worker.page > 0)
            busy << QStringLiteral("%1 p%2").arg(worker.document).arg(worker.page);
    }
    return busy.join(QStringLiteral(", "));
}

void printWorkerTable(const QMap<int, WorkerInfo> &workers, const QMap<int, qint64> &peakKb, int restarts)
{
    QStringList rows;
    for (const WorkerInfo &worker : workers) {
        if (worker.pagesDone == 0)
            continue;
        const double n = worker.pagesDone;
        rows << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                    .arg(worker.id, 6)
                    .arg(worker.pid, 8)
                    .arg(worker.pagesDone, 6)
                    .arg(worker.totalTimings.renderMs / n, 9, 'f', 0)
                    .arg(worker.totalTimings.preprocessMs / n, 11, 'f', 0)
                    .arg(worker.totalTimings.recognizeMs / n, 10, 'f', 0)
                    .arg(peakKb.value(worker.id) / 1024, 9);
    }
    if (rows.isEmpty())
        return;
    printError(tr("  worker      pid  pages render ms  cleanup ms  ocr ms/p    peak MB   (means per page)"));
    for (const QString &row : rows)
        printError(row);
    if (restarts > 0)
        printError(tr("  %1 worker(s) were replaced after a crash, a hang or too much memory.").arg(restarts));
}

} // namespace

int runCommand(const QStringList &arguments)
{
    RunOptions options;
    if (const auto exit = parseRunOptions(arguments, &options))
        return *exit;

    // Nothing to do when no input exists: say so before creating a database.
    if (std::none_of(options.inputs.cbegin(), options.inputs.cend(),
                     [](const QString &input) { return QFileInfo::exists(input); })) {
        for (const QString &input : std::as_const(options.inputs))
            printError(tr("error: %1 does not exist.").arg(input));
        return ExitUsage;
    }

    // SQLite writes the database and, beside it, its journal (-wal, -shm):
    // say plainly when either cannot be written, rather than what opening reports.
    const QFileInfo database(options.database);
    const QFileInfo folder(database.absolutePath());
    if ((database.exists() && !database.isWritable()) || (folder.exists() && !folder.isWritable())) {
        printError(tr("error: the database %1 cannot be written (%2 is read-only). A run keeps its state there: "
                      "make it writable or give another file with --db.")
                       .arg(QDir::toNativeSeparators(database.absoluteFilePath()),
                            QDir::toNativeSeparators(database.exists() && !database.isWritable()
                                                         ? database.absoluteFilePath()
                                                         : folder.absoluteFilePath())));
        return ExitUsage;
    }
    Store store;
    if (!store.open(options.database)) {
        printError(tr("Cannot open the database: %1").arg(store.errorString()));
        return ExitUsage;
    }
    // Fail early, with the list of what is installed, rather than in every worker.
    if (!checkLanguages(options.settings))
        return ExitUsage;

    QFile statsFile(options.statsCsv);
    if (!options.statsCsv.isEmpty()) {
        if (!statsFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            printError(tr("Cannot write %1: %2").arg(options.statsCsv, statsFile.errorString()));
            return ExitUsage;
        }
        statsFile.write("seconds,workers,pages_done,pages_failed,pages_per_min_window,pages_per_min_overall\n");
    }

    ProgressPrinter progress;
    Coordinator coordinator(&store, options.settings, options.pool);
    QObject::connect(&coordinator, &Coordinator::documentFailed, &coordinator,
                     [&progress](const QString &path, const QString &error) {
                         progress.message(tr("error: %1: %2").arg(path, error));
                     });
    QObject::connect(&coordinator, &Coordinator::pageFinished, &coordinator,
                     [&](qint64, const QString &, const PageResult &result) {
                         progress.pageDone();
                         if (result.status == PageStatus::Failed)
                             progress.message(tr("error: %1").arg(result.error));
                         progress.update(coordinator.run().counts(), describeWorkers(coordinator.workers()));
                     });
    QObject::connect(&coordinator, &Coordinator::workerProblem, &coordinator,
                     [&progress](const QString &message) { progress.message(tr("warning: %1").arg(message)); });
    QObject::connect(&coordinator, &Coordinator::throughputSample, &coordinator,
                     [&](qint64 elapsedMs, double window, double overall, int workers) {
                         const RunCounts counts = coordinator.run().counts();
                         progress.update(counts, describeWorkers(coordinator.workers()));
                         if (statsFile.isOpen()) {
                             statsFile.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                                                 .arg(elapsedMs / 1000.0, 0, 'f', 1)
                                                 .arg(workers)
                                                 .arg(counts.pagesDone)
                                                 .arg(counts.pagesFailed)
                                                 .arg(window, 0, 'f', 2)
                                                 .arg(overall, 0, 'f', 2)
                                                 .toUtf8());
                             statsFile.flush();
                         }
                     });
    QString fatal;
    bool cancelled = false;
    QObject::connect(&coordinator, &Coordinator::finished, &coordinator,
                     [&](bool wasCancelled, const QString &error) {
                         cancelled = wasCancelled;
                         fatal = error;
                         QCoreApplication::exit();
                     });

    const auto interrupt = onInterrupt(&coordinator, [&] {
        progress.message(tr("Stopping..."));
        coordinator.cancel();
    });

    printError(tr("Quire %1: %2 workers, %3 DPI, languages %4, text layer %5 -> %6")
                   .arg(QCoreApplication::applicationVersion())
                   .arg(coordinator.workerCount())
                   .arg(options.settings.dpi)
                   .arg(options.settings.languages, toString(options.settings.textLayer),
                        QDir::toNativeSeparators(QFileInfo(options.database).absoluteFilePath())));
    bool deviceShown = false;
    QMap<int, WorkerInfo> workerHistory; // every worker of the run, as last seen
    QMap<int, qint64> peakKb;
    QObject::connect(&coordinator, &Coordinator::workerChanged, &coordinator, [&](const WorkerInfo &worker) {
        workerHistory.insert(worker.id, worker);
        peakKb[worker.id] = std::max({peakKb.value(worker.id), worker.residentKb, worker.peakResidentKb});
        if (!deviceShown && !worker.device.isEmpty()) {
            deviceShown = true;
            progress.message(tr("  image cleanup on %1").arg(worker.device));
        }
    });
    coordinator.start(options.inputs);
    QCoreApplication::exec();
    progress.finish();

    const BatchRun &run = coordinator.run();
    const ScanResult &scan = run.scan();
    if (!fatal.isEmpty()) {
        printError(tr("error: %1").arg(fatal));
        return ExitUsage;
    }
    for (const QString &problem : scan.problems)
        printError(tr("error: %1").arg(problem));
    if (scan.documents.isEmpty()) {
        printError(scan.problems.isEmpty() ? tr("No PDF or image files found in the given paths.")
                                           : tr("Nothing to process."));
        return ExitUsage;
    }

    const RunCounts counts = run.counts();
    const int finished = counts.pagesDone + counts.pagesFailed;
    printError(tr("Done: %1 pages in %2 (%3 pages/min): %4 text layer, %5 OCR, %6 failed; %7 already done before.")
                   .arg(finished)
                   .arg(formatDuration(progress.elapsedSeconds()))
                   .arg(progress.overallRate(), 0, 'f', 1)
                   .arg(counts.pagesText)
                   .arg(counts.pagesOcr)
                   .arg(counts.pagesFailed)
                   .arg(counts.pagesSkipped));
    if (scan.skipped > 0)
        printError(tr("Skipped %n file(s) that are not PDFs or images.", nullptr, scan.skipped));
    printWorkerTable(workerHistory, peakKb, coordinator.restarts());
    // The coordinator's own share: messages, bookkeeping and SQLite.
    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    const double selfMs = (self.ru_utime.tv_sec + self.ru_stime.tv_sec) * 1000.0
                          + (self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1000.0;
    const double workersMs = double(coordinator.workerCpuMs());
    if (workersMs > 0)
        printError(tr("  CPU: workers %1 s, coordinator %2 s (%3% of the run)")
                       .arg(workersMs / 1000.0, 0, 'f', 1)
                       .arg(selfMs / 1000.0, 0, 'f', 2)
                       .arg(100.0 * selfMs / (selfMs + workersMs), 0, 'f', 1));
    if (workersMs > 0) // this process alone (RUSAGE_SELF): the workers are in the table above
        printError(tr("  coordinator peak memory: %1 MB").arg(self.ru_maxrss / 1024));

    if (!options.exportCsv.isEmpty()) {
        QString error;
        if (!CsvExporter::exportPages(store, options.exportCsv, &error)) {
            printError(tr("error: CSV export failed: %1").arg(error));
            return ExitSomeFailed;
        }
        printError(tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(options.exportCsv).absoluteFilePath())));
    }

    if (cancelled) {
        printError(tr("Interrupted. Everything finished so far is saved; run the same command again to continue."));
        return ExitSomeFailed;
    }
    const QStringList failures = run.failures();
    if (!failures.isEmpty() || !scan.problems.isEmpty()) {
        printError(tr("%n problem(s):", nullptr, int(failures.size() + scan.problems.size())));
        for (const QString &line : scan.problems + failures)
            printError(QStringLiteral("  ") + line);
        return ExitSomeFailed;
    }
    return ExitOk;
}

int benchCommand(const QStringList &arguments)
{
    RunOptions options;
    if (const auto exit = parseRunOptions(arguments, &options, true))
        return *exit;
    if (!checkLanguages(options.settings))
        return ExitUsage;
    WorkerSweep sweep(options.settings, options.pool);
    QObject::connect(&sweep, &WorkerSweep::stepStarted, &sweep, [](int workers, int index, int count) {
        printError(tr("[%1/%2] %3 worker(s)...").arg(index + 1).arg(count).arg(workers));
    });
    QString failure;
    QObject::connect(&sweep, &WorkerSweep::finished, &sweep, [&failure](bool cancelled, const QString &error) {
        failure = cancelled ? tr("cancelled") : error;
        QCoreApplication::exit();
    });
    const auto interrupt = onInterrupt(&sweep, [&sweep] { sweep.cancel(); });
    sweep.start(options.inputs, options.sweepCounts);
    QCoreApplication::exec();

    const QList<SweepPoint> points = sweep.points();
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(tr("workers"), 7)
                 .arg(tr("pages"), 6)
                 .arg(tr("seconds"), 8)
                 .arg(tr("pages/min"), 10)
                 .arg(tr("speedup"), 8)
                 .arg(tr("efficiency"), 10));
    const int spot = sweep.sweetSpot();
    for (const SweepPoint &point : points) {
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6%7")
                     .arg(point.workers, 7)
                     .arg(point.pages, 6)
                     .arg(point.seconds, 8, 'f', 1)
                     .arg(point.pagesPerMinute, 10, 'f', 1)
                     .arg(point.speedup, 8, 'f', 2)
                     .arg(point.efficiency, 10, 'f', 2)
                     .arg(point.workers == spot ? tr("  <- sweet spot") : QString()));
    }
    if (!failure.isEmpty()) {
        printError(tr("error: %1").arg(failure));
        return ExitSomeFailed;
    }
    if (!points.isEmpty() && points.first().pages == 0) {
        printError(tr("No pages were processed."));
        return ExitSomeFailed;
    }
    return ExitOk;
}

} // namespace quire::cli
