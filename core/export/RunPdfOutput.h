#pragma once

#include "export/PdfOutputNames.h"
#include "export/SearchablePdfWriter.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace quire {

class BatchRun;
class Store;

/// Writes each document's searchable PDF as soon as its last page is done
/// during a run (quire-cli run --output-pdf DIR). Told of each finished
/// document (RunSession::documentFinished, which also names each path with
/// the same content), it makes the run's Store commit what it queued, and
/// writes the PDF on a thread of its own over its own connection to the
/// database, one document at a time, so the run's thread never waits for
/// it. Names follow PdfOutputNames over the run's inputs.
class RunPdfOutput final : public QObject
{
    Q_OBJECT

public:
    RunPdfOutput(Store *store, const QString &folder, const SearchablePdfOptions &options,
                 QObject *parent = nullptr);
    ~RunPdfOutput() override; ///< Waits for the PDF being written.

    /// Writes the PDF of @p documentId, a finished document of @p run.
    void write(const BatchRun &run, qint64 documentId);
    /// Blocks until every PDF asked for so far is written (the command line
    /// calls it once the run is over; never on a GUI thread).
    void waitForDone();

    QList<SearchablePdfReport> written() const;
    QStringList skipped() const; ///< Messages: signed documents left alone.
    QStringList failed() const;  ///< Messages: documents whose PDF could not be written.

Q_SIGNALS:
    /// From the writing thread, queued to this object's thread.
    void documentWritten(const quire::SearchablePdfReport &report);
    void documentNotWritten(const QString &message);

private:
    Store *m_store;
    QString m_folder;
    QString m_databasePath;
    SearchablePdfOptions m_options;
    std::optional<PdfOutputNames> m_names; ///< Over the run's inputs, made at its first finished document.
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QList<SearchablePdfReport> m_written;
    QStringList m_skipped;
    QStringList m_failed;
};

} // namespace quire
