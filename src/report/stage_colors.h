#pragma once

#include <QColor>

namespace cartera {

// One colour per flow state, colour-blind safe (Okabe-Ito), in this order: not yet, new,
// adolescent, mature, veteran, lost. The app's views and the printed review share them.
QColor stageColor(int flowState);

} // namespace cartera
