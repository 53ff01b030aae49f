#include "pipeline/ProcessSetup.h"

#include <cstdlib>
#include <unistd.h>

namespace quire {

void ensureOcrThreadLimit(char **argv)
{
    if (std::getenv("OMP_THREAD_LIMIT"))
        return;
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);
    // exec failed: go on; the limit then applies only to libraries loaded later.
}

} // namespace quire
