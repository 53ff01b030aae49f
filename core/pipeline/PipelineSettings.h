#pragma once

#include "imaging/OpenClMode.h"
#include "imaging/Preprocessor.h"
#include "pipeline/Setting.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire {

/// Which pages take the fast lane of their text layer.
enum class TextLayerPolicy {
    Auto, ///< Use the text layer where it holds the page's text, OCR the rest.
    Ocr,  ///< OCR every page.
    Text, ///< Never OCR; pages without a usable text layer come out empty.
};
QString toString(TextLayerPolicy policy); ///< "auto", "ocr", "text"
std::optional<TextLayerPolicy> textLayerPolicyFromString(const QString &text);

/// Everything that decides how a page is processed.
struct PipelineSettings
{
    /// Resolution for OCR. Pages rendered by Poppler are rendered at it; a
    /// scanned page that is one image is read at the image's own resolution,
    /// capped at dpi, and raised to it only with upsample.
    int dpi = 300;
    bool upsample = false;
    QString languages = QStringLiteral("eng");
    QString tessdataPath; ///< Empty: the system's.
    TextLayerPolicy textLayer = TextLayerPolicy::Auto;
    OpenClMode openCl = OpenClMode::Auto;
    PreprocessOptions preprocess;
    bool autoRotate = true;           ///< Detect 90/180/270 page orientation (Tesseract OSD).
    /// Adaptive resolution: when above 0 (and below dpi), PDF pages are first
    /// recognized at this DPI and again at dpi only when the mean word
    /// confidence falls below adaptiveThreshold.
    int adaptiveLowDpi = 0;
    double adaptiveThreshold = 85.0;
    qint64 maxPixels = 50'000'000;    ///< Cap on a page image; larger pages are rendered at a lower DPI.
    QStringList passwords;            ///< Tried in turn on encrypted PDFs.
    /// Extra words Tesseract should know (one a line; empty: none): the
    /// person's word list. Not part of key(): finished pages stay done.
    QString userWordsFile;

    /// A short stable hash of the fields that change a page's result (not
    /// OpenCL mode, password, paths or word list): pages are stored under it.
    QString key() const;

    QJsonObject toJson() const; ///< Every field of the catalogue (not the passwords).
    static PipelineSettings fromJson(const QJsonObject &json);

    /// Every setting but the passwords, described once (Setting.h): adding a
    /// setting is a field here and an entry in the catalogue.
    static const QList<Setting<PipelineSettings>> &catalogue();
};

} // namespace quire
