#pragma once

#include <QString>

namespace quire {

/// Kinds of input Quire reads, told apart by content, never by extension
/// (detectDocumentType() in pdf/ tells them).
enum class DocumentType {
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Tiff,
};

QString toString(DocumentType type); ///< "pdf", "png", "jpeg", "tiff", "unknown"
DocumentType documentTypeFromString(const QString &text); ///< The inverse of toString(); Unknown otherwise.

/// Lifecycle of a document within a run database.
enum class DocumentStatus {
    Pending, ///< Known, pages not all finished yet.
    Done,    ///< Every page done.
    Partial, ///< Every page finished, some failed.
    Failed,  ///< Could not be opened at all (error says why).
};
QString toString(DocumentStatus status); ///< "pending", "done", "partial", "failed"
DocumentStatus documentStatusFromString(const QString &text); ///< The inverse of toString(); Pending otherwise.

/// One input document as a run database records it.
struct DocumentRecord
{
    qint64 id = 0;
    QString path;        ///< Absolute path.
    QString contentHash; ///< SHA-256 hex of the file's bytes.
    DocumentType type = DocumentType::Unknown;
    qint64 size = 0;
    int pageCount = 0;
    DocumentStatus status = DocumentStatus::Pending;
    QString error;
    QString settingsKey; ///< Settings of the last run that touched the document.
};

} // namespace quire
