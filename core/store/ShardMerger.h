#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace quire {

/// What one merge did.
struct MergeCounts
{
    int pagesAdded = 0;    ///< New to the main database.
    int pagesReplaced = 0; ///< Replaced a page the main database held as failed.
    int pagesKept = 0;     ///< The main database's page was kept (already done, or newer).
    int pagesFailed = 0;   ///< Of the shard's pages, those that failed.
    int wordsAdded = 0;
    int documentsAdded = 0;
    /// "FILE, page N: reason" for the shard's failed pages, and "FILE: reason"
    /// for its documents that could not be opened.
    QStringList failures;
};

/// Brings a shard database (a cluster task's results) into the main
/// database. Pages are keyed like every result, by (content hash, page,
/// settings key): a page the main database already holds as done is kept as
/// it is, with its words, corrections and accepted flags; a new page is added
/// with its words (and corrections, if any); a page the main database holds
/// as failed is replaced by the shard's when that is done or newer. Each
/// shard is merged in one transaction, so merging it twice changes nothing
/// and an interrupted merge leaves the main database as it was. Documents
/// are added by path where the main database lacks them, and the status of
/// every document the shard touched is recomputed from its pages.
///
/// The merger opens the main database itself (the schema is brought up to
/// date through Store first) and attaches each shard; it must be the main
/// database's only writer while it works. sqlite3 stays behind the private
/// implementation.
class ShardMerger final
{
public:
    ShardMerger();
    ~ShardMerger();
    Q_DISABLE_COPY_MOVE(ShardMerger)

    /// Opens (or creates) the main database at @p path.
    bool open(const QString &path);
    void close();
    QString errorString() const;

    /// Merges the shard database at @p shardPath (left unchanged, but for
    /// bringing an older schema up to date); nothing, with errorString()
    /// naming the shard, on failure.
    std::optional<MergeCounts> merge(const QString &shardPath);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
