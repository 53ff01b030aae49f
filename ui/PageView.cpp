#include "PageView.h"

#include "ConfidenceStyle.h"

#include "PageViewAccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace quire {

namespace {

constexpr int PageMargin = 12;   // grey border around the page, in screen pixels
constexpr int EnsureMargin = 40; // room kept around a word scrolled into view
constexpr int MaxLevels = 4;     // 1, 1/2, 1/4, 1/8 of the image

// The painter draws a page fastest from a 32-bit image; a scan comes as
// Grayscale8, which would be converted again on every paint.
QImage displayable(const QImage &image)
{
    if (image.isNull())
        return {};
    if (image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

struct PageView::Private
{
    QImage rendered;
    QImage cleaned;
    // Halved copies of the shown image, made once when the zoom first asks
    // for them: bilinear sampling straight from a 2550×3300 scan at 30% zoom
    // would alias, and smooth-scaling it on every paint would be slow.
    QList<QImage> levels;
    PageResult result;
    QString message;
    double zoom = 1.0;
    bool fit = true;
    bool showCleaned = false;
    bool boxesVisible = true;
    int selected = -1;
    QList<int> highlighted;

    bool pressed = false;
    bool dragging = false;
    QPoint pressPos;
    QPoint pressScroll;

    const QImage &shown() const { return showCleaned && !cleaned.isNull() ? cleaned : rendered; }

    double scaleX() const
    {
        const QImage &image = shown();
        return result.imageSize.width() > 0 ? double(image.width()) / result.imageSize.width() : 1.0;
    }
    double scaleY() const
    {
        const QImage &image = shown();
        return result.imageSize.height() > 0 ? double(image.height()) / result.imageSize.height() : 1.0;
    }

    const QImage &level(double zoomFactor)
    {
        if (levels.isEmpty())
            levels.append(shown());
        int wanted = 0;
        while (wanted + 1 < MaxLevels && zoomFactor <= std::ldexp(1.0, -(wanted + 1)))
            ++wanted;
        while (levels.size() <= wanted) {
            const QImage &previous = levels.constLast();
            if (previous.width() < 64 || previous.height() < 64)
                break;
            levels.append(previous.scaled(previous.width() / 2, previous.height() / 2, Qt::IgnoreAspectRatio,
                                          Qt::SmoothTransformation));
        }
        return levels.at(std::min<qsizetype>(wanted, levels.size() - 1));
    }
};

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<Private>())
{
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    viewport()->setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(200, 200);
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setSingleStep(24);
    // Tab reaches the page; Left/Right then walk its words (keyPressEvent).
    setFocusPolicy(Qt::StrongFocus);
    PageViewAccessible::install();
    updateAccessibleDescription();
}

PageView::~PageView() = default;

void PageView::setPage(const PageImages &images, const PageResult &result)
{
    d->rendered = displayable(images.rendered);
    d->cleaned = displayable(images.cleaned);
    d->levels.clear();
    d->result = result;
    d->selected = -1;
    d->highlighted.clear();
    d->message.clear();
    if (d->fit)
        applyZoom(fitZoom(), QPointF(), true);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
    updateAccessibleDescription();
    QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

void PageView::clear()
{
    d->rendered = QImage();
    d->cleaned = QImage();
    d->levels.clear();
    d->result = PageResult();
    d->selected = -1;
    d->highlighted.clear();
    d->message.clear();
    updateScrollBars();
    viewport()->update();
    updateAccessibleDescription();
    QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

void PageView::setMessage(const QString &message)
{
    d->message = message;
    viewport()->update();
    updateAccessibleDescription();
}

QString PageView::message() const
{
    return d->message;
}

void PageView::setShowCleaned(bool cleaned)
{
    if (d->showCleaned == cleaned)
        return;
    const QSize before = d->shown().size();
    d->showCleaned = cleaned;
    d->levels.clear();
    if (d->shown().size() != before) {
        if (d->fit)
            applyZoom(fitZoom(), QPointF(), true);
        updateScrollBars();
    }
    viewport()->update();
}

bool PageView::showsCleaned() const
{
    return d->showCleaned;
}

void PageView::setZoom(double factor)
{
    applyZoom(factor, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0), false);
}

double PageView::zoom() const
{
    return d->zoom;
}

void PageView::zoomToFit()
{
    d->fit = true;
    applyZoom(fitZoom(), QPointF(), true);
    horizontalScrollBar()->setValue(0);
}

bool PageView::isFitToWidth() const
{
    return d->fit;
}

void PageView::zoomIn()
{
    setZoom(d->zoom * ZoomStep);
}

void PageView::zoomOut()
{
    setZoom(d->zoom / ZoomStep);
}

void PageView::setBoxesVisible(bool visible)
{
    if (d->boxesVisible == visible)
        return;
    d->boxesVisible = visible;
    viewport()->update();
}

bool PageView::boxesVisible() const
{
    return d->boxesVisible;
}

int PageView::wordAt(const QPoint &viewportPos) const
{
    if (!hasImage() || d->result.words.isEmpty())
        return -1;
    const QPointF offset = contentOffset();
    const double x = (viewportPos.x() - offset.x()) / (d->zoom * d->scaleX());
    const double y = (viewportPos.y() - offset.y()) / (d->zoom * d->scaleY());
    int best = -1;
    qint64 bestArea = 0;
    for (int i = 0; i < d->result.words.size(); ++i) {
        const QRect &box = d->result.words.at(i).box;
        if (x < box.x() || y < box.y() || x >= box.x() + box.width() || y >= box.y() + box.height())
            continue;
        const qint64 area = qint64(box.width()) * box.height();
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

void PageView::setSelectedWord(int index)
{
    if (index < 0 || index >= d->result.words.size())
        index = -1;
    d->selected = index;
    if (index >= 0)
        ensureVisible(wordRect(index));
    viewport()->update();
    updateAccessibleDescription();
    notifyAccessibleSelection();
}

int PageView::selectedWord() const
{
    return d->selected;
}

void PageView::setHighlightedWords(const QList<int> &indexes)
{
    d->highlighted.clear();
    for (int index : indexes) {
        if (index >= 0 && index < d->result.words.size())
            d->highlighted.append(index);
    }
    if (!d->highlighted.isEmpty())
        ensureVisible(wordRect(d->highlighted.constFirst()));
    viewport()->update();
}

QList<int> PageView::highlightedWords() const
{
    return d->highlighted;
}

const PageResult &PageView::result() const
{
    return d->result;
}

QImage PageView::image() const
{
    return d->shown();
}

bool PageView::hasImage() const
{
    return !d->shown().isNull();
}

QPointF PageView::mapToViewport(const QPointF &boxPoint) const
{
    const QPointF offset = contentOffset();
    return {offset.x() + boxPoint.x() * d->scaleX() * d->zoom, offset.y() + boxPoint.y() * d->scaleY() * d->zoom};
}

QRectF PageView::wordRect(int index) const
{
    if (index < 0 || index >= d->result.words.size() || !hasImage())
        return {};
    const QRect &box = d->result.words.at(index).box;
    return QRectF(mapToViewport(QPointF(box.x(), box.y())),
                  mapToViewport(QPointF(box.x() + box.width(), box.y() + box.height())));
}

QString PageView::wordDescription(int index) const
{
    if (index < 0 || index >= d->result.words.size())
        return {};
    const Word &word = d->result.words.at(index);
    return tr("“%1”, confidence %2%, %3")
        .arg(word.displayText())
        .arg(qRound(word.confidence))
        .arg(confidence::bandName(word.confidence));
}

void PageView::activateWord(int index)
{
    if (index < 0 || index >= d->result.words.size())
        return;
    setSelectedWord(index);
    Q_EMIT wordClicked(index);
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    const QImage &image = d->shown();
    if (image.isNull()) {
        painter.fillRect(exposed, palette().color(QPalette::Window));
        if (!d->message.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                             d->message);
        }
        paintFocusFrame(painter);
        return;
    }

    painter.fillRect(exposed, palette().color(QPalette::Mid));
    const QPointF offset = contentOffset();
    const QRectF page(offset, QSizeF(image.width() * d->zoom, image.height() * d->zoom));
    painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60));

    painter.setRenderHint(QPainter::SmoothPixmapTransform, d->zoom < 3.0);
    painter.drawImage(page, d->level(d->zoom));

    const WordList &words = d->result.words;
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (d->boxesVisible) {
        for (int i = 0; i < words.size(); ++i) {
            const QRectF rect = wordRect(i);
            if (!rect.intersects(exposed))
                continue;
            confidence::drawBox(painter, rect, words.at(i).confidence);
        }
    }
    // Search hits: a highlighter's yellow, visible over any confidence colour.
    for (int index : std::as_const(d->highlighted)) {
        const QRectF rect = wordRect(index).adjusted(-3, -3, 3, 3);
        if (!rect.intersects(exposed))
            continue;
        painter.fillRect(rect, QColor(0xff, 0xe0, 0x00, 110));
        painter.setPen(QPen(QColor(0xe6, 0xa1, 0x00), 2));
        painter.drawRect(rect);
    }
    if (d->selected >= 0) {
        const QRectF rect = wordRect(d->selected).adjusted(-2, -2, 2, 2);
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(80);
        painter.fillRect(rect, highlight);
        highlight.setAlpha(255);
        painter.setPen(QPen(highlight, 2));
        painter.drawRect(rect);
    }
    paintFocusFrame(painter);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (d->fit && hasImage())
        applyZoom(fitZoom(), QPointF(), true);
    updateScrollBars();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        applyZoom(d->zoom * std::pow(ZoomStep, delta / 120.0), event->position(), false);
    event->accept();
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    d->pressed = true;
    d->dragging = false;
    d->pressPos = event->position().toPoint();
    d->pressScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    event->accept();
}

void PageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!d->pressed || !(event->buttons() & Qt::LeftButton)) {
        // A hand over words says they can be clicked.
        if (wordAt(event->position().toPoint()) >= 0)
            viewport()->setCursor(Qt::PointingHandCursor);
        else
            viewport()->unsetCursor();
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint moved = event->position().toPoint() - d->pressPos;
    if (!d->dragging && moved.manhattanLength() >= QApplication::startDragDistance()) {
        d->dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (d->dragging) {
        horizontalScrollBar()->setValue(d->pressScroll.x() - moved.x());
        verticalScrollBar()->setValue(d->pressScroll.y() - moved.y());
    }
    event->accept();
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !d->pressed) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const bool wasDrag = d->dragging;
    d->pressed = false;
    d->dragging = false;
    viewport()->unsetCursor();
    event->accept();
    if (wasDrag)
        return;
    const int index = wordAt(event->position().toPoint());
    d->selected = index;
    viewport()->update();
    updateAccessibleDescription();
    notifyAccessibleSelection();
    if (index >= 0)
        Q_EMIT wordClicked(index);
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(d->result.words.size());
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (count > 0 && d->boxesVisible && hasImage() && modifiers == Qt::NoModifier) {
        int next = -1;
        switch (event->key()) {
        case Qt::Key_Right:
            next = d->selected < 0 ? 0 : std::min(count - 1, d->selected + 1);
            break;
        case Qt::Key_Left:
            next = d->selected < 0 ? 0 : std::max(0, d->selected - 1);
            break;
        case Qt::Key_Home:
            next = 0;
            break;
        case Qt::Key_End:
            next = count - 1;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (d->selected >= 0) {
                activateWord(d->selected);
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
        if (next >= 0) {
            setSelectedWord(next);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PageView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
    notifyAccessibleSelection();
}

void PageView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

// A frame in the highlight colour says the keys go to the page.
void PageView::paintFocusFrame(QPainter &painter) const
{
    if (!hasFocus())
        return;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void PageView::updateAccessibleDescription()
{
    if (!hasImage()) {
        setAccessibleDescription(d->message);
        return;
    }
    QString text = tr("%n word(s); Left and Right select a word, Enter picks it.", nullptr,
                      int(d->result.words.size()));
    if (d->selected >= 0)
        text += QLatin1Char(' ') + tr("Selected: %1.").arg(wordDescription(d->selected));
    setAccessibleDescription(text);
}

// Screen readers follow the selected word as the focused child of the page.
void PageView::notifyAccessibleSelection()
{
    if (!QAccessible::isActive() || d->selected < 0)
        return;
    QAccessibleEvent event(this, hasFocus() ? QAccessible::Focus : QAccessible::Selection);
    event.setChild(d->selected);
    QAccessible::updateAccessibility(&event);
}

bool PageView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = wordAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), wordDescription(index), viewport(),
                               wordRect(index).toAlignedRect());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PageView::applyZoom(double factor, const QPointF &anchor, bool keepFit)
{
    factor = std::clamp(factor, MinZoom, MaxZoom);
    d->fit = keepFit;
    if (qFuzzyCompare(factor, d->zoom))
        return;
    const QPointF before = contentOffset();
    const QPointF imagePoint = (anchor - before) / d->zoom;
    d->zoom = factor;
    updateScrollBars();
    // Keep the image point under the anchor where it was.
    horizontalScrollBar()->setValue(qRound(PageMargin + imagePoint.x() * factor - anchor.x()));
    verticalScrollBar()->setValue(qRound(PageMargin + imagePoint.y() * factor - anchor.y()));
    viewport()->update();
    Q_EMIT zoomChanged(d->zoom);
}

void PageView::updateScrollBars()
{
    const QImage &image = d->shown();
    const QSize area = viewport()->size();
    if (image.isNull()) {
        horizontalScrollBar()->setRange(0, 0);
        verticalScrollBar()->setRange(0, 0);
        return;
    }
    const int contentWidth = int(std::ceil(image.width() * d->zoom)) + 2 * PageMargin;
    const int contentHeight = int(std::ceil(image.height() * d->zoom)) + 2 * PageMargin;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - area.height()));
    verticalScrollBar()->setPageStep(area.height());
}

void PageView::ensureVisible(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    const QSize area = viewport()->size();
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    if (rect.right() + EnsureMargin > area.width())
        h->setValue(h->value() + qRound(rect.right() + EnsureMargin - area.width()));
    if (rect.left() - EnsureMargin < 0)
        h->setValue(h->value() + qRound(rect.left() - EnsureMargin));
    if (rect.bottom() + EnsureMargin > area.height())
        v->setValue(v->value() + qRound(rect.bottom() + EnsureMargin - area.height()));
    if (rect.top() - EnsureMargin < 0)
        v->setValue(v->value() + qRound(rect.top() - EnsureMargin));
}

QPointF PageView::contentOffset() const
{
    const QImage &image = d->shown();
    const QSize area = viewport()->size();
    const double width = image.width() * d->zoom;
    const double height = image.height() * d->zoom;
    // A page smaller than the view sits in its middle; a larger one scrolls.
    const double x = width + 2 * PageMargin <= area.width() ? std::floor((area.width() - width) / 2)
                                                             : PageMargin - horizontalScrollBar()->value();
    const double y = height + 2 * PageMargin <= area.height() ? std::floor((area.height() - height) / 2)
                                                               : PageMargin - verticalScrollBar()->value();
    return {x, y};
}

double PageView::fitZoom() const
{
    const QImage &image = d->shown();
    if (image.isNull() || image.width() <= 0)
        return d->zoom;
    const QSize available = maximumViewportSize();
    double width = available.width() - 2 * PageMargin;
    double factor = width / image.width();
    // A page taller than the view brings a vertical scroll bar, which takes width.
    if (image.height() * factor + 2 * PageMargin > available.height()
        && verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff) {
        width -= verticalScrollBar()->sizeHint().width();
        factor = width / image.width();
    }
    return std::clamp(std::floor(factor * 1000) / 1000, MinZoom, MaxZoom);
}

} // namespace quire
