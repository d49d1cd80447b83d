#include "app/common/display_text.h"

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <QCoreApplication>
#include <QLocale>

namespace cartera {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cartera", text);
}

} // namespace

QString dayText(std::int32_t day) {
    return day == kNoDay ? QString() : QString::fromStdString(Date::fromDays(day).toIso());
}

QString stageText(Stage stage) {
    switch (stage) {
    case Stage::New:
        return tr("new");
    case Stage::Adolescent:
        return tr("adolescent");
    case Stage::Mature:
        return tr("mature");
    case Stage::Veteran:
        return tr("veteran");
    }
    return {};
}

QString activityText(Activity activity) {
    switch (activity) {
    case Activity::Active:
        return tr("active");
    case Activity::AtRisk:
        return tr("at risk");
    case Activity::Lost:
        return tr("lost");
    }
    return {};
}

QString activityReasonText(const CustomerStatus& s, int atRiskAfterDays, int lostAfterDays) {
    if (!s.inPortfolio)
        return tr("not yet a customer on this date");
    const QString gap = s.medianGapTimes2 > 0
                            ? tr(", usual gap %1 days")
                                  .arg(QLocale().toString(s.medianGapTimes2 / 2.0, 'f',
                                                          s.medianGapTimes2 % 2 ? 1 : 0))
                            : QString();
    const QString since = s.lastPurchase != kNoDay
                              ? tr("%1 days since last purchase").arg(s.daysSilent)
                              : tr("%1 days since becoming a customer, no "
                                   "purchase yet")
                                    .arg(s.daysSilent);
    switch (s.reason) {
    case ActivityReason::MarkedLost:
        return tr("lost: marked lost by a person, no purchase since");
    case ActivityReason::NoPurchaseFor:
        if (s.activity == Activity::Lost)
            return tr("lost: %1 (lost after %2)").arg(since).arg(lostAfterDays);
        return tr("at risk: %1 (at risk after %2)%3").arg(since).arg(atRiskAfterDays).arg(gap);
    case ActivityReason::BrokeCadence:
        return tr("at risk: %1%2").arg(since, gap);
    case ActivityReason::RecentPurchase:
        break;
    }
    return tr("active: %1%2").arg(since, gap);
}

} // namespace cartera
