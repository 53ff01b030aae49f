#include "PaneNavigator.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPointer>

namespace quire {

PaneNavigator::PaneNavigator(QMenu *menu, QWidget *window)
    : QObject(window)
    , m_menu(menu)
    , m_window(window)
{
}

void PaneNavigator::addPane(const QString &title, const QKeySequence &shortcut, QWidget *target, QDockWidget *dock)
{
    QAction *action = m_menu->addAction(title);
    action->setShortcut(shortcut);
    // The shortcut works wherever the focus is in the window, not only in its menus.
    m_window->addAction(action);
    const QPointer<QWidget> pane(target);
    const QPointer<QDockWidget> paneDock(dock);
    connect(action, &QAction::triggered, this, [pane, paneDock] {
        if (paneDock) {
            paneDock->show();
            paneDock->raise();
        }
        if (pane)
            pane->setFocus(Qt::ShortcutFocusReason);
    });
}

} // namespace quire
