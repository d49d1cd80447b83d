#include "app/session/work_pool.h"

#include <QThread>

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

} // namespace cartera
