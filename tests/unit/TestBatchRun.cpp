// The run's bookkeeping with inputs added while it goes (a watched folder),
// driven job by job against a real Store: no worker needed.
#include "pipeline/BatchRun.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

InputDocument input(const QString &path, const QString &hash)
{
    InputDocument document;
    document.path = path;
    document.contentHash = hash;
    document.type = DocumentType::Pdf;
    document.size = 1000;
    return document;
}

ScanResult scanOf(const QList<InputDocument> &documents)
{
    ScanResult scan;
    scan.documents = documents;
    return scan;
}

DocumentProbe pages(int count)
{
    DocumentProbe probe;
    probe.ok = true;
    probe.pageCount = count;
    return probe;
}

PageResult donePage(int page)
{
    PageResult result;
    result.page = page;
    result.kind = PageKind::Text;
    result.text = QStringLiteral("page %1").arg(page);
    return result;
}

/// Takes every queued job and finishes it: probes with @p pageCount pages, pages as done.
void drain(BatchRun &run, int pageCount)
{
    while (const std::optional<Job> job = run.takeJob()) {
        if (job->type == Job::Type::Probe)
            run.finishProbe(*job, pages(pageCount));
        else
            run.finishPage(*job, donePage(job->page));
    }
}

QStringList finishedPaths(const QSignalSpy &spy)
{
    QStringList paths;
    for (const QList<QVariant> &arguments : spy)
        paths << arguments.at(1).toString();
    return paths;
}

} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void inputsAddedLaterAreQueued();
    void everyDocumentOfTheSameContentFinishes();
    void laterCopiesOfFinishedContentFindTheirPagesDone();
    void aPathInWorkIsNotAddedAgain();
    void aNewVersionAfterItFinishedIsDoneAgain();
    void theLastPagesGoLargestFirst();
    void aLongQueueKeepsItsOrderUntilItsEnd();
    void aProbeGoesBeforeAPagePutBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestBatchRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("run.sqlite"))));
}

void TestBatchRun::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestBatchRun::inputsAddedLaterAreQueued()
{
    BatchRun run(m_store.get(), PipelineSettings{});
    QSignalSpy added(&run, &BatchRun::documentAdded);
    run.start(ScanResult{}); // an open-ended run starts with nothing
    QVERIFY(run.isComplete());

    run.add(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"))}));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(1).toString(), QStringLiteral("/in/a.pdf"));
    QVERIFY(run.hasQueuedJobs());
    QCOMPARE(run.queuedJobs(), 1); // its probe
    drain(run, 3);
    QVERIFY(run.isComplete());

    // A second arrival: counted on top of the first.
    run.add(scanOf({input(QStringLiteral("/in/b.pdf"), QStringLiteral("hb"))}));
    drain(run, 2);
    const RunCounts counts = run.counts();
    QCOMPARE(counts.documents, 2);
    QCOMPARE(counts.pagesTotal, 5);
    QCOMPARE(counts.pagesDone, 5);
    QCOMPARE(run.scan().documents.size(), 2);
    QCOMPARE(m_store->documents().size(), 2);
    for (const DocumentRecord &record : m_store->documents())
        QCOMPARE(toString(record.status), QStringLiteral("done"));
}

void TestBatchRun::everyDocumentOfTheSameContentFinishes()
{
    BatchRun run(m_store.get(), PipelineSettings{});
    QSignalSpy finished(&run, &BatchRun::documentFinished);
    run.start(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("same")),
                      input(QStringLiteral("/in/b.pdf"), QStringLiteral("same"))}));
    drain(run, 2);
    QVERIFY(run.isComplete());
    // The pages are done once; both documents are told finished, the one that did them first.
    QCOMPARE(run.counts().pagesDone, 2);
    QCOMPARE(run.counts().pagesSkipped, 2);
    QCOMPARE(finishedPaths(finished), (QStringList{QStringLiteral("/in/a.pdf"), QStringLiteral("/in/b.pdf")}));
}

void TestBatchRun::laterCopiesOfFinishedContentFindTheirPagesDone()
{
    BatchRun run(m_store.get(), PipelineSettings{});
    QSignalSpy finished(&run, &BatchRun::documentFinished);
    run.start(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("same"))}));
    drain(run, 2);
    QCOMPARE(finished.size(), 1);

    // The same content under another name, an hour later: probed, no page redone, finished.
    run.add(scanOf({input(QStringLiteral("/in/copy.pdf"), QStringLiteral("same"))}));
    int pageJobs = 0;
    while (const std::optional<Job> job = run.takeJob()) {
        if (job->type == Job::Type::Probe) {
            run.finishProbe(*job, pages(2));
        } else {
            ++pageJobs;
            run.finishPage(*job, donePage(job->page));
        }
    }
    QCOMPARE(pageJobs, 0);
    QCOMPARE(finishedPaths(finished), (QStringList{QStringLiteral("/in/a.pdf"), QStringLiteral("/in/copy.pdf")}));
    QCOMPARE(run.counts().pagesDone, 2);
    QVERIFY(run.isComplete());
}

