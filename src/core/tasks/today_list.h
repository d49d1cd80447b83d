#pragma once

#include "core/customers/customer_metrics.h"
#include "core/pareto/pareto_report.h"
#include "core/portfolio/customer_directory.h"
#include "core/tasks/task.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// One line of the Today list: the task and what the list shows beside it.
struct TodayEntry {
    Task task;
    std::string subjectName;     // the customer's or prospect's name (the case's customer)
    std::string subjectRef;      // external id of the customer, "case 12", "prospect 7"
    std::int64_t customerId = 0; // the customer's row id (of the case's customer); 0: prospect
    ParetoClass paretoClass = ParetoClass::Unranked;
    bool overdue = false;
};

struct TodayCounts {
    std::size_t dueToday = 0;
    std::size_t overdue = 0;
};

// Fills the customer's name, external id ("C0042", "C0042 (case 7)") and Pareto class of each
// entry about a customer or a case, from the loaded portfolio.
void describeTodayEntries(std::vector<TodayEntry>& entries, const Portfolio& portfolio,
                          const CustomerDirectory& directory, const CustomerMetrics& metrics);

// The open tasks due on `day` or before (snoozed ones that are back), of one owner (empty:
// everyone's), in the order the list shows them: by kind, Pareto customers first (A, B, C,
// then the rest), the longest overdue first, then by id.
std::vector<TodayEntry> todayList(std::vector<TodayEntry> entries, std::string_view owner,
                                  std::int32_t day);
TodayCounts countToday(std::span<const TodayEntry> entries);

// The list as an iCalendar file: one all-day event per task, on its due day (today for the
// overdue ones), with a stable UID so that a calendar re-importing it updates, not doubles.
std::string todayCalendar(std::span<const TodayEntry> entries, std::int32_t day,
                          std::string_view portfolioName);

} // namespace cartera
