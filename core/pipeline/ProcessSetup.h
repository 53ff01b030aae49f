#pragma once

namespace quire {

/// Tesseract's OpenMP threads oversubscribe the cores when several pages are
/// recognized side by side, and are many times slower. libgomp reads
/// OMP_THREAD_LIMIT once, when it is loaded, so setting it from main() is too
/// late: when it is unset this sets it to 1 and re-executes the program
/// (Linux, /proc/self/exe). Returns only when the limit is in force or the
/// re-exec failed. Call it first thing in main(), before Qt is set up.
void ensureOcrThreadLimit(char **argv);

} // namespace quire
