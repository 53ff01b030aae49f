#pragma once

#include "cluster/ShardManifest.h"
#include "pipeline/InputScanner.h"
#include "pipeline/PipelineSettings.h"
#include "store/Store.h"

#include <QList>
#include <QStringList>

namespace quire {

/// The work of a cluster submission: which pages of the scanned inputs are
/// not done yet in the main database, cut into shards of at most a given
/// number of pages (a document may span shards; each content is planned
/// once even under several paths). Documents whose page count the database
/// does not know yet (new or changed files) are opened to count their pages,
/// several at a time. Blocking: run it off a GUI thread.
class ShardPlan final
{
public:
    /// Plans the pages of @p scan that @p store does not hold as done under
    /// @p settings (failed pages are planned again).
    static ShardPlan make(const ScanResult &scan, Store &store, const PipelineSettings &settings,
                          int pagesPerShard);
    /// Cuts @p todo, in order, into shards of at most @p pagesPerShard pages.
    static QList<ShardManifest> cut(const QList<ShardEntry> &todo, int pagesPerShard,
                                    const PipelineSettings &settings);

    /// Every scanned document as the main database should record it before
    /// the job runs: page count, settings key, and status failed with the
    /// reason for those that cannot be opened.
    QList<DocumentRecord> documents() const { return m_documents; }
    QList<ShardManifest> shards() const { return m_shards; }
    int pagesTotal() const { return m_pagesTotal; } ///< Pages of the readable documents, each content once.
    int pagesDone() const { return m_pagesDone; }   ///< Of those, already done in the database.
    int pagesToDo() const { return m_pagesTotal - m_pagesDone; }
    /// "FILE: reason" for each input that cannot be processed.
    QStringList problems() const { return m_problems; }

private:
    QList<DocumentRecord> m_documents;
    QList<ShardManifest> m_shards;
    int m_pagesTotal = 0;
    int m_pagesDone = 0;
    QStringList m_problems;
};

} // namespace quire
