#include "CliCommands.h"
#include "ProgressPrinter.h"
#include "RunOptions.h"

#include "cluster/ShardManifest.h"
#include "cluster/ShardProgress.h"
#include "cluster/SlurmJob.h"
#include "export/CsvExporter.h"
#include "export/PdfExporter.h"
#include "export/RunPdfOutput.h"
#include "ocr/OcrEngine.h"
#include "pipeline/BatchRun.h"
#include "pipeline/PageProcessor.h"
#include "pool/Coordinator.h"
#include "session/RunSession.h"
#include "session/WorkerSweep.h"
#include "store/Lexicon.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSysInfo>
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
        printError(tr("  %n worker(s) were replaced after a crash, a hang or too much memory.", nullptr, restarts));
}

} // namespace

namespace {

/// The throughput samples of --stats, one line a second.
class StatsFile
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        if (path.isEmpty())
            return true;
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            printError(QCoreApplication::translate("quire::cli", "Cannot write %1: %2").arg(path, m_file.errorString()));
            return false;
        }
        m_file.write("seconds,workers,pages_done,pages_failed,pages_per_min_window,pages_per_min_overall\n");
        return true;
    }

    void add(qint64 elapsedMs, int workers, const RunCounts &counts, double window, double overall)
    {
        if (!m_file.isOpen())
            return;
        m_file.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                         .arg(elapsedMs / 1000.0, 0, 'f', 1)
                         .arg(workers)
                         .arg(counts.pagesDone)
                         .arg(counts.pagesFailed)
                         .arg(window, 0, 'f', 2)
                         .arg(overall, 0, 'f', 2)
                         .toUtf8());
        m_file.flush();
    }

private:
    QFile m_file;
};

/// Every worker of the run as last seen, with its peak memory, for the table at the end.
struct WorkerHistory
{
    QMap<int, WorkerInfo> workers;
    QMap<int, qint64> peakKb;
    bool deviceShown = false;
};

/// --progress: a JSON snapshot for `quire-cli status` and `submit --wait`, at most once a second.
class ProgressFile
{
public:
    explicit ProgressFile(const QString &path) : m_path(path), m_startedAt(QDateTime::currentDateTimeUtc()) {}

    void write(const RunCounts &counts, const QStringList &failures, ShardProgress::State state,
               const QString &error = QString())
    {
        if (m_path.isEmpty())
            return;
        if (state == ShardProgress::State::Running && m_sinceWritten.isValid() && m_sinceWritten.elapsed() < 1000)
            return;
        m_sinceWritten.start();
        ShardProgress progress = ShardProgress::fromRun(counts, failures, state, m_startedAt);
        progress.error = error;
        QString why;
        if (!progress.write(m_path, &why))
            printError(QCoreApplication::translate("quire::cli", "warning: %1").arg(why));
    }

    void writeSummary(const RunSummary &summary)
    {
        write(summary.counts, summary.problems + summary.failures,
              !summary.error.isEmpty() ? ShardProgress::State::Failed
              : summary.cancelled      ? ShardProgress::State::Stopped
                                       : ShardProgress::State::Finished,
              summary.error);
    }

private:
    QString m_path;
    QDateTime m_startedAt;
    QElapsedTimer m_sinceWritten;
};

/// Prints progress and problems while the session runs.
void reportProgress(RunSession &session, ProgressPrinter &progress, StatsFile &stats, WorkerHistory &history,
                    ProgressFile &progressFile)
{
    QObject::connect(&session, &RunSession::documentFailed, &session,
                     [&progress](const QString &path, const QString &error) {
                         progress.message(tr("error: %1: %2").arg(path, error));
                     });
    QObject::connect(&session, &RunSession::pageFinished, &session,
                     [&session, &progress, &progressFile](qint64, const QString &, const PageResult &result) {
                         progress.pageDone();
                         if (result.status == PageStatus::Failed)
                             progress.message(tr("error: %1").arg(result.error));
                         const RunSummary summary = session.summary();
                         progress.update(summary.counts, describeWorkers(session.coordinator()->workers()));
                         progressFile.write(summary.counts, summary.failures, ShardProgress::State::Running);
                     });
    QObject::connect(&session, &RunSession::problem, &session,
                     [&progress](const QString &message) { progress.message(tr("warning: %1").arg(message)); });
    QObject::connect(&session, &RunSession::throughputSample, &session,
                     [&](qint64 elapsedMs, double window, double overall, int workers) {
                         const RunSummary summary = session.summary();
                         progress.update(summary.counts, describeWorkers(session.coordinator()->workers()));
                         stats.add(elapsedMs, workers, summary.counts, window, overall);
                         progressFile.write(summary.counts, summary.failures, ShardProgress::State::Running);
                     });
    QObject::connect(&session, &RunSession::workerChanged, &session, [&](const WorkerInfo &worker) {
        history.workers.insert(worker.id, worker);
        history.peakKb[worker.id] = std::max({history.peakKb.value(worker.id), worker.residentKb, worker.peakResidentKb});
        if (!history.deviceShown && !worker.device.isEmpty()) {
            history.deviceShown = true;
            progress.message(tr("  image cleanup on %1").arg(worker.device));
        }
    });
}

