#pragma once

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace cac {

// The process's peak resident memory so far, in KiB; -1 where the platform does not say (the
// benchmarks are measured on Linux; elsewhere they run without the figure).
inline long peakMemoryKiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
#else
    return -1;
#endif
}

} // namespace cac
