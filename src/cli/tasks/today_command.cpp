#include "cli/tasks/task_cli.h"
#include "cli/value/value_cli.h"

#include <filesystem>
#include <sstream>

namespace cartera {

namespace {

struct TodayOptions {
    std::string db;
    std::string owner;
    std::string asOf = "today";
    std::string csv;
    bool json = false;
    std::string ics;
};

void runToday(const TodayOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    RecoveryData data = loadRecoveryData(o.db, asOf);
    const auto owner = o.owner.empty() ? std::nullopt : std::optional<std::string>(o.owner);
    const std::vector<TodayEntry> list = todayList(todayEntries(data, owner), o.owner, asOf.days());
    if (!o.ics.empty()) {
        const std::string name = std::filesystem::path(o.db).filename().string();
        emitCsv(o.ics, ctx,
                [&](std::ostream& out) { out << todayCalendar(list, asOf.days(), name); });
    }
    if (!o.csv.empty())
        emitCsv(o.csv, ctx, [&](std::ostream& out) { writeTodayCsv(out, list, asOf); });
    else if (o.json)
        writeTodayJson(ctx.out, list, asOf);
    else if (o.ics != "-")
        writeTodayText(ctx.out, list, asOf, o.owner);
}

} // namespace

void addTodayCommand(CLI::App& app, CliContext& ctx) {
    auto o = std::make_shared<TodayOptions>();
    auto* today = app.add_subcommand(
        "today", "Open tasks due today or overdue, by kind, Pareto customers first");
    today->add_option("DB", o->db, "Portfolio file")->required();
    today->add_option("--owner", o->owner, "Only this account manager's tasks");
    today->add_option("--as-of", o->asOf, "The day, YYYY-MM-DD (default today)");
    auto* csv = today->add_option("--csv", o->csv, "Write CSV to FILE, or - for standard output");
    today->add_flag("--json", o->json, "Print JSON")->excludes(csv);
    today->add_option("--ics", o->ics, "Write an iCalendar file (one all-day event a task)");
    runWith(today, ctx, o, runToday);
}

} // namespace cartera