void printCpuShare(qint64 workerCpuMs)
{
    // The coordinator's own share: messages, bookkeeping and SQLite.
    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    const double selfMs = (self.ru_utime.tv_sec + self.ru_stime.tv_sec) * 1000.0
                          + (self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1000.0;
    const double workersMs = double(workerCpuMs);
    if (workersMs > 0)
        printError(tr("  CPU: workers %1 s, coordinator %2 s (%3% of the run)")
                       .arg(workersMs / 1000.0, 0, 'f', 1)
                       .arg(selfMs / 1000.0, 0, 'f', 2)
                       .arg(100.0 * selfMs / (selfMs + workersMs), 0, 'f', 1));
    if (workersMs > 0) // this process alone (RUSAGE_SELF): the workers are in the table above
        printError(tr("  coordinator peak memory: %1 MB").arg(self.ru_maxrss / 1024));
}

/// The lines after the run; returns the exit code.
int finishReport(RunSession &session, const RunOptions &options, const WorkerHistory &history,
                 const QStringList &pdfProblems)
{
    const RunSummary summary = session.summary();
    if (!summary.error.isEmpty()) {
        printError(tr("error: %1").arg(summary.error));
        return ExitUsage;
    }
    for (const QString &problem : summary.problems)
        printError(tr("error: %1").arg(problem));
    if (summary.documentsFound == 0) {
        printError(summary.problems.isEmpty() ? tr("No PDF or image files found in the given paths.")
                                              : tr("Nothing to process."));
        return ExitUsage;
    }
    printError(tr("Done: %1").arg(summary.text()));
    if (summary.filesSkipped > 0)
        printError(tr("Skipped %n file(s) that are not PDFs or images.", nullptr, summary.filesSkipped));
    printWorkerTable(history.workers, history.peakKb, session.coordinator()->restarts());
    printCpuShare(session.coordinator()->workerCpuMs());

    if (!options.exportCsv.isEmpty()) {
        QString error;
        if (!CsvExporter::exportPages(*session.store(), options.exportCsv, &error)) {
            printError(tr("error: CSV export failed: %1").arg(error));
            return ExitSomeFailed;
        }
        printError(tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(options.exportCsv).absoluteFilePath())));
    }
    if (summary.cancelled) {
        printError(tr("Interrupted. Everything finished so far is saved; run the same command again to continue."));
        return ExitSomeFailed;
    }
    const QStringList failures = summary.failures + pdfProblems;
    if (!failures.isEmpty() || !summary.problems.isEmpty()) {
        printError(tr("%n problem(s):", nullptr, int(failures.size() + summary.problems.size())));
        for (const QString &line : summary.problems + failures)
            printError(QStringLiteral("  ") + line);
        return ExitSomeFailed;
    }
    return ExitOk;
}

/// Why the run cannot keep its state in @p database: SQLite writes the file
/// and, beside it, its journal (-wal, -shm). Empty when it can.
QString unwritableDatabase(const QString &path)
{
    const QFileInfo database(path);
    const QFileInfo folder(database.absolutePath());
    const bool fileReadOnly = database.exists() && !database.isWritable();
    if (!fileReadOnly && !(folder.exists() && !folder.isWritable()))
        return {};
    return tr("error: the database %1 cannot be written (%2 is read-only). A run keeps its state there: make it "
              "writable or give another file with --db.")
        .arg(QDir::toNativeSeparators(database.absoluteFilePath()),
             QDir::toNativeSeparators(fileReadOnly ? database.absoluteFilePath() : folder.absoluteFilePath()));
}

/// Searchable PDFs (run --output-pdf), each written as soon as its document
/// is done, on a thread of their own; none without the option.
std::unique_ptr<RunPdfOutput> pdfOutputFor(RunSession &session, const RunOptions &options, ProgressPrinter &progress)
{
    if (options.outputPdf.isEmpty())
        return nullptr;
    auto output = std::make_unique<RunPdfOutput>(
        session.store(), options.outputPdf,
        SearchablePdfOptions{options.settings.passwords, options.breakSignatures, options.settings.tessdataPath});
    QObject::connect(&session, &RunSession::documentFinished, output.get(),
                     [&session, writer = output.get()](qint64 documentId, const QString &) {
                         writer->write(session.coordinator()->run(), documentId);
                     });
    QObject::connect(output.get(), &RunPdfOutput::documentWritten, &session,
                     [&progress](const SearchablePdfReport &report) { progress.message(PdfExporter::describe(report)); });
    QObject::connect(output.get(), &RunPdfOutput::documentNotWritten, &session,
                     [&progress](const QString &message) { progress.message(tr("error: %1").arg(message)); });
    return output;
}

