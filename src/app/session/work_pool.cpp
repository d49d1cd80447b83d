#include "app/session/work_pool.h"

#include <QThread>
#include <algorithm>
#include <cerrno>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace cartera {

QThreadPool* workPool() {
    // One more than the cores: the session, a visible view and a list sort may overlap, and
    // each mostly waits for the others' cores rather than for a slot.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(QThread::idealThreadCount() + 1);
        return p;
    }();
    return pool;
}

void yieldToWindow() {
#if defined(Q_OS_LINUX)
    // Qt's thread priorities other than "idle" change nothing under Linux's normal scheduler; a
    // thread's nice value does. Five, not more: at ten the list's sort (a worker too) ran a
    // third slower in the benchmark, whose window wakes every millisecond. With the kernel's
    // autogroups (the default on desktops) it weighs only against the app's own threads. Threads
    // started from here inherit it.
    thread_local const bool lowered = [] {
        const auto tid = static_cast<id_t>(gettid());
        errno = 0;
        const int own = getpriority(PRIO_PROCESS, tid);
        return errno == 0 && setpriority(PRIO_PROCESS, tid, std::min(own + 5, 19)) == 0;
    }();
    (void)lowered;
#endif
}

} // namespace cartera
