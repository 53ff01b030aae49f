#include "cluster/ShardManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace quire {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(quire::ShardManifest)
};

const QString kFormat = QStringLiteral("quire-shard");
constexpr int kVersion = 1;

} // namespace

int ShardManifest::pageCount() const
{
    int count = 0;
    for (const ShardEntry &entry : entries)
        count += int(entry.pages.size());
    return count;
}

QStringList ShardManifest::paths() const
{
    QStringList result;
    for (const ShardEntry &entry : entries)
        result << entry.path;
    return result;
}

PageFilter ShardManifest::pageFilter() const
{
    PageFilter filter;
    for (const ShardEntry &entry : entries) {
        PageSelection &selection = filter[entry.path];
        selection.contentHash = entry.contentHash;
        for (int page : entry.pages)
            selection.pages.insert(page);
    }
    return filter;
}

QString ShardManifest::formatPages(const QList<int> &pages)
{
    QList<int> sorted = pages;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList ranges;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        ranges << (i == j ? QString::number(sorted.at(i))
                          : QStringLiteral("%1-%2").arg(sorted.at(i)).arg(sorted.at(j)));
        i = j + 1;
    }
    return ranges.join(QLatin1Char(','));
}

std::optional<QList<int>> ShardManifest::parsePages(const QString &text)
{
    QList<int> pages;
    for (const QString &range : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = range.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = ends.value(0).toInt(&okFirst);
        const int last = ends.size() == 2 ? ends.value(1).toInt(&okLast) : first;
        if (ends.size() > 2 || !okFirst || (ends.size() == 2 && !okLast) || first < 1 || last < first
            || last - first > 10'000'000)
            return std::nullopt;
        for (int page = first; page <= last; ++page)
            pages << page;
    }
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    return pages;
}

bool ShardManifest::write(const QString &path, QString *error) const
{
    QJsonArray documents;
    for (const ShardEntry &entry : entries) {
        documents.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                     {QStringLiteral("contentHash"), entry.contentHash},
                                     {QStringLiteral("pages"), formatPages(entry.pages)}});
    }
    const QJsonObject json{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("index"), index},
        {QStringLiteral("settingsKey"), settingsKey},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("passwords"), QJsonArray::fromStringList(settings.passwords)},
        {QStringLiteral("documents"), documents},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write the shard manifest %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // It may hold PDF passwords.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = Text::tr("Cannot write the shard manifest %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<ShardManifest> ShardManifest::read(const QString &path, QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the shard manifest %1: %2. It must be on a file system the node "
                          "shares with the machine that submitted the job.")
                     .arg(where, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject json = document.object();
    if (parseError.error != QJsonParseError::NoError || json.value(QStringLiteral("format")).toString() != kFormat) {
        *error = Text::tr("%1 is not a Quire shard manifest (%2).")
                     .arg(where, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : Text::tr("no quire-shard format mark"));
        return std::nullopt;
    }
    if (json.value(QStringLiteral("version")).toInt() != kVersion) {
        *error = Text::tr("The shard manifest %1 has version %2; this Quire reads version %3. Run the same Quire "
                          "version on the nodes as where you submit.")
                     .arg(where)
                     .arg(json.value(QStringLiteral("version")).toInt())
                     .arg(kVersion);
        return std::nullopt;
    }
    ShardManifest manifest;
    manifest.index = json.value(QStringLiteral("index")).toInt();
    manifest.settings = PipelineSettings::fromJson(json.value(QStringLiteral("settings")).toObject());
    for (const QJsonValue &password : json.value(QStringLiteral("passwords")).toArray())
        manifest.settings.passwords << password.toString();
    manifest.settingsKey = json.value(QStringLiteral("settingsKey")).toString();
    if (manifest.settingsKey != manifest.settings.key()) {
        *error = Text::tr("The settings in the shard manifest %1 do not give its settings key %2 (they give %3): "
                          "it was written by another Quire version. Run the same Quire version on the nodes as "
                          "where you submit.")
                     .arg(where, manifest.settingsKey, manifest.settings.key());
        return std::nullopt;
    }
    const QJsonArray documents = json.value(QStringLiteral("documents")).toArray();
    for (const QJsonValue &value : documents) {
        const QJsonObject object = value.toObject();
        ShardEntry entry;
        entry.path = object.value(QStringLiteral("path")).toString();
        entry.contentHash = object.value(QStringLiteral("contentHash")).toString();
        const auto pages = parsePages(object.value(QStringLiteral("pages")).toString());
        if (entry.path.isEmpty() || entry.contentHash.isEmpty() || !pages || pages->isEmpty()) {
            *error = Text::tr("The shard manifest %1 has a damaged document entry (%2).")
                         .arg(where, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
            return std::nullopt;
        }
        entry.pages = *pages;
        manifest.entries << entry;
    }
    if (manifest.entries.isEmpty()) {
        *error = Text::tr("The shard manifest %1 lists no pages.").arg(where);
        return std::nullopt;
    }
    return manifest;
}

} // namespace quire
