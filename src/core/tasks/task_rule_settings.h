#pragma once

#include "core/base/error_fact.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cartera {

// The built-in rules' switches and parameters; each is one setting of the portfolio
// ("rule_onboarding_days" = "30", or "off").
struct TaskRuleSettings {
    bool paretoAtRisk = true;
    std::optional<int> pAliveBelowPercent = 30; // class A or B with P(alive) below this
    std::optional<int> onboardingDays = 30;     // no second purchase this long after the first
    bool tierDown = true;
    std::optional<int> declinePercent = 30;     // a veteran's 12-month revenue fell this much
    std::optional<int> birthdayDays = 7;        // a birthday within this many days
    bool actionOverdue = true;                  // a recovery case's corrective action
    std::optional<int> contactedQuietDays = 14; // a contacted case without an attempt
    std::optional<int> prospectQuietDays = 21;  // an open prospect without a contact
    // Occurrences that began longer ago than this are history, not tasks: the first run on
    // an old portfolio does not bury the list. Off: no limit.
    std::optional<int> lookbackDays = 60;

    static const std::vector<std::string>& keys();
    static bool isKey(std::string_view key);
    // The whole numbers a parameter takes, or nullopt for an on/off switch.
    static std::optional<std::pair<int, int>> rangeOf(std::string_view key);
    // Throws InputError naming the key and what it takes.
    void set(std::string_view key, std::string_view value);
    std::vector<std::pair<std::string, std::string>> toPairs() const;
};

} // namespace cartera
