// RunSession and PreviewRenderer, without widgets: what the window and
// quire-cli drive, with real workers over generated documents.
#include "TestDocuments.h"
#include "i18n/EnglishPlurals.h"
#include "pool/PreviewRenderer.h"
#include "session/RunSession.h"
#include "store/Store.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;
using namespace quire::test;

namespace {

constexpr int kTimeoutMs = 180'000;

PipelineSettings testSettings()
{
    PipelineSettings settings;
    settings.dpi = 150;
    settings.userWordsFile.clear();
    return settings;
}

PoolOptions testPool(const QStringList &faults = {})
{
    PoolOptions options;
    options.workers = 1;
    options.workerPath = QStringLiteral(QUIRE_FAULTY_WORKER_PATH);
    if (!faults.isEmpty())
        options.extraEnvironment << QStringLiteral("QUIRE_WORKER_FAULTS=") + faults.join(QLatin1Char(';'));
    return options;
}

} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsToTheEndAndSaysWhatItDid();
    void refusesWhatItCannotDo();
    void pendingInputsRunAndThenNothingIsLeft();
    void pausesAndResumes();
    void previewsComeFromAHelperThatMayCrash();

private:
    QString newDatabase(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    QTemporaryDir m_dir;
    QString m_inputs;
    QString m_text;
    QString m_scan;
};

void TestRunSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::installTranslator(new EnglishPlurals(this)); // as every program does
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("xdg"))));
    m_inputs = m_dir.filePath(QStringLiteral("inputs"));
    QVERIFY(QDir().mkpath(m_inputs));
    m_text = m_inputs + QStringLiteral("/text.pdf");
    m_scan = m_inputs + QStringLiteral("/scan.pdf");
    QVERIFY(writeTextPdf(m_text, {{QStringLiteral("A page with its own text.")}, {QStringLiteral("And a second.")}}));
    QVERIFY(writeScannedPdf(m_scan, {{QStringLiteral("The scanned page of the session.")},
                                     {QStringLiteral("Another scanned page here.")}},
                            150));
}

void TestRunSession::runsToTheEndAndSaysWhatItDid()
{
    RunSession session;
    QVERIFY2(session.open(newDatabase(QStringLiteral("full"))), qPrintable(session.errorString()));
    session.setSettings(testSettings());
    session.setPoolOptions(testPool());
    QSignalSpy states(&session, &RunSession::stateChanged);
    QSignalSpy documents(&session, &RunSession::documentFinished);
    QSignalSpy finished(&session, &RunSession::finished);
    QVERIFY2(session.start({m_inputs}), qPrintable(session.errorString()));
    QCOMPARE(session.state(), RunSession::State::Running);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(session.state(), RunSession::State::Idle);
    QCOMPARE(states.first().first().value<RunSession::State>(), RunSession::State::Running);
    QCOMPARE(states.last().first().value<RunSession::State>(), RunSession::State::Idle);

    QCOMPARE(documents.count(), 2);
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QCOMPARE(summary.counts.pagesText, 2);
    QCOMPARE(summary.counts.pagesOcr, 2);
    QCOMPARE(summary.counts.pagesFailed, 0);
    QVERIFY(!summary.cancelled);
    QVERIFY(summary.error.isEmpty());
    QVERIFY2(summary.text().startsWith(QStringLiteral("4 pages in ")), qPrintable(summary.text()));
    const std::optional<StoredPage> page = session.store()->loadPage(m_scan, 2);
    QVERIFY(page);
    QVERIFY2(page->result.text.contains(QStringLiteral("Another scanned page")), qPrintable(page->result.text));

    // The same run again: everything was done before.
    QSignalSpy again(&session, &RunSession::finished);
    QVERIFY(session.start({m_inputs}));
    QVERIFY(again.wait(kTimeoutMs));
    QCOMPARE(again.first().first().value<RunSummary>().counts.pagesSkipped, 4);
    QVERIFY(session.close());
    QVERIFY(!session.isOpen());
}

void TestRunSession::refusesWhatItCannotDo()
{
    RunSession session;
    QVERIFY(!session.start({m_inputs}));
    QVERIFY2(session.errorString().contains(QStringLiteral("database")), qPrintable(session.errorString()));

    QVERIFY(session.open(newDatabase(QStringLiteral("refused"))));
    PipelineSettings settings = testSettings();
    settings.languages = QStringLiteral("eng+xyz");
    session.setSettings(settings);
    session.setPoolOptions(testPool());
    QVERIFY(!session.start({m_inputs}));
    QVERIFY2(session.errorString().contains(QStringLiteral("xyz")), qPrintable(session.errorString()));
    QCOMPARE(session.state(), RunSession::State::Idle);

    // Another database while a run goes on: refused, the run goes on.
    session.setSettings(testSettings());
    session.setPoolOptions(testPool({QStringLiteral("slow@scan.pdf:1")}));
    QSignalSpy finished(&session, &RunSession::finished);
    QVERIFY(session.start({m_inputs}));
    QVERIFY(!session.open(newDatabase(QStringLiteral("other"))));
    QVERIFY(!session.errorString().isEmpty());
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.first().first().value<RunSummary>().counts.pagesDone, 4);
}

