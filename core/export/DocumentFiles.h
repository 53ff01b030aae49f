#pragma once

#include "export/ExportProgress.h"

#include <QString>

class QIODevice;

namespace quire {

class Store;
struct StoredPage;

/// Shared by the exporters that write one file per document (text, hOCR):
/// streams the store's pages and hands each document's pages to a sink that
/// writes into that document's file. Not part of the public API.
class DocumentSink
{
public:
    virtual ~DocumentSink() = default;
    virtual void beginDocument(const QString &documentPath, QIODevice *out) = 0;
    virtual void page(const StoredPage &page, QIODevice *out) = 0;
    virtual void endDocument(QIODevice *out) = 0;
};

/// Writes FOLDER/NAME@p suffix per document, each file atomically. NAME is
/// the document's file name without its last suffix, made unique with "-2",
/// "-3"... Documents that could not be opened get no file. @p format names the
/// kind of file in messages ("text", "hOCR").
bool writeDocumentFiles(Store &store, const QString &folder, const QString &suffix, const QString &format,
                        bool withWords, DocumentSink &sink, QString *error, const ExportProgress &progress);

} // namespace quire
