#include "export/TextExporter.h"

#include "export/DocumentFiles.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QIODevice>

namespace quire {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(quire::TextExporter)
};

class TextSink final : public DocumentSink
{
public:
    void beginDocument(const QString &, QIODevice *) override { m_pagesWritten = 0; }

    void page(const StoredPage &page, QIODevice *out) override
    {
        // Page N is the Nth part: missing pages are empty parts.
        const int number = page.result.page;
        while (m_pagesWritten < number - 1) {
            if (m_pagesWritten > 0)
                out->write("\f");
            ++m_pagesWritten;
        }
        if (m_pagesWritten > 0)
            out->write("\f");
        out->write(page.correctedText.toUtf8());
        m_pagesWritten = number;
    }

    void endDocument(QIODevice *) override {}

private:
    int m_pagesWritten = 0;
};

} // namespace

bool TextExporter::exportDocuments(Store &store, const QString &folder, QString *error,
                                   const ExportProgress &progress)
{
    TextSink sink;
    return writeDocumentFiles(store, folder, QStringLiteral(".txt"), Messages::tr("text"), false, sink, error,
                              progress);
}

} // namespace quire
