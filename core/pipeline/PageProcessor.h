#pragma once

#include "imaging/OpenClMode.h"
#include "model/PageResult.h"
#include "pipeline/PipelineSettings.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <functional>
#include <memory>

namespace quire {

/// What opening a document told.
struct DocumentProbe
{
    bool ok = false;
    int pageCount = 0;
    QString error; ///< Names the file and says what to do.
    QList<qint64> pagePixels; ///< Per page, the pixels to process (0 unknown): it scales the page timeout.
};

/// Images of one page kept for the preview (optional, costs memory).
struct PageImages
{
    QImage rendered; ///< After orientation correction, before cleanup.
    QImage cleaned;  ///< What Tesseract saw.
};

/// Runs the per-page pipeline in this process: classify, render, clean,
/// recognize. Holds the OCR model (loaded once) and the last opened document.
/// A worker process owns one; so does an in-process run.
class PageProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(PageProcessor)

public:
    explicit PageProcessor(const PipelineSettings &settings);
    ~PageProcessor();
    Q_DISABLE_COPY_MOVE(PageProcessor)

    /// Chooses the OpenCL mode and loads the OCR model. False with
    /// errorString() when the languages are missing or OpenCL mode On fails.
    bool init();
    QString errorString() const;
    const PipelineSettings &settings() const;
    OpenClStatus openCl() const;

    DocumentProbe probe(const QString &path);

    /// Progress in percent of the current page; return false to cancel it.
    using Progress = std::function<bool(int percent)>;

    /// Processes page @p page (1-based) of @p path. Never throws; failures
    /// come back as status Failed with an error naming file and page.
    PageResult process(const QString &path, int page, const Progress &progress = {},
                       PageImages *images = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
