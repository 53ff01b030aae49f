#include "cluster/ShardFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::ShardFolder)
};

const QString kBatchFile = QStringLiteral("batch.json");

} // namespace

ShardFolder::ShardFolder(const QString &databasePath)
    : m_database(QFileInfo(databasePath).absoluteFilePath())
    , m_root(m_database + QStringLiteral(".shards"))
{
}

QString ShardFolder::shardName(int shard)
{
    return QStringLiteral("shard-%1").arg(shard, 4, 10, QLatin1Char('0'));
}

QList<int> ShardFolder::batches() const
{
    QList<int> numbers;
    const QStringList names = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const int number = name.toInt(&ok);
        if (ok && number > 0)
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

int ShardFolder::createBatch(QString *error) const
{
    if (!QDir().mkpath(m_root)) {
        *error = Text::tr("Cannot create the folder %1 for the shard files; check that it can be written.")
                     .arg(QDir::toNativeSeparators(m_root));
        return 0;
    }
    const QList<int> existing = batches();
    int number = existing.isEmpty() ? 1 : existing.last() + 1;
    // mkdir is atomic: a second submission at the same moment takes the next number.
    for (int attempt = 0; attempt < 100; ++attempt, ++number) {
        if (QDir(m_root).mkdir(QString::number(number)))
            return number;
    }
    *error = Text::tr("Cannot create a batch folder in %1; check that it can be written.")
                 .arg(QDir::toNativeSeparators(m_root));
    return 0;
}

bool ShardFolder::removeBatch(int batch, QString *error) const
{
    QDir dir(batchPath(batch));
    if (!dir.exists() || dir.removeRecursively())
        return true;
    *error = Text::tr("Cannot remove the finished batch folder %1; remove it by hand.")
                 .arg(QDir::toNativeSeparators(dir.path()));
    return false;
}

std::optional<ShardBatch> ShardFolder::readBatch(int batch, QString *error) const
{
    const QString path = QDir(batchPath(batch)).filePath(kBatchFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("%1 is damaged (%2).").arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    ShardBatch result;
    result.number = batch;
    result.arrayJobId = json.value(QStringLiteral("arrayJob")).toString();
    result.mergeJobId = json.value(QStringLiteral("mergeJob")).toString();
    result.shards = json.value(QStringLiteral("shards")).toInt();
    result.pages = json.value(QStringLiteral("pages")).toInt();
    result.settingsKey = json.value(QStringLiteral("settingsKey")).toString();
    result.submitted = QDateTime::fromString(json.value(QStringLiteral("submitted")).toString(), Qt::ISODateWithMs);
    return result;
}

bool ShardFolder::writeBatch(const ShardBatch &batch, QString *error) const
{
    const QString path = QDir(batchPath(batch.number)).filePath(kBatchFile);
    const QJsonObject json{
        {QStringLiteral("arrayJob"), batch.arrayJobId},
        {QStringLiteral("mergeJob"), batch.mergeJobId},
        {QStringLiteral("shards"), batch.shards},
        {QStringLiteral("pages"), batch.pages},
        {QStringLiteral("settingsKey"), batch.settingsKey},
        {QStringLiteral("submitted"), batch.submitted.toString(Qt::ISODateWithMs)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString ShardFolder::batchPath(int batch) const
{
    return QDir(m_root).filePath(QString::number(batch));
}

QString ShardFolder::scriptPath(int batch) const
{
    return QDir(batchPath(batch)).filePath(QStringLiteral("array-job.sh"));
}

QString ShardFolder::mergeScriptPath(int batch) const
{
    return QDir(batchPath(batch)).filePath(QStringLiteral("merge-job.sh"));
}

QString ShardFolder::mergeLogPath(int batch) const
{
    return QDir(batchPath(batch)).filePath(QStringLiteral("merge.log"));
}

QString ShardFolder::wordsPath(int batch) const
{
    return QDir(batchPath(batch)).filePath(QStringLiteral("words.txt"));
}

QString ShardFolder::manifestPath(int batch, int shard) const
{
    return QDir(batchPath(batch)).filePath(shardName(shard) + QStringLiteral(".json"));
}

QString ShardFolder::shardDatabase(int batch, int shard) const
{
    return QDir(batchPath(batch)).filePath(shardName(shard) + QStringLiteral(".sqlite"));
}

QString ShardFolder::progressPath(int batch, int shard) const
{
    return QDir(batchPath(batch)).filePath(shardName(shard) + QStringLiteral(".progress"));
}

QString ShardFolder::logPath(int batch, int shard) const
{
    return QDir(batchPath(batch)).filePath(shardName(shard) + QStringLiteral(".log"));
}

QString ShardFolder::logPattern(int batch) const
{
    return QDir(batchPath(batch)).filePath(QStringLiteral("shard-%4a.log"));
}

QList<int> ShardFolder::unmergedShards(int batch) const
{
    static const QRegularExpression pattern(QStringLiteral("^shard-(\\d{4,})\\.sqlite$"));
    QList<int> shards;
    const QStringList names = QDir(batchPath(batch)).entryList({QStringLiteral("shard-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            shards << match.captured(1).toInt();
    }
    std::sort(shards.begin(), shards.end());
    return shards;
}

bool ShardFolder::removeShardDatabase(int batch, int shard, QString *error) const
{
    const QString database = shardDatabase(batch, shard);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        QFile file(database + suffix);
        if (file.exists() && !file.remove()) {
            *error = Text::tr("Cannot remove the merged shard database %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace quire
