#pragma once

#include "model/Word.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace quire {

struct OcrOutput
{
    bool ok = false;
    QString error;
    WordList words;             ///< Reading order; block/line indices filled.
    double meanConfidence = -1; ///< Mean of word confidences, -1 when no words.
};

struct OrientationGuess
{
    bool ok = false;
    int clockwiseDegrees = 0; ///< Rotate the image by this much clockwise to upright it.
    float confidence = 0;     ///< Tesseract OSD orientation confidence.
};

/// One Tesseract instance, loaded once and reused for every page. Honours
/// OMP_THREAD_LIMIT (set it before the first instance). Tesseract stays
/// behind the private implementation.
class OcrEngine final
{
public:
    OcrEngine();
    ~OcrEngine();
    Q_DISABLE_COPY_MOVE(OcrEngine)

    /// Default tessdata folder of this machine (TESSDATA_PREFIX honoured).
    static QString defaultDataPath();
    /// Languages with a .traineddata in @p dataPath (empty: default), sorted, "osd" excluded.
    static QStringList installedLanguages(const QString &dataPath = {});

    /// Loads @p languages ("eng", "eng+spa"). A missing language gives an
    /// error naming it and listing those installed. @p userWordsFile (one word
    /// a line; empty: none) adds words Tesseract prefers and counts as known.
    bool init(const QString &languages, const QString &dataPath = {}, const QString &userWordsFile = {});
    QString errorString() const;
    QString languages() const;

    /// Tells how the page must be turned to read upright (Tesseract OSD,
    /// needs osd.traineddata). ok is false when OSD is missing or unsure.
    OrientationGuess detectOrientation(const QImage &image, int dpi);

    /// Progress callback: percent 0..100; return false to cancel. Called from
    /// inside Tesseract; keep it cheap.
    using Progress = std::function<bool(int percent)>;

    /// Recognizes @p image (Format_Grayscale8, Format_Mono, or Format_RGB32 for colour) at @p dpi
    /// (0: unknown, estimated from the text).
    OcrOutput recognize(const QImage &image, int dpi, const Progress &progress = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace quire
