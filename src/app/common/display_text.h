#pragma once

#include "core/analysis/lifecycle.h"
#include "core/base/money.h"
#include "core/flow/flow_health.h"
#include "core/pareto/pareto_report.h"
#include "core/prospects/prospect.h"
#include "core/recovery/recovery_case.h"
#include "core/tasks/task.h"
#include "report/locale_text.h"
#include "report/stage_colors.h"

#include <QColor>
#include <QString>

namespace cartera {

// How domain values read on screen, in the user's locale.
QString stageText(Stage stage);
QString activityText(Activity activity);
// The core names these by code ("won back", "referral", "call"); people read them in their
// language. A code the app does not know (a source typed in a file) shows as it is.
QString recoveryStateText(RecoveryState state);
QString prospectStatusText(ProspectStatus status);
QString prospectSourceText(const std::string& source);
QString taskKindText(TaskKind kind);
QString contactChannelText(std::string_view channel);
// The built-in RFM segments, reward tiers (and their rewards) and loss reasons are names the
// core gives in English; they read in the user's language. Names a person typed show as typed.
QString segmentText(std::string_view name);
QString tierText(std::string_view name);
QString rewardText(std::string_view reward);
QString lossReasonText(std::string_view reason);
// A flow-health warning in the user's language.
QString flowWarningWords(const FlowWarning& warning);
// "at risk: 214 days since last purchase, usual gap 40 days"
QString activityReasonText(const CustomerStatus& status, Date asOf, int atRiskAfterDays,
                           int lostAfterDays);

} // namespace cartera
