#include "session/RunSummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(quire::RunSummary)
};

} // namespace

double RunSummary::pagesPerMinute() const
{
    return elapsedMs > 0 ? pagesFinished() * 60'000.0 / double(elapsedMs) : 0.0;
}

QString RunSummary::text() const
{
    return Tr::tr("%n page(s) in %1 (%2 pages/min): %3 from the text layer, %4 recognized, %5 blank, %6 failed; "
                  "%7 done before.",
                  nullptr, pagesFinished())
        .arg(formatDuration(elapsedMs / 1000.0))
        .arg(pagesPerMinute(), 0, 'f', 1)
        .arg(counts.pagesText)
        .arg(counts.pagesOcr)
        .arg(counts.pagesBlank)
        .arg(counts.pagesFailed)
        .arg(counts.pagesSkipped);
}

QString formatDuration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace quire
