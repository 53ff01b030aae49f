#pragma once

#include <QtGlobal>

#include <deque>

namespace quire {

/// Pages per minute over a sliding window and over the whole run. Time is
/// passed in (milliseconds on any monotonic clock), so tests control it.
class Throughput final
{
public:
    explicit Throughput(qint64 windowMs = 30'000);

    void start(qint64 nowMs);
    void addPages(qint64 nowMs, int pages = 1);

    /// Pages/min over the last window (or since start, when the run is younger).
    double windowRate(qint64 nowMs) const;
    double overallRate(qint64 nowMs) const;
    /// Seconds to finish @p remaining pages at the window rate; -1 when unknown.
    double etaSeconds(qint64 nowMs, int remaining) const;
    int total() const { return m_total; }

private:
    qint64 m_windowMs;
    qint64 m_startMs = 0;
    int m_total = 0;
    std::deque<std::pair<qint64, int>> m_events;
};

} // namespace quire
