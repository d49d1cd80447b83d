#include "core/recovery/recovery_case.h"

#include "core/analysis/revenue.h"

#include <array>
#include <fmt/format.h>

namespace cartera {

namespace {

constexpr std::array<std::string_view, kRecoveryStateCount> kNames = {
    "identified", "verified", "contacted", "won back", "let go"};

} // namespace

std::string_view recoveryStateName(RecoveryState state) {
    return kNames[static_cast<std::size_t>(state)];
}

std::optional<RecoveryState> recoveryStateFromName(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name || (name == "won-back" && i == 3) || (name == "let-go" && i == 4))
            return static_cast<RecoveryState>(i);
    return std::nullopt;
}

bool isClosed(RecoveryState state) {
    return state == RecoveryState::WonBack || state == RecoveryState::LetGo;
}

const std::vector<std::string>& defaultLossReasons() {
    static const std::vector<std::string> reasons = {"price",
                                                     "service failure",
                                                     "product or quality gap",
                                                     "competitor offer",
                                                     "moved or closed",
                                                     "no longer needs",
                                                     "unknown"};
    return reasons;
}

std::optional<ErrorFact> transitionError(const RecoveryCase& c, RecoveryState to) {
    const RecoveryState from = c.state;
    const auto name = [](RecoveryState s) { return std::string(recoveryStateName(s)); };
    if (isClosed(from))
        return errorFact(ErrorKind::CaseClosed, name(from));
    bool legal = false;
    switch (to) {
    case RecoveryState::Verified:
        legal = from == RecoveryState::Identified;
        break;
    case RecoveryState::Contacted:
        legal = from == RecoveryState::Verified;
        break;
    case RecoveryState::WonBack:
        // A purchase wins a customer back whatever the state; by hand only after contact.
        legal = from == RecoveryState::Contacted;
        break;
    case RecoveryState::LetGo:
        legal = from == RecoveryState::Verified || from == RecoveryState::Contacted;
        break;
    case RecoveryState::Identified:
        legal = false;
        break;
    }
    if (!legal)
        return errorFact(ErrorKind::CaseTransition, name(from), name(to));
    if (to == RecoveryState::Verified && c.reason.empty())
        return errorFact(ErrorKind::CaseVerifyNeedsReason);
    if (to == RecoveryState::LetGo && c.letGoReason.empty())
        return errorFact(ErrorKind::CaseLetGoNeedsReason);
    return std::nullopt;
}

std::int32_t lostSince(const CustomerStatus& status, const Portfolio& portfolio,
                       std::size_t customer, const AnalysisSettings& settings) {
    if (status.reason == ActivityReason::MarkedLost)
        return portfolio.lostMark[customer];
    const std::int32_t reference =
        status.lastPurchase != kNoDay ? status.lastPurchase : status.acquisition;
    return reference + settings.lostAfterDays + 1;
}

Cents valueAtStake(const Portfolio& portfolio, std::size_t customer, std::int32_t lostDay) {
    // The year that ends with the last purchase before the loss: an inactivity loss is dated a
    // year after that purchase, and looking back from there would see almost nothing.
    const auto days = portfolio.daysOf(customer);
    const auto amounts = portfolio.amountsOf(customer);
    std::int32_t last = kNoDay;
    for (std::size_t k = 0; k < days.size() && days[k] <= lostDay; ++k)
        if (amounts[k] >= 0)
            last = days[k];
    if (last == kNoDay)
        return 0;
    return netRevenue(portfolio, customer, Date::fromDays(last).addMonths(-12).days(), last);
}

std::optional<ErrorFact> stepDayError(const RecoveryCase& c, std::int32_t day, Date today) {
    if (day < c.opened)
        return errorFact(ErrorKind::CaseStepBeforeOpened, Date::fromDays(c.opened).toIso());
    if (day > today.days())
        return errorFact(ErrorKind::CaseStepAfterToday, today.toIso());
    return std::nullopt;
}

std::vector<RecoveryCase> casesAsOf(const std::vector<RecoveryCase>& cases, Date asOf) {
    std::vector<RecoveryCase> out;
    out.reserve(cases.size());
    for (const RecoveryCase& c : cases) {
        if (c.opened > asOf.days())
            continue;
        RecoveryCase then = c;
        std::erase_if(then.attempts, [&](const RecoveryAttempt& a) { return a.day > asOf.days(); });
        if (then.closed != kNoDay && then.closed > asOf.days()) {
            then.closed = kNoDay;
            then.letGoReason.clear();
            then.state = !then.attempts.empty() ? RecoveryState::Contacted
                         : !then.reason.empty() ? RecoveryState::Verified
                                                : RecoveryState::Identified;
        }
        out.push_back(std::move(then));
    }
    return out;
}

std::optional<std::int32_t> winBackDay(const RecoveryCase& c, std::span<const std::int32_t> days,
                                       std::span<const Cents> amounts, Date asOf) {
    for (std::size_t k = 0; k < days.size() && days[k] <= asOf.days(); ++k)
        if (days[k] >= c.opened && amounts[k] >= 0)
            return days[k];
    return std::nullopt;
}

} // namespace cartera
