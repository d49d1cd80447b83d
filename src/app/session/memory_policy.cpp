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
    // Arrays of 8 MB and more (a column of a million customers) are mapped on their own and go
    // back to the system when freed. By default glibc raises this threshold to the largest
    // array freed so far (up to 32 MB), after which such arrays come from the heaps, whose free
    // holes count as resident until something of their size fills them.
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
#endif
    Database::setMapReads(false);
}

} // namespace cartera
