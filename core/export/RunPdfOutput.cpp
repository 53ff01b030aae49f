#include "export/RunPdfOutput.h"

#include "export/PdfExporter.h"
#include "pipeline/BatchRun.h"
#include "store/Store.h"

#include <QMutexLocker>

namespace quire {

RunPdfOutput::RunPdfOutput(Store *store, const QString &folder, const SearchablePdfOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(folder)
    , m_databasePath(store->path())
    , m_options(options)
{
    m_pool.setMaxThreadCount(1); // one document at a time, in finishing order
}

RunPdfOutput::~RunPdfOutput()
{
    m_pool.waitForDone();
}

void RunPdfOutput::write(const BatchRun &run, qint64 documentId)
{
    if (!m_names) {
        QStringList inputs;
        for (const InputDocument &input : run.scan().documents)
            inputs << input.path;
        m_names.emplace(m_folder, inputs);
    }
    // The last pages may still wait in the run's batch: commit them so the
    // writing thread's connection sees them.
    m_store->flush();
    const std::optional<DocumentRecord> document = m_store->document(documentId);
    if (!document)
        return;
    m_pool.start([this, document = *document, output = m_names->outputFor(document->path)] {
        SearchablePdfReport report;
        QString message;
        const auto outcome = PdfExporter::exportDocument(m_databasePath, document, output, m_options, &report, &message);
        QMutexLocker lock(&m_mutex);
        if (outcome == SearchablePdfWriter::Outcome::Written) {
            m_written << report;
            QMetaObject::invokeMethod(this, [this, report] { Q_EMIT documentWritten(report); }, Qt::QueuedConnection);
        } else {
            (outcome == SearchablePdfWriter::Outcome::Skipped ? m_skipped : m_failed) << message;
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT documentNotWritten(message); },
                                      Qt::QueuedConnection);
        }
    });
}

void RunPdfOutput::waitForDone()
{
    m_pool.waitForDone();
}

QList<SearchablePdfReport> RunPdfOutput::written() const
{
    QMutexLocker lock(&m_mutex);
    return m_written;
}

QStringList RunPdfOutput::skipped() const
{
    QMutexLocker lock(&m_mutex);
    return m_skipped;
}

QStringList RunPdfOutput::failed() const
{
    QMutexLocker lock(&m_mutex);
    return m_failed;
}

} // namespace quire
