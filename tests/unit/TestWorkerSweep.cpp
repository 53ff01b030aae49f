#include "session/WorkerSweep.h"

#include <QTest>

using namespace quire;

Q_DECLARE_METATYPE(QList<quire::SweepPoint>)

namespace {

QList<SweepPoint> points(const QList<std::pair<int, double>> &rates)
{
    QList<SweepPoint> result;
    for (const auto &[workers, rate] : rates) {
        SweepPoint point;
        point.workers = workers;
        point.pagesPerMinute = rate;
        result << point;
    }
    return result;
}

} // namespace

/// The sweet spot: the fewest workers within 5% of the best pages/min.
class TestWorkerSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sweetSpot_data()
    {
        QTest::addColumn<QList<SweepPoint>>("measured");
        QTest::addColumn<int>("spot");
        QTest::newRow("no points") << QList<SweepPoint>{} << 0;
        QTest::newRow("one point") << points({{4, 120}}) << 4;
        QTest::newRow("more is faster") << points({{1, 30}, {2, 60}, {4, 118}}) << 4;
        QTest::newRow("a plateau: the fewest within 5%") << points({{1, 30}, {2, 58}, {4, 60}, {8, 59}}) << 2;
        QTest::newRow("just outside 5% of the best") << points({{1, 30}, {2, 56.9}, {4, 60}}) << 4;
        QTest::newRow("exactly 95% counts") << points({{1, 30}, {2, 57}, {4, 60}}) << 2;
        QTest::newRow("more workers get slower") << points({{1, 40}, {2, 70}, {4, 50}, {8, 30}}) << 2;
        QTest::newRow("measured out of order") << points({{8, 59}, {1, 30}, {4, 60}, {2, 58}}) << 2;
        QTest::newRow("all zero") << points({{1, 0}, {2, 0}}) << 1;
    }

    void sweetSpot()
    {
        QFETCH(QList<SweepPoint>, measured);
        QFETCH(int, spot);
        QCOMPARE(WorkerSweep::sweetSpotOf(measured), spot);
    }
};

QTEST_GUILESS_MAIN(TestWorkerSweep)
#include "TestWorkerSweep.moc"
