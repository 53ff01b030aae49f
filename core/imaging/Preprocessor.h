#pragma once

#include <QImage>
#include <QString>

namespace quire {

struct PreprocessOptions
{
    bool clahe = false;    ///< Contrast-limited adaptive histogram equalisation before binarizing.
    /// Otsu threshold to a black-on-white image. Off by default: Tesseract's own
    /// thresholding read the corpus better (bag-of-words recall 0.897 vs 0.888
    /// over 33 ground-truth pages, see README.md).
    bool binarize = false;
    bool deskew = true;    ///< Detect and correct small skew (within +-maxSkewDegrees).
    double maxSkewDegrees = 10.0;
};

struct PreprocessResult
{
    QImage image;           ///< The input's format (Format_Grayscale8, 0/255 when binarized; or
                            ///< Format_RGB32 when given colour and neither CLAHE nor binarizing
                            ///< was asked for); null on failure.
    double skewDegrees = 0; ///< Angle that was corrected (positive = counter-clockwise).
    QString error;
};

/// Cleans a grayscale page image with OpenCV through cv::UMat, so the same
/// code runs through OpenCL when configureOpenCl() switched it on and on the
/// CPU otherwise; both paths give the same image (see TestPreprocessor).
class Preprocessor final
{
public:
    /// @p image must be Format_Grayscale8 or Format_RGB32 (colour is kept for
    /// Tesseract, which thresholds each channel; the skew is measured on gray).
    /// When nothing needs doing (no skew, no CLAHE, no binarizing) the image
    /// comes back as it was, without a copy.
    static PreprocessResult process(const QImage &image, const PreprocessOptions &options);

    /// Scales a Format_Grayscale8 or Format_RGB32 image to @p size: area
    /// averaging when @p down, bicubic otherwise. Keeps the format; null on failure.
    static QImage resize(const QImage &image, QSize size, bool down);

    /// Rotates by a multiple of 90 degrees clockwise (0, 90, 180, 270).
    static QImage rotateQuarter(const QImage &image, int clockwiseDegrees);

    /// The stages of process(), one at a time (the same code process() runs),
    /// for benchmarks and tools. Each takes a Format_Grayscale8 image, uploads
    /// it, runs the stage through the T-API and downloads the result; each
    /// returns a null image (or 0 degrees) for other formats or when OpenCV fails.

    /// Contrast-limited adaptive histogram equalisation (clip 2.0, 8x8 tiles).
    static QImage clahe(const QImage &image);
    /// Otsu threshold to a black-on-white 0/255 image.
    static QImage otsu(const QImage &image);
    /// How far the text leans counter-clockwise, in degrees within +-@p maxDegrees;
    /// 0 for a page without enough ink.
    static double estimateSkew(const QImage &image, double maxDegrees);
    /// Turns the page counter-clockwise by @p degrees about its centre (bilinear,
    /// same size, white fill); process() corrects a skew s with rotate(-s).
    static QImage rotate(const QImage &image, double degrees);
};

} // namespace quire
