#include "cli/recovery/recovery_cli.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "core/recovery/recovery_queue_filter.h"
#include "core/recovery/recovery_report.h"
#include "storage/customer_repository.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace cartera {

namespace {

const char* const kAsOfHelp = "Day to compute for, YYYY-MM-DD (default today)";

struct ListOptions {
    std::string db;
    std::string asOf = "today";
    std::string owner;
    std::string reason;
    std::string state;
    bool csv = false;
};

void runList(const ListOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const RecoveryData c = loadRecoveryData(o.db, asOf);
    RecoveryQueueFilter filter;
    filter.owner = o.owner;
    filter.reason = o.reason;
    if (!o.state.empty()) {
        const auto state = recoveryStateFromName(o.state);
        if (!state || isClosed(*state))
            throw UserError(fmt::format("--state must be identified, verified or "
                                        "contacted (not '{}')",
                                        o.state));
        filter.cases = RecoveryQueueFilter::Cases::InState;
        filter.state = *state;
    }
    const auto queue = filterRecoveryQueue(
        recoveryQueue(c.portfolio, c.metrics, c.settings, c.cases), filter, c.directory, c.cases);
    std::map<std::int64_t, const RecoveryCase*> byId;
    for (const auto& rc : c.cases)
        byId[rc.id] = &rc;
    const int digits = c.settings.minorDigits;
    CsvWriter csv(ctx.out);
    if (o.csv) {
        csv.text("priority").text("customer_id").text("name").text("owner").text("pareto");
        csv.text("lost_since").text("value_at_stake").text("expected_cost");
        csv.text("case").text("state").text("reason");
        csv.endRow();
    } else {
        ctx.out << fmt::format("{:>5} {:<12} {:<28} {:<14} {:<3} {:<10} {:>12} {:>10} "
                               "{:>6} {}\n",
                               "#", "customer", "name", "owner", "A", "lost since", "at stake",
                               "cost", "case", "state");
    }
    std::size_t rank = 0;
    for (const auto& e : queue) {
        const RecoveryCase* rc = e.caseId ? byId[e.caseId] : nullptr;
        ++rank;
        const std::string name(c.directory.name[e.customer]);
        const std::string lost = Date::fromDays(e.lostDay).toIso();
        if (o.csv) {
            csv.number(std::to_string(rank));
            csv.text(c.portfolio.externalId[e.customer]).text(name);
            csv.text(c.directory.owner[e.customer]).text(e.pareto ? "yes" : "no");
            csv.text(lost).number(formatMoney(e.valueAtStake, {".", "", digits}));
            csv.number(formatMoney(e.expectedCost, {".", "", digits}));
            csv.number(e.caseId ? std::to_string(e.caseId) : "");
            csv.text(e.caseId ? recoveryStateName(e.state) : "no case");
            csv.text(rc ? rc->reason : "");
            csv.endRow();
        } else {
            ctx.out << fmt::format(
                "{:>5} {:<12} {:<28} {:<14} {:<3} {:<10} {:>12} {:>10} {:>6} {}\n", rank,
                terminalCell(c.portfolio.externalId[e.customer], 40), terminalCell(name, 27),
                terminalCell(c.directory.owner[e.customer], 13), e.pareto ? "A" : "", lost,
                recoveryMoney(e.valueAtStake, digits), recoveryMoney(e.expectedCost, digits),
                e.caseId ? std::to_string(e.caseId) : "-",
                e.caseId ? recoveryStateName(e.state) : "no case");
        }
    }
}

struct ShowOptions {
    std::string db;
    std::int64_t caseId = 0;
};

void runShow(const ShowOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository repo(*db);
    const RecoveryCase rc = caseOrThrow(repo, o.caseId);
    const int digits = db->analysisSettings().minorDigits;
    auto day = [](std::int32_t d) {
        return d == kNoDay ? std::string("-") : Date::fromDays(d).toIso();
    };
    std::string customer = "?";
    if (const auto c = CustomerRepository(*db).find(rc.customerId))
        customer = terminalCell(c->record.externalId, 40) + " " + terminalCell(c->record.name, 60);
    ctx.out << fmt::format("case {}: {}\n", rc.id, customer);
    ctx.out << fmt::format("state: {}\nopened: {}\nclosed: {}\nlost since: {}\n",
                           recoveryStateName(rc.state), day(rc.opened), day(rc.closed),
                           day(rc.lostDay));
    ctx.out << fmt::format("reason: {}{}\n", rc.reason.empty() ? "-" : rc.reason,
                           rc.ourFault ? " (our fault)" : "");
    if (!rc.competitor.empty())
        ctx.out << "competitor: " << terminalCell(rc.competitor, 200) << '\n';
    if (!rc.detail.empty())
        ctx.out << "detail: " << terminalCell(rc.detail, 500) << '\n';
    if (!rc.correctiveAction.empty())
        ctx.out << fmt::format("corrective action: {} (owner {}, due {}, {})\n",
                               terminalCell(rc.correctiveAction, 200),
                               rc.actionOwner.empty() ? "-" : terminalCell(rc.actionOwner, 60),
                               day(rc.actionDue), rc.actionDone ? "done" : "open");
    ctx.out << fmt::format("value at stake: {}\nexpected cost: {}\n",
                           recoveryMoney(rc.valueAtStake, digits),
                           recoveryMoney(rc.expectedCost, digits));
    if (!rc.letGoReason.empty())
        ctx.out << "let go because: " << terminalCell(rc.letGoReason, 200) << '\n';
    for (const RecoveryAttempt& at : rc.attempts)
        ctx.out << fmt::format("attempt {} by {}: {}{}\n", day(at.day), at.channel,
                               terminalCell(at.outcome, 200),
                               at.note.empty() ? "" : " - " + terminalCell(at.note, 200));
}

struct MetricsOptions {
    std::string db;
    std::string asOf = "today";
};

void runMetrics(const MetricsOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const RecoveryData c = loadRecoveryData(o.db, asOf);
    const RecoveryMetrics m = recoveryMetrics(c.portfolio, c.cases, asOf);
    ctx.out << fmt::format("cases: {} open, {} closed ({} won back, {} let go)\n", m.open, m.closed,
                           m.wonBack, m.letGo);
    ctx.out << fmt::format("recovery rate: {:.1f} %\n", m.recoveryRate * 100);
    ctx.out << fmt::format("revenue won back: {} {}\n",
                           recoveryMoney(m.revenueWonBack, c.settings.minorDigits),
                           c.settings.currency);
    ctx.out << fmt::format("median days to win back: {:.1f}\n", m.medianDaysToWinBack);
    ctx.out << fmt::format("losses that were our fault: {} ({:.1f} %)\n", m.ourFault,
                           m.ourFaultShare * 100);
    ctx.out << fmt::format("corrective actions: {} open, {} overdue\n", m.actionsOpen,
                           m.actionsOverdue);
    ctx.out << "losses by reason:\n";
    std::vector<std::pair<std::string, std::size_t>> reasons(m.lossesByReason.begin(),
                                                             m.lossesByReason.end());
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    for (const auto& [reason, n] : reasons)
        ctx.out << fmt::format("  {:<24} {}\n", terminalCell(reason, 60), n);
}

} // namespace

