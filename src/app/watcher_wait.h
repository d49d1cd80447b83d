#pragma once

#include <QCoreApplication>
#include <QFutureWatcherBase>

namespace cartera {

// Blocks until a view's background computation, and the one queued behind it, have delivered
// their results (tests, screenshots and benchmarks wait like this; the app never does).
inline void waitForWatcher(QFutureWatcherBase& watcher, const bool& pending) {
    while (watcher.isRunning() || pending) {
        watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

} // namespace cartera
