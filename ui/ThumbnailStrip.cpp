#include "ThumbnailStrip.h"

#include "pool/PreviewRenderer.h"

#include <QFileInfo>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace quire {

namespace {

constexpr int Padding = 5;           // room around the page inside the icon
constexpr double LetterAspect = 8.5 / 11.0;

QRectF fitted(QSizeF size, const QRectF &box)
{
    size.scale(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.x() + (box.width() - size.width()) / 2, box.y() + (box.height() - size.height()) / 2,
                  size.width(), size.height());
}

void drawBadge(QPainter &painter, const QRectF &page)
{
    // A red frame and a "!" disc in the top right corner mark a failed page.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0xdc, 0x2a, 0x22), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(page.adjusted(1, 1, -1, -1));
    const double radius = 11;
    const QPointF centre(page.right() - radius + 3, page.top() + radius - 3);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(QColor(0xdc, 0x2a, 0x22));
    painter.drawEllipse(centre, radius, radius);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(15);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                     QStringLiteral("!"));
}

} // namespace

ThumbnailStrip::ThumbnailStrip(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(IconWidth, IconHeight));
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    const QSize grid(IconWidth + 28, IconHeight + fontMetrics().height() + 14);
    m_list->setGridSize(grid);
    m_list->setFixedHeight(grid.height() + m_list->horizontalScrollBar()->sizeHint().height()
                           + 2 * m_list->frameWidth() + 6);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_list->setAccessibleName(tr("Page thumbnails"));
    m_list->setAccessibleDescription(tr("Pages in the order they finished. Arrow keys select a page and show it; "
                                        "failed pages say why."));
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        if (m_suppressSelection)
            return;
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (selected.isEmpty())
            return;
        const QListWidgetItem *item = selected.constFirst();
        Q_EMIT pageSelected(item->data(DocumentPathRole).toString(), item->data(PageRole).toInt());
    });
    // Enter or a double click shows the page again even when already selected.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT pageSelected(item->data(DocumentPathRole).toString(), item->data(PageRole).toInt());
    });
    // Scrolling brings other thumbnails into view: they go first next time.
    // Queued: visualItemRect() in startNext() lays the list out, which moves the
    // scroll bar; a direct call would re-enter startNext() mid-loop.
    connect(m_list->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { startNext(); },
            Qt::QueuedConnection);
}

ThumbnailStrip::~ThumbnailStrip() = default;

void ThumbnailStrip::setPasswords(const QStringList &passwords)
{
    m_passwords = passwords;
}

PreviewRenderer *ThumbnailStrip::renderer()
{
    if (!m_renderer)
        setRenderer(new PreviewRenderer(this));
    return m_renderer;
}

void ThumbnailStrip::setRenderer(PreviewRenderer *renderer)
{
    if (m_renderer)
        m_renderer->cancel(this);
    disconnect(m_rendererConnection);
    m_inFlight.clear();
    m_renderer = renderer;
    m_rendererConnection = connect(renderer, &PreviewRenderer::rendered, this, &ThumbnailStrip::onRendered);
    startNext();
}

void ThumbnailStrip::clear()
{
    // Pictures on their way are dropped when they arrive: their items are gone.
    m_inFlight.clear();
    if (m_renderer)
        m_renderer->cancel(this);
    m_pending.clear();
    m_items.clear();
    m_suppressSelection = true;
    m_list->clear();
    m_suppressSelection = false;
}

void ThumbnailStrip::addPage(const QString &documentPath, const PageResult &result)
{
    const QString name = QFileInfo(documentPath).fileName();
    const bool failed = result.status == PageStatus::Failed;
    auto *item = new QListWidgetItem;
    item->setData(DocumentPathRole, documentPath);
    item->setData(PageRole, result.page);
    item->setData(PageFailedRole, failed);
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);

    QString tip;
    if (result.page <= 0) {
        // The document could not be opened: there is no page to picture.
        item->setText(name);
        tip = tr("%1\nCould not be opened: %2").arg(documentPath, result.error);
    } else {
        item->setText(tr("%1 p%2").arg(name).arg(result.page));
        tip = tr("%1, page %2").arg(documentPath).arg(result.page);
        if (failed)
            tip += QLatin1Char('\n') + tr("Failed: %1").arg(result.error);
    }
    item->setToolTip(tip);
    // A screen reader reads the whole line, not the elided label under the picture.
    item->setData(Qt::AccessibleTextRole, result.page <= 0 ? tr("%1, could not be opened").arg(name)
                                          : failed       ? tr("%1, page %2, failed").arg(name).arg(result.page)
                                                         : tr("%1, page %2").arg(name).arg(result.page));
    item->setData(Qt::AccessibleDescriptionRole, tip);
    item->setIcon(decorate(placeholder(result.page <= 0), failed || result.page <= 0));
    m_list->addItem(item);

    if (result.page <= 0) {
        item->setData(ThumbnailStateRole, int(ThumbnailState::Failed));
        return;
    }
    item->setData(ThumbnailStateRole, int(ThumbnailState::Pending));
    Request request;
    request.id = m_nextId++;
    request.path = documentPath;
    request.page = result.page;
    request.rotation = result.rotation;
    m_items.insert(request.id, item);
    m_pending.append(request);
    startNext();
}

