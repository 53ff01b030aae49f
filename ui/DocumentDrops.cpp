#include "DocumentDrops.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace quire {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

DocumentDrops::DocumentDrops(QWidget *window, std::function<void(const QStringList &)> dropped)
    : QObject(window)
    , m_window(window)
    , m_dropped(std::move(dropped))
{
    window->setAcceptDrops(true);
    const auto children = window->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->setAcceptDrops(false);
    window->installEventFilter(this);
}

bool DocumentDrops::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localPaths(drag->mimeData()).isEmpty())
            drag->ignore();
        else
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (paths.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        m_dropped(paths);
        return true;
    }
    default:
        return false;
    }
}

} // namespace quire
