#pragma once

// Private to core/store: page results queued and written in batched
// transactions, the person's review carried over to a re-run page.

#include "model/PageResult.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace quire::store {

class Corrections;
struct Context;

class PageWriter final
{
public:
    PageWriter(Context &context, Corrections &corrections);

    /// Queues a result; writes the queue when it is due (32 results or 1 s),
    /// backing off for a second after a failed write. A failed automatic write
    /// is reported as a notice; the results stay queued.
    void add(const QString &contentHash, const QString &settingsKey, const PageResult &result);
    /// Writes every queued result in one transaction; on failure they stay queued.
    bool flush();
    int pendingCount() const { return int(m_queue.size()); }
    /// Forgets what is queued (the file is closing).
    void discard();
    /// The clock the 1 s rules follow: milliseconds, steady (tests advance their own).
    void setClock(std::function<qint64()> nowMs);

private:
    struct Queued
    {
        QString contentHash;
        QString settingsKey;
        PageResult result;
    };

    bool write(const Queued &item, const QString &finishedAt);
    qint64 upsertPage(const Queued &item, const QString &finishedAt);
    bool insertWords(qint64 pageId, const PageResult &result, std::vector<qint64> *ids);

    Context &m_context;
    Corrections &m_corrections;
    std::vector<Queued> m_queue;
    std::function<qint64()> m_now;
    std::optional<qint64> m_firstQueuedAt; ///< When the queue got its first item.
    std::optional<qint64> m_failedFlushAt; ///< When an automatic flush failed.
};

} // namespace quire::store
