#include "ConfidenceStyle.h"

#include <QBrush>
#include <QCoreApplication>
#include <QPainter>
#include <QPen>

namespace quire::confidence {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(quire::PageView)
};

} // namespace

Band band(double confidence)
{
    if (confidence >= 90)
        return Band::High;
    if (confidence >= 70)
        return Band::Medium;
    return Band::Low;
}

QColor colour(double confidence)
{
    switch (band(confidence)) {
    case Band::High:
        return QColor(0x2e, 0xa0, 0x43); // green
    case Band::Medium:
        return QColor(0xf0, 0x96, 0x10); // orange
    case Band::Low:
        break;
    }
    return QColor(0xdc, 0x2a, 0x22); // red
}

void drawBox(QPainter &painter, const QRectF &rect, double confidence)
{
    const QColor tint = colour(confidence);
    QColor fill = tint;
    fill.setAlpha(55);
    QColor outline = tint;
    outline.setAlpha(230);
    painter.save();
    painter.fillRect(rect, fill);
    // The line tells the band too, for those who cannot tell the colours apart.
    switch (band(confidence)) {
    case Band::High:
        painter.setPen(QPen(outline, 1));
        break;
    case Band::Medium:
        painter.setPen(QPen(outline, 1.5, Qt::DashLine));
        break;
    case Band::Low:
        painter.fillRect(rect, QBrush(outline, Qt::BDiagPattern));
        painter.setPen(QPen(outline, 2));
        break;
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

QString bandName(double confidence)
{
    switch (band(confidence)) {
    case Band::High:
        return Tr::tr("high");
    case Band::Medium:
        return Tr::tr("medium");
    case Band::Low:
        break;
    }
    return Tr::tr("low");
}

} // namespace quire::confidence
