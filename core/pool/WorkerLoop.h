#pragma once

namespace quire {

/// The body of `quire-worker`: waits for a configure frame on stdin, loads
/// the OCR model once, answers hello, then serves probe and page jobs one at
/// a time until a shutdown frame or the end of stdin (the coordinator went
/// away). Frames go out on the original stdout; whatever libraries print to
/// stdout is sent to stderr so it can never corrupt the stream.
///
/// For tests only, QUIRE_WORKER_FAULTS makes the worker misbehave on chosen
/// pages: a ';'-separated list of ACTION@FILENAME:PAGE with ACTION one of
/// crash (abort), hang (sleep, no heartbeats), leak (keep 200 MB), and
/// crashonce (crash unless QUIRE_WORKER_FAULT_DIR holds a marker for the
/// page, which the crash leaves behind).
class WorkerLoop final
{
public:
    /// Returns the process exit code.
    static int run();
};

} // namespace quire
