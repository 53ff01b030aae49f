#include "cluster/ClusterBatches.h"

#include "cluster/ShardManifest.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::ClusterBatches)
};

QString shardLabel(int shard)
{
    return Text::tr("shard %1").arg(shard);
}

} // namespace

bool ShardState::running() const
{
    if (!taskState.isEmpty())
        return taskState == QLatin1String("RUNNING") || taskState == QLatin1String("COMPLETING")
               || taskState == QLatin1String("CONFIGURING");
    return taskActive && progress.has_value();
}

int BatchSummary::pages() const
{
    int total = 0;
    for (const ShardState &shard : shards)
        total += shard.pages;
    return total;
}

int BatchSummary::finished() const
{
    int total = 0;
    for (const ShardState &shard : shards)
        total += std::min(shard.finished(), shard.pages);
    return total;
}

int BatchSummary::failed() const
{
    int total = 0;
    for (const ShardState &shard : shards)
        total += shard.failed();
    return total;
}

int BatchSummary::running() const
{
    return int(std::count_if(shards.cbegin(), shards.cend(), [](const ShardState &s) { return s.running(); }));
}

int BatchSummary::pending() const
{
    return int(std::count_if(shards.cbegin(), shards.cend(),
                             [](const ShardState &s) { return s.taskActive && !s.running(); }));
}

int BatchSummary::unmerged() const
{
    return int(std::count_if(shards.cbegin(), shards.cend(), [](const ShardState &s) { return s.unmerged; }));
}

bool BatchSummary::active() const
{
    return mergeActive
           || std::any_of(shards.cbegin(), shards.cend(), [](const ShardState &s) { return s.taskActive; });
}

double BatchSummary::pagesPerMinute() const
{
    double rate = 0;
    for (const ShardState &shard : shards) {
        if (shard.running() && shard.progress)
            rate += shard.progress->pagesPerMinute();
    }
    return rate;
}

ClusterBatches::ClusterBatches(const QString &database)
    : m_folder(database)
{
}

QStringList ClusterBatches::jobIds() const
{
    QStringList ids;
    for (int number : m_folder.batches()) {
        const std::optional<ShardBatch> batch = m_folder.readBatch(number);
        if (!batch)
            continue;
        if (!batch->arrayJobId.isEmpty())
            ids << batch->arrayJobId;
        if (!batch->mergeJobId.isEmpty())
            ids << batch->mergeJobId;
    }
    return ids;
}

int ClusterBatches::manifestPages(int batch, int shard)
{
    // Keyed by time too: a batch number is used again once its folder is removed.
    const QString manifestPath = m_folder.manifestPath(batch, shard);
    const QString path = manifestPath + QLatin1Char('@')
                         + QString::number(QFileInfo(manifestPath).lastModified().toMSecsSinceEpoch());
    const auto cached = m_manifestPages.constFind(path);
    if (cached != m_manifestPages.cend())
        return *cached;
    QString error;
    const std::optional<ShardManifest> manifest = ShardManifest::read(manifestPath, &error);
    const int pages = manifest ? manifest->pageCount() : 0;
    if (manifest)
        m_manifestPages.insert(path, pages);
    return pages;
}

QList<BatchSummary> ClusterBatches::summarize(const std::optional<QList<SlurmTask>> &tasks)
{
    QHash<QString, SlurmTask> byId;
    if (tasks) {
        for (const SlurmTask &task : *tasks)
            byId.insert(task.arrayIndex >= 0 ? QStringLiteral("%1_%2").arg(task.arrayJobId).arg(task.arrayIndex)
                                             : task.arrayJobId,
                        task);
    }
    QList<BatchSummary> result;
    for (int number : m_folder.batches()) {
        BatchSummary summary;
        if (const std::optional<ShardBatch> batch = m_folder.readBatch(number)) {
            summary.batch = *batch;
        } else {
            // Its submission never reached Slurm: only its files count.
            summary.batch.number = number;
            summary.batch.shards = int(QDir(m_folder.batchPath(number))
                                           .entryList({QStringLiteral("shard-*.json")}, QDir::Files)
                                           .size());
        }
        const bool submitted = !summary.batch.arrayJobId.isEmpty();
        summary.slurmKnown = tasks.has_value() || !submitted;
        if (!summary.batch.mergeJobId.isEmpty() && tasks) {
            const auto merge = byId.constFind(summary.batch.mergeJobId);
            if (merge != byId.cend()) {
                summary.mergeState = merge->state;
                summary.mergeActive = merge->active();
            }
        }
        for (int shard = 0; shard < summary.batch.shards; ++shard) {
            ShardState state;
            state.shard = shard;
            state.pages = manifestPages(number, shard);
            state.progress = ShardProgress::read(m_folder.progressPath(number, shard));
            state.unmerged = QFileInfo::exists(m_folder.shardDatabase(number, shard));
            if (submitted)
                state.jobId = QStringLiteral("%1_%2").arg(summary.batch.arrayJobId).arg(shard);
            if (submitted && tasks) {
                const auto task = byId.constFind(state.jobId);
                if (task != byId.cend()) {
                    state.taskState = task->state;
                    state.taskReason = task->reason;
                    state.taskActive = task->active();
                }
            } else if (submitted) {
                state.taskActive = state.progress && state.progress->state == ShardProgress::State::Running;
            }
            summary.shards << state;
        }
        result << summary;
    }
    return result;
}

