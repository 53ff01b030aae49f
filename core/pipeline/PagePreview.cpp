#include "pipeline/PagePreview.h"

#include "imaging/Preprocessor.h"
#include "pdf/DocumentReader.h"

#include <algorithm>

namespace quire {

namespace {

constexpr int kMaxThumbnailAspect = 4;

bool openWithPasswords(DocumentReader &reader, const QString &path, const QStringList &passwords, QString *error)
{
    if (reader.open(path))
        return true;
    if (reader.error() == DocumentReader::OpenError::PasswordRequired) {
        for (const QString &password : passwords) {
            if (reader.open(path, password))
                return true;
        }
    }
    *error = reader.errorString();
    return false;
}

} // namespace

PageImages PagePreview::render(const QString &path, const PageResult &result, const PipelineSettings &settings,
                               QString *error, double textPageScale)
{
    PageImages images;
    DocumentReader reader;
    if (!openWithPasswords(reader, path, settings.passwords, error))
        return images;
    const int index = result.page - 1;
    if (result.kind != PageKind::Ocr) { // text layer or blank: the page as it is, no cleanup
        const int dpi = qRound(72 * textPageScale);
        images.rendered = reader.render(index, dpi, settings.maxPixels, error).image;
        images.cleaned = images.rendered;
        return images;
    }
    // Images keep their own resolution; PDFs render at the stored DPI (0 = the image's own).
    const RenderedPage rendered = reader.render(index, result.dpi > 0 ? result.dpi : settings.dpi, settings.maxPixels,
                                                error);
    if (rendered.image.isNull())
        return images;
    images.rendered = Preprocessor::rotateQuarter(rendered.image, result.rotation);
    const PreprocessResult cleaned = Preprocessor::process(images.rendered, settings.preprocess);
    if (cleaned.image.isNull()) {
        *error = cleaned.error;
        return images;
    }
    images.cleaned = cleaned.image;
    return images;
}

QImage PagePreview::thumbnail(const QString &path, int page, int rotation, int height, const QStringList &passwords,
                              QString *error)
{
    DocumentReader reader;
    if (!openWithPasswords(reader, path, passwords, error))
        return {};
    // A low resolution first; images ignore it and are scaled below.
    const RenderedPage rendered = reader.render(page - 1, 36, 4'000'000, error);
    if (rendered.image.isNull())
        return {};
    const QImage upright = Preprocessor::rotateQuarter(rendered.image, rotation);
    // Within a box four times as wide as high: scaled to the height alone, a
    // page box of 200000 x 1 pt became a thumbnail 6.4 million pixels wide.
    return upright.scaled(QSize(std::max(1, height) * kMaxThumbnailAspect, std::max(1, height)), Qt::KeepAspectRatio,
                          Qt::SmoothTransformation);
}

} // namespace quire
