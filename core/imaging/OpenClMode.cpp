#include "imaging/OpenClMode.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

#include <opencv2/core.hpp>
#include <opencv2/core/ocl.hpp>

#include <atomic>
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

OpenClStatus cpuStatus(const QString &device)
{
    cv::ocl::setUseOpenCL(false);
    g_decision = Decision::Cpu;
    OpenClStatus status;
    status.device = device;
    return status;
}

OpenClStatus configure(OpenClMode mode)
{
    switch (mode) {
    case OpenClMode::Off:
        return cpuStatus(u"CPU (OpenCL off)"_s);

    case OpenClMode::Auto: {
        // Without the user's OPENCV_OPENCL_DEVICE, OpenCV only ever picks a
        // GPU. Asking it (useOpenCL) when there is none would mark this thread
        // as "no OpenCL" for good, so look at the device list first.
        const bool userChoice = qEnvironmentVariableIsSet("OPENCV_OPENCL_DEVICE");
        if (!userChoice && !anyGpuDevice())
            return cpuStatus(u"CPU (no OpenCL GPU)"_s);
        if (!cv::ocl::haveOpenCL())
            return cpuStatus(u"CPU (no OpenCL GPU)"_s);
        cv::ocl::setUseOpenCL(true);
        if (!cv::ocl::useOpenCL() || !defaultDeviceIsGpu())
            return cpuStatus(u"CPU (no OpenCL GPU)"_s);
        g_decision = Decision::OpenCl;
        return OpenClStatus{true, describeDefaultDevice(), {}};
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
