// When a file in a watched folder counts as complete, with the clock in the
// test's hands: no waiting.
#include "session/SettleTracker.h"

#include <QTest>

using namespace quire;

namespace {

const QString kFile = QStringLiteral("/watched/scan.pdf");

FileStamp stamp(qint64 size, qint64 modifiedMs = 1000)
{
    return FileStamp{size, modifiedMs};
}

} // namespace

class TestSettleTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStableFileIsDueAfterTheSettleTime();
    void aGrowingFileIsNeverDue();
    void aChangeDuringTheReadSettlesAgain();
    void aFileWithoutItsEndWaitsForAChangeOrTheGraceTime();
    void eachStateIsTakenOnce();
    void aRemovedFileIsForgotten();
    void nextDueIsTheEarliest();
};

void TestSettleTracker::aStableFileIsDueAfterTheSettleTime()
{
    SettleTracker tracker(2000);
    tracker.observe(kFile, stamp(100), 0);
    QVERIFY(tracker.takeDue(1999).isEmpty());
    tracker.observe(kFile, stamp(100), 1500); // seen again unchanged: the clock keeps running from 0
    const QHash<QString, FileStamp> due = tracker.takeDue(2000);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.value(kFile), stamp(100));
    QVERIFY(tracker.takeDue(10'000).isEmpty()); // being checked: not due twice
    QCOMPARE(tracker.checked(kFile, stamp(100), true, 2100), SettleTracker::Verdict::Ready);
    QVERIFY(tracker.isTaken(kFile));
}

void TestSettleTracker::aGrowingFileIsNeverDue()
{
    SettleTracker tracker(1000);
    // A slow copy: a new size every 500 ms for 10 s.
    for (qint64 t = 0; t <= 10'000; t += 500) {
        tracker.observe(kFile, stamp(1000 + t, 1000 + t), t);
        QVERIFY2(tracker.takeDue(t).isEmpty(), qPrintable(QStringLiteral("due at %1 ms while growing").arg(t)));
    }
    QVERIFY(tracker.takeDue(10'999).isEmpty());
    QCOMPARE(tracker.takeDue(11'000).size(), 1);
}

void TestSettleTracker::aChangeDuringTheReadSettlesAgain()
{
    SettleTracker tracker(1000);
    tracker.observe(kFile, stamp(100), 0);
    QCOMPARE(tracker.takeDue(1000).size(), 1);
    // The writer came back while the file was read.
    QCOMPARE(tracker.checked(kFile, stamp(150, 1400), true, 1400), SettleTracker::Verdict::Changed);
    QVERIFY(!tracker.isTaken(kFile));
    QVERIFY(tracker.takeDue(2399).isEmpty());
    QCOMPARE(tracker.takeDue(2400).value(kFile), stamp(150, 1400));

    // Seen changing by a listing while the check ran: the check's result is stale.
    tracker.observe(kFile, stamp(200, 2500), 2500);
    QCOMPARE(tracker.checked(kFile, stamp(150, 1400), true, 2600), SettleTracker::Verdict::Changed);
    QCOMPARE(tracker.takeDue(3500).value(kFile), stamp(200, 2500));
}

void TestSettleTracker::aFileWithoutItsEndWaitsForAChangeOrTheGraceTime()
{
    SettleTracker tracker(1000, 30'000);
    tracker.observe(kFile, stamp(100), 0);
    QCOMPARE(tracker.takeDue(1000).size(), 1);
    QCOMPARE(tracker.checked(kFile, stamp(100), false, 1100), SettleTracker::Verdict::Incomplete);
    // Not read again and again while nothing changes...
    QVERIFY(tracker.takeDue(29'999).isEmpty());
    // ...but the rest arriving makes it settle again.
    tracker.observe(kFile, stamp(180, 5000), 5000);
    QCOMPARE(tracker.takeDue(6000).value(kFile), stamp(180, 5000));
    QCOMPARE(tracker.checked(kFile, stamp(180, 5000), true, 6100), SettleTracker::Verdict::Ready);

    // A file that stays cut short is taken after the grace time, to fail with its own error.
    const QString stuck = QStringLiteral("/watched/stuck.pdf");
    tracker.observe(stuck, stamp(50), 10'000);
    QCOMPARE(tracker.takeDue(11'000).size(), 1);
    QCOMPARE(tracker.checked(stuck, stamp(50), false, 11'000), SettleTracker::Verdict::Incomplete);
    QVERIFY(tracker.takeDue(39'999).isEmpty());
    QCOMPARE(tracker.takeDue(40'000).size(), 1);
    QCOMPARE(tracker.checked(stuck, stamp(50), false, 40'000), SettleTracker::Verdict::Ready);
}

void TestSettleTracker::eachStateIsTakenOnce()
{
    SettleTracker tracker(500);
    tracker.observe(kFile, stamp(100), 0);
    tracker.takeDue(500);
    QCOMPARE(tracker.checked(kFile, stamp(100), true, 500), SettleTracker::Verdict::Ready);
    // Rescans see it unchanged for a day: never due again.
    for (qint64 t = 1000; t < 86'400'000; t += 3'600'000) {
        tracker.observe(kFile, stamp(100), t);
        QVERIFY(tracker.takeDue(t).isEmpty());
    }
    QCOMPARE(tracker.nextDueMs(), qint64(-1));
    // A new version (same size, new time) is a new state.
    tracker.observe(kFile, stamp(100, 99'000), 90'000'000);
    QVERIFY(!tracker.isTaken(kFile));
    QCOMPARE(tracker.takeDue(90'000'500).size(), 1);
}

void TestSettleTracker::aRemovedFileIsForgotten()
{
    SettleTracker tracker(500);
    tracker.observe(kFile, stamp(100), 0);
    tracker.remove(kFile);
    QVERIFY(!tracker.isTracked(kFile));
    QVERIFY(tracker.takeDue(1000).isEmpty());
    // A check that finishes after the file went is ignored.
    QCOMPARE(tracker.checked(kFile, stamp(100), true, 1000), SettleTracker::Verdict::Changed);
    QVERIFY(!tracker.isTracked(kFile));
}

void TestSettleTracker::nextDueIsTheEarliest()
{
    SettleTracker tracker(1000, 20'000);
    QCOMPARE(tracker.nextDueMs(), qint64(-1));
    tracker.observe(QStringLiteral("/a"), stamp(1), 300);
    tracker.observe(QStringLiteral("/b"), stamp(1), 100);
    QCOMPARE(tracker.nextDueMs(), qint64(1100));
    tracker.takeDue(1100);
    QCOMPARE(tracker.nextDueMs(), qint64(1300));
    QCOMPARE(tracker.checked(QStringLiteral("/b"), stamp(1), false, 1200), SettleTracker::Verdict::Incomplete);
    tracker.takeDue(1300);
    QCOMPARE(tracker.checked(QStringLiteral("/a"), stamp(1), true, 1300), SettleTracker::Verdict::Ready);
    QCOMPARE(tracker.nextDueMs(), qint64(100 + 20'000)); // the grace time of /b
}

QTEST_GUILESS_MAIN(TestSettleTracker)
#include "TestSettleTracker.moc"
