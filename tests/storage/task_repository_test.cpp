#include "storage/customer_repository.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"
#include "storage/storage_error.h"
#include "storage/task_repository.h"
#include "storage_fixture.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace cartera;
using cartera::test::TempDir;

namespace {

std::int64_t addCustomer(Database& db, const char* id, const char* name, std::int32_t birthday) {
    CustomerRecord r;
    r.externalId = id;
    r.name = name;
    r.birthday = birthday;
    return CustomerRepository(db).add(r);
}

std::int32_t day(int y, int m, int d) {
    return Date::fromYmd(y, m, d).days();
}

Task ruleTask(std::int64_t customer, const char* rule, std::int32_t occurrence) {
    Task t;
    t.subject = TaskSubject::Customer;
    t.subjectId = customer;
    t.owner = "ana";
    t.due = occurrence + 30;
    t.kind = TaskKind::Onboarding;
    t.text = "new customer, no second purchase";
    t.rule = rule;
    t.occurrence = occurrence;
    return t;
}

} // namespace

TEST_CASE("a rule's task is stored once per occurrence, and a dismissed one stays dismissed") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t c = addCustomer(*db, "K1", "Ana", kNoDay);
    TaskRepository tasks(*db);
    const std::vector<Task> firing = {ruleTask(c, "onboarding", day(2026, 3, 1))};
    CHECK(tasks.addRuleTasks(firing) == std::map<std::string, std::size_t>{{"onboarding", 1}});
    CHECK(tasks.addRuleTasks(firing).empty()); // running twice creates nothing new
    REQUIRE(tasks.openEntries().size() == 1);

    Task t = tasks.openEntries()[0].task;
    t.state = TaskState::Dismissed;
    CHECK_THROWS_WITH(tasks.update(t), "dismissing a task needs a reason");
    t.dismissReason = "called last week";
    t.closed = day(2026, 4, 2);
    tasks.update(t);
    CHECK(tasks.openEntries().empty());
    CHECK(tasks.addRuleTasks(firing).empty()); // not back for the same occurrence
    // A new occurrence (a new first purchase day) or another rule is a new task.
    CHECK(tasks
              .addRuleTasks({ruleTask(c, "onboarding", day(2026, 5, 1)),
                             ruleTask(c, "birthday", day(2026, 3, 1))})
              .size() == 2);
    CHECK(tasks.openEntries().size() == 2);
    CHECK(tasks.find(t.id)->dismissReason == "called last week");
}

TEST_CASE("tasks by hand: added, snoozed, done, removed and restored") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t c = addCustomer(*db, "K1", "Ana Ruiz", kNoDay);
    TaskRepository tasks(*db);
    Task t;
    t.subject = TaskSubject::Customer;
    t.subjectId = c;
    t.due = day(2026, 6, 30);
    CHECK_THROWS_WITH(tasks.add(t), "a task needs a text");
    t.text = "send the new catalogue";
    t.id = tasks.add(t);
    // Two hand-made tasks alike are both kept: only rules are held to one per occurrence.
    const std::int64_t twin = tasks.add(t);
    CHECK(twin != t.id);
    tasks.remove(twin);

    t.state = TaskState::Snoozed;
    t.snoozedUntil = day(2026, 7, 7);
    tasks.update(t);
    const auto entries = tasks.openEntries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].customerId == c); // its name comes from the loaded portfolio
    CHECK(entries[0].task.dueDay() == day(2026, 7, 7));

    t.state = TaskState::Done;
    t.closed = day(2026, 7, 7);
    tasks.update(t);
    CHECK(tasks.openEntries().empty());
    CHECK(tasks.tasksOf(TaskSubject::Customer, c).size() == 1);
    const Task stored = *tasks.find(t.id);
    tasks.remove(t.id);
    CHECK(!tasks.find(t.id));
    tasks.restore(stored);
    CHECK(tasks.find(t.id)->state == TaskState::Done);
    CHECK_THROWS_AS(tasks.remove(9999), StorageError);
}

TEST_CASE("tasks of a case carry their customer, tasks of a prospect its name") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const std::int64_t c = addCustomer(*db, "K7", "Benoît Dubois", kNoDay);
    const std::int64_t caseId =
        RecoveryRepository(*db).open(c, day(2026, 1, 10), day(2026, 1, 1), 0);
    Prospect p;
    p.name = "Olga Petrova";
    p.owner = "bo";
    const std::int64_t prospect = ProspectRepository(*db).add(p);
    TaskRepository tasks(*db);
    Task a;
    a.subject = TaskSubject::RecoveryCase;
    a.subjectId = caseId;
    a.due = day(2026, 2, 1);
    a.text = "corrective action due";
    Task b = a;
    b.subject = TaskSubject::Prospect;
    b.subjectId = prospect;
    tasks.add(a);
    tasks.add(b);
    const auto entries = tasks.openEntries();
    REQUIRE(entries.size() == 2);
    const TodayEntry& ofCase =
        entries[0].task.subject == TaskSubject::RecoveryCase ? entries[0] : entries[1];
    const TodayEntry& ofProspect = &ofCase == &entries[0] ? entries[1] : entries[0];
    CHECK(ofCase.customerId == c); // the case's customer
    CHECK(ofProspect.subjectName == "Olga Petrova");
    CHECK(ofProspect.subjectRef == fmt::format("prospect {}", prospect));
    CHECK(ofProspect.customerId == 0);
    // Removing the customer removes its case and their tasks.
    CustomerRepository(*db).remove(c);
    CHECK(tasks.openEntries().size() == 1);
}

TEST_CASE("the rules' data: settings, birthdays in customer order, prospects' last contact") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    addCustomer(*db, "K1", "A", day(1980, 7, 4));
    addCustomer(*db, "K2", "B", kNoDay);
    Prospect p;
    p.name = "Olga";
    ProspectRepository prospects(*db);
    const std::int64_t id = prospects.add(p);
    prospects.addContact(id, {0, day(2026, 5, 1), "call", "out", ""});
    prospects.addContact(id, {0, day(2026, 4, 1), "email", "out", ""});
    db->setSetting("rule_onboarding_days", "45");
    db->setSetting("rule_tier_down", "off");
    CHECK_THROWS_WITH(db->setSetting("rule_decline_percent", "0"),
                      "rule_decline_percent must be off or a whole number from 1 to 100 (not '0')");
    const TaskRuleData data = loadTaskRuleData(*db);
    CHECK(data.rules.onboardingDays == 45);
    CHECK(!data.rules.tierDown);
    CHECK(data.birthdays == std::vector<std::int32_t>{day(1980, 7, 4), kNoDay});
    REQUIRE(data.prospects.size() == 1);
    CHECK(data.prospects[0].lastContact == day(2026, 5, 1));
}
