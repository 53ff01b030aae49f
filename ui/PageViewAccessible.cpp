#include "PageViewAccessible.h"

#include "ConfidenceStyle.h"
#include "PageView.h"

#include <QAccessibleActionInterface>
#include <QPointer>

namespace quire {

namespace {

/// One word of the page, read live from the view: its index may outlast the
/// page it was made for, and is then no longer valid.
class WordAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    WordAccessible(PageView *view, int index)
        : m_view(view)
        , m_index(index)
    {
    }

    bool isValid() const override { return m_view && m_index < m_view->result().words.size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }

    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const Word &word = m_view->result().words.at(m_index);
        switch (t) {
        case QAccessible::Name:
            return word.displayText();
        case QAccessible::Description:
            return PageView::tr("confidence %1%, %2")
                .arg(qRound(word.confidence))
                .arg(confidence::bandName(word.confidence));
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->wordRect(m_index).toAlignedRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.selectable = true;
        state.focusable = true;
        const bool selected = m_view->selectedWord() == m_index;
        state.selected = selected;
        state.focused = selected && m_view->hasFocus();
        state.offscreen = !m_view->wordRect(m_index).intersects(QRectF(m_view->viewport()->rect()));
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (!isValid())
            return;
        if (name == pressAction())
            m_view->activateWord(m_index);
        else if (name == setFocusAction())
            m_view->setSelectedWord(m_index);
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        return name == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
    }

private:
    QPointer<PageView> m_view;
    int m_index;
};

QAccessibleInterface *pageViewFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("quire::PageView") && object && object->isWidgetType())
        return new PageViewAccessible(static_cast<PageView *>(object));
    return nullptr;
}

} // namespace

PageViewAccessible::PageViewAccessible(PageView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

PageViewAccessible::~PageViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void PageViewAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(pageViewFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

PageView *PageViewAccessible::view() const
{
    return static_cast<PageView *>(widget());
}

int PageViewAccessible::childCount() const
{
    return int(view()->result().words.size());
}

QAccessibleInterface *PageViewAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_children.constFind(index); found != m_children.cend())
        return QAccessible::accessibleInterface(*found);
    auto *word = new WordAccessible(view(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(word));
    return word;
}

int PageViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key() < childCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface *PageViewAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const int index = view()->wordAt(local);
    return index >= 0 ? child(index) : nullptr;
}

} // namespace quire
