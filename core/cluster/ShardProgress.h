#pragma once

#include "pipeline/BatchRun.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire {

/// A snapshot of one shard task's progress, written by the task
/// (`quire-cli run --progress FILE`) as a small JSON file, replaced
/// atomically, and read by `submit --wait` and `status` on another machine.
/// A file rather than the shard's database: SQLite in WAL mode must not be
/// read from another machine while it is written (network file systems
/// cannot share its memory-mapped index), and a rename is atomic on them.
struct ShardProgress
{
    enum class State {
        Running,  ///< The task works (or was killed without a chance to say so).
        Finished, ///< Every page of the shard was tried.
        Stopped,  ///< Interrupted (SIGTERM from scancel or a time limit); what was done is saved.
        Failed,   ///< Could not run at all (error says why).
    };

    State state = State::Running;
    int total = 0;   ///< Pages of the shard.
    int skipped = 0; ///< Already done in the shard's database (a requeued task).
    int done = 0;    ///< Done by this task.
    int failed = 0;
    QStringList failures; ///< "FILE, page N: reason", the first 100 (failed counts them all).
    QString error;        ///< Why the task could not run (state Failed).
    QString host;
    qint64 pid = 0;
    QDateTime started; ///< UTC.
    QDateTime updated; ///< UTC.

    int finished() const { return skipped + done + failed; }
    /// Pages per minute of this task since it started (0 when unknown).
    double pagesPerMinute() const;

    /// A snapshot of a run (BatchRun::counts() and failures()) on this host, now.
    static ShardProgress fromRun(const RunCounts &counts, const QStringList &failures, State state,
                                 const QDateTime &started);

    /// Replaces @p path atomically; false with @p error.
    bool write(const QString &path, QString *error) const;
    /// Nothing when the file is missing (the task has not started) or unreadable (@p error set then).
    static std::optional<ShardProgress> read(const QString &path, QString *error = nullptr);

    static QString toString(State state); ///< "running", "finished", "stopped", "failed"
};

} // namespace quire
