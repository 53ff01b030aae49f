#pragma once

#include "export/ExportProgress.h"

#include <QString>

namespace quire {

class Store;

/// Writes one UTF-8 plain-text file per document, the text as people should
/// read it (corrections applied).
class TextExporter final
{
public:
    /// Writes FOLDER/NAME.txt for every document (NAME: the document's file
    /// name without its last suffix; "-2", "-3"... where two documents share
    /// a name). Pages are separated by a form feed (\f), so page N is the Nth
    /// part; a missing or failed page is an empty part. Documents that could
    /// not be opened get no file. Creates @p folder if needed.
    static bool exportDocuments(Store &store, const QString &folder, QString *error,
                                const ExportProgress &progress = {});
};

} // namespace quire
