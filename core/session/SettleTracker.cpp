#include "session/SettleTracker.h"

#include <algorithm>

namespace quire {

SettleTracker::SettleTracker(qint64 settleMs, qint64 graceMs)
    : m_settleMs(std::max<qint64>(0, settleMs))
    , m_graceMs(std::max<qint64>(0, graceMs))
{
}

void SettleTracker::setSettleMs(qint64 ms)
{
    m_settleMs = std::max<qint64>(0, ms);
}

void SettleTracker::setGraceMs(qint64 ms)
{
    m_graceMs = std::max<qint64>(0, ms);
}

qint64 SettleTracker::settleMs() const
{
    return m_settleMs;
}

void SettleTracker::observe(const QString &path, const FileStamp &stamp, qint64 nowMs)
{
    const auto it = m_entries.find(path);
    if (it != m_entries.end() && it->stamp == stamp)
        return; // the same state: its clock keeps running
    m_entries.insert(path, Entry{stamp, nowMs, Phase::Settling});
}

void SettleTracker::remove(const QString &path)
{
    m_entries.remove(path);
}

void SettleTracker::clear()
{
    m_entries.clear();
}

qint64 SettleTracker::dueAt(const Entry &entry) const
{
    switch (entry.phase) {
    case Phase::Settling:
        return entry.since + m_settleMs;
    case Phase::Incomplete:
        return entry.since + m_graceMs;
    case Phase::Checking:
    case Phase::Taken:
        break;
    }
    return -1;
}

QHash<QString, FileStamp> SettleTracker::takeDue(qint64 nowMs)
{
    QHash<QString, FileStamp> due;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const qint64 at = dueAt(*it);
        if (at >= 0 && at <= nowMs) {
            it->phase = Phase::Checking;
            due.insert(it.key(), it->stamp);
        }
    }
    return due;
}

SettleTracker::Verdict SettleTracker::checked(const QString &path, const FileStamp &after, bool complete,
                                              qint64 nowMs)
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end() || it->phase != Phase::Checking)
        return Verdict::Changed; // seen changing while it was read: that newer state settles on its own
    if (!(it->stamp == after)) {
        *it = Entry{after, nowMs, Phase::Settling};
        return Verdict::Changed;
    }
    if (!complete && nowMs - it->since < m_graceMs) {
        it->phase = Phase::Incomplete;
        return Verdict::Incomplete;
    }
    it->phase = Phase::Taken;
    return Verdict::Ready;
}

qint64 SettleTracker::nextDueMs() const
{
    qint64 next = -1;
    for (const Entry &entry : m_entries) {
        const qint64 at = dueAt(entry);
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    }
    return next;
}

bool SettleTracker::isTracked(const QString &path) const
{
    return m_entries.contains(path);
}

bool SettleTracker::isTaken(const QString &path) const
{
    const auto it = m_entries.constFind(path);
    return it != m_entries.cend() && it->phase == Phase::Taken;
}

QStringList SettleTracker::paths() const
{
    return m_entries.keys();
}

} // namespace quire
