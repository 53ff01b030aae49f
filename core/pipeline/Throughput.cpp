#include "pipeline/Throughput.h"

#include <algorithm>

namespace quire {

Throughput::Throughput(qint64 windowMs)
    : m_windowMs(windowMs)
{
}

void Throughput::start(qint64 nowMs)
{
    m_startMs = nowMs;
    m_total = 0;
    m_events.clear();
}

void Throughput::addPages(qint64 nowMs, int pages)
{
    m_total += pages;
    m_events.emplace_back(nowMs, pages);
    while (!m_events.empty() && m_events.front().first < nowMs - m_windowMs)
        m_events.pop_front();
}

double Throughput::windowRate(qint64 nowMs) const
{
    const qint64 from = std::max(m_startMs, nowMs - m_windowMs);
    int pages = 0;
    for (const auto &[at, count] : m_events) {
        if (at >= from)
            pages += count;
    }
    const qint64 span = nowMs - from;
    return span > 0 ? pages * 60'000.0 / double(span) : 0.0;
}

double Throughput::overallRate(qint64 nowMs) const
{
    const qint64 span = nowMs - m_startMs;
    return span > 0 ? m_total * 60'000.0 / double(span) : 0.0;
}

double Throughput::etaSeconds(qint64 nowMs, int remaining) const
{
    const double rate = windowRate(nowMs);
    if (rate <= 0.0)
        return -1.0;
    return remaining * 60.0 / rate;
}

} // namespace quire
