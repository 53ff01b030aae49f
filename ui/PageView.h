#pragma once

#include "model/PageResult.h"
#include "pipeline/PageProcessor.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QRectF>

class QPainter;

#include <memory>

namespace quire {

/// One page image with its word boxes drawn over it, told apart by
/// confidence in colour and in line (solid, dashed, hatched), so no one needs
/// the colours. Zooms with Ctrl+wheel (10% to 800%), fits the page width by
/// default, pans with the scroll bars or by dragging, and selects a word on
/// click. From the keyboard, Left/Right (Home/End) select the previous/next
/// (first/last) word and Enter or Space activates it as a click would; a
/// screen reader sees every word as a child with its text and confidence
/// (PageViewAccessible).
class PageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 8.0;
    static constexpr double ZoomStep = 1.25;

    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;
    Q_DISABLE_COPY_MOVE(PageView)

    /// Shows @p images for @p result. Word boxes are in the space of
    /// result.imageSize and are scaled to the image shown.
    void setPage(const quire::PageImages &images, const quire::PageResult &result);
    void clear();

    /// A line shown in the middle when there is no image (rendering, an error).
    void setMessage(const QString &message);
    QString message() const;

    void setShowCleaned(bool cleaned);
    bool showsCleaned() const;

    /// 1.0 shows one image pixel per screen pixel; clamped to 10%..800%.
    void setZoom(double factor);
    double zoom() const;
    /// Fits the page width into the view and keeps fitting on resize until
    /// the zoom is set otherwise.
    void zoomToFit();
    bool isFitToWidth() const;
    void zoomIn();
    void zoomOut();

    void setBoxesVisible(bool visible);
    bool boxesVisible() const;

    /// Index into result.words of the word under @p viewportPos, or -1.
    int wordAt(const QPoint &viewportPos) const;
    /// Highlights word @p index (-1: none) and scrolls it into view.
    void setSelectedWord(int index);
    int selectedWord() const;
    /// Marks words @p indexes (search hits) in yellow and scrolls the first
    /// into view; setPage() and clear() drop the marks.
    void setHighlightedWords(const QList<int> &indexes);
    QList<int> highlightedWords() const;

    const quire::PageResult &result() const;
    /// The image shown now (rendered or cleaned); null when there is none.
    QImage image() const;
    bool hasImage() const;
    /// Maps a point in the coordinate space of the word boxes to the viewport.
    QPointF mapToViewport(const QPointF &boxPoint) const;
    /// The rectangle of word @p index in viewport coordinates (empty if none).
    QRectF wordRect(int index) const;

    /// What a tooltip or a screen reader says of word @p index: its text,
    /// confidence and band ("“Quire”, confidence 82%, medium").
    QString wordDescription(int index) const;
    /// Selects word @p index and emits wordClicked(), as a click on its box does.
    void activateWord(int index);

Q_SIGNALS:
    void wordClicked(int index);
    void zoomChanged(double factor);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;

    void applyZoom(double factor, const QPointF &anchor, bool keepFit);
    void updateAccessibleDescription();
    void paintFocusFrame(QPainter &painter) const;
    void notifyAccessibleSelection();
    void updateScrollBars();
    void ensureVisible(const QRectF &viewportRect);
    QPointF contentOffset() const;
    double fitZoom() const;
};

} // namespace quire
