#pragma once

#include "model/Document.h"
#include "pdf/DetectDocumentType.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire {

/// A file that the run will process (or report as unreadable).
struct InputDocument
{
    QString path;        ///< Absolute, clean.
    DocumentType type = DocumentType::Unknown;
    QString contentHash; ///< SHA-256 hex of the bytes; empty when unreadable.
    qint64 size = 0;
    QString error;       ///< Set when the file cannot be used; the run reports it and goes on.

    /// The database record for it under @p settingsKey (pending, no pages
    /// known yet); an unreadable file gets a content hash of its own.
    DocumentRecord record(const QString &settingsKey) const;
};

struct ScanResult
{
    QList<InputDocument> documents; ///< Sorted by path, each path once.
    int skipped = 0;                ///< Files in folders that are not documents (no document extension).
    QStringList problems;           ///< Paths that do not exist, and the like.
};

/// Expands files and folders (recursively, following no symlinked folders)
/// into the documents of a run. Types come from content. Inside folders, files
/// that are not documents are skipped unless their extension claims a
/// document type (.pdf .png .jpg .jpeg .tif .tiff), in which case they are
/// kept with an error; files named explicitly are always kept.
class InputScanner final
{
public:
    static ScanResult scan(const QStringList &paths);
    /// One file as scan() sees it: typed by content and hashed (reading it
    /// through). Nothing when it is no document and was found in a folder
    /// (@p named false) without a document's extension.
    static std::optional<InputDocument> inspect(const QString &path, bool named);
    static QString hashFile(const QString &path, QString *error);
};

} // namespace quire