MergeOutcome ClusterBatches::mergeEnded(const QList<BatchSummary> &batches, ShardMerger *merger)
{
    MergeOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    for (const BatchSummary &batch : batches) {
        const int number = batch.batch.number;
        for (const ShardState &shard : batch.shards) {
            if (!shard.unmerged)
                continue;
            const QString label = shardLabel(shard.shard);
            if (shard.taskActive && batch.slurmKnown) {
                outcome.warnings << Text::tr("batch %1, %2 (job %3) is %4; it is merged once it ends.")
                                        .arg(number)
                                        .arg(label, shard.jobId, shard.taskState.toLower());
                continue;
            }
            const QString path = m_folder.shardDatabase(number, shard.shard);
            const std::optional<MergeCounts> counts = merger->merge(path);
            if (!counts) {
                outcome.errors << Text::tr("batch %1, %2: %3").arg(number).arg(label, merger->errorString());
                continue;
            }
            ++outcome.shards;
            const int pages = counts->pagesAdded + counts->pagesReplaced + counts->pagesKept;
            outcome.pages += pages;
            outcome.counts.pagesAdded += counts->pagesAdded;
            outcome.counts.pagesReplaced += counts->pagesReplaced;
            outcome.counts.pagesKept += counts->pagesKept;
            outcome.counts.pagesFailed += counts->pagesFailed;
            outcome.counts.wordsAdded += counts->wordsAdded;
            outcome.counts.documentsAdded += counts->documentsAdded;
            outcome.lines << Text::tr("batch %1, %2: %n page(s) added, %3 replaced, %4 already there", nullptr,
                                      counts->pagesAdded)
                                 .arg(number)
                                 .arg(label)
                                 .arg(counts->pagesReplaced)
                                 .arg(counts->pagesKept);
            for (const QString &failure : counts->failures)
                outcome.failures << label + QStringLiteral(": ") + failure;

            const bool surelyEnded = batch.slurmKnown
                                     || (shard.progress && shard.progress->state != ShardProgress::State::Running);
            if (!surelyEnded) {
                outcome.warnings << Text::tr("batch %1, %2 may still be running (Slurm could not be asked); its "
                                             "database is kept and merged again next time.")
                                        .arg(number)
                                        .arg(label);
                continue;
            }
            QString error;
            if (!m_folder.removeShardDatabase(number, shard.shard, &error))
                outcome.errors << error;
        }
    }
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    return outcome;
}

QStringList ClusterBatches::removeFinished(const QList<BatchSummary> &batches)
{
    QStringList problems;
    for (const BatchSummary &batch : batches) {
        if (!batch.slurmKnown || batch.active() || batch.unmerged() > 0)
            continue;
        QString error;
        if (!m_folder.removeBatch(batch.batch.number, &error))
            problems << error;
    }
    return problems;
}

BatchResult ClusterBatches::result(Store &store, const BatchSummary &batch)
{
    BatchResult result;
    for (const ShardState &shard : batch.shards) {
        QString error;
        const std::optional<ShardManifest> manifest =
            ShardManifest::read(m_folder.manifestPath(batch.batch.number, shard.shard), &error);
        if (!manifest) {
            result.problems << shardLabel(shard.shard) + QStringLiteral(": ") + error;
            continue;
        }
        QString why;
        if (shard.progress && shard.progress->state == ShardProgress::State::Failed)
            why = shard.progress->error;
        else if (!shard.taskState.isEmpty() && shard.taskState != QLatin1String("COMPLETED")
                 && shard.taskState != QLatin1String("FAILED"))
            why = Text::tr("the task ended %1").arg(shard.taskState);
        else if (shard.unmerged)
            why = Text::tr("its database is not merged yet; run quire-cli merge");
        else
            why = Text::tr("the task did not finish");
        for (const ShardEntry &entry : manifest->entries) {
            const QSet<int> done = store.donePages(entry.contentHash, manifest->settingsKey);
            const QHash<int, int> failed = store.failedPageAttempts(entry.contentHash, manifest->settingsKey);
            QList<int> missing;
            for (int page : entry.pages) {
                ++result.pages;
                if (done.contains(page)) {
                    ++result.done;
                } else if (failed.contains(page)) {
                    ++result.failed;
                    const std::optional<StoredPage> stored = store.loadPage(entry.path, page, false);
                    const QString reason = stored && !stored->result.error.isEmpty()
                                               ? stored->result.error
                                               : Text::tr("%1, page %2 failed").arg(entry.path).arg(page);
                    result.problems << shardLabel(shard.shard) + QStringLiteral(": ") + reason;
                } else {
                    ++result.missing;
                    missing << page;
                }
            }
            if (!missing.isEmpty()) {
                result.problems << Text::tr("%1: %2, pages %3 were not processed (%4); submit the same command "
                                            "again to do them.")
                                       .arg(shardLabel(shard.shard), entry.path, ShardManifest::formatPages(missing),
                                            why);
            }
        }
    }
    return result;
}

} // namespace quire
