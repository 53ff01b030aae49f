#pragma once

#include "cluster/ShardFolder.h"
#include "cluster/ShardProgress.h"
#include "cluster/SlurmJob.h"
#include "store/ShardMerger.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire {

class Store;

/// One shard of a batch as its files and Slurm tell.
struct ShardState
{
    int shard = 0;
    int pages = 0;   ///< In its manifest.
    std::optional<ShardProgress> progress; ///< None until the task starts.
    QString jobId;   ///< "123_4".
    QString taskState;  ///< Slurm's state; empty when Slurm does not list the task (ended long ago).
    QString taskReason;
    bool taskActive = false; ///< Pending or running (or, without Slurm, running by its progress file).
    bool unmerged = false;   ///< Its database is still there.

    int finished() const { return progress ? progress->finished() : 0; }
    int failed() const { return progress ? progress->failed : 0; }
    bool running() const;
};

/// One submission: its shards, its merge job, and what Slurm says of them.
struct BatchSummary
{
    ShardBatch batch;
    QList<ShardState> shards;
    QString mergeState;       ///< The merge job's state; empty when unknown or none.
    bool mergeActive = false;
    bool slurmKnown = false;  ///< Slurm answered; without it, activity is guessed from progress files.

    int pages() const;
    int finished() const;
    int failed() const;
    int running() const;
    int pending() const;
    int unmerged() const;
    bool active() const;      ///< A task or the merge job may still run.
    double pagesPerMinute() const; ///< Sum over the running tasks.
};

/// What the main database holds of a batch's planned pages (after merging).
struct BatchResult
{
    int pages = 0;
    int done = 0;
    int failed = 0;
    int missing = 0;
    /// "shard N: FILE, page P: reason" per failed page, and "shard N: FILE,
    /// pages A-B were not processed (...)" per shard with missing pages.
    QStringList problems;
};

/// What merging the ended shards did.
struct MergeOutcome
{
    int shards = 0;
    int pages = 0;          ///< Pages in the merged shards.
    MergeCounts counts;     ///< Summed over the shards.
    QStringList lines;      ///< One line per merged shard.
    QStringList failures;   ///< "shard N: ..." for failed pages and documents.
    QStringList warnings;   ///< Shards left for later, databases kept.
    QStringList errors;     ///< Shards that could not be merged.
    double seconds = 0;
};

/// The cluster batches of one database (ShardFolder): reads their batch
/// files, manifests and progress files, joins Slurm's task states (from
/// SlurmJob::poll), merges the shards whose tasks have ended, and tells what
/// the main database holds of each batch. Used by `quire-cli submit`,
/// `merge` and `status`; file work only, no event loop.
class ClusterBatches final
{
public:
    explicit ClusterBatches(const QString &database);

    const ShardFolder &folder() const { return m_folder; }
    /// The job ids of every batch (arrays and merge jobs), for one squeue call.
    QStringList jobIds() const;
    /// Every batch with its shards; @p tasks is squeue's answer, or nothing
    /// when Slurm could not be asked.
    QList<BatchSummary> summarize(const std::optional<QList<SlurmTask>> &tasks);

    /// Merges every unmerged shard whose task has ended into the database
    /// @p merger has open, and removes its database once merged (kept, with
    /// a warning, when without Slurm it cannot be sure the task ended).
    MergeOutcome mergeEnded(const QList<BatchSummary> &batches, ShardMerger *merger);
    /// Removes the folders of batches that Slurm says have ended and that
    /// hold no unmerged shard; returns the problems.
    QStringList removeFinished(const QList<BatchSummary> &batches);
    /// What @p store holds of @p batch's planned pages.
    BatchResult result(Store &store, const BatchSummary &batch);

private:
    int manifestPages(int batch, int shard);

    ShardFolder m_folder;
    QHash<QString, int> m_manifestPages; ///< "path@mtime" of a manifest → its page count.
};

} // namespace quire
