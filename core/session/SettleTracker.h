#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace quire {

/// What a look at a file saw: its size and modification time.
struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedMs = 0; ///< Since the epoch, as the file system says (maybe another machine's clock).
    bool operator==(const FileStamp &other) const = default;
};

/// Decides when a file in a watched folder is complete enough to read. A
/// file is taken once its size and modification time have stayed the same
/// for the settle time, measured by the watcher's own clock (a network
/// share's times may come from a machine whose clock is off), and a read
/// through it found it whole; a file that looked cut short waits until it
/// changes, or until the grace time is over (then it is taken, and fails with
/// its own clear error). Each state of a file (size, time) is taken once.
///
/// Bookkeeping only: the caller looks at the files and passes the time in,
/// so a test drives it without waiting.
class SettleTracker final
{
public:
    enum class Verdict {
        Ready,      ///< Take it now; it is not due again until it changes.
        Changed,    ///< It changed while it was read (or since it was due): it settles again.
        Incomplete, ///< Its end is missing: it waits for a change or the grace time.
    };

    explicit SettleTracker(qint64 settleMs = 2000, qint64 graceMs = 60'000);

    void setSettleMs(qint64 ms);
    void setGraceMs(qint64 ms);
    qint64 settleMs() const;

    /// A look at @p path at @p nowMs saw @p stamp. A new file, or a new state
    /// of one already seen (taken or not), starts to settle.
    void observe(const QString &path, const FileStamp &stamp, qint64 nowMs);
    /// @p path is gone (deleted, renamed or moved away).
    void remove(const QString &path);
    void clear();
    /// Paths due for a check at @p nowMs, with the stamp they must still have;
    /// they are marked as being checked until checked() is called.
    QHash<QString, FileStamp> takeDue(qint64 nowMs);
    /// The check of @p path read it through: @p after is its stamp after the
    /// read, @p complete whether its end was there.
    Verdict checked(const QString &path, const FileStamp &after, bool complete, qint64 nowMs);
    /// When the next path falls due; -1 when none waits.
    qint64 nextDueMs() const;

    bool isTracked(const QString &path) const;
    /// Whether @p path's current state was taken (Ready).
    bool isTaken(const QString &path) const;
    QStringList paths() const;

private:
    enum class Phase { Settling, Checking, Incomplete, Taken };
    struct Entry
    {
        FileStamp stamp;
        qint64 since = 0; ///< When this stamp was first seen.
        Phase phase = Phase::Settling;
    };
    qint64 dueAt(const Entry &entry) const; ///< -1: not due at any time.

    QHash<QString, Entry> m_entries;
    qint64 m_settleMs;
    qint64 m_graceMs;
};

} // namespace quire
