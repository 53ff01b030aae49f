#include "Mutator.h"
#include "TestDocuments.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

using namespace quire::test;

namespace {

QString corpusDir()
{
    return QStringLiteral(QUIRE_CORPUS_DIR);
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

/// File names a person might have: spaces, quotes, markup, formula
/// starters, non-Latin letters. Never a newline (the verdict is one line).
const QStringList kOddNames = {
    QStringLiteral("case %1"),
    QStringLiteral("case-%1 \"quoted\" 'single'"),
    QStringLiteral("<script>alert(%1)</script>"),
    QStringLiteral("=cmd %1"),
    QStringLiteral("-%1 leading dash"),
    QStringLiteral("caso %1 ñandú ünïcödé 文件"),
    QStringLiteral("case%1 &amp; %%s %%n"),
};

/// What one child run told.
struct Outcome
{
    int caseNumber = -1; ///< -1 for a file run as it is (seeds, regressions).
    QString file;        ///< The file the child read.
    QString origin;      ///< The seed file and the mutations, to replay the case.
    QString problem;     ///< Empty when the case ended in a result or a clear error.
    qint64 ms = 0;
    bool opened = false; ///< The verdict was "ok" (the mutant still opened).
    QString slow;        ///< The decoding step the child was stopped in after the time limit.
};

/// Runs quire-fuzz-document on @p path and judges what it did.
Outcome runChild(const QString &path, int timeoutMs)
{
    Outcome outcome;
    outcome.file = path;
    QElapsedTimer clock;
    clock.start();
    QProcess child;
    child.start(QStringLiteral(QUIRE_FUZZ_TOOL_PATH), {path});
    if (!child.waitForStarted()) {
        outcome.problem = QStringLiteral("quire-fuzz-document did not start: %1").arg(child.errorString());
        return outcome;
    }
    if (!child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished();
        outcome.ms = clock.elapsed();
        // Where it was: a page that Poppler or an image decoder takes this
        // long over (a decompression bomb, say) is what the pool's page and
        // heartbeat timeouts stop and quarantine in a run; anywhere else, a
        // hang in Quire's own code.
        QString stage;
        for (const QString &line : QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("stage ")))
                stage = line.mid(6);
        }
        static const QStringList decoderStages = {QStringLiteral("probe"), QStringLiteral("textlayer"),
                                                  QStringLiteral("render"), QStringLiteral("job"),
                                                  QStringLiteral("thumbnail")};
        if (decoderStages.contains(stage.section(QLatin1Char(' '), 0, 0)))
            outcome.slow = stage;
        else
            outcome.problem = QStringLiteral("no verdict within %1 s, in stage '%2' (a hang)").arg(timeoutMs / 1000).arg(stage);
        return outcome;
    }
    outcome.ms = clock.elapsed();
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString last = lines.isEmpty() ? QString() : lines.last();
    const QString tail = QStringLiteral("\n  last output: %1\n  stderr: %2").arg(last, err.right(1500));
    if (child.exitStatus() == QProcess::CrashExit) {
        outcome.problem = QStringLiteral("crashed (signal %1)").arg(child.exitCode()) + tail;
        return outcome;
    }
    if (err.contains(QLatin1String("Sanitizer")) || err.contains(QLatin1String("runtime error:"))) {
        outcome.problem = QStringLiteral("sanitizer report") + tail;
        return outcome;
    }
    if (child.exitCode() != 0) {
        outcome.problem = QStringLiteral("exited with code %1").arg(child.exitCode()) + tail;
        return outcome;
    }
    if (!last.startsWith(QLatin1String("ok ")) && !last.startsWith(QLatin1String("error: "))) {
        outcome.problem = QStringLiteral("no verdict") + tail;
        return outcome;
    }
    outcome.opened = last.startsWith(QLatin1String("ok "));
    // Every error a person could read names the file.
    const QString name = QFileInfo(path).fileName();
    for (const QString &line : lines) {
        const bool isError = line.startsWith(QLatin1String("error: ")) || line.contains(QLatin1String(" error: "));
        if (isError && !line.contains(name) && !line.startsWith(QLatin1String("error: setup"))
            && !line.startsWith(QLatin1String("stage "))) {
            outcome.problem = QStringLiteral("an error that does not name the file: %1").arg(line);
            return outcome;
        }
        if (line.contains(QLatin1String(" clean failed: "))) {
            outcome.problem = QStringLiteral("cleanup failed on a page that rendered: %1").arg(line);
            return outcome;
        }
    }
    return outcome;
}

