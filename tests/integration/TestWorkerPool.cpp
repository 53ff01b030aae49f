#include "CliRunner.h"
#include "TestDocuments.h"

#include "pipeline/PipelineSettings.h"
#include "pool/Coordinator.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>
#include <optional>
#include <sys/types.h>

using namespace quire;
using namespace quire::test;

namespace {

constexpr int kDpi = 150;
constexpr int kRunTimeoutMs = 60'000;

/// The generated inputs: a.pdf has 6 scanned pages, b.pdf 3.
struct DocSpec
{
    QString file;
    QString word;
    int pages;
};
const QList<DocSpec> kDocs = {{QStringLiteral("a.pdf"), QStringLiteral("alpha"), 6},
                              {QStringLiteral("b.pdf"), QStringLiteral("bravo"), 3}};

QString pageLine(const QString &word, int page)
{
    return QStringLiteral("This is page number %1 of the %2 file.").arg(page).arg(word);
}

QString pageKey(const QString &file, int page)
{
    return QFileInfo(file).fileName() + QLatin1Char('#') + QString::number(page);
}

QString expectedPhrase(const QString &key)
{
    for (const DocSpec &doc : kDocs) {
        if (key.startsWith(doc.file + QLatin1Char('#')))
            return QStringLiteral("page number %1 of the %2").arg(key.section(QLatin1Char('#'), 1), doc.word);
    }
    return {};
}

PipelineSettings testSettings()
{
    PipelineSettings settings;
    settings.dpi = kDpi;
    settings.openCl = OpenClMode::Off;
    return settings;
}

PoolOptions testOptions(int workers)
{
    PoolOptions options;
    options.workers = workers;
    options.retries = 2;
    options.workerPath = QStringLiteral(QUIRE_WORKER_PATH);
    return options;
}

/// One Coordinator over its own Store, with everything it reports recorded.
struct PoolRun
{
    explicit PoolRun(const QString &databasePath) { opened = store.open(databasePath); }

    void create(const PipelineSettings &settings, const PoolOptions &options)
    {
        coordinator = std::make_unique<Coordinator>(&store, settings, options);
        // Everything but pageSignals is per run.
        pagesThisRun = 0;
        problems.clear();
        lastInfo.clear();
        assignments.clear();
        finishedCount = 0;
        cancelled = false;
        error.clear();
        Coordinator *c = coordinator.get();
        QObject::connect(c, &Coordinator::pageFinished, c,
                         [this](qint64, const QString &path, const PageResult &result) {
                             ++pageSignals[pageKey(path, result.page)];
                             ++pagesThisRun;
                         });
        QObject::connect(c, &Coordinator::workerProblem, c, [this](const QString &message) { problems << message; });
        QObject::connect(c, &Coordinator::workerChanged, c, [this](const WorkerInfo &info) {
            lastInfo[info.id] = info;
            if (info.state == WorkerInfo::State::Busy && info.page > 0)
                assignments << info;
        });
        QObject::connect(c, &Coordinator::finished, c, [this](bool wasCancelled, const QString &message) {
            ++finishedCount;
            cancelled = wasCancelled;
            error = message;
        });
    }

    /// Pages done per worker, from the last report of every worker the run had.
    int pagesByWorkers() const
    {
        int sum = 0;
        for (const WorkerInfo &info : lastInfo)
            sum += info.pagesDone;
        return sum;
    }
    QSet<qint64> pidsThatDidPages() const
    {
        QSet<qint64> pids;
        for (const WorkerInfo &info : lastInfo) {
            if (info.pagesDone > 0)
                pids << info.pid;
        }
        return pids;
    }
    /// A worker busy with a page (not a probe) right now.
    std::optional<WorkerInfo> busyWorker() const
    {
        for (const WorkerInfo &info : coordinator->workers()) {
            if (info.state == WorkerInfo::State::Busy && info.page > 0 && info.pid > 0)
                return info;
        }
        return std::nullopt;
    }
    bool anyBusy() const
    {
        const QList<WorkerInfo> workers = coordinator->workers();
        return std::any_of(workers.cbegin(), workers.cend(),
                           [](const WorkerInfo &info) { return info.state == WorkerInfo::State::Busy; });
    }
    QString problemsText() const { return problems.join(QLatin1Char('\n')); }

