#include "core/tasks/today_list.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;

namespace {

TodayEntry entry(std::int64_t id, TaskKind kind, const char* due, ParetoClass cls,
                 const char* owner = "ana") {
    TodayEntry e;
    e.task.id = id;
    e.task.kind = kind;
    e.task.due = d(due).days();
    e.task.owner = owner;
    e.task.text = "x";
    e.paretoClass = cls;
    e.subjectRef = "C" + std::to_string(id);
    return e;
}

std::vector<std::int64_t> ids(const std::vector<TodayEntry>& list) {
    std::vector<std::int64_t> out;
    for (const TodayEntry& e : list)
        out.push_back(e.task.id);
    return out;
}

} // namespace

TEST_CASE("today: due or overdue, one owner, by kind with Pareto customers first") {
    std::vector<TodayEntry> all = {
        entry(1, TaskKind::Retention, "2026-06-30", ParetoClass::B),
        entry(2, TaskKind::Retention, "2026-06-01", ParetoClass::C),
        entry(3, TaskKind::Retention, "2026-06-30", ParetoClass::A),
        entry(4, TaskKind::Onboarding, "2026-06-01", ParetoClass::Unranked),
        entry(5, TaskKind::Retention, "2026-07-01", ParetoClass::A), // not yet due
        entry(6, TaskKind::Retention, "2026-06-30", ParetoClass::A, "bo"),
        entry(7, TaskKind::Birthday, "2026-06-29", ParetoClass::A),
        entry(8, TaskKind::Retention, "2026-06-20", ParetoClass::A),
    };
    all[6].task.state = TaskState::Done;
    TodayEntry snoozedBack = entry(9, TaskKind::Retention, "2026-06-01", ParetoClass::A);
    snoozedBack.task.state = TaskState::Snoozed;
    snoozedBack.task.snoozedUntil = d("2026-06-30").days();
    TodayEntry snoozedAway = snoozedBack;
    snoozedAway.task.id = 10;
    snoozedAway.task.snoozedUntil = d("2026-07-02").days();
    all.push_back(snoozedBack);
    all.push_back(snoozedAway);

    const auto list = todayList(all, "ana", d("2026-06-30").days());
    // Retention: A (overdue 8 before due-today 3 and the snoozed 9 back today), B, C; then
    // onboarding.
    CHECK(ids(list) == std::vector<std::int64_t>{8, 3, 9, 1, 2, 4});
    const TodayCounts counts = countToday(list);
    CHECK(counts.overdue == 3); // 8, 2, 4
    CHECK(counts.dueToday == 3);
    CHECK(todayList(all, "", d("2026-06-30").days()).size() == 7);
}

TEST_CASE("today: the calendar file has one all-day event per task, escaped and folded") {
    TodayEntry e = entry(42, TaskKind::Retention, "2026-06-20", ParetoClass::A);
    e.subjectName = "Dubois; Benoît, SA";
    e.task.text = std::string(100, 'z');
    const std::string ics = todayCalendar(std::vector{e}, d("2026-06-30").days(), "shop.cartera");
    CHECK(ics.find("BEGIN:VCALENDAR\r\n") == 0);
    CHECK(ics.find("UID:task-42@shop.cartera\r\n") != std::string::npos);
    // Overdue tasks land on today.
    CHECK(ics.find("DTSTART;VALUE=DATE:20260630\r\nDTEND;VALUE=DATE:20260701\r\n") !=
          std::string::npos);
    CHECK(ics.find("SUMMARY:retention: Dubois\\; Benoît\\, SA\r\n") != std::string::npos);
    // No line is longer than 75 octets before its CRLF.
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        CHECK(end - start <= 75);
        start = end + 2;
    }
    CHECK(ics.find("\r\n z") != std::string::npos);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("today: customers' names, ids and classes come from the loaded portfolio") {
    const Portfolio p = cartera::test::TestPortfolio()
                            .add("K1", {{"2026-06-01", 90000}})
                            .add("K2", {{"2026-06-01", 1000}})
                            .build();
    CustomerDirectory directory;
    directory.add("K1", "Benoît Dubois", "", "", "ana");
    directory.add("K2", "Ana Ruiz", "", "", "ana");
    const CustomerMetrics metrics = computeCustomerMetrics(p, {}, d("2026-06-30"));
    std::vector<TodayEntry> entries(3);
    entries[0].customerId = 1; // a customer's task
    entries[1].customerId = 2; // a case's task
    entries[1].task.subject = TaskSubject::RecoveryCase;
    entries[1].task.subjectId = 7;
    entries[2].subjectName = "Olga"; // a prospect's, named by storage
    describeTodayEntries(entries, p, directory, metrics);
    CHECK(entries[0].subjectName == "Benoît Dubois");
    CHECK(entries[0].subjectRef == "K1");
    CHECK(entries[0].paretoClass == ParetoClass::A);
    CHECK(entries[1].subjectRef == "K2 (case 7)");
    CHECK(entries[1].paretoClass == ParetoClass::C); // K1 alone passes the 95 % of class B
    CHECK(entries[2].subjectName == "Olga");
    CHECK(entries[2].paretoClass == ParetoClass::Unranked);
}
