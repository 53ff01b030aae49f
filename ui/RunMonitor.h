#pragma once

#include "session/RunSession.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QAction;

namespace quire {

class DashboardWidget;
class PagePanel;
class QueueModel;
class RunStatusBar;
class SettingsPanel;
class ThumbnailStrip;

/// Shows a RunSession's runs in the window's views as they go: the queue of
/// documents, the strip of pages, the dashboard, the status bar, the device in
/// the settings panel and, while "follow" is on, the newest page in the page
/// panel. It only reacts to the session's signals; what it has to say goes to
/// message() for the log.
class RunMonitor final : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        QueueModel *queue = nullptr;
        ThumbnailStrip *strip = nullptr;
        PagePanel *pagePanel = nullptr;
        DashboardWidget *dashboard = nullptr;
        SettingsPanel *settingsPanel = nullptr;
        RunStatusBar *status = nullptr;
        QAction *follow = nullptr; ///< Checkable: show each page as it finishes.
    };

    RunMonitor(RunSession *session, const Views &views, QObject *parent = nullptr);

    /// The session opened the database at @p path: its documents fill the
    /// queue and its pages the strip, and the log says what it holds.
    void showDatabase(const QString &path);
    /// Refills the queue (and with @p fillStrip the strip) from the database.
    void reloadQueue(bool fillStrip);
    void updateStatus();
    /// The window is closing: the end of the run is not shown any more.
    void setClosing(bool closing);
    /// Shows the newest finished page now (when following).
    void followNewestPage();

Q_SIGNALS:
    void message(const QString &text, bool problem);
    /// A run ended; @p summary says how.
    void runFinished(const quire::RunSummary &summary);

private:
    void onStarted();
    void onScanned();
    void onDocumentChanged(qint64 documentId);
    void onPageFinished(qint64 documentId, const QString &path, const quire::PageResult &result);
    void onDocumentFailed(const QString &path, const QString &error);
    void onWorkerChanged(const quire::WorkerInfo &info);
    void onWorkerCountChanged(int count);
    void onThroughputSample(qint64 elapsedMs, double windowRate, double overallRate, int workers);
    void onFinished(const quire::RunSummary &summary);
    void refreshPageCounts();

    RunSession *m_session;
    Views m_views;
    bool m_scanned = false;
    bool m_closing = false;
    QString m_device;
    QString m_newestPath;
    int m_newestPage = 0;
    bool m_newestPending = false;
    QTimer m_followTimer;
};

} // namespace quire
