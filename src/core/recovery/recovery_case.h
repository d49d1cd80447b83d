#pragma once

#include "core/analysis/analysis_settings.h"
#include "core/analysis/lifecycle.h"
#include "core/base/error_fact.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// Seed: verify that a customer is really lost, find out why, fix the cause, then win the
// customer back or let it go.
enum class RecoveryState : std::uint8_t { Identified, Verified, Contacted, WonBack, LetGo };
inline constexpr int kRecoveryStateCount = 5;

std::string_view recoveryStateName(RecoveryState state);
std::optional<RecoveryState> recoveryStateFromName(std::string_view name);
bool isClosed(RecoveryState state);

// The default catalogue of loss reasons (keys; the catalogue itself is editable in storage).
const std::vector<std::string>& defaultLossReasons();

struct RecoveryAttempt {
    std::int64_t id = 0;
    std::int32_t day = 0;
    std::string channel; // call, email, letter, visit, sms
    std::string outcome;
    std::string note;
};

struct RecoveryCase {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    RecoveryState state = RecoveryState::Identified;
    std::int32_t opened = 0;
    std::int32_t closed = kNoDay;
    std::int32_t lostDay = kNoDay; // when the customer was lost; value at stake looks back from it
    std::string reason;            // key of the loss-reason catalogue, empty until known
    bool ourFault = false;
    std::string competitor;
    std::string detail;
    std::string correctiveAction;
    std::string actionOwner;
    std::int32_t actionDue = kNoDay;
    bool actionDone = false;
    Cents valueAtStake = 0;
    Cents expectedCost = 0;
    std::string letGoReason;
    std::vector<RecoveryAttempt> attempts;
};

// Why a transition is refused, or nullopt when it is legal. Moving on needs what the step is
// for: verifying needs a reason, letting go needs a let-go reason.
std::optional<ErrorFact> transitionError(const RecoveryCase& c, RecoveryState to);

// Why a step of a case cannot be dated `day`, or nullopt: steps happen between the day the
// case opened and today.
std::optional<ErrorFact> stepDayError(const RecoveryCase& c, std::int32_t day, Date today);

// The day a lost customer became lost: the day of a standing mark, else the day after the
// last purchase (or acquisition) plus lost_after_days.
std::int32_t lostSince(const CustomerStatus& status, const Portfolio& portfolio,
                       std::size_t customer, const AnalysisSettings& settings);

// Net revenue in the 12 months up to the customer's last purchase before it was lost.
Cents valueAtStake(const Portfolio& portfolio, std::size_t customer, std::int32_t lostDay);

// The cases as they stood at the end of `asOf`: cases opened later are left out, attempts
// dated later are dropped, and a case closed later is open again, in the state its reason and
// remaining attempts give (the file keeps no date for "verified", so a case with a reason
// counts as verified). Reports use this so that replaying a past day shows that day.
std::vector<RecoveryCase> casesAsOf(const std::vector<RecoveryCase>& cases, Date asOf);

// The first purchase day on or after the day the case was opened, up to `asOf`, among one
// customer's purchases sorted by day: the case is then won back, dated by that purchase.
std::optional<std::int32_t> winBackDay(const RecoveryCase& c, std::span<const std::int32_t> days,
                                       std::span<const Cents> amounts, Date asOf);

} // namespace cartera
