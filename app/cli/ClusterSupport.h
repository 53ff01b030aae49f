#pragma once

#include "cluster/ClusterBatches.h"
#include "cluster/SlurmJob.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace quire::cli {

using SlurmAnswer = std::function<void(const std::optional<QList<SlurmTask>> &tasks, const QString &error)>;

/// Asks Slurm (squeue) about @p jobIds and calls @p done once, on the event
/// loop, with the tasks, or with nothing and the reason. No ids: an empty
/// list at once.
void askSlurm(SlurmJob *slurm, const QStringList &jobIds, const SlurmAnswer &done);

/// Prints what merging did: a line per shard, failures, warnings, errors, totals.
void printMergeOutcome(const MergeOutcome &outcome);

/// Lines for `status`: the batch, its progress line, and each shard's problems.
QStringList describeBatch(const ShardFolder &folder, const BatchSummary &batch);

/// The problems of one shard's task (it could not run, it was killed); empty when none.
QStringList shardProblems(const ShardFolder &folder, const BatchSummary &batch, const ShardState &shard);

} // namespace quire::cli