    Store store; // outlives the coordinator
    bool opened = false;
    std::unique_ptr<Coordinator> coordinator;
    QHash<QString, int> pageSignals; ///< "a.pdf#3" → pageFinished signals, over every run on this store
    int pagesThisRun = 0;
    QStringList problems;
    QHash<int, WorkerInfo> lastInfo;
    QList<WorkerInfo> assignments; ///< Every page assignment, in order.
    int finishedCount = 0;
    bool cancelled = false;
    QString error;
};

/// Every page of every input stored exactly once, reported finished exactly
/// once, the ones in @p failures failed with all the given reason fragments,
/// the others done with their own text. Returns what is wrong, empty if nothing.
QString checkDatabase(PoolRun &run, const QHash<QString, QStringList> &failures = {})
{
    QStringList wrong;
    QHash<QString, StoredPage> stored;
    QHash<QString, QString> hashOf;
    run.store.forEachPage([&](const StoredPage &page) {
        const QString key = pageKey(page.documentPath, page.result.page);
        if (page.result.page <= 0)
            wrong << QStringLiteral("%1 failed as a document: %2").arg(page.documentPath, page.result.error);
        else if (stored.contains(key))
            wrong << QStringLiteral("%1 is stored twice").arg(key);
        stored.insert(key, page);
        return true;
    });
    for (const DocumentRecord &document : run.store.documents())
        hashOf.insert(QFileInfo(document.path).fileName(), document.contentHash);

    int expectedPages = 0;
    for (const DocSpec &doc : kDocs) {
        const QHash<int, int> failedAttempts = run.store.failedPageAttempts(hashOf.value(doc.file),
                                                                            testSettings().key());
        for (int page = 1; page <= doc.pages; ++page) {
            ++expectedPages;
            const QString key = pageKey(doc.file, page);
            if (run.pageSignals.value(key) != 1)
                wrong << QStringLiteral("%1 was reported finished %2 times").arg(key).arg(run.pageSignals.value(key));
            if (!stored.contains(key)) {
                wrong << QStringLiteral("%1 is missing from the database").arg(key);
                continue;
            }
            const PageResult &result = stored.value(key).result;
            if (failures.contains(key)) {
                if (result.status != PageStatus::Failed) {
                    wrong << QStringLiteral("%1 should have failed but is %2").arg(key, toString(result.status));
                    continue;
                }
                for (const QString &fragment : failures.value(key)) {
                    if (!result.error.contains(fragment))
                        wrong << QStringLiteral("%1: the reason '%2' lacks '%3'").arg(key, result.error, fragment);
                }
                if (failedAttempts.value(page) != 1)
                    wrong << QStringLiteral("%1: written %2 times").arg(key).arg(failedAttempts.value(page));
            } else if (result.status != PageStatus::Done) {
                wrong << QStringLiteral("%1 failed: %2").arg(key, result.error);
            } else if (!simplified(result.text).contains(expectedPhrase(key))) {
                wrong << QStringLiteral("%1 has the wrong text: '%2'").arg(key, simplified(result.text));
            }
        }
    }
    if (stored.size() != expectedPages)
        wrong << QStringLiteral("%1 pages stored, %2 expected").arg(stored.size()).arg(expectedPages);
    return wrong.join(QLatin1Char('\n'));
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestWorkerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoWorkersShareTheWork();
    void crashingPageIsQuarantined();
    void crashOnceSucceedsOnRetry();
    void hangingPageTimesOut();
    void stoppedWorkerIsReplaced();
    void killedWorkersPageIsRetried();
    void leakingWorkerIsRecycled();
    void workerMemoryIsCapped();
    void workerCountChangesWhileRunning();
    void workerCountSetWhileScanning();
    void pauseHoldsAndResumeCompletes();
    void cancelKeepsWholePagesAndResumes();
    void missingWorkerBinaryIsAnError();
    void missingLanguageIsAnError();
    void cliWritesStatsAndSameTextWithOneOrTwoWorkers();
    void cliWorkersInheritFaults();

private:
    QString newDatabase(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    QTemporaryDir m_dir;
    QStringList m_inputs;
    qint64 m_normalRssKb = 0; ///< Largest worker RSS seen after a normal page.
};

void TestWorkerPool::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString folder = m_dir.filePath(QStringLiteral("docs"));
    QVERIFY(QDir().mkpath(folder));
    for (const DocSpec &doc : kDocs) {
        QList<QStringList> pages;
        for (int page = 1; page <= doc.pages; ++page)
            pages << QStringList{pageLine(doc.word, page)};
        const QString path = folder + QLatin1Char('/') + doc.file;
        QVERIFY(writeScannedPdf(path, pages, kDpi));
        m_inputs << path;
    }
}

void TestWorkerPool::twoWorkersShareTheWork()
{
    PoolRun run(newDatabase(QStringLiteral("two")));
    QVERIFY(run.opened);
    run.create(testSettings(), testOptions(2));
    QSignalSpy finished(run.coordinator.get(), &Coordinator::finished);
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY(!run.cancelled);

    const QString wrong = checkDatabase(run);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const RunCounts counts = run.coordinator->run().counts();
    QCOMPARE(counts.pagesTotal, 9);
    QCOMPARE(counts.pagesDone, 9);
    QCOMPARE(counts.pagesFailed, 0);
    QCOMPARE(run.pagesByWorkers(), 9);
    QCOMPARE(run.coordinator->restarts(), 0);
    QVERIFY2(run.problems.isEmpty(), qPrintable(run.problemsText()));

    // Pull-based dispatch: both workers took pages, and both took pages of the long document.
    QCOMPARE(run.pidsThatDidPages().size(), 2);
    QSet<qint64> pidsOnA;
    for (const WorkerInfo &assignment : std::as_const(run.assignments)) {
        if (assignment.document == QLatin1String("a.pdf"))
            pidsOnA << assignment.pid;
    }
    QCOMPARE(pidsOnA.size(), 2);

    for (const WorkerInfo &info : std::as_const(run.lastInfo))
        m_normalRssKb = std::max(m_normalRssKb, info.residentKb);
    qInfo("worker RSS after normal pages: %lld MB; run took %lld ms", m_normalRssKb / 1024,
          run.coordinator->elapsedMs());
    QVERIFY(m_normalRssKb > 0);

    // No worker outlives its coordinator.
    run.coordinator.reset();
    for (const WorkerInfo &info : std::as_const(run.lastInfo))
        QVERIFY2(::kill(pid_t(info.pid), 0) != 0, qPrintable(QStringLiteral("worker %1 still runs").arg(info.pid)));
}

void TestWorkerPool::crashingPageIsQuarantined()
{
    PoolRun run(newDatabase(QStringLiteral("crash")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(2);
    options.retries = 2;
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=crash@a.pdf:3");
    run.create(testSettings(), options);
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const QString wrong = checkDatabase(
        run, {{QStringLiteral("a.pdf#3"), {QStringLiteral("a.pdf, page 3"), QStringLiteral("crashed"),
                                           QStringLiteral("3 times"), QStringLiteral("quarantined")}}});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const RunCounts counts = run.coordinator->run().counts();
    QCOMPARE(counts.pagesDone, 8);
    QCOMPARE(counts.pagesFailed, 1);
    // First try plus two retries, each killing its worker.
    const QStringList crashes = run.problems.filter(QStringLiteral("crashed on a.pdf, page 3"));
    QVERIFY2(crashes.size() == 3, qPrintable(run.problemsText()));
    QVERIFY2(crashes.last().contains(QStringLiteral("attempt 3 of 3")), qPrintable(run.problemsText()));
    // The workers that crashed on the first two attempts were replaced; the last crash may end the run.
    QVERIFY2(run.coordinator->restarts() >= 2, qPrintable(run.problemsText()));
}

void TestWorkerPool::crashOnceSucceedsOnRetry()
{
    QTemporaryDir markers;
    QVERIFY(markers.isValid());
    PoolRun run(newDatabase(QStringLiteral("crashonce")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(2);
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=crashonce@a.pdf:2")
                             << QStringLiteral("QUIRE_WORKER_FAULT_DIR=") + markers.path();
    run.create(testSettings(), options);
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const QString wrong = checkDatabase(run); // a.pdf#2 done with its own text
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QVERIFY(QFileInfo::exists(markers.filePath(QStringLiteral("a.pdf:2.crashed"))));
    QVERIFY2(run.problems.size() == 1 && run.problems.constFirst().contains(QStringLiteral("crashed on a.pdf, page 2")),
             qPrintable(run.problemsText()));
    QCOMPARE(run.coordinator->restarts(), 1);
    QCOMPARE(run.coordinator->run().counts().pagesDone, 9);
}

void TestWorkerPool::hangingPageTimesOut()
{
    PoolRun run(newDatabase(QStringLiteral("hang")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(2);
    options.retries = 1;
    options.pageTimeoutMs = 3000;
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=hang@a.pdf:2");
    run.create(testSettings(), options);
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const QString wrong = checkDatabase(
        run, {{QStringLiteral("a.pdf#2"), {QStringLiteral("a.pdf, page 2"), QStringLiteral("page timeout (3 s)"),
                                           QStringLiteral("2 times"), QStringLiteral("quarantined")}}});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const QStringList timeouts =
        run.problems.filter(QStringLiteral("took longer than the page timeout (3 s) on a.pdf, page 2"));
    QVERIFY2(timeouts.size() == 2, qPrintable(run.problemsText()));
    // The first hung worker is replaced; the last one may end the run, with nothing left to replace it for.
    QVERIFY2(run.coordinator->restarts() >= 1, qPrintable(run.problemsText()));
}

void TestWorkerPool::stoppedWorkerIsReplaced()
{
    PoolRun run(newDatabase(QStringLiteral("sigstop")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(2);
    options.heartbeatTimeoutMs = 3000;
    run.create(testSettings(), options);
    run.coordinator->start(m_inputs);

    QTRY_VERIFY_WITH_TIMEOUT(run.busyWorker().has_value(), kRunTimeoutMs);
    const WorkerInfo victim = *run.busyWorker();
    QCOMPARE(::kill(pid_t(victim.pid), SIGSTOP), 0);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const QString wrong = checkDatabase(run);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // Detected by its silence, killed and replaced; the page it held was done by another worker.
    const QStringList silent = run.problems.filter(QStringLiteral("stopped responding"));
    QVERIFY2(silent.size() == 1, qPrintable(run.problemsText()));
    QVERIFY2(silent.constFirst().startsWith(QStringLiteral("Worker %1 ").arg(victim.id)),
             qPrintable(silent.constFirst()));
    const QRegularExpressionMatch page =
        QRegularExpression(QStringLiteral("on (\\S+), page (\\d+)")).match(silent.constFirst());
    QVERIFY2(page.hasMatch(), qPrintable(silent.constFirst()));
    QCOMPARE(run.pageSignals.value(pageKey(page.captured(1), page.captured(2).toInt())), 1);
    QCOMPARE(run.coordinator->restarts(), 1);
    QVERIFY(!run.pidsThatDidPages().isEmpty());
    QVERIFY2(::kill(pid_t(victim.pid), 0) != 0, "the stopped worker must have been killed");
}

void TestWorkerPool::killedWorkersPageIsRetried()
{
    PoolRun run(newDatabase(QStringLiteral("sigkill")));
    QVERIFY(run.opened);
    run.create(testSettings(), testOptions(2));
    run.coordinator->start(m_inputs);

    QTRY_VERIFY_WITH_TIMEOUT(run.busyWorker().has_value(), kRunTimeoutMs);
    const WorkerInfo victim = *run.busyWorker();
    QCOMPARE(::kill(pid_t(victim.pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const QString wrong = checkDatabase(run); // the killed worker's page ends done
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const QStringList crashed = run.problems.filter(QStringLiteral("Worker %1 crashed").arg(victim.id));
    QVERIFY2(crashed.size() == 1, qPrintable(run.problemsText()));
    QCOMPARE(run.coordinator->restarts(), 1);
    QCOMPARE(run.coordinator->run().counts().pagesDone, 9);
}

void TestWorkerPool::leakingWorkerIsRecycled()
{
    if (m_normalRssKb == 0) { // run on its own: measure a worker first
        PoolRun probe(newDatabase(QStringLiteral("rss")));
        QVERIFY(probe.opened);
        probe.create(testSettings(), testOptions(1));
        probe.coordinator->start({m_inputs.at(1)});
        QTRY_COMPARE_WITH_TIMEOUT(probe.finishedCount, 1, kRunTimeoutMs);
        m_normalRssKb = probe.lastInfo.value(1).residentKb;
        QVERIFY(m_normalRssKb > 0);
    }
    PoolRun run(newDatabase(QStringLiteral("leak")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(1);
    // Above what a worker normally holds, below that plus the 200 MB the fault keeps.
    options.maxWorkerResidentKb = m_normalRssKb + 100 * 1024;
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=leak@a.pdf:1");
    run.create(testSettings(), options);
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));

    const QString wrong = checkDatabase(run);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(run.coordinator->restarts(), 1);
    QVERIFY2(run.problems.size() == 1, qPrintable(run.problemsText()));
    QVERIFY2(run.problems.constFirst().contains(QStringLiteral(" MB of memory after a.pdf, page 1")),
             qPrintable(run.problemsText()));
    // The leaking worker did that one page and left; its replacement did the rest.
    QCOMPARE(run.lastInfo.size(), 2);
    QCOMPARE(run.lastInfo.value(1).pagesDone, 1);
    QVERIFY(run.lastInfo.value(1).residentKb > options.maxWorkerResidentKb);
    QCOMPARE(run.lastInfo.value(2).pagesDone, 8);
    QVERIFY(run.lastInfo.value(2).residentKb < options.maxWorkerResidentKb);
}

void TestWorkerPool::workerMemoryIsCapped()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("Under AddressSanitizer the workers run without a memory limit (its shadow memory would count).");
#endif
    QTemporaryDir markers;
    QVERIFY(markers.isValid());
    PoolRun run(newDatabase(QStringLiteral("hog")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(1);
    options.maxWorkerResidentKb = 256 * 1024; // the limit: 1 GiB, the floor
    QCOMPARE(Coordinator::workerMemoryLimitKb(options), qint64(1024 * 1024));
    QCOMPARE(Coordinator::workerMemoryLimitKb(PoolOptions{}), qint64(4 * 1024 * 1024));
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=hog@b.pdf:1")
                             << QStringLiteral("QUIRE_WORKER_FAULT_DIR=") + markers.path();
    run.create(testSettings(), options);
    run.coordinator->start({m_inputs.at(1)});
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    // 2 GiB asked for and refused: the worker goes on with its pages.
    QFile marker(markers.filePath(QStringLiteral("b.pdf:1.hog")));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QCOMPARE(marker.readAll(), QByteArray("refused"));
    QCOMPARE(run.coordinator->run().counts().pagesFailed, 0);
    QCOMPARE(run.coordinator->restarts(), 0);
}

void TestWorkerPool::workerCountChangesWhileRunning()
{
    PoolRun run(newDatabase(QStringLiteral("resize")));
    QVERIFY(run.opened);
    // Every page takes two seconds longer, so that pages are left for after
    // the shrink however long the second worker takes to start (a sanitized
    // worker takes seconds).
    PoolOptions options = testOptions(1);
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    QStringList slow;
    for (int page = 1; page <= 6; ++page)
        slow << QStringLiteral("slow@a.pdf:%1").arg(page);
    for (int page = 1; page <= 3; ++page)
        slow << QStringLiteral("slow@b.pdf:%1").arg(page);
    options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=") + slow.join(QLatin1Char(';'));
    run.create(testSettings(), options);
    QSignalSpy countChanged(run.coordinator.get(), &Coordinator::workerCountChanged);
    run.coordinator->start(m_inputs);

    QTRY_VERIFY_WITH_TIMEOUT(run.pagesThisRun >= 1, kRunTimeoutMs);
    QCOMPARE(run.coordinator->workers().size(), 1);
    run.coordinator->setWorkerCount(2);
    QCOMPARE(run.coordinator->workerCount(), 2);
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(run.coordinator->workers().size(), 2);

    // The newcomer takes pages while the first keeps going.
    QTRY_VERIFY_WITH_TIMEOUT(run.pidsThatDidPages().size() == 2 || run.finishedCount > 0, kRunTimeoutMs);
    QVERIFY2(run.finishedCount == 0, "the run ended before the second worker did a page; make the inputs longer");
    run.coordinator->setWorkerCount(1);
    QCOMPARE(countChanged.count(), 2);
    const qsizetype assignedBefore = run.assignments.size();

    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QString wrong = checkDatabase(run);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(run.pidsThatDidPages().size(), 2);
    QCOMPARE(run.pagesByWorkers(), 9);
    QCOMPARE(run.coordinator->restarts(), 0);
    QVERIFY2(run.problems.isEmpty(), qPrintable(run.problemsText()));
    // After the shrink only one worker was given new pages: the surplus one left after its page.
    QSet<int> assignedAfter;
    for (qsizetype i = assignedBefore; i < run.assignments.size(); ++i)
        assignedAfter << run.assignments.at(i).id;
    QVERIFY2(assignedAfter.size() <= 1, "a retiring worker was given another page");
    QVERIFY2(run.assignments.size() > assignedBefore, "no pages were left after the shrink");
}

void TestWorkerPool::workerCountSetWhileScanning()
{
    // A slider moved while the inputs are still being hashed: the pool grows to the new
    // count once, and the run does not end before it has even begun.
    PoolRun run(newDatabase(QStringLiteral("resize-early")));
    QVERIFY(run.opened);
    run.create(testSettings(), testOptions(1));
    run.coordinator->start(m_inputs);
    run.coordinator->setWorkerCount(2); // the scan result arrives through the event loop, after this
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QString wrong = checkDatabase(run);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(run.lastInfo.size(), 2); // two workers were started, not 1 + 2
    QCOMPARE(run.pagesByWorkers(), 9);
}

void TestWorkerPool::pauseHoldsAndResumeCompletes()
{
    PoolRun run(newDatabase(QStringLiteral("pause")));
    QVERIFY(run.opened);
    run.create(testSettings(), testOptions(2));
    QSignalSpy pages(run.coordinator.get(), &Coordinator::pageFinished);
    run.coordinator->start(m_inputs);

    QTRY_VERIFY_WITH_TIMEOUT(run.pagesThisRun >= 1, kRunTimeoutMs);
    run.coordinator->pause();
    QVERIFY(run.coordinator->isPaused());
    // Pages in flight finish; then nothing starts.
    QTRY_VERIFY_WITH_TIMEOUT(!run.anyBusy(), kRunTimeoutMs);
    const int heldAt = run.pagesThisRun;
    const qsizetype assignedAt = run.assignments.size();
    QVERIFY2(heldAt < 9, "the run finished before the pause took hold");
    QVERIFY(!pages.wait(1500)); // no page finishes while paused
    QCOMPARE(run.pagesThisRun, heldAt);
    QCOMPARE(run.assignments.size(), assignedAt);
    QCOMPARE(run.finishedCount, 0);
    QVERIFY(run.coordinator->isRunning());

    run.coordinator->resume();
    QVERIFY(!run.coordinator->isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const QString wrong = checkDatabase(run);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

void TestWorkerPool::cancelKeepsWholePagesAndResumes()
{
    PoolRun run(newDatabase(QStringLiteral("cancel")));
    QVERIFY(run.opened);
    run.create(testSettings(), testOptions(2));
    run.coordinator->start(m_inputs);

    QTRY_VERIFY_WITH_TIMEOUT(run.pagesThisRun >= 2, kRunTimeoutMs);
    run.coordinator->cancel();
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.cancelled);
    QVERIFY(run.error.isEmpty());
    QVERIFY(!run.coordinator->isRunning());
    const int firstDone = run.coordinator->run().counts().pagesDone;
    QVERIFY2(firstDone < 9, "the run finished before it could be cancelled");
    QCOMPARE(firstDone, run.pagesThisRun);

    // Only whole pages are stored, each with its own text.
    int stored = 0;
    QStringList wrongText;
    run.store.forEachPage([&](const StoredPage &page) {
        ++stored;
        const QString key = pageKey(page.documentPath, page.result.page);
        if (page.result.status != PageStatus::Done || !simplified(page.result.text).contains(expectedPhrase(key)))
            wrongText << key + QStringLiteral(": ") + page.result.text;
        return true;
    });
    QCOMPARE(stored, firstDone);
    QVERIFY2(wrongText.isEmpty(), qPrintable(wrongText.join(QLatin1Char('\n'))));

    // A second run over the same inputs does the rest, once.
    run.coordinator.reset();
    run.create(testSettings(), testOptions(2));
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY(!run.cancelled);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const RunCounts counts = run.coordinator->run().counts();
    QCOMPARE(counts.pagesSkipped, firstDone);
    QCOMPARE(counts.pagesDone, 9 - firstDone);
    QCOMPARE(run.pagesThisRun, 9 - firstDone);
    const QString wrong = checkDatabase(run); // pageSignals counts both runs
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

void TestWorkerPool::missingWorkerBinaryIsAnError()
{
    PoolRun run(newDatabase(QStringLiteral("nobinary")));
    QVERIFY(run.opened);
    PoolOptions options = testOptions(2);
    options.workerPath = m_dir.filePath(QStringLiteral("no-such-quire-worker"));
    run.create(testSettings(), options);
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY(!run.cancelled);
    QVERIFY2(run.error.contains(options.workerPath), qPrintable(run.error));
    QVERIFY2(run.error.contains(QStringLiteral("could not be started")), qPrintable(run.error));
    QVERIFY(!run.coordinator->isRunning());
    QCOMPARE(run.pagesThisRun, 0);
}

void TestWorkerPool::missingLanguageIsAnError()
{
    PoolRun run(newDatabase(QStringLiteral("nolanguage")));
    QVERIFY(run.opened);
    PipelineSettings settings = testSettings();
    settings.languages = QStringLiteral("qqq");
    run.create(settings, testOptions(2));
    run.coordinator->start(m_inputs);
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount, 1, kRunTimeoutMs);
    QVERIFY(!run.cancelled);
    QVERIFY2(run.error.contains(QStringLiteral("'qqq'")), qPrintable(run.error));
    QVERIFY2(run.error.contains(QStringLiteral("not installed")), qPrintable(run.error));
    QCOMPARE(run.pagesThisRun, 0);
    int stored = 0;
    run.store.forEachPage([&stored](const StoredPage &page) {
        stored += page.result.page > 0 ? 1 : 0;
        return true;
    });
    QCOMPARE(stored, 0);
}

void TestWorkerPool::cliWritesStatsAndSameTextWithOneOrTwoWorkers()
{
    const QString input = m_inputs.at(1); // b.pdf, 3 pages
    QStringList texts[2];
    for (int workers : {1, 2}) {
        const QString name = QStringLiteral("cli%1").arg(workers);
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        const QString stats = m_dir.filePath(name + QStringLiteral("-stats.csv"));
        const CliResult result = runCli({QStringLiteral("run"), QStringLiteral("--db"), newDatabase(name),
                                         QStringLiteral("--dpi"), QString::number(kDpi), QStringLiteral("--opencl"),
                                         QStringLiteral("off"), QStringLiteral("--workers"), QString::number(workers),
                                         QStringLiteral("--export-csv"), csv, QStringLiteral("--stats"), stats, input},
                                        120'000);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const QList<QStringList> samples = parseCsv(readFile(stats));
        QVERIFY2(samples.size() >= 2, qPrintable(readFile(stats)));
        QCOMPARE(samples.constFirst().join(QLatin1Char(',')),
                 QStringLiteral("seconds,workers,pages_done,pages_failed,pages_per_min_window,pages_per_min_overall"));
        for (qsizetype i = 1; i < samples.size(); ++i) {
            QCOMPARE(samples.at(i).size(), 6);
            QCOMPARE(samples.at(i).value(1).toInt(), workers);
            for (const QString &field : samples.at(i)) {
                bool ok = false;
                field.toDouble(&ok);
                QVERIFY2(ok, qPrintable(samples.at(i).join(QLatin1Char(','))));
            }
        }
        const QStringList last = samples.constLast(); // the closing sample sees every page
        QCOMPARE(last.value(2).toInt(), 3);
        QCOMPARE(last.value(3).toInt(), 0);
        QVERIFY(last.value(5).toDouble() > 0);

        const QList<QStringList> rows = parseCsv(readFile(csv));
        QCOMPARE(rows.size(), 4);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.value(3), QStringLiteral("done"));
            texts[workers - 1] << QFileInfo(row.value(0)).fileName() + QLatin1Char('#') + row.value(1)
                                      + QLatin1Char(' ') + simplified(row.value(6));
        }
        QVERIFY2(texts[workers - 1].constFirst().contains(QStringLiteral("page number 1 of the bravo")),
                 qPrintable(texts[workers - 1].join(QLatin1Char('\n'))));
    }
    QCOMPARE(texts[1], texts[0]);
}

void TestWorkerPool::cliWorkersInheritFaults()
{
    // quire-cli's workers inherit its environment, so faults reach them from
    // outside (QUIRE_WORKER points it at the tests' faulty worker).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_WORKER_FAULTS"), QStringLiteral("crash@b.pdf:2"));
    environment.insert(QStringLiteral("QUIRE_WORKER"), QStringLiteral(QUIRE_FAULTY_WORKER_PATH));
    const CliResult result = runCli(
        {QStringLiteral("run"), QStringLiteral("--db"), newDatabase(QStringLiteral("clifault")),
         QStringLiteral("--dpi"), QString::number(kDpi), QStringLiteral("--opencl"), QStringLiteral("off"),
         QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--retries"), QStringLiteral("0"),
         m_inputs.at(1)}, 120'000, environment);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("b.pdf, page 2: the worker crashed on this page")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("quarantined")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("2 recognized, 0 blank, 1 failed")), qPrintable(result.err));
}

QTEST_MAIN(TestWorkerPool)
#include "TestWorkerPool.moc"
