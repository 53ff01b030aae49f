// Built only with -DQUIRE_SANITIZE=ON: proves that the sanitized test run
// would catch what it is there to catch. Each mode does one wrong thing;
// CTest passes the test only when the sanitizer's report names it
// (tests/CMakeLists.txt). A sanitizer that was silently off, or whose
// options stopped it from reporting, fails these.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

volatile int g_sink = 0;
volatile int g_size = 16; // unknown to the compiler: UBSan's object-size check stays out of it

int heapOverflow()
{
    const int size = g_size;
    auto *bytes = new char[size_t(size)];
    std::memset(bytes, 1, size_t(size));
    g_sink = bytes[size + g_sink]; // one past the end
    delete[] bytes;
    return 0;
}

int signedOverflow()
{
    volatile int value = INT_MAX;
    g_sink = value + 1;
    return 0;
}

int leak()
{
    auto *lost = new int[64];
    lost[0] = g_sink;
    lost = nullptr;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    if (std::strcmp(argv[1], "heap-overflow") == 0)
        return heapOverflow();
    if (std::strcmp(argv[1], "signed-overflow") == 0)
        return signedOverflow();
    if (std::strcmp(argv[1], "leak") == 0)
        return leak();
    return 2;
}
