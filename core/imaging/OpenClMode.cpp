#include "imaging/OpenClMode.h"

#include "imaging/Preprocessor.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

#include <opencv2/core.hpp>
#include <opencv2/core/ocl.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace quire {

// OpenCV's switch (cv::ocl::setUseOpenCL) is per thread. configureOpenCl()
// records the process-wide decision here and Preprocessor applies it to
// whichever thread it runs on (see applyOpenClModeToThisThread below).
namespace detail {
void applyOpenClModeToThisThread();
} // namespace detail

namespace {

enum class Decision { Unset, Cpu, OpenCl };

std::atomic<Decision> g_decision{Decision::Unset};

// Set while configureOpenCl(Auto) times both paths on this thread: the
// measurement flips OpenCV's switch itself and Preprocessor must not undo it.
thread_local bool t_measuring = false;

QMutex &configMutex()
{
    static QMutex mutex;
    return mutex;
}

struct Cache
{
    bool valid = false;
    OpenClMode mode = OpenClMode::Auto;
    OpenClStatus status;
};

Cache &cache()
{
    static Cache c;
    return c;
}

QString deviceTypeName(int type)
{
    if (type & cv::ocl::Device::TYPE_GPU)
        return u"GPU"_s;
    if (type & cv::ocl::Device::TYPE_CPU)
        return u"CPU"_s;
    if (type & cv::ocl::Device::TYPE_ACCELERATOR)
        return u"accelerator"_s;
    return u"other"_s;
}

// Lists the OpenCL devices through the platform query only: it does not create
// OpenCV's OpenCL context, so OPENCV_OPENCL_DEVICE can still be set afterwards.
bool anyGpuDevice()
{
    if (!cv::ocl::haveOpenCL())
        return false;
    std::vector<cv::ocl::PlatformInfo> platforms;
    cv::ocl::getPlatfomsInfo(platforms);
    for (const cv::ocl::PlatformInfo &platform : platforms) {
        for (int i = 0; i < platform.deviceNumber(); ++i) {
            cv::ocl::Device device;
            platform.getDevice(device, i);
            if (device.type() & cv::ocl::Device::TYPE_GPU)
                return true;
        }
    }
    return false;
}

QString describeDefaultDevice()
{
    const cv::ocl::Device &device = cv::ocl::Device::getDefault();
    if (!device.available())
        return {};
    return u"%1 (%2, %3, %4)"_s.arg(QString::fromStdString(device.name()).trimmed(),
                                    QString::fromStdString(device.vendorName()).trimmed(),
                                    deviceTypeName(device.type()),
                                    QString::fromStdString(device.version()).trimmed());
}

bool defaultDeviceIsGpu()
{
    const cv::ocl::Device &device = cv::ocl::Device::getDefault();
    return device.available() && (device.type() & cv::ocl::Device::TYPE_GPU);
}

QString defaultDeviceName()
{
    return QString::fromStdString(cv::ocl::Device::getDefault().name()).trimmed();
}

// A Letter page at 300 dpi (2550x3300) with 60 lines of word-sized dark
// blocks on light gray paper, turned 1.5 degrees: enough ink and skew
// that the speed check runs every stage of a real cleanup. Drawn on a cv::Mat,
// which never touches OpenCL.
QImage syntheticPage()
{
    constexpr int width = 2550;
    constexpr int height = 3300;
    cv::Mat page(height, width, CV_8UC1, cv::Scalar(245));
    unsigned seed = 12345;
    auto next = [&seed](int range) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 16) % unsigned(range));
    };
    for (int line = 0; line < 60; ++line) {
        const int top = 200 + line * 48;
        int x = 250;
        while (x < width - 300) {
            const int word = 40 + next(160);
            cv::rectangle(page, cv::Rect(x, top, word, 26 + next(6)), cv::Scalar(20 + next(40)),
                          cv::FILLED);
            x += word + 18 + next(10);
        }
    }
    cv::Mat skewed;
    const cv::Mat rotation =
        cv::getRotationMatrix2D(cv::Point2f(width / 2.0f, height / 2.0f), 1.5, 1.0);
    cv::warpAffine(page, skewed, rotation, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(245));
    QImage image(width, height, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), skewed.ptr(y), size_t(width));
    return image;
}