void TestRunSession::pendingInputsRunAndThenNothingIsLeft()
{
    RunSession session;
    QVERIFY(session.open(newDatabase(QStringLiteral("pending"))));
    session.setSettings(testSettings());
    session.setPoolOptions(testPool());
    QSignalSpy problems(&session, &RunSession::problem);
    const QStringList added = session.addInputs({m_text, m_inputs + QStringLiteral("/missing.pdf")});
    QCOMPARE(added, QStringList{m_text});
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().first().toString().contains(QStringLiteral("missing.pdf")));
    QCOMPARE(session.pendingInputs(), QStringList{m_text});

    QSignalSpy finished(&session, &RunSession::finished);
    QVERIFY2(session.startPendingAndUnfinished(), qPrintable(session.errorString()));
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.first().first().value<RunSummary>().counts.pagesText, 2);
    QVERIFY(session.pendingInputs().isEmpty());
    QVERIFY(session.documentsToResume().isEmpty());
    QVERIFY(!session.startPendingAndUnfinished());
    QVERIFY(!session.errorString().isEmpty());
}

void TestRunSession::pausesAndResumes()
{
    RunSession session;
    QVERIFY(session.open(newDatabase(QStringLiteral("pause"))));
    session.setSettings(testSettings());
    session.setPoolOptions(testPool({QStringLiteral("slow@scan.pdf:1"), QStringLiteral("slow@scan.pdf:2")}));
    QSignalSpy pages(&session, &RunSession::pageFinished);
    QSignalSpy finished(&session, &RunSession::finished);
    QVERIFY(session.start({m_scan}));
    session.pause();
    QCOMPARE(session.state(), RunSession::State::Paused);
    QVERIFY(session.isRunning());
    // Paused: the page in work may finish, no other starts.
    QTest::qWait(6000);
    QVERIFY2(pages.count() <= 1, qPrintable(QString::number(pages.count())));
    QCOMPARE(finished.count(), 0);
    session.resume();
    QCOMPARE(session.state(), RunSession::State::Running);
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(pages.count(), 2);
    QCOMPARE(session.summary().counts.pagesOcr, 2);
}

void TestRunSession::previewsComeFromAHelperThatMayCrash()
{
    qputenv("QUIRE_WORKER_FAULTS", "previewcrash@scan.pdf:2");
    PreviewRenderer renderer;
    renderer.setWorkerPath(QStringLiteral(QUIRE_FAULTY_WORKER_PATH));
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
    PreviewRequest request;
    request.path = m_scan;
    request.settings = testSettings();
    request.page.page = 1;
    request.page.kind = PageKind::Ocr;
    request.page.dpi = 150;

    // The latest page to show wins over the ones asked for before it started.
    const QObject client;
    const quint64 first = renderer.request(&client, request);
    request.page.page = 2;
    const quint64 crashing = renderer.request(&client, request);
    request.page.page = 1;
    request.thumbnailHeight = 64;
    const quint64 thumbnail = renderer.request(&client, request, PreviewRenderer::Priority::Thumbnail);
    QTRY_VERIFY_WITH_TIMEOUT(renderer.pendingFor(&client) == 0, kTimeoutMs);
    QHash<quint64, QString> errors;
    QHash<quint64, QSize> sizes;
    for (const QList<QVariant> &signal : std::as_const(rendered)) {
        const auto images = signal.at(1).value<PageImages>();
        errors.insert(signal.at(0).toULongLong(), signal.at(2).toString());
        sizes.insert(signal.at(0).toULongLong(), images.rendered.size());
    }
    // Page 2 crashed its helper: an error for it, nothing more.
    QVERIFY2(errors.contains(crashing) && !errors.value(crashing).isEmpty(), qPrintable(errors.value(crashing)));
    QVERIFY(renderer.failures() >= 1);
    // A fresh helper went on with the thumbnail; the first page, asked for
    // before page 2 replaced it, was answered only if it had already started.
    QVERIFY2(errors.contains(thumbnail) && errors.value(thumbnail).isEmpty(), qPrintable(errors.value(thumbnail)));
    QCOMPARE(sizes.value(thumbnail).height(), 64);
    if (errors.contains(first))
        QCOMPARE(sizes.value(first), QSize(qRound(8.5 * 150), 11 * 150));
    qunsetenv("QUIRE_WORKER_FAULTS");
}

QTEST_MAIN(TestRunSession)
#include "TestRunSession.moc"
