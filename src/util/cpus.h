/* cpus.h - how many CPUs this process may run on. */
#ifndef BC_UTIL_CPUS_H
#define BC_UTIL_CPUS_H

#include <stddef.h>

/* CPUs in this process's affinity mask (taskset, cgroups' cpusets), or
 * the online count when the mask cannot be read; at least 1. */
size_t bc__cpus_available(void);

#endif
