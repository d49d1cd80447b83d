#include "app/session/memory_policy.h"

#include "storage/database.h"

#include <algorithm>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cartera {

void limitMemory() {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, static_cast<int>(std::max(2u, std::thread::hardware_concurrency())));
#endif
    Database::setMapReads(false);
}

} // namespace cartera
