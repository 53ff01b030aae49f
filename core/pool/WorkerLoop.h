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
/// crash (abort), hang (sleep, no heartbeats), leak (keep 200 MB),
/// crashonce (crash unless QUIRE_WORKER_FAULT_DIR holds a marker for the
/// page, which the crash leaves behind), and hog (ask for 2 GiB without
/// touching it and write "allowed" or "refused" to FILENAME:PAGE.hog in
/// QUIRE_WORKER_FAULT_DIR).
///
/// The configure frame's memoryLimitKb caps the data the worker may hold
/// (RLIMIT_DATA), so that what a hostile file makes the decoders allocate is
/// bounded; not under AddressSanitizer.
class WorkerLoop final
{
public:
    /// Returns the process exit code.
    static int run();
};

} // namespace quire
