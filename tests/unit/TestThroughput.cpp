#include "pipeline/Throughput.h"

#include <QList>
#include <QTest>

using namespace quire;

namespace {

constexpr qint64 kWindowMs = 30'000;

/// A run that does one page a second for its first minute (at 0.5 s, 1.5 s, ...,
/// 59.5 s), then one page every 5 s for the next minute (62.5 s, ..., 117.5 s),
/// fed as a live run would be: only the pages finished by @p nowMs.
Throughput fastThenSlow(qint64 nowMs = 120'000)
{
    Throughput throughput(kWindowMs);
    throughput.start(0);
    QList<qint64> times;
    for (int i = 0; i < 60; ++i)
        times << 500 + 1000 * i;
    for (int i = 0; i < 12; ++i)
        times << 62'500 + 5000 * i;
    for (qint64 at : std::as_const(times)) {
        if (at <= nowMs)
            throughput.addPages(at);
    }
    return throughput;
}

} // namespace

class TestThroughput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingDoneYetHasNoRateAndNoEta();
    void youngRunRatesOverItsAge();
    void windowFollowsTheRecentPaceOverallTheWholeRun_data();
    void windowFollowsTheRecentPaceOverallTheWholeRun();
    void windowSlidesPastOldPages();
    void countsSeveralPagesAtOnce();
    void startAtAnOffsetAndRestart();
};

void TestThroughput::nothingDoneYetHasNoRateAndNoEta()
{
    Throughput throughput(kWindowMs);
    throughput.start(1000);
    QCOMPARE(throughput.windowRate(1000), 0.0); // no time has passed: no division by zero
    QCOMPARE(throughput.overallRate(1000), 0.0);
    QCOMPARE(throughput.windowRate(20'000), 0.0);
    QCOMPARE(throughput.overallRate(20'000), 0.0);
    QCOMPARE(throughput.etaSeconds(20'000, 10), -1.0);
    QCOMPARE(throughput.total(), 0);
}

void TestThroughput::youngRunRatesOverItsAge()
{
    // 10 pages in the first 6 s: both rates are 100 pages/min, not 10 pages over a 30 s window.
    Throughput throughput(kWindowMs);
    throughput.start(0);
    for (int i = 1; i <= 10; ++i)
        throughput.addPages(i * 600);
    QCOMPARE(throughput.total(), 10);
    QCOMPARE(throughput.windowRate(6000), 100.0);
    QCOMPARE(throughput.overallRate(6000), 100.0);
    // 50 pages left at 100 pages/min: 30 s.
    QCOMPARE(throughput.etaSeconds(6000, 50), 30.0);
    QCOMPARE(throughput.etaSeconds(6000, 0), 0.0);
}

void TestThroughput::windowFollowsTheRecentPaceOverallTheWholeRun_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<double>("window");
    QTest::addColumn<double>("overall");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<double>("eta");

    // At 60 s: the last 30 s held 30 pages (60/min); 60 pages in 60 s overall.
    QTest::newRow("end of the fast minute") << qint64(60'000) << 60.0 << 60.0 << 30 << 30.0;
    // At 120 s: the last 30 s held 6 slow pages (12/min); 72 pages in 120 s overall (36/min).
    QTest::newRow("end of the slow minute") << qint64(120'000) << 12.0 << 36.0 << 24 << 120.0;
    // At 75 s: window 45..75 s holds 15 fast pages (45.5..59.5 s) and 3 slow ones (62.5, 67.5,
    // 72.5 s): 18 pages in 30 s; 63 pages in 75 s overall.
    QTest::newRow("window across the change") << qint64(75'000) << 36.0 << (63 * 60.0 / 75.0) << 36 << 60.0;
}

void TestThroughput::windowFollowsTheRecentPaceOverallTheWholeRun()
{
    QFETCH(qint64, now);
    QFETCH(double, window);
    QFETCH(double, overall);
    QFETCH(int, remaining);
    QFETCH(double, eta);

    const Throughput throughput = fastThenSlow(now);
    QCOMPARE(throughput.windowRate(now), window);
    QCOMPARE(throughput.overallRate(now), overall);
    // The ETA follows the recent pace, not the whole run's.
    QCOMPARE(throughput.etaSeconds(now, remaining), eta);
}

void TestThroughput::windowSlidesPastOldPages()
{
    Throughput throughput = fastThenSlow();
    // The last page came at 117.5 s. Just inside the window it still counts ...
    QCOMPARE(throughput.windowRate(147'500), 2.0);
    // ... a moment later the window is empty while the overall rate stays.
    QCOMPARE(throughput.windowRate(147'501), 0.0);
    QCOMPARE(throughput.windowRate(200'000), 0.0);
    QCOMPARE(throughput.overallRate(200'000), 72 * 60.0 / 200.0);
    QCOMPARE(throughput.etaSeconds(200'000, 5), -1.0);

    // Work resumes after the long gap: only the new page is in the window.
    throughput.addPages(300'000);
    QCOMPARE(throughput.windowRate(300'000), 2.0);
    QCOMPARE(throughput.total(), 73);
    QCOMPARE(throughput.overallRate(300'000), 73 * 60.0 / 300.0);
}

void TestThroughput::countsSeveralPagesAtOnce()
{
    Throughput throughput(10'000);
    throughput.start(0);
    throughput.addPages(2000, 5);
    throughput.addPages(4000, 3);
    QCOMPARE(throughput.total(), 8);
    QCOMPARE(throughput.windowRate(5000), 8 * 60'000.0 / 5000.0);
    // At 13 s the window is 3..13 s: only the batch of 3 is in it.
    QCOMPARE(throughput.windowRate(13'000), 3 * 60'000.0 / 10'000.0);
    QCOMPARE(throughput.overallRate(13'000), 8 * 60'000.0 / 13'000.0);
}

void TestThroughput::startAtAnOffsetAndRestart()
{
    // Time is any monotonic clock: a run that starts at 100 s is measured from there.
    Throughput throughput(kWindowMs);
    throughput.start(100'000);
    throughput.addPages(110'000, 4);
    QCOMPARE(throughput.windowRate(120'000), 12.0);
    QCOMPARE(throughput.overallRate(120'000), 12.0);

    // start() forgets the previous run.
    throughput.start(200'000);
    QCOMPARE(throughput.total(), 0);
    QCOMPARE(throughput.windowRate(210'000), 0.0);
    QCOMPARE(throughput.overallRate(210'000), 0.0);
    throughput.addPages(215'000);
    QCOMPARE(throughput.windowRate(220'000), 3.0);
}

QTEST_GUILESS_MAIN(TestThroughput)
#include "TestThroughput.moc"
