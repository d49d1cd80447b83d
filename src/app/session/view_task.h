#pragma once

#include "app/session/work_pool.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QWidget>
#include <functional>
#include <optional>

namespace cartera {

// A view's computation off the GUI thread: it runs only while the view is visible (a hidden
// view catches up when shown), one at a time (a request during a run runs once after it), and
// hands its result to the view on the GUI thread.
template <typename T> class ViewTask {
  public:
    using Job = std::function<T()>;

    // `prepare` builds the job from the view's state on the GUI thread, or says there is nothing
    // to do; `done` takes the result.
    ViewTask(QWidget* view, std::function<std::optional<Job>()> prepare,
             std::function<void(T)> done)
        : m_view(view), m_prepare(std::move(prepare)), m_done(std::move(done)) {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, view, [this] {
            m_busy = false;
            // Moved out, not copied: a result of a million rows would otherwise be held twice,
            // once by the view and once by the finished future.
            m_done(m_watcher.future().takeResult());
            if (m_pending) {
                m_pending = false;
                request();
            }
        });
    }

    void request() {
        if (!m_view->isVisible()) {
            m_stale = true;
            return;
        }
        m_stale = false;
        // Busy until the result is handed over, not until the thread is done: a job that has
        // finished but whose result still waits in the event queue would be dropped by a new
        // setFuture.
        if (m_busy) {
            m_pending = true;
            return;
        }
        if (auto job = m_prepare()) {
            m_busy = true;
            m_watcher.setFuture(runInBackground(std::move(*job)));
        }
    }

    // For the view's showEvent.
    void shown() {
        if (m_stale)
            request();
    }

    // Blocks until the results are in (tests, screenshots and benchmarks; the app never waits).
    void wait() {
        while (m_busy || m_pending) {
            m_watcher.waitForFinished();
            QCoreApplication::processEvents();
        }
    }

  private:
    QWidget* m_view;
    std::function<std::optional<Job>()> m_prepare;
    std::function<void(T)> m_done;
    QFutureWatcher<T> m_watcher;
    bool m_busy = false;
    bool m_pending = false;
    bool m_stale = false;
};

} // namespace cartera