int ThumbnailStrip::count() const
{
    return m_list->count();
}

QListWidget *ThumbnailStrip::listWidget() const
{
    return m_list;
}

bool ThumbnailStrip::selectPage(const QString &documentPath, int page)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(PageRole).toInt() == page && item->data(DocumentPathRole).toString() == documentPath) {
            m_suppressSelection = true;
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            m_suppressSelection = false;
            return true;
        }
    }
    return false;
}

void ThumbnailStrip::startNext()
{
    if (m_starting)
        return; // laying the list out below can call back into here
    const QScopedValueRollback guard(m_starting, true);
    const QRect visible = m_list->viewport()->rect();
    while (m_inFlight.size() < MaxInFlight && !m_pending.isEmpty()) {
        qsizetype chosen = 0;
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            QListWidgetItem *item = m_items.value(m_pending.at(i).id);
            if (item && m_list->visualItemRect(item).intersects(visible)) {
                chosen = i;
                break;
            }
        }
        const Request request = m_pending.takeAt(chosen);
        PreviewRequest preview;
        preview.path = request.path;
        preview.page.page = request.page;
        preview.page.rotation = request.rotation;
        preview.settings.passwords = m_passwords;
        preview.thumbnailHeight = int(std::lround((IconHeight - 2 * Padding) * devicePixelRatioF()));
        m_inFlight.insert(renderer()->request(this, preview, PreviewRenderer::Priority::Thumbnail), request.id);
    }
}

void ThumbnailStrip::onRendered(quint64 ticket, const PageImages &images, const QString &error)
{
    const auto found = m_inFlight.constFind(ticket);
    if (found == m_inFlight.cend())
        return; // someone else's, or from before clear()
    const quint64 id = *found;
    m_inFlight.erase(found);
    if (QListWidgetItem *item = m_items.take(id)) {
        if (images.rendered.isNull()) {
            item->setData(ThumbnailStateRole, int(ThumbnailState::Failed));
            item->setToolTip(item->toolTip() + QLatin1Char('\n') + tr("No thumbnail: %1").arg(error));
        } else {
            item->setIcon(decorate(images.rendered, item->data(PageFailedRole).toBool()));
            item->setData(ThumbnailStateRole, int(ThumbnailState::Ready));
        }
    }
    startNext();
}

QIcon ThumbnailStrip::decorate(const QImage &picture, bool failed) const
{
    const qreal ratio = devicePixelRatioF();
    QPixmap canvas(QSize(IconWidth, IconHeight) * ratio);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    const QRectF box(Padding, Padding, IconWidth - 2 * Padding, IconHeight - 2 * Padding);
    const QRectF page = fitted(QSizeF(picture.size()) / picture.devicePixelRatio(), box);
    painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 50));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(page, picture);
    painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1));
    painter.drawRect(page.adjusted(0, 0, -1, -1));
    if (failed)
        drawBadge(painter, page);
    painter.end();
    return QIcon(canvas);
}

QImage ThumbnailStrip::placeholder(bool failed) const
{
    // A blank page with grey lines where text would be.
    const QSize size(int(std::lround((IconHeight - 2 * Padding) * LetterAspect)), IconHeight - 2 * Padding);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xf2, 0xf2));
    QPainter painter(&image);
    const QColor line(0xd8, 0xd8, 0xd8);
    for (int y = 14; y < size.height() - 12; y += 9)
        painter.fillRect(QRect(10, y, size.width() - (y % 27 == 14 ? 30 : 20), 3), line);
    if (failed)
        painter.fillRect(image.rect(), QColor(0xdc, 0x2a, 0x22, 40));
    return image;
}

} // namespace quire