void TestBatchRun::aPathInWorkIsNotAddedAgain()
{
    BatchRun run(m_store.get(), PipelineSettings{});
    run.start(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("v1"))}));
    const std::optional<Job> probe = run.takeJob();
    QVERIFY(probe);
    // A new version while the first is in work: refused, and said so.
    run.add(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("v2"))}));
    QCOMPARE(run.counts().documents, 1);
    QCOMPARE(run.scan().problems.size(), 1);
    QVERIFY2(run.scan().problems.first().contains(QStringLiteral("/in/a.pdf")), qPrintable(run.scan().problems.first()));
    run.finishProbe(*probe, pages(1));
    drain(run, 1);
    QCOMPARE(m_store->documents().first().contentHash, QStringLiteral("v1"));
}

void TestBatchRun::aNewVersionAfterItFinishedIsDoneAgain()
{
    BatchRun run(m_store.get(), PipelineSettings{});
    QSignalSpy finished(&run, &BatchRun::documentFinished);
    run.start(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("v1"))}));
    drain(run, 1);
    run.add(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("v2"))}));
    drain(run, 2);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(run.counts().pagesDone, 3);
    const QList<DocumentRecord> documents = m_store->documents();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().contentHash, QStringLiteral("v2"));
    QCOMPARE(documents.first().pageCount, 2);
    QCOMPARE(m_store->donePages(QStringLiteral("v2"), PipelineSettings{}.key()), (QSet<int>{1, 2}));
}

namespace {

/// Takes the one document's probe, tells it @p pixels for its pages, then
/// takes every page: the pages in the order they were handed out.
QList<int> pageOrder(BatchRun &run, const QList<qint64> &pixels)
{
    const std::optional<Job> probe = run.takeJob();
    if (!probe || probe->type != Job::Type::Probe)
        return {};
    DocumentProbe told = pages(int(pixels.size()));
    told.pagePixels = pixels;
    run.finishProbe(*probe, told);
    QList<int> order;
    while (const std::optional<Job> job = run.takeJob()) {
        order << job->page;
        run.finishPage(*job, donePage(job->page));
    }
    return order;
}

} // namespace

void TestBatchRun::theLastPagesGoLargestFirst()
{
    // A 300-DPI page, two 200-DPI ones, an unknown size (0), another 300-DPI
    // one: the large ones first, equal ones in page order, the unknown last.
    BatchRun run(m_store.get(), PipelineSettings{});
    run.start(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"))}));
    QCOMPARE(pageOrder(run, {8'415'000, 3'740'000, 3'740'000, 0, 8'415'000}), (QList<int>{1, 5, 2, 3, 4}));
    QVERIFY(run.isComplete());
    QCOMPARE(run.counts().pagesDone, 5);
}

void TestBatchRun::aLongQueueKeepsItsOrderUntilItsEnd()
{
    // 300 pages growing in size: in page order while more than 256 wait (so
    // documents finish one after the other), then the last 256 largest first.
    QList<qint64> pixels;
    for (int page = 1; page <= 300; ++page)
        pixels << page * 1000;
    BatchRun run(m_store.get(), PipelineSettings{});
    run.start(scanOf({input(QStringLiteral("/in/long.pdf"), QStringLiteral("hl"))}));
    QList<int> expected;
    for (int page = 1; page <= 44; ++page)
        expected << page;
    for (int page = 300; page >= 45; --page)
        expected << page;
    QCOMPARE(pageOrder(run, pixels), expected);
    QCOMPARE(run.counts().pagesDone, 300);
}

void TestBatchRun::aProbeGoesBeforeAPagePutBack()
{
    // A worker goes away with a page while a new document arrives: the new
    // document's probe still goes first, then the page put back.
    BatchRun run(m_store.get(), PipelineSettings{});
    run.start(scanOf({input(QStringLiteral("/in/a.pdf"), QStringLiteral("ha"))}));
    const std::optional<Job> probe = run.takeJob();
    QVERIFY(probe && probe->type == Job::Type::Probe);
    run.finishProbe(*probe, pages(3));
    const std::optional<Job> page = run.takeJob();
    QVERIFY(page && page->type == Job::Type::Page);
    run.add(scanOf({input(QStringLiteral("/in/b.pdf"), QStringLiteral("hb"))}));
    run.returnJob(*page);

    const std::optional<Job> next = run.takeJob();
    QVERIFY(next);
    QCOMPARE(next->type, Job::Type::Probe);
    QCOMPARE(next->path, QStringLiteral("/in/b.pdf"));
    const std::optional<Job> after = run.takeJob();
    QVERIFY(after);
    QCOMPARE(after->type, Job::Type::Page);
    QCOMPARE(after->page, page->page);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "TestBatchRun.moc"
