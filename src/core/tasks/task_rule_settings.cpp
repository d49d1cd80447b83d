#include "core/tasks/task_rule_settings.h"

#include <charconv>
#include <fmt/format.h>
#include <stdexcept>

namespace cartera {

namespace {

struct Limits {
    int minimum;
    int maximum;
};

// The switches take on/off; the parameters a whole number in their range, or off.
struct Key {
    const char* name;
    bool TaskRuleSettings::*flag;
    std::optional<int> TaskRuleSettings::*number;
    Limits limits;
};

const std::vector<Key>& table() {
    static const std::vector<Key> keys = {
        {"rule_pareto_at_risk", &TaskRuleSettings::paretoAtRisk, nullptr, {}},
        {"rule_p_alive_below_percent", nullptr, &TaskRuleSettings::pAliveBelowPercent, {1, 99}},
        {"rule_onboarding_days", nullptr, &TaskRuleSettings::onboardingDays, {1, 365}},
        {"rule_tier_down", &TaskRuleSettings::tierDown, nullptr, {}},
        {"rule_decline_percent", nullptr, &TaskRuleSettings::declinePercent, {1, 100}},
        {"rule_birthday_days", nullptr, &TaskRuleSettings::birthdayDays, {0, 60}},
        {"rule_action_overdue", &TaskRuleSettings::actionOverdue, nullptr, {}},
        {"rule_contacted_quiet_days", nullptr, &TaskRuleSettings::contactedQuietDays, {1, 365}},
        {"rule_prospect_quiet_days", nullptr, &TaskRuleSettings::prospectQuietDays, {1, 365}},
        {"rule_lookback_days", nullptr, &TaskRuleSettings::lookbackDays, {1, 3650}},
    };
    return keys;
}

std::optional<int> wholeNumber(std::string_view text) {
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return n;
}

} // namespace

const std::vector<std::string>& TaskRuleSettings::keys() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const Key& k : table())
            out.emplace_back(k.name);
        return out;
    }();
    return names;
}

bool TaskRuleSettings::isKey(std::string_view key) {
    for (const Key& k : table())
        if (key == k.name)
            return true;
    return false;
}

std::optional<std::pair<int, int>> TaskRuleSettings::rangeOf(std::string_view key) {
    for (const Key& k : table())
        if (key == k.name && !k.flag)
            return std::pair{k.limits.minimum, k.limits.maximum};
    return std::nullopt;
}

void TaskRuleSettings::set(std::string_view key, std::string_view value) {
    for (const Key& k : table()) {
        if (key != k.name)
            continue;
        if (k.flag) {
            if (value != "on" && value != "off")
                throw InputError(ErrorKind::RuleOnOff, key, value);
            this->*k.flag = value == "on";
            return;
        }
        if (value == "off") {
            this->*k.number = std::nullopt;
            return;
        }
        const auto n = wholeNumber(value);
        if (!n || *n < k.limits.minimum || *n > k.limits.maximum)
            throw InputError(ErrorKind::RuleNumberOrOff, key, k.limits.minimum, k.limits.maximum,
                             value);
        this->*k.number = *n;
        return;
    }
    throw InputError(ErrorKind::RuleUnknown, key);
}

std::vector<std::pair<std::string, std::string>> TaskRuleSettings::toPairs() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Key& k : table()) {
        if (k.flag)
            out.emplace_back(k.name, this->*k.flag ? "on" : "off");
        else
            out.emplace_back(k.name,
                             (this->*k.number) ? std::to_string(*(this->*k.number)) : "off");
    }
    return out;
}

} // namespace cartera
