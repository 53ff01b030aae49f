#include "imaging/Preprocessor.h"

#include <QTransform>

#include <opencv2/core.hpp>
#include <opencv2/core/ocl.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

using namespace Qt::StringLiterals;

namespace quire {

namespace detail {
void applyOpenClModeToThisThread(); // OpenClMode.cpp
} // namespace detail

namespace {

constexpr double kClaheClipLimit = 2.0;
constexpr int kClaheTiles = 8;
constexpr double kMinCorrectedSkew = 0.3;  // degrees; smaller angles are left alone
constexpr int kSkewAnalysisWidth = 1000;   // px; the angle is searched on a copy about this wide
constexpr double kMinContrast = 32;        // max - min gray below this: no text on the page
constexpr size_t kMaxSkewPoints = 200000;  // ink points used by the angle search
constexpr size_t kCoarseSkewStride = 4;     // the coarse 0.25-degree search counts every 4th of them

// Sharpness of the horizontal projection of the ink points when the page is
// turned by @p degrees: the sum of squared counts per row. Text lines that
// run level give few, full rows and the largest sum.
// Every @p stride-th point is counted: the coarse search needs no more.
double projectionScore(const std::vector<cv::Point> &points, double degrees, int offset,
                       std::vector<int> &bins, size_t stride = 1)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    const float s = float(std::sin(radians));
    const float c = float(std::cos(radians));
    std::fill(bins.begin(), bins.end(), 0);
    const int last = int(bins.size()) - 1;
    // The offset keeps every row non-negative (|angle| < 45), so truncating
    // after adding a half rounds to nearest, without a call to lround.
    const float shift = float(offset) + 0.5f;
    for (size_t i = 0; i < points.size(); i += stride) {
        const cv::Point &p = points[i];
        const int row = int(float(p.y) * c + float(p.x) * s + shift);
        ++bins[size_t(std::clamp(row, 0, last))];
    }
    double score = 0;
    for (int count : bins)
        score += double(count) * count;
    return score;
}

// Estimates how far the text is turned counter-clockwise (degrees, within
// +-maxDegrees) by a coarse-to-fine search of the projection profile of a
// downscaled, binarized copy. Returns 0 for pages without enough ink.
double estimateSkewAngle(const cv::UMat &gray, double maxDegrees)
{
    const int factor = std::max(1, int(std::lround(double(gray.cols) / kSkewAnalysisWidth)));
    cv::UMat small;
    if (factor > 1)
        cv::resize(gray, small, cv::Size(gray.cols / factor, gray.rows / factor), 0, 0,
                   cv::INTER_AREA);
    else
        small = gray;
    cv::UMat inkU;
    cv::threshold(small, inkU, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat ink;
    inkU.copyTo(ink);

    std::vector<cv::Point> points;
    cv::findNonZero(ink, points);
    const size_t total = size_t(ink.total());
    // Too little ink to measure, or more ink than paper (a photo, an inverted page).
    if (points.size() < 100 || points.size() > total / 2)
        return 0;
    if (points.size() > kMaxSkewPoints) {
        const size_t step = (points.size() + kMaxSkewPoints - 1) / kMaxSkewPoints;
        std::vector<cv::Point> thinned;
        thinned.reserve(points.size() / step + 1);
        for (size_t i = 0; i < points.size(); i += step)
            thinned.push_back(points[i]);
        points.swap(thinned);
    }

    const int offset = ink.cols; // x * sin can push a row up by at most the width
    std::vector<int> bins(size_t(ink.rows + 2 * ink.cols + 2));

    // The best angle from @p start over [from, to] in steps, scoring every
    // @p stride-th point.
    auto search = [&](double start, double from, double to, double step, size_t stride) {
        double best = start;
        double bestScore = projectionScore(points, start, offset, bins, stride);
        const int steps = int(std::lround((to - from) / step));
        for (int i = 0; i <= steps; ++i) {
            const double angle = from + i * step;
            if (std::abs(angle) > maxDegrees + 1e-9)
                continue;
            const double score = projectionScore(points, angle, offset, bins, stride);
            // Ties go to the angle nearer zero, so a page without a clear
            // direction is not turned.
            if (score > bestScore || (score == bestScore && std::abs(angle) < std::abs(best))) {
                bestScore = score;
                best = angle;
            }
        }
        return best;
    };
    // Coarse over the whole range on a quarter of the points (callgrind: the
    // search was 4% of a page's instructions), then finer on all of them.
    const double coarse = search(0.0, -maxDegrees, maxDegrees, 0.25, kCoarseSkewStride);
    const double fine = search(coarse, coarse - 0.25, coarse + 0.25, 0.05, 1);
    return search(fine, fine - 0.05, fine + 0.05, 0.01, 1);
}

cv::UMat claheStage(const cv::UMat &gray)
{
    cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(kClaheClipLimit, cv::Size(kClaheTiles, kClaheTiles));
    cv::UMat equalised;
    clahe->apply(gray, equalised);
    return equalised;
}

cv::UMat otsuStage(const cv::UMat &gray)
{
    cv::UMat binary;
    cv::threshold(gray, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    return binary;
}

// Turns the page counter-clockwise by @p degrees about its centre.
cv::UMat rotateStage(const cv::UMat &gray, double degrees)
{
    const cv::Point2f center(float(gray.cols) / 2.0f, float(gray.rows) / 2.0f);
    const cv::Mat rotation = cv::getRotationMatrix2D(center, degrees, 1.0);
    cv::UMat rotated;
    cv::warpAffine(gray, rotated, rotation, gray.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(255, 255, 255, 255));
    return rotated;
}

// Copies a Format_Grayscale8 or Format_RGB32 image into a UMat (to the OpenCL device when it is on).
cv::UMat toUMat(const QImage &image)
{
    const int type = image.format() == QImage::Format_RGB32 ? CV_8UC4 : CV_8UC1;
    const cv::Mat wrapped(image.height(), image.width(), type,
                          const_cast<uchar *>(image.constBits()), size_t(image.bytesPerLine()));
    cv::UMat gray;
    wrapped.copyTo(gray);
    return gray;
}

QImage toQImage(const cv::UMat &src, const QImage &like)
{
    cv::Mat mat;
    src.copyTo(mat);
    const bool colour = mat.type() == CV_8UC4;
    QImage out(mat.cols, mat.rows, colour ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    if (out.isNull())
        return {};
    for (int y = 0; y < mat.rows; ++y)
        std::memcpy(out.scanLine(y), mat.ptr(y), size_t(mat.cols) * mat.elemSize());
    out.setDotsPerMeterX(like.dotsPerMeterX());
    out.setDotsPerMeterY(like.dotsPerMeterY());
    return out;
}

/// Why @p image cannot be cleaned; empty when it can.
QString unusableImage(const QImage &image)
{
    if (image.isNull())
        return u"Cannot clean the page image: the image is empty."_s;
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB32) {
        return u"Cannot clean the page image: it must be 8-bit grayscale or 32-bit RGB "
               "(QImage format %1 was given); convert it first."_s
            .arg(int(image.format()));
    }
    return {};
}

/// Black and white through Otsu's threshold; a blank page, where Otsu has
/// nothing to split, stays blank.
cv::UMat binarizeStage(const cv::UMat &gray, bool blank)
{
    if (blank) {
        cv::UMat binary;
        cv::threshold(gray, binary, 127, 255, cv::THRESH_BINARY);
        return binary;
    }
    return otsuStage(gray);
}

} // namespace

PreprocessResult Preprocessor::process(const QImage &image, const PreprocessOptions &options)
{
    PreprocessResult result;
    result.error = unusableImage(image);
    if (!result.error.isEmpty())
        return result;
    const bool colour = image.format() == QImage::Format_RGB32;

    try {
        detail::applyOpenClModeToThisThread();

        // Colour survives only when no stage needs gray.
        const bool keepColour = colour && !options.clahe && !options.binarize;
        // The page itself, not a copy: every stage below writes a new image.
        // (Through OpenCL this uploads it; the Mat outlives the UMats.)
        const cv::Mat page(image.height(), image.width(), colour ? CV_8UC4 : CV_8UC1,
                           const_cast<uchar *>(image.constBits()), size_t(image.bytesPerLine()));
        cv::UMat gray;
        cv::UMat source; // what is turned by deskew: colour or gray
        if (colour) {
            source = page.getUMat(cv::ACCESS_READ);
            cv::cvtColor(source, gray, cv::COLOR_BGRA2GRAY);
        } else {
            gray = page.getUMat(cv::ACCESS_READ);
        }
        bool changed = colour && !keepColour;

        if (options.clahe) {
            gray = claheStage(gray);
            changed = true;
        }

        double minValue = 0;
        double maxValue = 0;
        cv::minMaxLoc(gray, &minValue, &maxValue);
        const bool blank = maxValue - minValue < kMinContrast;

        const double maxSkew = std::clamp(options.maxSkewDegrees, 0.0, 45.0);
        if (options.deskew && !blank && maxSkew > 0) {
            const double angle = estimateSkewAngle(gray, maxSkew);
            if (std::abs(angle) >= kMinCorrectedSkew) {
                // The text leans counter-clockwise by angle: turn it back clockwise.
                if (keepColour)
                    source = rotateStage(source, -angle);
                else
                    gray = rotateStage(gray, -angle);
                result.skewDegrees = angle;
                changed = true;
            }
        }

        if (options.binarize) {
            gray = binarizeStage(gray, blank);
            changed = true;
        }

        // Nothing changed: hand the image on as it is, no copy.
        result.image = !changed ? image : toQImage(keepColour ? source : gray, image);
        if (result.image.isNull())
            result.error = u"Cannot clean the page image: out of memory for a %1x%2 image."_s.arg(
                image.width())
                               .arg(image.height());
    } catch (const cv::Exception &e) {
        result = PreprocessResult();
        result.error = u"OpenCV failed while cleaning the page image: %1. If this happens with "
                       "OpenCL on, try --opencl off."_s.arg(QString::fromStdString(e.what()).trimmed());
    } catch (const std::bad_alloc &) {
        result = PreprocessResult();
        result.error = u"Cannot clean the page image: out of memory for a %1x%2 image."_s.arg(
            image.width())
                           .arg(image.height());
    }
    return result;
}

QImage Preprocessor::resize(const QImage &image, QSize size, bool down)
{
    if (image.isNull() || size.isEmpty()
        || (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_RGB32))
        return {};
    try {
        const int type = image.format() == QImage::Format_Grayscale8 ? CV_8UC1 : CV_8UC4;
        const cv::Mat in(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                         size_t(image.bytesPerLine()));
        QImage out(size, image.format());
        if (out.isNull())
            return {};
        cv::Mat target(out.height(), out.width(), type, out.bits(), size_t(out.bytesPerLine()));
        cv::resize(in, target, target.size(), 0, 0, down ? cv::INTER_AREA : cv::INTER_CUBIC);
        out.setDotsPerMeterX(image.dotsPerMeterX());
        out.setDotsPerMeterY(image.dotsPerMeterY());
        return out;
    } catch (const cv::Exception &) {
        return {};
    }
}

namespace {

bool isGray(const QImage &image)
{
    return !image.isNull() && image.format() == QImage::Format_Grayscale8;
}

// Runs one stage on a QImage: upload, stage, download. A null image when the
// input is not grayscale or OpenCV fails.
template<typename Stage>
QImage runStage(const QImage &image, Stage stage)
{
    if (!isGray(image))
        return {};
    try {
        detail::applyOpenClModeToThisThread();
        return toQImage(stage(toUMat(image)), image);
    } catch (const cv::Exception &) {
        return {};
    } catch (const std::bad_alloc &) {
        return {};
    }
}

} // namespace

QImage Preprocessor::clahe(const QImage &image)
{
    return runStage(image, [](const cv::UMat &gray) { return claheStage(gray); });
}

QImage Preprocessor::otsu(const QImage &image)
{
    return runStage(image, [](const cv::UMat &gray) { return otsuStage(gray); });
}

QImage Preprocessor::rotate(const QImage &image, double degrees)
{
    return runStage(image, [degrees](const cv::UMat &gray) { return rotateStage(gray, degrees); });
}

double Preprocessor::estimateSkew(const QImage &image, double maxDegrees)
{
    if (!isGray(image))
        return 0;
    try {
        detail::applyOpenClModeToThisThread();
        return estimateSkewAngle(toUMat(image), std::clamp(maxDegrees, 0.0, 45.0));
    } catch (const cv::Exception &) {
        return 0;
    } catch (const std::bad_alloc &) {
        return 0;
    }
}

QImage Preprocessor::rotateQuarter(const QImage &image, int clockwiseDegrees)
{
    const int degrees = ((clockwiseDegrees % 360) + 360) % 360;
    if (image.isNull() || degrees == 0 || degrees % 90 != 0)
        return image;
    // QTransform::rotate turns clockwise on screen (y points down).
    QImage rotated = image.transformed(QTransform().rotate(degrees));
    if (degrees == 180) {
        rotated.setDotsPerMeterX(image.dotsPerMeterX());
        rotated.setDotsPerMeterY(image.dotsPerMeterY());
    } else {
        rotated.setDotsPerMeterX(image.dotsPerMeterY());
        rotated.setDotsPerMeterY(image.dotsPerMeterX());
    }
    return rotated;
}

} // namespace quire
