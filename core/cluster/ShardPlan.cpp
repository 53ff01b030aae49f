#include "cluster/ShardPlan.h"

#include "pipeline/PageProcessor.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace quire {

namespace {

/// The page counts the database already knows, by content (any path, any settings).
QHash<QString, int> knownPageCounts(Store &store)
{
    QHash<QString, int> knownPages;
    for (const DocumentRecord &record : store.documents()) {
        if (record.pageCount > 0)
            knownPages.insert(record.contentHash, record.pageCount);
    }
    return knownPages;
}

/// Opens the readable documents of @p scan whose page count is not known, by path.
QHash<QString, DocumentProbe> probeUnknown(const ScanResult &scan, const QHash<QString, int> &knownPages,
                                           const PipelineSettings &settings)
{
    QStringList toProbe;
    for (const InputDocument &input : scan.documents) {
        if (input.error.isEmpty() && !knownPages.contains(input.contentHash))
            toProbe << input.path;
    }
    // Opening documents is I/O and parsing: several at a time, one reader each.
    const QList<DocumentProbe> probes = QtConcurrent::blockingMapped<QList<DocumentProbe>>(
        toProbe, [settings](const QString &path) { return PageProcessor(settings).probe(path); });
    QHash<QString, DocumentProbe> probeOf;
    for (qsizetype i = 0; i < toProbe.size(); ++i)
        probeOf.insert(toProbe.at(i), probes.at(i));
    return probeOf;
}

} // namespace

ShardPlan ShardPlan::make(const ScanResult &scan, Store &store, const PipelineSettings &settings,
                          int pagesPerShard)
{
    ShardPlan plan;
    const QString key = settings.key();
    plan.m_problems = scan.problems;

    QHash<QString, int> knownPages = knownPageCounts(store);
    const QHash<QString, DocumentProbe> probeOf = probeUnknown(scan, knownPages, settings);

    QList<ShardEntry> todo;
    QHash<QString, DocumentStatus> planned; // content hash → status of its pages
    for (const InputDocument &input : scan.documents) {
        DocumentRecord record = input.record(key);
        QString error = input.error;
        if (error.isEmpty()) {
            if (knownPages.contains(input.contentHash)) {
                record.pageCount = knownPages.value(input.contentHash);
            } else {
                const DocumentProbe probe = probeOf.value(input.path);
                if (probe.ok) {
                    record.pageCount = probe.pageCount;
                    knownPages.insert(input.contentHash, probe.pageCount);
                } else {
                    error = probe.error;
                }
            }
        }
        if (!error.isEmpty()) {
            record.status = DocumentStatus::Failed;
            record.error = error;
            plan.m_problems << (error.contains(input.path) ? error : input.path + QStringLiteral(": ") + error);
            plan.m_documents << record;
            continue;
        }
        const auto earlier = planned.constFind(record.contentHash);
        if (earlier != planned.cend()) {
            // The same bytes under another path: its pages are planned once, and it shares their state.
            record.status = *earlier;
            plan.m_documents << record;
            continue;
        }
        const QSet<int> done = store.donePages(record.contentHash, key);
        ShardEntry entry{record.path, record.contentHash, {}};
        for (int page = 1; page <= record.pageCount; ++page) {
            if (!done.contains(page))
                entry.pages << page;
        }
        record.status = entry.pages.isEmpty() ? DocumentStatus::Done : DocumentStatus::Pending;
        planned.insert(record.contentHash, record.status);
        plan.m_documents << record;
        plan.m_pagesTotal += record.pageCount;
        plan.m_pagesDone += record.pageCount - int(entry.pages.size());
        if (!entry.pages.isEmpty())
            todo << entry;
    }
    plan.m_shards = cut(todo, pagesPerShard, settings);
    return plan;
}

QList<ShardManifest> ShardPlan::cut(const QList<ShardEntry> &todo, int pagesPerShard,
                                    const PipelineSettings &settings)
{
    const int size = std::max(1, pagesPerShard);
    QList<ShardManifest> shards;
    ShardManifest current;
    int filled = 0;
    const auto close = [&] {
        if (filled == 0)
            return;
        current.index = int(shards.size());
        current.settings = settings;
        current.settingsKey = settings.key();
        shards << current;
        current = ShardManifest{};
        filled = 0;
    };
    for (const ShardEntry &entry : todo) {
        qsizetype next = 0;
        while (next < entry.pages.size()) {
            const qsizetype take = std::min<qsizetype>(size - filled, entry.pages.size() - next);
            current.entries << ShardEntry{entry.path, entry.contentHash, entry.pages.mid(next, take)};
            filled += int(take);
            next += take;
            if (filled == size)
                close();
        }
    }
    close();
    return shards;
}

} // namespace quire
