#pragma once

#include "pipeline/BatchRun.h"
#include "pipeline/PipelineSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire {

/// The pages of one document that a shard processes.
struct ShardEntry
{
    QString path;        ///< Absolute.
    QString contentHash; ///< The content the pages were planned for.
    QList<int> pages;    ///< 1-based, ascending, each once.
};

/// What one task of a cluster job does: which pages of which documents, with
/// which settings. Written by `quire-cli submit` as JSON next to the shard's
/// database and read by `quire-cli run --shard` on a node. The settings
/// travel with it (passwords included, so the file is readable by its owner
/// only), so every shard stores its pages under the settings key the
/// submission planned for.
struct ShardManifest
{
    int index = 0; ///< The array task that runs it (0-based).
    PipelineSettings settings;
    QString settingsKey; ///< settings.key() when written; a reader checks it.
    QList<ShardEntry> entries;

    int pageCount() const;
    QStringList paths() const;
    /// The filter a run of this shard applies (BatchRun::setPageFilter).
    PageFilter pageFilter() const;

    /// Writes the manifest atomically (owner-only permissions); false with @p error.
    bool write(const QString &path, QString *error) const;
    /// Reads a manifest; nothing, with @p error naming the file and the
    /// problem, when it is missing, damaged or from another Quire version.
    static std::optional<ShardManifest> read(const QString &path, QString *error);

    /// "1-40,45,47-48" for pages {1..40, 45, 47, 48}.
    static QString formatPages(const QList<int> &pages);
    /// The reverse of formatPages(); nothing when @p text is not such a list.
    static std::optional<QList<int>> parsePages(const QString &text);
};

} // namespace quire
