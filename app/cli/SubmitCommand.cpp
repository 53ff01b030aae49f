#include "CliCommands.h"
#include "ClusterSupport.h"
#include "ProgressPrinter.h"
#include "RunOptions.h"

#include "cluster/ClusterBatches.h"
#include "cluster/ShardPlan.h"
#include "cluster/SlurmJob.h"
#include "store/Lexicon.h"
#include "store/ShardMerger.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace quire::cli {

namespace {

// lupdate files these strings under the namespace, "quire::cli"; the lookup must match.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quire::cli", text, disambiguation, n);
}

constexpr int kTickMs = 1000;    // progress files are read once a second
constexpr int kPollEveryTicks = 3; // squeue every third second

struct SubmitOptions
{
    RunOptions run;
    SlurmOptions slurm;
    int shardPages = 300;
    QString quireCli;
    bool dryRun = false;
    bool wait = false;
};

bool writeExecutable(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

/// One `quire-cli submit`: ask Slurm about earlier batches, merge what they
/// left, plan, write the batch, submit, and (with --wait) follow it to the end.
class Submission final
{
public:
    explicit Submission(const SubmitOptions &options)
        : m_options(options)
        , m_batches(options.run.database)
        , m_slurm(options.slurm)
    {
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { tick(); });
    }

    int exec()
    {
        askSlurm(&m_slurm, m_batches.jobIds(),
                 [this](const std::optional<QList<SlurmTask>> &tasks, const QString &error) {
                     afterFirstPoll(tasks, error);
                 });
        QCoreApplication::exec();
        return m_exitCode;
    }

private:
    void stop(int exitCode)
    {
        m_exitCode = exitCode;
        m_timer.stop();
        QCoreApplication::exit();
    }

    const ShardFolder &folder() const { return m_batches.folder(); }

    void afterFirstPoll(const std::optional<QList<SlurmTask>> &tasks, const QString &error)
    {
        if (!tasks && !m_options.dryRun) {
            printError(QCoreApplication::translate("quire::cli", "error: %1").arg(error));
            stop(ExitUsage);
            return;
        }
        QList<BatchSummary> summaries = m_batches.summarize(tasks);
        for (const BatchSummary &batch : std::as_const(summaries)) {
            if (!batch.active())
                continue;
            const QString message =
                QCoreApplication::translate("quire::cli", "batch %1 of %2 is still running (job %3). Follow it with quire-cli status --db %2, or cancel "
                   "it with scancel %3; then submit again.")
                    .arg(batch.batch.number)
                    .arg(QDir::toNativeSeparators(folder().mainDatabase()), batch.batch.arrayJobId);
            if (m_options.dryRun) {
                printError(QCoreApplication::translate("quire::cli", "note: %1").arg(message));
                continue;
            }
            printError(QCoreApplication::translate("quire::cli", "error: %1").arg(message));
            stop(ExitUsage);
            return;
        }
        if (!m_options.dryRun && std::any_of(summaries.cbegin(), summaries.cend(),
                                             [](const BatchSummary &b) { return b.unmerged() > 0; })) {
            // Pages an earlier batch did are not planned again.
            printError(QCoreApplication::translate("quire::cli", "Merging what earlier batches left..."));
            ShardMerger merger;
            if (!merger.open(folder().mainDatabase())) {
                printError(QCoreApplication::translate("quire::cli", "error: %1").arg(merger.errorString()));
                stop(ExitUsage);
                return;
            }
            const MergeOutcome outcome = m_batches.mergeEnded(summaries, &merger);
            printMergeOutcome(outcome);
            if (!outcome.errors.isEmpty()) {
                printError(QCoreApplication::translate("quire::cli", "error: earlier shards could not be merged; fix that first (quire-cli merge --db %1).")
                               .arg(QDir::toNativeSeparators(folder().mainDatabase())));
                stop(ExitSomeFailed);
                return;
            }
            summaries = m_batches.summarize(tasks);
        }
        if (!m_options.dryRun) {
            for (const QString &problem : m_batches.removeFinished(summaries))
                printError(QCoreApplication::translate("quire::cli", "warning: %1").arg(problem));
        }
        planAndSubmit();
    }

    void planAndSubmit()
    {
        const RunOptions &run = m_options.run;
        printError(QCoreApplication::translate("quire::cli", "Scanning and hashing the inputs..."));
        const ScanResult scan = InputScanner::scan(run.inputs);

        // A dry run plans against the database without creating it.
        Store store;
        QTemporaryDir scratch;
        const bool exists = QFileInfo::exists(folder().mainDatabase());
        const QString storePath = m_options.dryRun && !exists ? scratch.filePath(QStringLiteral("plan.sqlite"))
                                                              : folder().mainDatabase();
        if (!store.open(storePath)) {
            printError(QCoreApplication::translate("quire::cli", "Cannot open the database: %1").arg(store.errorString()));
            stop(ExitUsage);
            return;
        }
        const ShardPlan plan = ShardPlan::make(scan, store, run.settings, m_options.shardPages);
        m_problems = plan.problems();
        for (const QString &problem : std::as_const(m_problems))
            printError(QCoreApplication::translate("quire::cli", "error: %1").arg(problem));
        if (scan.skipped > 0)
            printError(QCoreApplication::translate("quire::cli", "Skipped %n file(s) that are not PDFs or images.", nullptr, scan.skipped));
        const QList<ShardManifest> shards = plan.shards();
        printError(QCoreApplication::translate("quire::cli", "%n document(s), %1 pages: %2 already done, %3 to do", nullptr, int(plan.documents().size()))
                       .arg(plan.pagesTotal())
                       .arg(plan.pagesDone())
                       .arg(plan.pagesToDo())
                   + (shards.isEmpty() ? QStringLiteral(".")
                                       : QCoreApplication::translate("quire::cli", " in %n shard(s) of up to %1 pages.", nullptr, int(shards.size()))
                                             .arg(m_options.shardPages)));
        if (shards.isEmpty()) {
            if (!m_options.dryRun) {
                for (const DocumentRecord &record : plan.documents())
                    store.upsertDocument(record);
            }
            printError(scan.documents.isEmpty() ? QCoreApplication::translate("quire::cli", "No PDF or image files found in the given paths.")
                                                : QCoreApplication::translate("quire::cli", "Nothing to submit."));
            stop(scan.documents.isEmpty() ? int(ExitUsage) : m_problems.isEmpty() ? int(ExitOk) : int(ExitSomeFailed));
            return;
        }

        if (m_options.dryRun) {
            const QList<int> existing = folder().batches();
            const int next = existing.isEmpty() ? 1 : existing.last() + 1;
            printOut(QCoreApplication::translate("quire::cli", "# The job array (%1):").arg(QDir::toNativeSeparators(folder().scriptPath(next))));
            printOut(m_slurm.arrayScript(folder(), next, int(shards.size()), m_options.quireCli, run.poolArguments));
            if (m_options.slurm.mergeJob) {
                printOut(QCoreApplication::translate("quire::cli", "# The merge job (%1), submitted with --dependency=afterany:ARRAY_JOB_ID "
                            "--kill-on-invalid-dep=no:")
                             .arg(QDir::toNativeSeparators(folder().mergeScriptPath(next))));
                printOut(m_slurm.mergeScript(folder(), next, m_options.quireCli));
            }
            printError(QCoreApplication::translate("quire::cli", "Dry run: nothing was written or submitted."));
            stop(ExitOk);
            return;
        }

        QString error;
        m_batch.number = folder().createBatch(&error);
        if (m_batch.number == 0) {
            printError(QCoreApplication::translate("quire::cli", "error: %1").arg(error));
            stop(ExitUsage);
            return;
        }
        m_batch.shards = int(shards.size());
        m_batch.pages = plan.pagesToDo();
        m_batch.settingsKey = run.settings.key();
        m_batch.submitted = QDateTime::currentDateTimeUtc();

        // The word list goes with the batch: the nodes need not share the submitter's home.
        PipelineSettings settings = run.settings;
        QStringList words;
        if (!lexicon::knownWords(&store, settings.userWordsFile, &words, &error))
            printError(QCoreApplication::translate("quire::cli", "warning: %1 The shards run without it.").arg(error));
        settings.userWordsFile.clear();
        if (!words.isEmpty()) {
            QSaveFile file(folder().wordsPath(m_batch.number));
            if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
                file.write((words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
                if (file.commit())
                    settings.userWordsFile = folder().wordsPath(m_batch.number);
            }
            if (settings.userWordsFile.isEmpty())
                printError(QCoreApplication::translate("quire::cli", "warning: cannot write the word list %1: %2; the shards run without it.")
                               .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        }
        for (ShardManifest manifest : shards) {
            manifest.settings = settings;
            if (!manifest.write(folder().manifestPath(m_batch.number, manifest.index), &error))
                return abandon(error);
        }
        if (!writeExecutable(folder().scriptPath(m_batch.number),
                             m_slurm.arrayScript(folder(), m_batch.number, m_batch.shards, m_options.quireCli,
                                                 run.poolArguments),
                             &error)
            || (m_options.slurm.mergeJob
                && !writeExecutable(folder().mergeScriptPath(m_batch.number),
                                    m_slurm.mergeScript(folder(), m_batch.number, m_options.quireCli), &error))
            || !folder().writeBatch(m_batch, &error))
            return abandon(error);

        // The main database knows every document and its page count before any shard comes back.
        for (const DocumentRecord &record : plan.documents()) {
            if (store.upsertDocument(record) == 0)
                return abandon(store.errorString());
        }
        store.close();

        QObject::connect(&m_slurm, &SlurmJob::submitted, &m_context,
                         [this](const QString &arrayId, const QString &mergeId, const QString &warning) {
                             submitted(arrayId, mergeId, warning);
                         });
        QObject::connect(&m_slurm, &SlurmJob::failed, &m_context, [this](const QString &message) {
            if (m_batch.arrayJobId.isEmpty())
                abandon(message);
        });
        m_slurm.submit(folder().scriptPath(m_batch.number),
                       m_options.slurm.mergeJob ? folder().mergeScriptPath(m_batch.number) : QString());
    }

    /// Nothing was submitted: say why and remove the batch's files.
    void abandon(const QString &error)
    {
        printError(QCoreApplication::translate("quire::cli", "error: %1").arg(error));
        QString ignored;
        folder().removeBatch(m_batch.number, &ignored);
        stop(ExitUsage);
    }

    void submitted(const QString &arrayId, const QString &mergeId, const QString &warning)
    {
        QObject::disconnect(&m_slurm, nullptr, &m_context, nullptr);
        m_batch.arrayJobId = arrayId;
        m_batch.mergeJobId = mergeId;
        QString error;
        if (!folder().writeBatch(m_batch, &error))
            printError(QCoreApplication::translate("quire::cli", "warning: %1; quire-cli status and merge will not know job %2.").arg(error, arrayId));
        printError(mergeId.isEmpty()
                       ? QCoreApplication::translate("quire::cli", "Submitted job array %1: %n shard(s) of up to %2 pages (files in %3).", nullptr,
                            m_batch.shards)
                             .arg(arrayId)
                             .arg(m_options.shardPages)
                             .arg(QDir::toNativeSeparators(folder().batchPath(m_batch.number)))
                       : QCoreApplication::translate("quire::cli", "Submitted job array %1: %n shard(s) of up to %2 pages (files in %3), and merge job %4 "
                            "after it.",
                            nullptr, m_batch.shards)
                             .arg(arrayId)
                             .arg(m_options.shardPages)
                             .arg(QDir::toNativeSeparators(folder().batchPath(m_batch.number)), mergeId));
        if (!warning.isEmpty())
            printError(QCoreApplication::translate("quire::cli", "warning: %1").arg(warning));
        if (!m_options.wait) {
            printError(QCoreApplication::translate("quire::cli", "Follow it with: quire-cli status --db %1")
                           .arg(QDir::toNativeSeparators(folder().mainDatabase())));
            stop(m_problems.isEmpty() ? ExitOk : ExitSomeFailed);
            return;
        }
        m_printer = std::make_unique<ProgressPrinter>();
        m_timer.start();
        tick();
    }

    BatchSummary currentBatch()
    {
        const QList<BatchSummary> summaries = m_batches.summarize(m_tasks);
        for (const BatchSummary &batch : summaries) {
            if (batch.batch.number == m_batch.number)
                return batch;
        }
        BatchSummary none;
        none.batch = m_batch;
        return none;
    }

    void tick()
    {
        const BatchSummary batch = currentBatch();
        const int finished = batch.finished();
        if (finished > m_finished) {
            m_printer->pageDone(finished - m_finished);
            m_finished = finished;
        }
        for (const ShardState &shard : batch.shards) {
            QStringList lines;
            if (shard.progress) {
                for (const QString &failure : shard.progress->failures)
                    lines << QCoreApplication::translate("quire::cli", "error: shard %1: %2").arg(shard.shard).arg(failure);
            }
            for (const QString &problem : shardProblems(folder(), batch, shard))
                lines << QCoreApplication::translate("quire::cli", "warning: %1").arg(problem);
            for (const QString &line : std::as_const(lines)) {
                if (!m_printed.contains(line)) {
                    m_printed.insert(line);
                    m_printer->message(line);
                }
            }
        }
        RunCounts counts;
        counts.pagesTotal = batch.pages();
        counts.pagesFailed = batch.failed();
        counts.pagesDone = finished - counts.pagesFailed;
        m_printer->update(counts, QCoreApplication::translate("quire::cli", "%1 running, %2 waiting").arg(batch.running()).arg(batch.pending()));

        if (++m_ticks % kPollEveryTicks != 1 || m_slurm.isBusy())
            return;
        askSlurm(&m_slurm, {m_batch.arrayJobId, m_batch.mergeJobId},
                 [this](const std::optional<QList<SlurmTask>> &tasks, const QString &error) {
                     if (!tasks) {
                         if (!m_pollFailing)
                             m_printer->message(QCoreApplication::translate("quire::cli", "warning: %1; still waiting.").arg(error));
                         m_pollFailing = true;
                         return;
                     }
                     m_pollFailing = false;
                     m_tasks = tasks;
                     const BatchSummary now = currentBatch();
                     if (!now.active())
                         finish(now);
                 });
    }

    void finish(const BatchSummary &batch)
    {
        m_timer.stop();
        m_printer->finish();
        if (!m_batch.mergeJobId.isEmpty() && batch.mergeState != QLatin1String("COMPLETED")) {
            printError(QCoreApplication::translate("quire::cli", "warning: the merge job %1 ended %2 (log: %3).")
                           .arg(m_batch.mergeJobId,
                                batch.mergeState.isEmpty() ? QCoreApplication::translate("quire::cli", "unseen") : batch.mergeState,
                                QDir::toNativeSeparators(folder().mergeLogPath(m_batch.number))));
        }
        if (batch.unmerged() > 0) {
            ShardMerger merger;
            if (!merger.open(folder().mainDatabase())) {
                printError(QCoreApplication::translate("quire::cli", "error: %1").arg(merger.errorString()));
                stop(ExitSomeFailed);
                return;
            }
            const MergeOutcome outcome = m_batches.mergeEnded({batch}, &merger);
            printMergeOutcome(outcome);
        }
        Store store;
        if (!openExistingStore(folder().mainDatabase(), store)) {
            stop(ExitSomeFailed);
            return;
        }
        const BatchResult result = m_batches.result(store, currentBatch());
        const double seconds = m_printer->elapsedSeconds();
        printError(QCoreApplication::translate("quire::cli", "Done: %1 pages on the cluster in %2 (%3 pages/min): %4 done, %5 failed, %6 not processed.")
                       .arg(result.pages)
                       .arg(formatDuration(seconds))
                       .arg(seconds > 0 ? result.done * 60.0 / seconds : 0.0, 0, 'f', 1)
                       .arg(result.done)
                       .arg(result.failed)
                       .arg(result.missing));
        const QStringList problems = m_problems + result.problems;
        if (!problems.isEmpty()) {
            printError(QCoreApplication::translate("quire::cli", "%n problem(s):", nullptr, int(problems.size())));
            for (const QString &line : problems)
                printError(QStringLiteral("  ") + line);
        }
        stop(problems.isEmpty() ? ExitOk : ExitSomeFailed);
    }

    SubmitOptions m_options;
    ClusterBatches m_batches;
    SlurmJob m_slurm;
    QObject m_context;
    QTimer m_timer;
    ShardBatch m_batch;
    QStringList m_problems;
    std::unique_ptr<ProgressPrinter> m_printer;
    std::optional<QList<SlurmTask>> m_tasks;
    QSet<QString> m_printed;
    int m_finished = 0;
    int m_ticks = 0;
    bool m_pollFailing = false;
    int m_exitCode = ExitOk;
};

} // namespace

int submitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("OCR files and folders on a Slurm cluster: the pages not done yet are cut into shards, one task of a "
           "job array each, and a merge job brings every shard's database into the main one. Submitting the same "
           "command again does only what is missing or failed. Inputs and the database must be on a file system "
           "the nodes share, and Quire must be installed on the nodes."));
    const QCommandLineOption shardPages(QStringLiteral("shard-pages"),
                                        tr("Pages per shard (default 300): a few hundred keep the scheduler's load "
                                           "low."),
                                        tr("N"), QStringLiteral("300"));
    const QCommandLineOption partition(QStringLiteral("partition"), tr("Slurm partition (sbatch --partition)."),
                                       tr("NAME"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Slurm account (sbatch --account)."),
                                     tr("NAME"));
    const QCommandLineOption time(QStringLiteral("time"),
                                  tr("Time limit of each shard task (sbatch --time, e.g. 2:00:00)."), tr("LIMIT"));
    const QCommandLineOption cpus(QStringLiteral("cpus-per-task"),
                                  tr("CPUs of each shard task; each runs one worker per CPU (default: Slurm's)."),
                                  tr("N"), QStringLiteral("0"));
    const QCommandLineOption maxParallel(QStringLiteral("max-parallel"),
                                         tr("Shard tasks running at once (sbatch --array=...%N; default: no limit)."),
                                         tr("N"), QStringLiteral("0"));
    const QCommandLineOption sbatchArg(QStringLiteral("sbatch-arg"),
                                       tr("One more sbatch option for both jobs, e.g. --sbatch-arg=--mem=8G; may be "
                                          "given several times."),
                                       tr("ARG"));
    const QCommandLineOption jobName(QStringLiteral("job-name"), tr("Job name (default quire)."), tr("NAME"),
                                     QStringLiteral("quire"));
    const QCommandLineOption noMergeJob(QStringLiteral("no-merge-job"),
                                        tr("Submit no merge job; merge with quire-cli merge (or --wait does it)."));
    const QCommandLineOption cli(QStringLiteral("quire-cli"),
                                 tr("The quire-cli the nodes run (default: this one, %1).")
                                     .arg(QDir::toNativeSeparators(QCoreApplication::applicationFilePath())),
                                 tr("PATH"), QCoreApplication::applicationFilePath());
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Plan and print the job scripts; write and submit nothing."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("Show progress until the jobs have ended and the shards are merged."));
    parser.addOptions({shardPages, partition, account, time, cpus, maxParallel, sbatchArg, jobName, noMergeJob, cli,
                       dryRun, wait});

    SubmitOptions options;
    if (const auto exit = parseRunOptions(arguments, &options.run, RunMode::Submit, &parser))
        return *exit;
    const auto pages = intOption(parser, shardPages, 1, 1'000'000);
    const auto cpuCount = intOption(parser, cpus, 0, 4096);
    const auto parallel = intOption(parser, maxParallel, 0, 1'000'000);
    if (!pages || !cpuCount || !parallel)
        return ExitUsage;
    options.shardPages = *pages;
    options.slurm.cpusPerTask = *cpuCount;
    options.slurm.maxParallel = *parallel;
    options.slurm.partition = parser.value(partition);
    options.slurm.account = parser.value(account);
    options.slurm.timeLimit = parser.value(time);
    options.slurm.extraArguments = parser.values(sbatchArg);
    options.slurm.jobName = parser.value(jobName);
    options.slurm.mergeJob = !parser.isSet(noMergeJob);
    options.quireCli = QFileInfo(parser.value(cli)).absoluteFilePath();
    options.dryRun = parser.isSet(dryRun);
    options.wait = parser.isSet(wait);
    options.run.database = QFileInfo(options.run.database).absoluteFilePath();
    if (!QFileInfo(options.quireCli).isExecutable()) {
        printError(tr("warning: --quire-cli %1 is not an executable here; the nodes must have it at that path.")
                       .arg(QDir::toNativeSeparators(options.quireCli)));
    }
    if (std::none_of(options.run.inputs.cbegin(), options.run.inputs.cend(),
                     [](const QString &input) { return QFileInfo::exists(input); })) {
        for (const QString &input : std::as_const(options.run.inputs))
            printError(tr("error: %1 does not exist.").arg(input));
        return ExitUsage;
    }
    Submission submission(options);
    return submission.exec();
}

} // namespace quire::cli
