#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace cartera {

// The threads that load and analyse portfolios. Not Qt's global pool: Qt's raster engine
// splits large fills and image conversions over that one and waits for them on the GUI
// thread, so analysis jobs holding every global thread froze painting for seconds at a
// million customers (seen in the GUI thread's stack: QSemaphore::acquire under fillRect).
QThreadPool* workPool();

// Gives the calling thread (and the threads it starts) less of the cores than the GUI thread
// when both want them; once per thread.
void yieldToWindow();

// Runs `job` on the work pool below the GUI thread's priority: on two cores the session's next
// phase and a view's job would otherwise take the cores from the window that has to paint the
// result of the phase before (at a million customers the window got a third of a core and a
// new as-of date took 150 ms longer to show).
template <typename Job> auto runInBackground(Job job) {
    return QtConcurrent::run(workPool(), [job = std::move(job)]() mutable {
        yieldToWindow();
        return job();
    });
}

} // namespace cartera
