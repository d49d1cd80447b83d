#pragma once

#include <QThreadPool>

namespace cartera {

// The threads that load and analyse portfolios. Not Qt's global pool: Qt's raster engine
// splits large fills and image conversions over that one and waits for them on the GUI
// thread, so analysis jobs holding every global thread froze painting for seconds at a
// million customers (seen in the GUI thread's stack: QSemaphore::acquire under fillRect).
QThreadPool* workPool();

} // namespace cartera
