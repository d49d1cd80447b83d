#pragma once

#include "core/tasks/task_rule_settings.h"

#include <QWidget>
#include <string>
#include <utility>
#include <vector>

namespace cartera {

// The rules that write tasks by themselves: a switch for each, and its number of days or
// percent (a number rule set to its lowest value minus one reads "off").
class TaskRulesPage : public QWidget {
    Q_OBJECT
  public:
    explicit TaskRulesPage(const TaskRuleSettings& rules, QWidget* parent = nullptr);
    // The settings as typed, in the keys' words.
    std::vector<std::pair<std::string, std::string>> values() const;
};

} // namespace cartera