void addRecoveryReportCommands(CLI::App& recovery, CliContext& ctx) {
    auto list = std::make_shared<ListOptions>();
    auto* listCommand =
        recovery.add_subcommand("list", "The recovery queue, highest priority first");
    listCommand->add_option("DB", list->db, "Portfolio file")->required();
    listCommand->add_option("--as-of", list->asOf, kAsOfHelp);
    listCommand->add_option("--owner", list->owner, "Only customers of this account manager");
    listCommand->add_option("--reason", list->reason, "Only open cases with this loss reason");
    listCommand->add_option("--state", list->state,
                            "Only this state: identified, verified, contacted");
    listCommand->add_flag("--csv", list->csv, "Write CSV to standard output");
    runWith(listCommand, ctx, list, runList);

    auto show = std::make_shared<ShowOptions>();
    auto* showCommand = recovery.add_subcommand("show", "Everything a case holds");
    showCommand->add_option("DB", show->db, "Portfolio file")->required();
    showCommand->add_option("CASE", show->caseId, "Case number")->required();
    runWith(showCommand, ctx, show, runShow);

    auto metrics = std::make_shared<MetricsOptions>();
    auto* metricsCommand = recovery.add_subcommand("metrics", "How recovery goes");
    metricsCommand->add_option("DB", metrics->db, "Portfolio file")->required();
    metricsCommand->add_option("--as-of", metrics->asOf, kAsOfHelp);
    runWith(metricsCommand, ctx, metrics, runMetrics);
}

} // namespace cartera
