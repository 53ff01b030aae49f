#pragma once

#include "model/PageResult.h"
#include "pipeline/PageProcessor.h"
#include "pipeline/PipelineSettings.h"

#include <QImage>
#include <QString>

namespace quire {

/// Rebuilds the images of a processed page for a person to look at: the
/// rendered page (turned upright as the worker turned it) and the cleaned
/// image Tesseract saw, in the coordinate space of the stored word boxes
/// (PageResult::imageSize). No OCR runs. Safe to call from any thread (each
/// call opens its own reader); meant for a background thread.
class PagePreview final
{
public:
    /// Images for page @p result.page of @p path, at the resolution the page
    /// was processed at. Text-layer pages are rendered at 72 DPI scaled by
    /// @p textPageScale (their boxes are in points). On failure both images
    /// are null and @p error says why.
    static PageImages render(const QString &path, const PageResult &result, const PipelineSettings &settings,
                             QString *error, double textPageScale = 2.0);

    /// A small upright picture of the page, @p height pixels high (lower for
    /// a page more than four times as wide as high: its width is capped at
    /// four times @p height).
    static QImage thumbnail(const QString &path, int page, int rotation, int height,
                            const QStringList &passwords, QString *error);
};

} // namespace quire