// Milliseconds of the fastest of a few cleanups (CLAHE, deskew with its
// rotation, Otsu) of @p page on the path OpenCV's switch on this thread
// selects, after one untimed run that compiles the OpenCL kernels. Negative
// when the cleanup fails.
double timeCleanup(const QImage &page)
{
    constexpr int kRuns = 3;
    PreprocessOptions options;
    options.clahe = true;
    options.binarize = true;
    if (!Preprocessor::process(page, options).error.isEmpty())
        return -1;
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        // process() downloads its result, so the OpenCL queue is drained here.
        const PreprocessResult result = Preprocessor::process(page, options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result.error.isEmpty())
            return -1;
        best = std::min(best, ms);
    }
    return best;
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 1 : 0);
}

OpenClStatus cpuStatus(const QString &device)
{
    cv::ocl::setUseOpenCL(false);
    g_decision = Decision::Cpu;
    OpenClStatus status;
    status.device = device;
    return status;
}

// Times the same cleanup through OpenCL (already switched on for this thread)
// and on the CPU, and keeps the faster. Kernel compilation is left out: each
// path runs once untimed first.
OpenClStatus measureAndChoose()
{
    const QString device = defaultDeviceName();
    const QImage page = syntheticPage();
    if (page.isNull())
        return cpuStatus(u"CPU (no memory for the OpenCL speed check)"_s);

    struct Measuring
    {
        Measuring() { t_measuring = true; }
        ~Measuring() { t_measuring = false; }
        Q_DISABLE_COPY_MOVE(Measuring)
    };
    double openClMs = -1;
    double cpuMs = -1;
    {
        const Measuring measuring;
        openClMs = timeCleanup(page);
        cv::ocl::setUseOpenCL(false);
        cpuMs = timeCleanup(page);
    }

    if (openClMs < 0)
        return cpuStatus(u"CPU (the cleanup failed through OpenCL on %1)"_s.arg(device));
    if (cpuMs >= 0 && cpuMs <= openClMs)
        return cpuStatus(u"CPU (faster than OpenCL on %1: %2 ms vs %3 ms)"_s.arg(
            device, formatMs(cpuMs), formatMs(openClMs)));
    cv::ocl::setUseOpenCL(true);
    g_decision = Decision::OpenCl;
    const QString cpu = cpuMs >= 0 ? u"%1 ms on the CPU"_s.arg(formatMs(cpuMs))
                                   : u"the cleanup failed on the CPU"_s;
    return OpenClStatus{true, u"%1 (OpenCL, %2 ms vs %3)"_s.arg(device, formatMs(openClMs), cpu), {}};
}

