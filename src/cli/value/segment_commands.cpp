#include "cli/value/value_cli.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "core/value/retention_triangle.h"
#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"

#include <cmath>
#include <fmt/format.h>

namespace cartera {

namespace {

struct RfmOptions {
    std::string db;
    std::string asOf = "today";
    std::string window = "all";
    std::string csv;
};

void runRfm(const RfmOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const auto window = RevenueWindow::parse(o.window);
    if (!window)
        throw UserError(fmt::format(
            "--window must be 12m, all or a number of days such as 90d (not '{}')", o.window));
    const ValueData l = loadValueData(o.db);
    const RfmSegmentTable& table = l.value.segments;
    const RfmReport r = RfmReport::compute(l.portfolio, asOf, *window, table);
    const int digits = l.settings.minorDigits;
    if (!o.csv.empty()) {
        emitCsv(o.csv, ctx, [&](std::ostream& out) {
            CsvWriter csv(out);
            for (const char* h :
                 {"customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"})
                csv.text(h);
            csv.endRow();
            for (const auto& e : r.entries) {
                csv.text(l.portfolio.externalId[e.customer]);
                csv.number(std::to_string(e.recencyDays)).number(std::to_string(e.frequency));
                csv.number(plainValueMoney(e.monetary, digits));
                csv.number(std::to_string(e.r)).number(std::to_string(e.f));
                csv.number(std::to_string(e.m)).text(table.segmentName(r.segmentOf(e)));
                csv.endRow();
            }
        });
        return;
    }
    std::vector<std::size_t> count(table.segmentCount(), 0);
    std::vector<Cents> revenue(table.segmentCount(), 0);
    Cents total = 0;
    for (const auto& e : r.entries) {
        const std::size_t segment = r.segmentOf(e);
        ++count[segment];
        revenue[segment] += e.monetary;
        total += e.monetary;
    }
    ctx.out << fmt::format("RFM as of {}, window {}: {} customers scored\n", asOf.toIso(),
                           window->toString(), r.entries.size());
    ctx.out << fmt::format("{:<22} {:>9} {:>16} {:>8}\n", "segment", "customers", "revenue",
                           "share");
    for (std::size_t s = 0; s < table.segmentCount(); ++s)
        ctx.out << fmt::format(
            "{:<22} {:>9} {:>16} {:>7.2f}%\n", terminalCell(table.segmentName(s), 22), count[s],
            valueMoney(static_cast<double>(revenue[s]), digits),
            total > 0 ? 100.0 * static_cast<double>(revenue[s]) / static_cast<double>(total) : 0.0);
    ctx.out << "customers by R (rows, 5 = most recent) and F (columns, 5 = most frequent):\n";
    for (int rr = 5; rr >= 1; --rr) {
        ctx.out << fmt::format("  R{}", rr);
        for (int ff = 1; ff <= 5; ++ff)
            ctx.out << fmt::format(" {:>8}", r.grid[rr - 1][ff - 1]);
        ctx.out << '\n';
    }
}

struct TiersOptions {
    std::string db;
    std::string asOf = "today";
    std::string since;
    std::string csv;
};

std::string gapText(const TierReport::Entry& e, const RewardTiers& tiers, int digits) {
    const auto next = static_cast<std::size_t>(e.tier + 1);
    if (next >= tiers.tiers().size())
        return {};
    std::string gap;
    const std::int32_t days = e.daysToNext(tiers);
    if (days > 0)
        gap = fmt::format("{} more purchase{}", days, days == 1 ? "" : "s");
    if (const Cents revenue = e.revenueToNext(tiers); revenue > 0)
        gap += (gap.empty() ? "" : " and ") +
               fmt::format("{} more", valueMoney(static_cast<double>(revenue), digits));
    return gap + " to reach " + tiers.tiers()[next].name;
}

void runTiers(const TiersOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const ValueData l = loadValueData(o.db);
    const RewardTiers& tiers = l.value.tiers;
    const TierReport r = TierReport::compute(l.portfolio, asOf, tiers);
    const int digits = l.settings.minorDigits;
    if (!o.csv.empty()) {
        emitCsv(o.csv, ctx, [&](std::ostream& out) {
            CsvWriter csv(out);
            for (const char* h : {"customer_id", "tier", "revenue_12m", "purchase_days_12m",
                                  "revenue_to_next", "purchases_to_next", "next_tier", "gap"})
                csv.text(h);
            csv.endRow();
            for (std::size_t i = 0; i < r.entries.size(); ++i) {
                const auto& e = r.entries[i];
                const auto next = static_cast<std::size_t>(e.tier + 1);
                csv.text(l.portfolio.externalId[i]).text(tiers.nameOf(e.tier));
                csv.number(plainValueMoney(e.revenue, digits))
                    .number(std::to_string(e.purchaseDays));
                csv.number(plainValueMoney(e.revenueToNext(tiers), digits));
                csv.number(std::to_string(e.daysToNext(tiers)));
                csv.text(next < tiers.tiers().size() ? tiers.tiers()[next].name : "");
                csv.text(gapText(e, tiers, digits));
                csv.endRow();
            }
        });
        return;
    }
    ctx.out << fmt::format("Reward tiers as of {} (12 months):\n", asOf.toIso());
    ctx.out << fmt::format("{:<12} {:>14} {:>6} {:>9} {:>16}  {}\n", "tier", "from revenue", "days",
                           "customers", "revenue", "reward");
    for (std::size_t k = 0; k < tiers.tiers().size(); ++k) {
        const RewardTier& t = tiers.tiers()[k];
        ctx.out << fmt::format(
            "{:<12} {:>14} {:>6} {:>9} {:>16}  {}\n", terminalCell(t.name, 12),
            valueMoney(static_cast<double>(t.minRevenue), digits), t.minPurchaseDays, r.counts[k],
            valueMoney(static_cast<double>(r.revenue[k]), digits), terminalCell(t.reward, 60));
    }
    ctx.out << fmt::format("{:<12} {:>14} {:>6} {:>9}\n", "no tier", "", "", r.withoutTier);
    if (!o.since.empty()) {
        const Date since = parseDateOption(o.since, "--since", ctx.today);
        if (!(since < asOf))
            throw UserError(fmt::format("--since ({}) must be before the as-of day ({})",
                                        since.toIso(), asOf.toIso()));
        const TierMovement m = TierMovement::compute(l.portfolio, since, asOf, tiers);
        ctx.out << fmt::format(
            "since {}: {} up ({} bought in between), {} down ({}), {} stayed\n", since.toIso(),
            m.upgrades, valueMoney(static_cast<double>(m.upgradeRevenue), digits), m.downgrades,
            valueMoney(static_cast<double>(m.downgradeRevenue), digits), m.stayed);
    }
}

struct RetentionOptions {
    std::string db;
    std::string asOf = "today";
    std::string by = "month";
    bool revenue = false;
    std::string csv;
};

void runRetention(const RetentionOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const auto unit = cohortPeriodFromName(o.by);
    if (!unit)
        throw UserError(fmt::format("--by must be month, quarter or year (not '{}')", o.by));
    const ValueData l = loadValueData(o.db);
    const RetentionTriangle r = RetentionTriangle::compute(l.portfolio, asOf, *unit);
    std::size_t columns = 0;
    for (const auto& c : r.cohorts)
        columns = std::max(columns, c.active.size());
    auto cell = [&](std::size_t c, std::size_t k) {
        return o.revenue ? r.revenueRetention(c, k) : r.share(c, k);
    };
    if (!o.csv.empty()) {
        emitCsv(o.csv, ctx, [&](std::ostream& out) { writeRetentionCsv(out, r, o.revenue); });
        return;
    }
    ctx.out << fmt::format("{} by {} cohort as of {} (columns: {}s since acquisition{})\n",
                           o.revenue ? "Revenue retention" : "Customers who bought",
                           cohortPeriodName(*unit), asOf.toIso(), cohortPeriodName(*unit),
                           o.revenue ? ", share of the first period's revenue" : "");
    ctx.out << fmt::format("{:<8} {:>9}", "cohort", "customers");
    for (std::size_t k = 0; k < columns; ++k)
        ctx.out << fmt::format(" {:>6}", k);
    ctx.out << '\n';
    for (std::size_t c = 0; c < r.cohorts.size(); ++c) {
        ctx.out << fmt::format("{:<8} {:>9}", r.cohorts[c].label, r.cohorts[c].customers);
        for (std::size_t k = 0; k < r.cohorts[c].active.size(); ++k) {
            const double v = cell(c, k);
            ctx.out << (std::isfinite(v) ? fmt::format(" {:>5.1f}%", v * 100) : "      -");
        }
        ctx.out << '\n';
    }
}

} // namespace

void addSegmentCommands(CLI::App& app, CliContext& ctx) {
    auto rfm = std::make_shared<RfmOptions>();
    auto* rfmCommand = app.add_subcommand("rfm", "RFM scores and segments");
    rfmCommand->add_option("DB", rfm->db, "Portfolio file")->required();
    rfmCommand->add_option("--as-of", rfm->asOf, kValueAsOfHelp);
    rfmCommand->add_option("--window", rfm->window, "all (default), 12m, or N days such as 90d");
    rfmCommand->add_option("--csv", rfm->csv, kValueCsvHelp);
    runWith(rfmCommand, ctx, rfm, runRfm);

    auto tiers = std::make_shared<TiersOptions>();
    auto* tiersCommand = app.add_subcommand("tiers", "Reward tiers, and how customers moved");
    tiersCommand->add_option("DB", tiers->db, "Portfolio file")->required();
    tiersCommand->add_option("--as-of", tiers->asOf, kValueAsOfHelp);
    tiersCommand->add_option("--since", tiers->since,
                             "Also count upgrades and downgrades since this day, YYYY-MM-DD");
    tiersCommand->add_option("--csv", tiers->csv, kValueCsvHelp);
    runWith(tiersCommand, ctx, tiers, runTiers);

    auto retention = std::make_shared<RetentionOptions>();
    auto* retentionCommand =
        app.add_subcommand("retention", "Retention by acquisition cohort (the triangle)");
    retentionCommand->add_option("DB", retention->db, "Portfolio file")->required();
    retentionCommand->add_option("--as-of", retention->asOf, kValueAsOfHelp);
    retentionCommand->add_option("--by", retention->by, "month (default), quarter or year");
    retentionCommand->add_flag("--revenue", retention->revenue,
                               "Revenue retention instead of the share of customers who bought");
    retentionCommand->add_option("--csv", retention->csv,
                                 "Write the triangle as CSV to FILE, or - for standard output");
    runWith(retentionCommand, ctx, retention, runRetention);
}

} // namespace cartera
