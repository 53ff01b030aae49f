#pragma once

#include "model/Document.h"
#include "pipeline/InputScanner.h"
#include "session/FolderWatcher.h"
#include "session/RunSummary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace quire {

class RunSession;
struct PageResult;

/// How a watched folder is fed to a run (quire-cli watch, Run > Watch Folder).
struct WatchOptions
{
    QStringList folders;
    int settleMs = 2'000;  ///< A file is taken when its size and time stayed the same this long.
    int rescanMs = 30'000; ///< Full listing of the folders, besides change events.
    int incompleteGraceMs = 60'000; ///< A file whose end is missing is taken after this long unchanged.
    QString doneFolder;   ///< Processed files go here (relative path kept); empty: they stay.
    QString failedFolder; ///< Files that failed (or had failed pages) go here; empty: they stay.
    /// Each processed document's searchable PDF goes here (relative path
    /// kept, named as PdfOutputNames names), before the file is moved; empty: none.
    QString outputPdfFolder;
    QStringList passwords;        ///< For the PDFs of encrypted inputs (the run's passwords).
    bool breakSignatures = false; ///< Write signed documents' PDFs too (their signatures break).
};

/// What became of one document a watched folder delivered.
struct WatchedDocument
{
    QString path;            ///< Where it arrived.
    QString movedTo;         ///< The done or failed folder's copy; empty when it stays.
    QString moveError;       ///< Why it was not moved, when it should have been.
    QString pdf;             ///< The searchable PDF written for it.
    QString pdfError;        ///< Why no searchable PDF was written, when one was asked for.
    DocumentStatus status = DocumentStatus::Done;
    int pages = 0;           ///< Pages of the document.
    int pagesProcessed = 0;  ///< Pages read or recognized for it now.
    int pagesFailed = 0;
    QString error;           ///< The document's error, or its first failed page's.
    QString sameContentAs;   ///< A document with the same bytes whose pages it shares.
    double seconds = 0;      ///< From its hand-over to the run until its results (and PDF) were stored.
    bool doneBefore = false; ///< Processed in an earlier watch; only moved now.
};

/// The line a person reads for @p document ("done: FILE: 3 pages in 4.2 s").
QString describe(const WatchedDocument &document);

/// Feeds a RunSession from watched folders: keeps an open-ended run going,
/// hands it each document the FolderWatcher says is complete, unless the
/// database already holds that content done (or failed) under the current
/// settings, so a file is processed once, also across restarts, and a
/// failed one is not tried again until it changes. When a document's results
/// are committed it writes its searchable PDF if asked, then moves the file to the done or failed folder if asked
/// (never overwriting: a suffix is added; never deleting), records the move
/// in the database, and tells what happened (documentHandled()).
class WatchRun final : public QObject
{
    Q_OBJECT

public:
    explicit WatchRun(RunSession *session, QObject *parent = nullptr);
    ~WatchRun() override;
    Q_DISABLE_COPY_MOVE(WatchRun)

    /// Starts watching into the session's open database with its settings,
    /// starting an open-ended run (or keeping the run going on open). False,
    /// with errorString(), when the folders or the run cannot be used.
    bool start(const WatchOptions &options);
    /// Stops watching: the pages in work finish and are stored, documents
    /// that completed are moved, queued work stays for the next time;
    /// finished() follows.
    void stop();
    bool isWatching() const;
    /// Watching, or stopping with pages or moves still going.
    bool isActive() const;
    const WatchOptions &options() const;
    QString errorString() const;

    int documentsDone() const;
    int documentsFailed() const;

Q_SIGNALS:
    void documentHandled(const quire::WatchedDocument &document);
    /// Something worth a line in the log: files left alone, workers idle, a folder that cannot be read.
    void message(const QString &text, bool problem);
    /// Watching ended: stop() was called, or the run ended by itself (summary.error says why).
    void finished(const quire::RunSummary &summary);

private:
    struct InFlight
    {
        qint64 documentId = 0;
        QString contentHash;
        qint64 modifiedMs = 0;
        QElapsedTimer clock;
        int pagesProcessed = 0;
        int pagesFailed = 0;
        QString firstError;
        QString sameContentAs;
    };
    struct Known
    {
        qint64 id = 0;
        QString contentHash;
        QString settingsKey;
        DocumentStatus status = DocumentStatus::Pending;
    };

    bool checkFolders(const WatchOptions &options);
    void loadKnown();
    void onFileReady(const InputDocument &document, qint64 modifiedMs);
    void handOver();
    void onDocumentAdded(qint64 documentId, const QString &path);
    void onPageFinished(qint64 documentId, const QString &path, const PageResult &result);
    void onDocumentFinished(qint64 documentId, const QString &path);
    void onDocumentFailed(const QString &path, const QString &error);
    void complete(const QString &path, WatchedDocument document);
    void writePdf(const QString &path, WatchedDocument document);
    void afterPdf(const QString &path, WatchedDocument document, const InFlight &flight);
    QString watchedRoot(const QString &path) const;
    void alreadyProcessed(const QString &path, const Known &known, qint64 modifiedMs);
    QString targetFolder(DocumentStatus status) const;
    void move(qint64 documentId, qint64 modifiedMs, WatchedDocument document);
    void moved(qint64 documentId, WatchedDocument document, const QString &newPath, const QString &error);
    void release(const QString &path, const WatchedDocument &document);
    void onRunFinished(const RunSummary &summary);
    void maybeFinished();

    RunSession *m_session;
    FolderWatcher m_watcher;
    WatchOptions m_options;
    QString m_settingsKey;
    QString m_error;
    bool m_watching = false;
    bool m_runEnded = true;
    bool m_finishEmitted = true;
    RunSummary m_summary;
    QHash<QString, Known> m_known;          ///< The database's documents, by path, kept current.
    QHash<QString, QString> m_doneContent;  ///< Content hash → a path done with it (current settings).
    QHash<QString, InFlight> m_inFlight;    ///< Handed to the run, not finished yet, by path.
    QHash<QString, std::pair<InputDocument, qint64>> m_changedMeanwhile; ///< New versions of files in flight.
    QSet<QString> m_seen;                   ///< Paths delivered since start().
    ScanResult m_batch;                     ///< Arrivals of this moment, handed over together.
    QTimer m_batchTimer;
    int m_movesInProgress = 0;
    int m_done = 0;
    int m_failed = 0;
};

} // namespace quire
