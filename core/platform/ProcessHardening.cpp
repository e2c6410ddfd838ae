#include "platform/ProcessHardening.h"

#include "platform/LogPolicy.h"
#include "platform/NetworkGuard.h"

#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace vo {

void ProcessHardening::ensureSingleThreadedOpenMp(char** argv)
{
    if (std::getenv("OMP_THREAD_LIMIT"))
        return;
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);
    // execv only returns on failure; carry on, slower but correct.
}

void ProcessHardening::disableCoreDumps()
{
    struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

Result<void> ProcessHardening::applyAtStartUp(char** argv)
{
    ensureSingleThreadedOpenMp(argv);
    disableCoreDumps();
    if (auto guard = NetworkGuard::install(); !guard)
        return guard;
    LogPolicy::install();
    return {};
}

HardeningStatus ProcessHardening::status()
{
    HardeningStatus s;
    struct rlimit core = {};
    if (::getrlimit(RLIMIT_CORE, &core) == 0) {
        s.coreLimitSoft = core.rlim_cur == RLIM_INFINITY ? -1 : qint64(core.rlim_cur);
        s.coreLimitHard = core.rlim_max == RLIM_INFINITY ? -1 : qint64(core.rlim_max);
    }
    s.dumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    return s;
}

}  // namespace vo
