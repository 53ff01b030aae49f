#pragma once

#include <QString>

#include <optional>

namespace quire {

/// Whether image cleanup runs through OpenCL (OpenCV's T-API) or on the CPU.
enum class OpenClMode {
    Auto, ///< OpenCL where a GPU device exists and a quick timed cleanup finds it faster than the CPU; CPU otherwise.
    On,   ///< OpenCL on any device, PoCL's CPU device included; an error when there is none.
    Off,  ///< CPU only.
};

QString toString(OpenClMode mode); ///< "auto", "on", "off"
std::optional<OpenClMode> openClModeFromString(const QString &text);

/// The outcome of choosing the OpenCL mode for this process.
struct OpenClStatus
{
    bool active = false; ///< The T-API dispatches to OpenCL.
    QString device;      ///< Device name, or "CPU (OpenCL off)" and the like.
    QString error;       ///< Set when mode On could not be honoured.
};

/// Chooses the mode for the whole process. Must run before any other OpenCV
/// call (OpenCV reads OPENCV_OPENCL_DEVICE once, and buffers allocated before
/// OpenCL is switched on cannot be used by it). Calling it again with the
/// same mode returns the same status; a different mode later is honoured as
/// far as OpenCV still allows (On after Off works only if a device was found).
/// Auto with a GPU times one page cleanup both ways (a few hundred ms once per
/// process) and says in OpenClStatus::device which path won, with both times.
/// QUIRE_OPENCL_AUTO_MEASURE=1 makes Auto measure a CPU device (PoCL) as well.
OpenClStatus configureOpenCl(OpenClMode mode);

} // namespace quire
