#pragma once

#include "core/tasks/task.h"
#include "core/tasks/task_rule_settings.h"
#include "core/tasks/task_rules.h"
#include "core/tasks/today_list.h"
#include "storage/database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cartera {

// Tasks, by hand or by rule. Every change is one transaction.
class TaskRepository {
  public:
    explicit TaskRepository(Database& db) : m_db(db) {}

    std::optional<Task> find(std::int64_t id);
    // Open and snoozed tasks for the Today list: of one owner ("" for those without one), or
    // everyone's; in no particular order (todayList orders them). Customer names and classes
    // are filled from the loaded portfolio by describeTodayEntries; prospects' names are here.
    std::vector<TodayEntry> openEntries(const std::optional<std::string>& owner = std::nullopt);
    // Every task of one subject, open ones first, then the newest.
    std::vector<Task> tasksOf(TaskSubject subject, std::int64_t subjectId);
    std::int64_t add(const Task& task);
    // Stores state, snooze, reason, due day, owner and text as given: also the undo of a change.
    void update(const Task& task);
    void remove(std::int64_t id);
    // Writes a removed task back under its id.
    void restore(const Task& task);
    // Stores the rules' tasks that are not there yet (by rule, subject and occurrence); returns
    // how many were new, by rule.
    std::map<std::string, std::size_t> addRuleTasks(const std::vector<Task>& tasks);

  private:
    Database& m_db;
};

// What the rules read from the file beyond the analysed portfolio.
struct TaskRuleData {
    TaskRuleSettings rules;
    std::vector<std::int32_t> birthdays; // by customer, in the Portfolio's order
    std::vector<ProspectFollowUp> prospects;
};
// Without `birthdays` the birthdays are left out (a pass over the whole customers table: the
// app reads them with the names).
TaskRuleData loadTaskRuleData(Database& db, bool birthdays = true);

} // namespace cartera