OpenClStatus configure(OpenClMode mode)
{
    switch (mode) {
    case OpenClMode::Off:
        return cpuStatus(u"CPU (OpenCL off)"_s);

    case OpenClMode::Auto: {
        // Only a GPU is measured. PoCL's CPU device shares the cores the CPU
        // path already uses and loses the whole cleanup about 3x
        // (quire-bench-preprocess, 2550x3300 page, 2 busy cores, CPU vs PoCL,
        // median ms: CLAHE 50 vs 164, rotation 54 vs 275, skew estimate 33 vs
        // 35, default cleanup 83 vs 254, with CLAHE and Otsu 122 vs 363; only
        // Otsu alone wins, 25 vs 8, as PoCL reuses its buffers where the CPU
        // path faults in fresh pages). QUIRE_OPENCL_AUTO_MEASURE=1 measures
        // any device (for tests, and for trying a new driver).
        const bool measureAnyDevice = qEnvironmentVariableIntValue("QUIRE_OPENCL_AUTO_MEASURE") == 1;
        // Without the user's OPENCV_OPENCL_DEVICE, OpenCV only ever picks a
        // GPU. Asking it (useOpenCL) when there is none would mark this thread
        // as "no OpenCL" for good, so look at the device list first.
        const bool userChoice = qEnvironmentVariableIsSet("OPENCV_OPENCL_DEVICE");
        const bool gpu = anyGpuDevice();
        if (!userChoice && !gpu && !measureAnyDevice)
            return cpuStatus(u"CPU (no OpenCL GPU)"_s);
        if (!cv::ocl::haveOpenCL())
            return cpuStatus(u"CPU (no OpenCL GPU)"_s);
        if (!userChoice && !gpu)
            qputenv("OPENCV_OPENCL_DEVICE", ":CPU:"); // as for On: let OpenCV take PoCL
        cv::ocl::setUseOpenCL(true);
        if (!cv::ocl::useOpenCL() || (!defaultDeviceIsGpu() && !measureAnyDevice))
            return cpuStatus(u"CPU (no OpenCL GPU)"_s);
        return measureAndChoose();
    }

    case OpenClMode::On: {
        const QString missing =
            u"OpenCL was asked for (--opencl on) but no OpenCL device was found; "
            "install pocl-opencl-icd or use --opencl auto"_s;
        if (!cv::ocl::haveOpenCL()) {
            OpenClStatus status = cpuStatus(u"CPU (no OpenCL device)"_s);
            status.error = missing;
            return status;
        }
        // OpenCV's default device search covers GPUs only; let it take a CPU
        // device (PoCL) as well. Read by OpenCV when it creates its context,
        // which is why this must come before any other OpenCV call.
        if (!qEnvironmentVariableIsSet("OPENCV_OPENCL_DEVICE") && !anyGpuDevice())
            qputenv("OPENCV_OPENCL_DEVICE", ":CPU:");
        cv::ocl::setUseOpenCL(true);
        if (!cv::ocl::useOpenCL()) {
            OpenClStatus status = cpuStatus(u"CPU (no OpenCL device)"_s);
            status.error = missing;
            return status;
        }
        g_decision = Decision::OpenCl;
        return OpenClStatus{true, describeDefaultDevice(), {}};
    }
    }
    return cpuStatus(u"CPU (OpenCL off)"_s);
}

} // namespace

QString toString(OpenClMode mode)
{
    switch (mode) {
    case OpenClMode::Auto:
        return u"auto"_s;
    case OpenClMode::On:
        return u"on"_s;
    case OpenClMode::Off:
        return u"off"_s;
    }
    return u"auto"_s;
}

std::optional<OpenClMode> openClModeFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "auto"_L1)
        return OpenClMode::Auto;
    if (t == "on"_L1)
        return OpenClMode::On;
    if (t == "off"_L1)
        return OpenClMode::Off;
    return std::nullopt;
}

OpenClStatus configureOpenCl(OpenClMode mode)
{
    QMutexLocker locker(&configMutex());
    Cache &c = cache();
    if (c.valid && c.mode == mode) {
        detail::applyOpenClModeToThisThread();
        return c.status;
    }
    OpenClStatus status;
    try {
        status = configure(mode);
    } catch (const cv::Exception &e) {
        status = cpuStatus(u"CPU (OpenCL failed)"_s);
        if (mode == OpenClMode::On)
            status.error = u"OpenCL was asked for (--opencl on) but could not be started: %1"_s.arg(
                QString::fromStdString(e.what()).trimmed());
    }
    c.valid = true;
    c.mode = mode;
    c.status = status;
    return status;
}

namespace detail {

// Makes the calling thread follow the process-wide choice: OpenCV keeps its
// on/off switch per thread, and a worker thread would otherwise fall back to
// OpenCV's own default.
void applyOpenClModeToThisThread()
{
    if (t_measuring)
        return;
    switch (g_decision.load()) {
    case Decision::Unset:
        return;
    case Decision::Cpu:
        cv::ocl::setUseOpenCL(false); // cheap: a per-thread flag, creates no context
        return;
    case Decision::OpenCl:
        if (!cv::ocl::useOpenCL())
            cv::ocl::setUseOpenCL(true);
        return;
    }
}

} // namespace detail

} // namespace quire
