#include "app/common/display_text.h"

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace cartera {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cartera", text);
}

} // namespace

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

QString recoveryStateText(RecoveryState state) {
    switch (state) {
    case RecoveryState::Identified:
        return tr("identified");
    case RecoveryState::Verified:
        return tr("verified");
    case RecoveryState::Contacted:
        return tr("contacted");
    case RecoveryState::WonBack:
        return tr("won back");
    case RecoveryState::LetGo:
        return tr("let go");
    }
    return {};
}

QString prospectStatusText(ProspectStatus status) {
    switch (status) {
    case ProspectStatus::New:
        return tr("new prospect");
    case ProspectStatus::Contacted:
        return tr("contacted");
    case ProspectStatus::Qualified:
        return tr("qualified");
    case ProspectStatus::Converted:
        return tr("converted");
    case ProspectStatus::Dropped:
        return tr("dropped");
    }
    return {};
}

QString prospectSourceText(const std::string& source) {
    static const std::pair<const char*, const char*> known[] = {
        {"directory", QT_TRANSLATE_NOOP("cartera", "directory")},
        {"list", QT_TRANSLATE_NOOP("cartera", "bought list")},
        {"press", QT_TRANSLATE_NOOP("cartera", "press")},
        {"event", QT_TRANSLATE_NOOP("cartera", "event")},
        {"web", QT_TRANSLATE_NOOP("cartera", "web")},
        {"referral", QT_TRANSLATE_NOOP("cartera", "referral")}};
    for (const auto& [code, words] : known)
        if (source == code)
            return tr(words);
    return QString::fromStdString(source);
}

namespace {

QString known(std::string_view name, std::initializer_list<const char*> builtIn) {
    for (const char* words : builtIn)
        if (name == words)
            return tr(words);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

} // namespace

QString segmentText(std::string_view name) {
    return known(
        name,
        {QT_TRANSLATE_NOOP("cartera", "Champions"), QT_TRANSLATE_NOOP("cartera", "Loyal customers"),
         QT_TRANSLATE_NOOP("cartera", "Potential loyalist"),
         QT_TRANSLATE_NOOP("cartera", "New customers"), QT_TRANSLATE_NOOP("cartera", "Promising"),
         QT_TRANSLATE_NOOP("cartera", "Need attention"),
         QT_TRANSLATE_NOOP("cartera", "About to sleep"), QT_TRANSLATE_NOOP("cartera", "At risk"),
         QT_TRANSLATE_NOOP("cartera", "Can't lose them"), QT_TRANSLATE_NOOP("cartera", "Lost"),
         QT_TRANSLATE_NOOP("cartera", "Others")});
}

QString tierText(std::string_view name) {
    return known(name,
                 {QT_TRANSLATE_NOOP("cartera", "Bronze"), QT_TRANSLATE_NOOP("cartera", "Silver"),
                  QT_TRANSLATE_NOOP("cartera", "Gold"), QT_TRANSLATE_NOOP("cartera", "Platinum")});
}

QString rewardText(std::string_view reward) {
    return known(reward,
                 {QT_TRANSLATE_NOOP("cartera", "Welcome offer on the next order"),
                  QT_TRANSLATE_NOOP("cartera", "5 % off and early access to sales"),
                  QT_TRANSLATE_NOOP("cartera", "10 % off and free delivery"),
                  QT_TRANSLATE_NOOP("cartera", "15 % off, a personal account manager and events")});
}

QString lossReasonText(std::string_view reason) {
    return known(reason, {QT_TRANSLATE_NOOP("cartera", "price"),
                          QT_TRANSLATE_NOOP("cartera", "service failure"),
                          QT_TRANSLATE_NOOP("cartera", "product or quality gap"),
                          QT_TRANSLATE_NOOP("cartera", "competitor offer"),
                          QT_TRANSLATE_NOOP("cartera", "moved or closed"),
                          QT_TRANSLATE_NOOP("cartera", "no longer needs"),
                          QT_TRANSLATE_NOOP("cartera", "unknown")});
}

QString taskKindText(TaskKind kind) {
    switch (kind) {
    case TaskKind::Retention:
        return tr("retention");
    case TaskKind::Onboarding:
        return tr("onboarding");
    case TaskKind::Decline:
        return tr("decline");
    case TaskKind::Birthday:
        return tr("birthday");
    case TaskKind::Recovery:
        return tr("recovery case");
    case TaskKind::Prospect:
        return tr("prospect");
    case TaskKind::FollowUp:
        return tr("follow-up");
    }
    return {};
}

QString contactChannelText(std::string_view channel) {
    static const std::pair<const char*, const char*> known[] = {
        {"call", QT_TRANSLATE_NOOP("cartera", "call")},
        {"email", QT_TRANSLATE_NOOP("cartera", "e-mail")},
        {"letter", QT_TRANSLATE_NOOP("cartera", "letter")},
        {"visit", QT_TRANSLATE_NOOP("cartera", "visit")},
        {"sms", QT_TRANSLATE_NOOP("cartera", "SMS")}};
    for (const auto& [code, words] : known)
        if (channel == code)
            return tr(words);
    return QString::fromUtf8(channel.data(), static_cast<qsizetype>(channel.size()));
}

namespace {

// "the new customers", "the adolescents": whom a flow warning is about.
QString stageGroup(FlowState state) {
    switch (state) {
    case FlowState::New:
        return tr("new customers");
    case FlowState::Adolescent:
        return tr("adolescents");
    case FlowState::Mature:
        return tr("mature customers");
    case FlowState::Veteran:
        return tr("veterans");
    default:
        return {};
    }
}

} // namespace

QString flowWarningWords(const FlowWarning& w) {
    const QString from = dayText(w.from.days());
    const QString to = dayText(w.to.days());
    switch (w.kind) {
    case FlowWarning::Kind::FewMovedOn:
        return tr("only %1 % of the %2 of %3 became %4 by %5; the median of earlier periods is "
                  "%6 %")
            .arg(w.percent)
            .arg(stageGroup(w.stage), from,
                 stageGroup(static_cast<FlowState>(static_cast<int>(w.stage) + 1)), to)
            .arg(w.medianPercent);
    case FlowWarning::Kind::ManyLost:
        return tr("%1 % of the %2 of %3 were lost by %4; the median of earlier periods is %5 %")
            .arg(w.percent)
            .arg(stageGroup(w.stage), from, to)
            .arg(w.medianPercent);
    case FlowWarning::Kind::InflowShort:
        return tr("inflow did not cover outflow from %1 to %2: %3 customers came, %4 were lost")
            .arg(from, to, numberText(static_cast<long long>(w.inflow)),
                 numberText(static_cast<long long>(w.outflow)));
    }
    return {};
}

QString activityReasonText(const CustomerStatus& s, Date asOf, int atRiskAfterDays,
                           int lostAfterDays) {
    if (!s.inPortfolio)
        return tr("not yet a customer on this date");
    const QString gap =
        s.medianGapTimes2 > 0
            ? tr(", usual gap %1 days")
                  .arg(numberText(s.medianGapTimes2 / 2.0, 'f', s.medianGapTimes2 % 2 ? 1 : 0))
            : QString();
    const QString since = s.lastPurchase != kNoDay
                              ? tr("%1 days since last purchase").arg(s.daysSilent(asOf))
                              : tr("%1 days since becoming a customer, no "
                                   "purchase yet")
                                    .arg(s.daysSilent(asOf));
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
