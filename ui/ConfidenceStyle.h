#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

/// How a word's recognition confidence is shown: a band, a colour and a line
/// style (so the band is told without the colour too), and its name for
/// screen readers. The page view, its legend and its accessible words share it.
namespace quire::confidence {

enum class Band { High, Medium, Low };

/// 90 and up high, 70 to 89 medium, below 70 low.
Band band(double confidence);
/// Drawn on the page image, which is paper in any palette: these stay fixed.
QColor colour(double confidence);
/// A word's box: tinted with its colour, outlined solid (high), dashed
/// (medium), or thick and hatched (low).
void drawBox(QPainter &painter, const QRectF &rect, double confidence);
/// "high", "medium", "low", translated.
QString bandName(double confidence);

} // namespace quire::confidence
