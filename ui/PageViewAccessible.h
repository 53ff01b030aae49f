#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace quire {

class PageView;

/// What a screen reader sees of a PageView: a list whose children are the
/// page's words, each named by its text and described by its confidence
/// ("confidence 82%, medium"), with its box on screen, selected as the view
/// selects it, and a press action that picks it as a click would.
class PageViewAccessible final : public QAccessibleWidget
{
public:
    explicit PageViewAccessible(PageView *view);
    ~PageViewAccessible() override;
    Q_DISABLE_COPY_MOVE(PageViewAccessible)

    /// Installs the factory that gives every PageView this interface (once).
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    PageView *view() const;

private:
    /// Word interfaces by index, registered with QAccessible (which owns them).
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace quire
