#pragma once

#include "model/Document.h"

#include <QString>

namespace quire {

/// Reads the first bytes of @p path and tells its type. Returns Unknown for
/// anything that is not one of the supported formats (including empty files).
/// On an I/O failure returns Unknown and sets @p error.
DocumentType detectDocumentType(const QString &path, QString *error = nullptr);

} // namespace quire