/// A task of a cluster job: the manifest says which pages, with which settings.
bool readShard(RunOptions &options, PageFilter *filter, QString *error)
{
    const std::optional<ShardManifest> manifest = ShardManifest::read(options.shardManifest, error);
    if (!manifest)
        return false;
    options.settings = manifest->settings;
    options.inputs = manifest->paths();
    *filter = manifest->pageFilter();
    if (!options.workersSet) {
        const int cpus = SlurmJob::taskCpus(QProcessEnvironment::systemEnvironment());
        if (cpus > 0)
            options.pool.workers = cpus;
    }
    return true;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    RunOptions options;
    if (const auto exit = parseRunOptions(arguments, &options, RunMode::Run))
        return *exit;
    ProgressFile progressFile(options.progressFile);
    const auto setupFailed = [&](const QString &error) {
        printError(error);
        progressFile.write({}, {}, ShardProgress::State::Failed, error);
        return int(ExitUsage);
    };
    PageFilter pageFilter;
    QString error;
    if (!options.shardManifest.isEmpty() && !readShard(options, &pageFilter, &error))
        return setupFailed(tr("error: %1").arg(error));

    // Nothing to do when no input exists: say so before creating a database.
    if (std::none_of(options.inputs.cbegin(), options.inputs.cend(),
                     [](const QString &input) { return QFileInfo::exists(input); })) {
        QStringList missing;
        for (const QString &input : std::as_const(options.inputs))
            missing << tr("error: %1 does not exist.").arg(input);
        if (!pageFilter.isEmpty())
            missing << tr("The documents of a cluster job must be on a file system every node shares.");
        return setupFailed(missing.join(QLatin1Char('\n')));
    }
    if (const QString problem = unwritableDatabase(options.database); !problem.isEmpty())
        return setupFailed(problem);
    RunSession session;
    session.setSettings(options.settings);
    session.setPoolOptions(options.pool);
    session.setPageFilter(pageFilter);
    if (!session.open(options.database))
        return setupFailed(session.errorString());
    StatsFile stats;
    if (!stats.open(options.statsCsv))
        return ExitUsage;

    ProgressPrinter progress;
    WorkerHistory history;
    reportProgress(session, progress, stats, history, progressFile);
    QObject::connect(&session, &RunSession::finished, &session, [] { QCoreApplication::exit(); });
    const auto interrupt = onInterrupt(&session, [&] {
        progress.message(tr("Stopping..."));
        session.cancel();
    });
    const std::unique_ptr<RunPdfOutput> pdfOutput = pdfOutputFor(session, options, progress);
    // Fail early (a language missing, with those installed) rather than in every worker.
    if (!session.start(options.inputs))
        return setupFailed(tr("error: %1").arg(session.errorString()));
    progressFile.write({}, {}, ShardProgress::State::Running);
    printError(tr("Quire %1: %2 workers, %3 DPI, languages %4, text layer %5 -> %6")
                   .arg(QCoreApplication::applicationVersion())
                   .arg(session.coordinator()->workerCount())
                   .arg(options.settings.dpi)
                   .arg(options.settings.languages, toString(options.settings.textLayer),
                        QDir::toNativeSeparators(session.databasePath())));
    QCoreApplication::exec();
    if (pdfOutput) {
        pdfOutput->waitForDone();
        QCoreApplication::sendPostedEvents(pdfOutput.get()); // the last documents' lines
    }
    progress.finish();
    progressFile.writeSummary(session.summary());
    return finishReport(session, options, history,
                        pdfOutput ? pdfOutput->skipped() + pdfOutput->failed() : QStringList());
}

int benchCommand(const QStringList &arguments)
{
    RunOptions options;
    if (const auto exit = parseRunOptions(arguments, &options, RunMode::Bench))
        return *exit;
    if (!checkLanguages(options.settings))
        return ExitUsage;
    WorkerSweep sweep(options.settings, options.pool);
    QObject::connect(&sweep, &WorkerSweep::stepStarted, &sweep, [](int workers, int index, int count) {
        printError(tr("[%1/%2] %n worker(s)...", nullptr, workers).arg(index + 1).arg(count));
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
