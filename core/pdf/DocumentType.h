#pragma once

#include <QString>

namespace quire {

/// Kinds of input Quire reads, told apart by content, never by extension.
enum class DocumentType {
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Tiff,
};

QString toString(DocumentType type); ///< "pdf", "png", "jpeg", "tiff", "unknown"

/// Reads the first bytes of @p path and tells its type. Returns Unknown for
/// anything that is not one of the supported formats (including empty files).
/// On an I/O failure returns Unknown and sets @p error.
DocumentType detectDocumentType(const QString &path, QString *error = nullptr);

} // namespace quire
