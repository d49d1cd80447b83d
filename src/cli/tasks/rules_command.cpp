#include "cli/tasks/task_cli.h"
#include "cli/value/value_cli.h"
#include "core/tasks/task_rules.h"
#include "core/value/clv_report.h"
#include "storage/task_repository.h"

#include <filesystem>
#include <fmt/format.h>
#include <set>

namespace cartera {

namespace {

struct RulesRunOptions {
    std::string db;
    std::string asOf = "today";
    std::string lists; // a folder for each owner's Today list
};

// A file name from an owner's name: letters, digits, '-' and '_' kept, the rest '_'.
std::string fileNameOf(const std::string& owner) {
    if (owner.empty())
        return "unassigned";
    std::string out;
    for (const char c : owner) {
        const auto u = static_cast<unsigned char>(c);
        out += (std::isalnum(u) || c == '-' || c == '_' || u >= 0x80) ? c : '_';
    }
    return out;
}

void writeOwnerLists(RecoveryData& data, const std::string& folder, Date asOf, CliContext& ctx) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw UserError(fmt::format("cannot create {}: {}", folder, ec.message()));
    const std::vector<TodayEntry> entries = todayEntries(data);
    std::set<std::string> owners;
    for (const TodayEntry& e : entries)
        owners.insert(e.task.owner);
    const std::string calendarName = std::filesystem::path(data.db->path()).filename().string();
    for (const std::string& owner : owners) {
        // Everyone's tasks go to "unassigned" only when they have no owner.
        std::vector<TodayEntry> mine;
        for (const TodayEntry& e : entries)
            if (e.task.owner == owner)
                mine.push_back(e);
        mine = todayList(std::move(mine), {}, asOf.days());
        const std::string base = (std::filesystem::path(folder) / fileNameOf(owner)).string();
        emitCsv(base + ".csv", ctx, [&](std::ostream& out) { writeTodayCsv(out, mine, asOf); });
        emitCsv(base + ".ics", ctx,
                [&](std::ostream& out) { out << todayCalendar(mine, asOf.days(), calendarName); });
        ctx.out << fmt::format("{}: {} tasks in {}.csv and {}.ics\n",
                               owner.empty() ? "(no owner)" : owner, mine.size(), base, base);
    }
}

void runRules(const RulesRunOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    RecoveryData data = loadRecoveryData(o.db, asOf);
    const TaskRuleRun run = applyTaskRules(data, asOf, ctx.err);
    ctx.out << describe(run, asOf) << '\n';
    if (!o.lists.empty())
        writeOwnerLists(data, o.lists, asOf, ctx);
}

} // namespace

TaskRuleRun applyTaskRules(RecoveryData& data, Date asOf, std::ostream& err) {
    const TaskRuleData extra = loadTaskRuleData(*data.db);
    const ValueSettings value = data.db->valueSettings();
    std::optional<ClvReport> clv;
    if (extra.rules.pAliveBelowPercent) {
        ClvOptions options;
        options.minorDigits = data.settings.minorDigits;
        clv = ClvReport::compute(data.portfolio, asOf, std::nullopt, options);
        if (!clv->usable())
            err << fmt::format(
                "P(alive) rule skipped: {}\n",
                errorText(!clv->bgnbd.converged ? clv->bgnbd.problem : clv->gammaGamma.problem));
    }
    TaskRuleInputs in;
    in.portfolio = &data.portfolio;
    in.metrics = &data.metrics;
    in.settings = data.settings;
    in.owners = &data.directory.owner;
    in.birthdays = extra.birthdays;
    in.tiers = &value.tiers;
    in.clv = clv ? &*clv : nullptr;
    in.cases = data.cases;
    in.prospects = extra.prospects;
    const std::vector<Task> fired = evaluateTaskRules(in, extra.rules);
    TaskRuleRun run;
    run.due = fired.size();
    run.created = TaskRepository(*data.db).addRuleTasks(fired);
    return run;
}

std::string describe(const TaskRuleRun& run, Date asOf) {
    std::size_t total = 0;
    std::string detail;
    for (const auto& [rule, count] : run.created) {
        total += count;
        detail += fmt::format("{}{} {}", detail.empty() ? "" : ", ", rule, count);
    }
    return fmt::format("{} new task{} as of {} ({} due by the rules{}{})", total,
                       total == 1 ? "" : "s", asOf.toIso(), run.due, detail.empty() ? "" : "; ",
                       detail);
}

void addRulesCommand(CLI::App& app, CliContext& ctx) {
    auto* rules = app.add_subcommand("rules", "The built-in rules that write tasks by themselves");
    rules->require_subcommand(1);
    auto o = std::make_shared<RulesRunOptions>();
    auto* run = rules->add_subcommand(
        "run", "Evaluate the rules and store their new tasks (running twice adds nothing)");
    run->add_option("DB", o->db, "Portfolio file")->required();
    run->add_option("--as-of", o->asOf, "Day to run for, YYYY-MM-DD (default today)");
    run->add_option("--lists", o->lists,
                    "Then write each owner's Today list to FOLDER/<owner>.csv and .ics");
    runWith(run, ctx, o, runRules);
}

} // namespace cartera
