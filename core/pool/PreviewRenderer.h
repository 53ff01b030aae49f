#pragma once

#include "model/PageResult.h"
#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"
#include "pool/Protocol.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <deque>
#include <optional>

namespace quire {

/// A page to render for a person to look at.
struct PreviewRequest
{
    QString path;
    PageResult page;           ///< The page as stored (number, kind, dpi, rotation, size); words are not needed.
    PipelineSettings settings; ///< The cleanup and passwords the page was read with.
    int thumbnailHeight = 0;   ///< Above 0: a small upright picture this high instead of the page images.
};

/// Renders pages for the window in a helper process (quire-worker in its
/// preview role, at a lower CPU priority than the run's workers), so that a
/// page that crashes Poppler costs that process, never the window: the
/// request gets an error, and the next one starts a fresh process. One
/// request is rendered at a time, pages to show first, then pages fetched
/// ahead, then thumbnails; for each client the latest page to show wins over
/// the ones it asked for before. The last few page renders are kept.
class PreviewRenderer final : public QObject
{
    Q_OBJECT

public:
    enum class Priority {
        Show,      ///< On screen now; a newer Show of the same client replaces a waiting one.
        Prefetch,  ///< Probably next (the review's following words).
        Thumbnail, ///< Small pictures, after everything else.
    };

    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;
    Q_DISABLE_COPY_MOVE(PreviewRenderer)

    /// The program to start; default: quire-worker (Coordinator::defaultWorkerPath()).
    void setWorkerPath(const QString &path);
    /// How long one render may take before the helper is stopped (default 60 s).
    void setTimeoutMs(int timeoutMs);

    /// Asks for @p request on behalf of @p client; returns the ticket that
    /// rendered() will carry. A page kept from an earlier render is answered
    /// at once (through the event loop).
    quint64 request(const QObject *client, const PreviewRequest &request, Priority priority = Priority::Show);
    /// Forgets the requests of @p client that have not started.
    void cancel(const QObject *client);

    /// Requests of @p client not answered yet (waiting or being rendered).
    int pendingFor(const QObject *client) const;
    int waitingCount() const;
    bool isRendering() const;
    /// Helper processes that crashed or were stopped for taking too long.
    int failures() const;

Q_SIGNALS:
    /// @p images are null and @p error says why when the page could not be rendered.
    void rendered(quint64 ticket, const quire::PageImages &images, const QString &error);

private:
    struct Pending
    {
        quint64 ticket = 0;
        const QObject *client = nullptr;
        PreviewRequest request;
        Priority priority = Priority::Show;
        QString key;
    };

    void startNext();
    bool ensureProcess();
    void send(const Pending &pending);
    void readFrames();
    void onFinished(const QCborMap &reply);
    void onProcessGone(const QString &reason);
    void answer(const Pending &pending, const PageImages &images, const QString &error);
    void remember(const QString &key, const PageImages &images);

    QString m_workerPath;
    int m_timeoutMs = 60'000;
    QProcess *m_process = nullptr;
    protocol::FrameReader m_reader;
    bool m_ready = false;
    std::deque<Pending> m_waiting;
    std::optional<Pending> m_inFlight;
    QTimer m_timeout;
    quint64 m_nextTicket = 1;
    int m_failures = 0;
    QList<QPair<QString, PageImages>> m_cache; ///< Most recent first.
};

} // namespace quire
