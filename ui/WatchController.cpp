#include "WatchController.h"

#include "FileDialogs.h"

#include "session/RunSession.h"

#include <QAction>
#include <QDir>
#include <QSignalBlocker>
#include <QWidget>

namespace quire {

WatchController::WatchController(RunSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_action(new QAction(tr("&Watch Folder…"), this))
{
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Process every document that arrives in a folder, as it arrives, into this database"));
    connect(m_action, &QAction::triggered, this, &WatchController::onTriggered);
}

WatchController::~WatchController() = default;

QAction *WatchController::action() const
{
    return m_action;
}

void WatchController::onTriggered(bool checked)
{
    if (!checked) {
        stopWatching();
        return;
    }
    setChecked(false); // checked once a folder is watched
    dialogs::chooseWatchFolder(m_window, [this](const QString &folder) { watchFolder(folder); });
}

void WatchController::setChecked(bool checked)
{
    const QSignalBlocker blocker(m_action);
    m_action->setChecked(checked);
}

bool WatchController::watchFolder(const QString &folder)
{
    if (isWatching())
        stopWatching();
    auto *watch = new WatchRun(m_session, this);
    WatchOptions options;
    options.folders = {folder};
    if (!watch->start(options)) {
        Q_EMIT message(tr("Cannot watch %1: %2").arg(QDir::toNativeSeparators(folder), watch->errorString()), true);
        delete watch;
        setChecked(false);
        return false;
    }
    m_watch = watch;
    m_folder = watch->options().folders.constFirst();
    connect(watch, &WatchRun::documentHandled, this, [this](const WatchedDocument &document) {
        Q_EMIT message(describe(document), document.status != DocumentStatus::Done);
    });
    connect(watch, &WatchRun::message, this, &WatchController::message);
    connect(watch, &WatchRun::finished, this, [this, watch] {
        watch->deleteLater();
        Q_EMIT message(tr("Stopped watching %1.").arg(QDir::toNativeSeparators(m_folder)), false);
        setChecked(false);
        Q_EMIT watchingChanged(false);
    });
    setChecked(true);
    Q_EMIT message(tr("Watching %1: documents that arrive there are processed into this database as they come.")
                       .arg(QDir::toNativeSeparators(m_folder)),
                   false);
    Q_EMIT watchingChanged(true);
    return true;
}

void WatchController::stopWatching()
{
    if (m_watch && m_watch->isWatching())
        m_watch->stop(); // finished() follows once the pages in work are stored
}

bool WatchController::isWatching() const
{
    return m_watch && m_watch->isWatching();
}

QString WatchController::folder() const
{
    return m_folder;
}

} // namespace quire
