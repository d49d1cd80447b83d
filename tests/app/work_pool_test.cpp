#include "app/session/work_pool.h"

#include <catch2/catch.hpp>
#include <thread>
#include <utility>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>

using namespace cartera;

namespace {

int niceOfThisThread() {
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
}

} // namespace

TEST_CASE("background jobs run below the window's priority, and so do the threads they start") {
    const int window = niceOfThisThread();
    const auto [job, started] = runInBackground([] {
                                    int child = 0;
                                    std::thread([&child] { child = niceOfThisThread(); }).join();
                                    return std::pair{niceOfThisThread(), child};
                                }).result();
    CHECK(job == std::min(window + 5, 19));
    CHECK(started == job);
    // The window itself keeps its priority.
    CHECK(niceOfThisThread() == window);
}
#endif
