#pragma once

#include "export/ExportProgress.h"

#include <QString>

namespace quire {

class Store;

/// Writes the results as a standalone SQLite file for other programs: tables
/// documents, pages and words (schema in README.md, "Exported SQLite"), the
/// text columns holding the corrected text and recognized_text what OCR read.
/// Only each document's pages under its current settings are written, not the
/// run's bookkeeping. The file appears complete or not at all.
class SqliteExporter final
{
public:
    static bool exportDatabase(Store &store, const QString &path, QString *error,
                               const ExportProgress &progress = {});
};

} // namespace quire
