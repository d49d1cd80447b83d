#pragma once

#include "core/analysis/lifecycle.h"
#include "core/base/money.h"
#include "core/pareto/pareto_report.h"

#include <QColor>
#include <QString>

namespace cartera {

// How domain values read on screen, in the user's locale.
QString moneyText(Cents amount, int minorDigits = 2);
QString dayText(std::int32_t day); // ISO date, or empty for none
QString stageText(Stage stage);
QString activityText(Activity activity);
QString percentText(double share, int decimals = 1);
QColor
stageColor(int flowState); // FlowState order: not yet, new, adolescent, mature, veteran, lost
// "at risk: 214 days since last purchase, usual gap 40 days"
QString activityReasonText(const CustomerStatus& status, int atRiskAfterDays, int lostAfterDays);

} // namespace cartera
