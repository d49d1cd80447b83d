#pragma once

#include "core/analysis/lifecycle.h"
#include "core/base/money.h"
#include "core/pareto/pareto_report.h"
#include "report/locale_text.h"
#include "report/stage_colors.h"

#include <QColor>
#include <QString>

namespace cartera {

// How domain values read on screen, in the user's locale.
QString dayText(std::int32_t day); // ISO date, or empty for none
QString stageText(Stage stage);
QString activityText(Activity activity);
// "at risk: 214 days since last purchase, usual gap 40 days"
QString activityReasonText(const CustomerStatus& status, int atRiskAfterDays, int lostAfterDays);

} // namespace cartera
