#pragma once

#include <QKeySequence>
#include <QObject>

class QDockWidget;
class QMenu;
class QWidget;

namespace quire {

/// Keyboard access to the panes of the window: one "Go To" action per pane,
/// with a shortcut (Ctrl+1...), that shows the pane's dock if it was closed,
/// raises it and puts the focus in the pane, so no part of the window needs
/// the mouse or a long walk with Tab.
class PaneNavigator final : public QObject
{
    Q_OBJECT

public:
    /// The actions are added to @p menu (the View menu's "Go To" submenu).
    explicit PaneNavigator(QMenu *menu, QWidget *window);

    /// Adds a pane: @p target gets the focus (its focus proxy, if any);
    /// @p dock, when given, is shown and raised first.
    void addPane(const QString &title, const QKeySequence &shortcut, QWidget *target, QDockWidget *dock = nullptr);

private:
    QMenu *m_menu;
    QWidget *m_window;
};

} // namespace quire
