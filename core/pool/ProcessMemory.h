#pragma once

#include <QtGlobal>

namespace quire::process {

/// What this process holds resident now (from /proc/self/statm), in KiB; 0 when unknown.
qint64 residentKb();
/// The most this process has held resident so far (VmHWM), in KiB; 0 when unknown.
qint64 peakResidentKb();

} // namespace quire::process
