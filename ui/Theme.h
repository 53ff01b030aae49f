#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStyle>

class QChart;

/// Colours that follow the palette, light or dark: nothing the window draws
/// itself may vanish on a dark desktop. Colours drawn on a page image (word
/// boxes, search marks) stay as they are: the page is paper, light in any
/// palette.
namespace quire::theme {

/// The palette's window is darker than its text (a dark desktop theme).
bool isDark(const QPalette &palette);

/// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);

/// Text that reports a problem: a red with at least 4.5:1 contrast on the
/// palette's window and base.
QColor problemText(const QPalette &palette);

/// Text that matters less (a stopped worker): dimmer than the palette's
/// text but, unlike the disabled colour, still at least 4.5:1 on its base.
QColor secondaryText(const QPalette &palette);

/// Chart lines, with at least 3:1 contrast on the palette's base.
enum class Series { Primary, Secondary, Marker, Good, Warning };
QColor seriesColor(Series series, const QPalette &palette);

/// Makes @p chart (its axes already attached) follow @p palette: background,
/// title, legend, axis labels and grid.
void applyToChart(QChart *chart, const QPalette &palette);

/// @p style's standard icon @p which; on a dark palette a monochrome one (the
/// media icons: start, pause, stop) is drawn in the palette's button text
/// colour, since the styles draw them black, which vanishes on dark.
QIcon monochromeIcon(const QStyle *style, QStyle::StandardPixmap which, const QPalette &palette);

/// A dark palette for the Fusion style.
QPalette darkPalette();

/// QUIRE_PALETTE=dark starts the window in Fusion with darkPalette() (for
/// desktops whose dark setting Qt 6.4 does not follow, and for checking the
/// window on dark); =light in Fusion's light palette; unset or anything else
/// keeps the platform's style and palette. Call once the QApplication exists.
void applyEnvironmentPalette();

} // namespace quire::theme
