#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace quire {

/// Takes files and folders dropped anywhere on a window: the window accepts
/// drops of local files, its children refuse them (so none takes a drop
/// first), and the paths go to @p dropped.
class DocumentDrops final : public QObject
{
    Q_OBJECT

public:
    DocumentDrops(QWidget *window, std::function<void(const QStringList &)> dropped);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<void(const QStringList &)> m_dropped;
};

} // namespace quire
