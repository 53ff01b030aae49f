#pragma once

#include <QString>

#include <functional>

namespace quire {

/// The body of `quire-worker`: waits for a configure frame on stdin, loads
/// the OCR model once, answers hello, then serves probe and page jobs one at
/// a time until a shutdown frame or the end of stdin (the coordinator went
/// away). Frames go out on the original stdout; whatever libraries print to
/// stdout is sent to stderr so it can never corrupt the stream.
/// Configured with the preview role, it loads no OCR model and renders pages
/// for people to look at instead (the window's previews and thumbnails), so
/// that a page that crashes the renderer costs a helper process, not the window.
///
/// The configure frame's memoryLimitKb caps the data the worker may hold
/// (RLIMIT_DATA), so that what a hostile file makes the decoders allocate is
/// bounded; not under AddressSanitizer.
class WorkerLoop final
{
public:
    /// Called before each page job (@p preview false) and preview job (true)
    /// with the document and the page; the worker built for the tests
    /// (tests/tools/FaultyWorker.cpp) misbehaves there on purpose.
    using PageHook = std::function<void(const QString &path, int page, bool preview)>;

    /// Returns the process exit code.
    static int run(const PageHook &beforePage = {});
};

} // namespace quire
