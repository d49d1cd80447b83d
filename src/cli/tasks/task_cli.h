#pragma once

#include "cli/cli_context.h"
#include "cli/recovery/recovery_cli.h"
#include "core/tasks/today_list.h"

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace cartera {

// The open tasks (of one owner, or everyone's) with each customer's Pareto class as of the
// day, for the Today list.
std::vector<TodayEntry> todayEntries(RecoveryData& data,
                                     const std::optional<std::string>& owner = std::nullopt);

// The Today list as CSV, JSON or text, the formats of `today`.
void writeTodayCsv(std::ostream& out, const std::vector<TodayEntry>& list, Date day);
void writeTodayJson(std::ostream& out, const std::vector<TodayEntry>& list, Date day);
void writeTodayText(std::ostream& out, const std::vector<TodayEntry>& list, Date day,
                    const std::string& owner);

// The rules as of a day over loaded data, their new tasks stored.
struct TaskRuleRun {
    std::size_t due = 0;                        // tasks the rules call for
    std::map<std::string, std::size_t> created; // of those, new ones by rule
};
TaskRuleRun applyTaskRules(RecoveryData& data, Date asOf, std::ostream& err);
// "3 new tasks as of 2026-06-30 (12 due by the rules; birthday 1, onboarding 2)"
std::string describe(const TaskRuleRun& run, Date asOf);

// "rules run": the built-in rules, writing their tasks.
void addRulesCommand(CLI::App& app, CliContext& ctx);
// "today": one owner's list.
void addTodayCommand(CLI::App& app, CliContext& ctx);
// "task add", "done", "snooze", "dismiss".
void addTaskCommands(CLI::App& app, CliContext& ctx);

} // namespace cartera