/// Runs @p count jobs on @p threads threads; job(i) must be thread-safe.
void runParallel(int count, int threads, const std::function<void(int)> &job)
{
    std::atomic<int> next{0};
    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 0; t < std::max(1, threads); ++t) {
        pool.emplace_back(QThread::create([&] {
            for (int i = next++; i < count; i = next++)
                job(i);
        }));
        pool.back()->start();
    }
    for (auto &thread : pool)
        thread->wait();
}

QString report(const QList<Outcome> &failures)
{
    QStringList lines;
    for (const Outcome &failure : failures.mid(0, 10)) {
        lines << QStringLiteral("%1: %2\n  from: %3\n  %4")
                     .arg(failure.caseNumber >= 0 ? QStringLiteral("case %1").arg(failure.caseNumber)
                                                  : QStringLiteral("file"),
                          failure.file, failure.origin, failure.problem);
    }
    if (failures.size() > 10)
        lines << QStringLiteral("... and %1 more").arg(failures.size() - 10);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// A seeded mutator over the corpus PDFs and images (or, without the
/// corpus, over generated documents) drives open, probe, text layer, render,
/// cleanup and thumbnail in a child process. Each case must end in a result
/// or a clear error naming the file, within a time limit: a crash, a
/// sanitizer report or a hang fails the test, naming the seed and case so
/// that it can be replayed and kept in tests/data/fuzz-regressions/.
///
/// QUIRE_FUZZ_CASES (default 300), QUIRE_FUZZ_SEED (default 1),
/// QUIRE_FUZZ_ONLY (run one case), QUIRE_FUZZ_TIMEOUT (seconds per case,
/// default 30, the pool's heartbeat timeout: a worker silent for that long
/// inside Poppler or an image decoder is killed, and its page quarantined
/// after the retries; such cases are listed as slow, not failed), QUIRE_FUZZ_JOBS (children at once, default one per core),
/// QUIRE_FUZZ_KEEP (folder to keep every failing case in; default
/// $TMPDIR/quire-fuzz-findings).
class TestFuzzDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regressionsEndCleanly();
    void mutantsEndCleanly();

private:
    QTemporaryDir m_dir;
    QStringList m_seeds;
    int m_timeoutMs = 30'000;
    int m_jobs = 2;
};

void TestFuzzDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_timeoutMs = envInt("QUIRE_FUZZ_TIMEOUT", 30) * 1000;
    m_jobs = envInt("QUIRE_FUZZ_JOBS", QThread::idealThreadCount());
    if (!corpusDir().isEmpty() && QFileInfo(corpusDir() + QStringLiteral("/robustness")).isDir()) {
        for (const QString &folder : {QStringLiteral("/robustness"), QStringLiteral("/groundtruth")}) {
            QDirIterator it(corpusDir() + folder,
                            {QStringLiteral("*.pdf"), QStringLiteral("*.png"), QStringLiteral("*.tif"),
                             QStringLiteral("*.jpg")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                m_seeds << it.next();
        }
    } else {
        qInfo("The shared corpus is not available (QUIRE_CORPUS_DIR): mutating generated documents only.");
    }
    // Generated documents of every kind, so that each format is fuzzed even without the corpus.
    const QList<QStringList> pages = {{QStringLiteral("Fuzzing starts from a well formed page."),
                                       QStringLiteral("Second line of text.")},
                                      {QStringLiteral("Page two.")}};
    const QString text = m_dir.filePath(QStringLiteral("seed-text.pdf"));
    const QString scanned = m_dir.filePath(QStringLiteral("seed-scanned.pdf"));
    const QString tiff = m_dir.filePath(QStringLiteral("seed-pages.tif"));
    const QString png = m_dir.filePath(QStringLiteral("seed-page.png"));
    const QString jpeg = m_dir.filePath(QStringLiteral("seed-page.jpg"));
    QVERIFY(writeTextPdf(text, pages));
    QVERIFY(writeScannedPdf(scanned, pages, 100));
    QVERIFY(writeMultiPageTiff(tiff, pages, 100));
    QVERIFY(writePngWithoutResolution(png, makeTextImage(pages.first(), 100)));
    QVERIFY(makeTextImage(pages.first(), 100).save(jpeg, "JPEG"));
    m_seeds << text << scanned << tiff << png << jpeg;
    m_seeds.sort();
}

void TestFuzzDocuments::regressionsEndCleanly()
{
    QDirIterator it(QStringLiteral(QUIRE_TEST_DATA_DIR "/fuzz-regressions"), QDir::Files);
    QStringList files;
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(QLatin1String(".md")))
            files << file;
    }
    QVERIFY2(!files.isEmpty(), "tests/data/fuzz-regressions holds no cases");
    QList<Outcome> failures;
    QMutex mutex;
    runParallel(int(files.size()), m_jobs, [&](int i) {
        const Outcome outcome = runChild(files.at(i), m_timeoutMs);
        if (!outcome.problem.isEmpty()) {
            const QMutexLocker lock(&mutex);
            failures << outcome;
        }
    });
    qInfo("%d regression cases", int(files.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

void TestFuzzDocuments::mutantsEndCleanly()
{
    const int cases = envInt("QUIRE_FUZZ_CASES", 300);
    const quint64 seed = quint64(envInt("QUIRE_FUZZ_SEED", 1));
    const int only = envInt("QUIRE_FUZZ_ONLY", -1);
    QString keep = qEnvironmentVariable("QUIRE_FUZZ_KEEP");
    if (keep.isEmpty())
        keep = QDir::temp().filePath(QStringLiteral("quire-fuzz-findings"));

    QList<Outcome> failures;
    QStringList slow;
    QMutex mutex;
    std::atomic<int> opened{0};
    std::atomic<qint64> totalMs{0};
    QElapsedTimer clock;
    clock.start();
    const int first = only >= 0 ? only : 0;
    const int count = only >= 0 ? 1 : cases;
    runParallel(count, m_jobs, [&](int i) {
        const int number = first + i;
        // Each case has its own generator, so any one replays alone (QUIRE_FUZZ_ONLY).
        Mutator mutator(seed * 1'000'003ULL + quint64(number));
        const QString source = m_seeds.at(mutator.bounded(quint32(m_seeds.size())));
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = mutator.mutate(in.readAll(), 4);
        const QString name = kOddNames.at(mutator.bounded(quint32(kOddNames.size()))).arg(number)
                             + QLatin1Char('.') + QFileInfo(source).suffix();
        const QString path = m_dir.filePath(QStringLiteral("case-%1/").arg(number) + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeBytes(path, bytes))
            return;
        Outcome outcome = runChild(path, m_timeoutMs);
        outcome.caseNumber = number;
        outcome.origin = QStringLiteral("%1: %2").arg(QFileInfo(source).fileName(), mutator.describe());
        totalMs += outcome.ms;
        opened += outcome.opened ? 1 : 0;
        if (!outcome.slow.isEmpty()) {
            const QMutexLocker lock(&mutex);
            slow << QStringLiteral("case %1 (%2) stopped in %3").arg(number).arg(outcome.origin, outcome.slow);
        }
        if (outcome.problem.isEmpty()) {
            QFile::remove(path);
            QDir().rmdir(QFileInfo(path).absolutePath());
            return;
        }
        QDir().mkpath(keep);
        const QString kept = QDir(keep).filePath(
            QStringLiteral("seed%1-case%2.%3").arg(seed).arg(number).arg(QFileInfo(source).suffix()));
        QFile::remove(kept);
        QFile::copy(path, kept);
        outcome.problem += QStringLiteral("\n  kept as %1; replay with QUIRE_FUZZ_SEED=%2 QUIRE_FUZZ_ONLY=%3, "
                                          "and once fixed copy it to tests/data/fuzz-regressions/")
                               .arg(kept)
                               .arg(seed)
                               .arg(number);
        const QMutexLocker lock(&mutex);
        failures << outcome;
    });
    qInfo("%d mutated cases from %d seed files (seed %llu) in %.1f s with %d children at once; "
          "%d still opened, %d were stopped after %d s inside a decoder (as a worker's page would be), "
          "the rest ended in a clear error; %d findings",
          count, int(m_seeds.size()), seed, clock.elapsed() / 1000.0, m_jobs, opened.load(), int(slow.size()),
          m_timeoutMs / 1000, int(failures.size()));
    slow.sort();
    for (const QString &line : std::as_const(slow))
        qInfo("slow: %s", qPrintable(line));
    std::sort(failures.begin(), failures.end(),
              [](const Outcome &a, const Outcome &b) { return a.caseNumber < b.caseNumber; });
    QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
}

QTEST_MAIN(TestFuzzDocuments)
#include "TestFuzzDocuments.moc"
