#include "report/stage_colors.h"

#include <algorithm>

namespace cartera {

QColor stageColor(int flowState) {
    static const QColor colors[] = {QColor(0x99, 0x99, 0x99), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0x00, 0x9E, 0x73), QColor(0x00, 0x72, 0xB2),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00)};
    return colors[std::clamp(flowState, 0, 5)];
}

} // namespace cartera
