#pragma once

#include "session/WatchRun.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace quire {

class RunSession;

/// Run > Watch Folder…: a checkable action that watches a folder into the
/// window's open database (WatchRun over the window's RunSession). Files that
/// arrive join the run going on; their queue rows and the dashboard follow
/// from the session's signals. Unchecking stops watching and lets the pages
/// in work finish; the files stay where they are.
class WatchController final : public QObject
{
    Q_OBJECT

public:
    WatchController(RunSession *session, QWidget *window);
    ~WatchController() override;

    QAction *action() const;
    /// Watches @p folder (what the dialog does); false, with a message, when it cannot.
    bool watchFolder(const QString &folder);
    /// Stops watching; pages in work finish, the run then ends.
    void stopWatching();
    bool isWatching() const;
    QString folder() const;

Q_SIGNALS:
    /// A line for the window's log.
    void message(const QString &text, bool problem);
    void watchingChanged(bool watching);

private:
    void onTriggered(bool checked);
    void setChecked(bool checked);

    RunSession *m_session;
    QWidget *m_window;
    QAction *m_action;
    QPointer<WatchRun> m_watch;
    QString m_folder;
};

} // namespace quire
