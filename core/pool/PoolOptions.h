#pragma once

#include "pipeline/Setting.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace quire {

struct PoolOptions
{
    int workers = 0;                 ///< 0: one per core.
    int retries = 2;                 ///< Extra attempts for a page whose worker crashed or hung.
    int pageTimeoutMs = 0;           ///< 0: scale with the page's pixel count (see pageTimeoutFor()).
    int heartbeatTimeoutMs = 30'000; ///< A busy worker silent this long is killed.
    qint64 maxWorkerResidentKb = 2 * 1024 * 1024; ///< Recycle a worker above this after its page.
    /// A worker may not hold more data than twice that (at least 1 GiB): past
    /// it an allocation fails, the page fails "out of memory" (or the worker
    /// dies and the page is retried, then quarantined) instead of a hostile
    /// file taking the machine's memory. See Coordinator::workerMemoryLimitKb().
    QString workerPath;              ///< Empty: quire-worker beside this executable.
    QStringList extraEnvironment;    ///< KEY=VALUE for the workers (tests inject faults this way).
    /// Open-ended runs: the workers leave after this long without work and
    /// start again when work comes (0: at once; negative: never).
    int idleTimeoutMs = 60'000;

    /// The options people set, described once (Setting.h): adding one is a
    /// field here and an entry in the catalogue.
    static const QList<Setting<PoolOptions>> &catalogue();
};

} // namespace quire
