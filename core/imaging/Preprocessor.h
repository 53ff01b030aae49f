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
    QImage image;           ///< Format_Grayscale8 (0/255 when binarized); null on failure.
    double skewDegrees = 0; ///< Angle that was corrected (positive = counter-clockwise).
    QString error;
};

/// Cleans a grayscale page image with OpenCV through cv::UMat, so the same
/// code runs through OpenCL when configureOpenCl() switched it on and on the
/// CPU otherwise; both paths give the same image (see TestPreprocessor).
class Preprocessor final
{
public:
    /// @p image must be Format_Grayscale8.
    static PreprocessResult process(const QImage &image, const PreprocessOptions &options);

    /// Rotates by a multiple of 90 degrees clockwise (0, 90, 180, 270).
    static QImage rotateQuarter(const QImage &image, int clockwiseDegrees);
};

} // namespace quire
