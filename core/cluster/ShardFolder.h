#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace quire {

/// What a submission recorded about one batch of shards (batch.json).
struct ShardBatch
{
    int number = 0;
    QString arrayJobId;  ///< Slurm's id of the job array.
    QString mergeJobId;  ///< The dependent merge job; empty when none was submitted.
    int shards = 0;
    int pages = 0;
    QString settingsKey;
    QDateTime submitted; ///< UTC.
};

/// The files cluster jobs of one database share, beside it on a file system
/// every node sees: DB.shards/BATCH/ holds, per submission, the job scripts,
/// batch.json, the word list, and per shard N its manifest (shard-N.json),
/// database (shard-N.sqlite), progress file (shard-N.progress) and Slurm
/// log (shard-N.log), N written with four digits. A merged shard loses its
/// database; the rest stays until the next submission removes finished
/// batches.
class ShardFolder final
{
public:
    explicit ShardFolder(const QString &databasePath);

    QString mainDatabase() const { return m_database; }
    QString root() const { return m_root; }

    /// Batch numbers present, ascending.
    QList<int> batches() const;
    /// Makes the next batch's folder; 0 with @p error on failure.
    int createBatch(QString *error) const;
    bool removeBatch(int batch, QString *error) const;
    std::optional<ShardBatch> readBatch(int batch, QString *error = nullptr) const;
    bool writeBatch(const ShardBatch &batch, QString *error) const;

    QString batchPath(int batch) const;
    QString scriptPath(int batch) const;      ///< The array job's script.
    QString mergeScriptPath(int batch) const; ///< The merge job's script.
    QString mergeLogPath(int batch) const;
    QString wordsPath(int batch) const;       ///< The word list every shard hands Tesseract.
    QString manifestPath(int batch, int shard) const;
    QString shardDatabase(int batch, int shard) const;
    QString progressPath(int batch, int shard) const;
    QString logPath(int batch, int shard) const;
    /// sbatch's --output pattern that gives logPath() for each array task.
    QString logPattern(int batch) const;

    /// Shards of @p batch whose database is still there (not merged yet).
    QList<int> unmergedShards(int batch) const;
    /// Removes a merged shard's database with its WAL and shared-memory files.
    bool removeShardDatabase(int batch, int shard, QString *error) const;

    static QString shardName(int shard); ///< "shard-0003"

private:
    QString m_database;
    QString m_root;
};

} // namespace quire
