#include "cli/cli_context.h"
#include "core/analysis/lifecycle.h"
#include "core/base/csv_writer.h"
#include "core/base/file_io.h"
#include "core/base/text_limits.h"
#include "core/value/clv_report.h"
#include "core/value/retention_triangle.h"
#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"

#include <cmath>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <sstream>

namespace cartera {

namespace {

const char* const kAsOfHelp = "Day to compute for, YYYY-MM-DD (default today)";
const char* const kCsvHelp = "Write one row per customer as CSV to FILE, or - for standard output";

struct Loaded {
    std::unique_ptr<Database> db;
    AnalysisSettings settings;
    ValueSettings value;
    Portfolio portfolio;
};

Loaded load(const std::string& path) {
    Loaded l;
    l.db = Database::open(path);
    l.settings = l.db->analysisSettings();
    l.value = l.db->valueSettings();
    l.portfolio = loadPortfolio(*l.db);
    return l;
}

std::string money(double minorUnits, int digits) {
    return formatMoney(static_cast<Cents>(std::llround(minorUnits)), {".", ",", digits});
}

std::string plainMoney(Cents c, int digits) {
    return formatMoney(c, {".", "", digits});
}

// A CSV to standard output, or written whole to a file.
void emitCsv(const std::string& target, CliContext& ctx,
             const std::function<void(std::ostream&)>& write) {
    if (target == "-") {
        write(ctx.out);
        return;
    }
    std::ostringstream csv;
    write(csv);
    try {
        writeFileAtomically(target, csv.view());
    } catch (const FileError& e) {
        throw UserError(e.what());
    }
}

struct RfmOptions {
    std::string db;
    std::string asOf = "today";
    std::string window = "all";
    std::string csv;
};

void runRfm(const RfmOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of");
    const auto window = RevenueWindow::parse(o.window);
    if (!window)
        throw UserError(fmt::format(
            "--window must be 12m, all or a number of days such as 90d (not '{}')", o.window));
    const Loaded l = load(o.db);
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
                csv.number(plainMoney(e.monetary, digits));
                csv.number(std::to_string(e.r)).number(std::to_string(e.f));
                csv.number(std::to_string(e.m)).text(table.segmentName(e.segment));
                csv.endRow();
            }
        });
        return;
    }
    std::vector<std::size_t> count(table.segmentCount(), 0);
    std::vector<Cents> revenue(table.segmentCount(), 0);
    Cents total = 0;
    for (const auto& e : r.entries) {
        ++count[e.segment];
        revenue[e.segment] += e.monetary;
        total += e.monetary;
    }
    ctx.out << fmt::format("RFM as of {}, window {}: {} customers scored\n", asOf.toIso(),
                           window->toString(), r.entries.size());
    ctx.out << fmt::format("{:<22} {:>9} {:>16} {:>8}\n", "segment", "customers", "revenue",
                           "share");
    for (std::size_t s = 0; s < table.segmentCount(); ++s)
        ctx.out << fmt::format(
            "{:<22} {:>9} {:>16} {:>7.2f}%\n", terminalCell(table.segmentName(s), 22), count[s],
            money(static_cast<double>(revenue[s]), digits),
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
    if (e.daysToNext > 0)
        gap = fmt::format("{} more purchase{}", e.daysToNext, e.daysToNext == 1 ? "" : "s");
    if (e.revenueToNext > 0)
        gap += (gap.empty() ? "" : " and ") +
               fmt::format("{} more", money(static_cast<double>(e.revenueToNext), digits));
    return gap + " to reach " + tiers.tiers()[next].name;
}

void runTiers(const TiersOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of");
    const Loaded l = load(o.db);
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
                csv.number(plainMoney(e.revenue, digits)).number(std::to_string(e.purchaseDays));
                csv.number(plainMoney(e.revenueToNext, digits));
                csv.number(std::to_string(e.daysToNext));
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
        ctx.out << fmt::format("{:<12} {:>14} {:>6} {:>9} {:>16}  {}\n", terminalCell(t.name, 12),
                               money(static_cast<double>(t.minRevenue), digits), t.minPurchaseDays,
                               r.counts[k], money(static_cast<double>(r.revenue[k]), digits),
                               terminalCell(t.reward, 60));
    }
    ctx.out << fmt::format("{:<12} {:>14} {:>6} {:>9}\n", "no tier", "", "", r.withoutTier);
    if (!o.since.empty()) {
        const Date since = parseDateOption(o.since, "--since");
        if (!(since < asOf))
            throw UserError(fmt::format("--since ({}) must be before the as-of day ({})",
                                        since.toIso(), asOf.toIso()));
        const TierMovement m = TierMovement::compute(l.portfolio, since, asOf, tiers);
        ctx.out << fmt::format("since {}: {} up ({} bought in between), {} down ({}), {} stayed\n",
                               since.toIso(), m.upgrades,
                               money(static_cast<double>(m.upgradeRevenue), digits), m.downgrades,
                               money(static_cast<double>(m.downgradeRevenue), digits), m.stayed);
    }
}

struct ClvCommandOptions {
    std::string db;
    std::string calibrationEnd;
    std::string holdoutEnd;
    bool json = false;
    std::string csv;
};

std::string jsonNumber(double v) {
    return std::isfinite(v) ? fmt::format("{}", v) : "null";
}

void printJson(const ClvReport& r, CliContext& ctx) {
    const BgNbdModel& bg = r.bgnbd;
    const GammaGammaModel& gg = r.gammaGamma;
    ctx.out << fmt::format("{{\"bgnbd\": {{\"r\": {}, \"alpha\": {}, \"a\": {}, \"b\": {}, "
                           "\"log_likelihood\": {}, \"converged\": {}}}, ",
                           jsonNumber(bg.r), jsonNumber(bg.alpha), jsonNumber(bg.a),
                           jsonNumber(bg.b), jsonNumber(bg.logLikelihood), bg.converged);
    ctx.out << fmt::format("\"gamma_gamma\": {{\"p\": {}, \"q\": {}, \"gamma\": {}, "
                           "\"customers\": {}}}, ",
                           jsonNumber(gg.p), jsonNumber(gg.q), jsonNumber(gg.gamma), gg.customers);
    if (!r.holdout) {
        ctx.out << "\"holdout\": null}\n";
        return;
    }
    const HoldoutCheck& h = *r.holdout;
    ctx.out << fmt::format("\"holdout\": {{\"predicted\": {}, \"actual\": {}, \"passed\": {}, "
                           "\"buckets\": [",
                           jsonNumber(h.predicted), jsonNumber(h.actual), h.passed());
    for (std::size_t k = 0; k < h.buckets.size(); ++k)
        ctx.out << fmt::format("{}{{\"x\": \"{}{}\", \"customers\": {}, \"predicted\": {}, "
                               "\"actual\": {}}}",
                               k ? ", " : "", h.buckets[k].calibrationRepeats,
                               k + 1 == h.buckets.size() ? "+" : "", h.buckets[k].customers,
                               jsonNumber(h.buckets[k].predicted), jsonNumber(h.buckets[k].actual));
    ctx.out << "]}}\n";
}

void runClv(const ClvCommandOptions& o, CliContext& ctx) {
    const Date calibrationEnd = parseDateOption(o.calibrationEnd, "--calibration-end");
    std::optional<Date> holdoutEnd;
    if (!o.holdoutEnd.empty()) {
        holdoutEnd = parseDateOption(o.holdoutEnd, "--holdout-end");
        if (!(calibrationEnd < *holdoutEnd))
            throw UserError(fmt::format("--holdout-end ({}) must be after --calibration-end ({})",
                                        holdoutEnd->toIso(), calibrationEnd.toIso()));
    }
    const Loaded l = load(o.db);
    ClvOptions options;
    options.horizonMonths = l.value.clvHorizonMonths;
    options.monthlyDiscount = l.value.clvMonthlyDiscount;
    options.minorDigits = l.settings.minorDigits;
    const ClvReport r = ClvReport::compute(l.portfolio, calibrationEnd, holdoutEnd, options);
    const int digits = l.settings.minorDigits;
    if (o.json) {
        printJson(r, ctx);
    } else if (!o.csv.empty()) {
        emitCsv(o.csv, ctx, [&](std::ostream& out) {
            CsvWriter csv(out);
            for (const char* h : {"customer_id", "x", "t_x", "T", "p_alive",
                                  "expected_purchases_12w", "expected_spend", "clv"})
                csv.text(h);
            csv.endRow();
            for (std::size_t i = 0; i < l.portfolio.customerCount(); ++i) {
                const ClvCustomer& c = r.data.customers[i];
                if (!c.inCalibration)
                    continue;
                csv.text(l.portfolio.externalId[i]);
                csv.number(fmt::format("{}", c.x)).number(fmt::format("{:.4f}", c.tx));
                csv.number(fmt::format("{:.4f}", c.T));
                csv.number(fmt::format("{:.4f}", r.pAlive[i]));
                csv.number(fmt::format("{:.4f}", r.expectedPurchases[i]));
                csv.number(
                    plainMoney(static_cast<Cents>(std::llround(r.expectedSpend[i])), digits));
                csv.number(plainMoney(static_cast<Cents>(std::llround(r.clv[i])), digits));
                csv.endRow();
            }
        });
    } else {
        ctx.out << fmt::format("Calibration up to {}: {} customers\n", calibrationEnd.toIso(),
                               r.bgnbd.customers);
        ctx.out << fmt::format(
            "BG/NBD: r = {:.4f}, alpha = {:.4f}, a = {:.4f}, b = {:.4f}, "
            "log-likelihood {:.3f}, {}\n",
            r.bgnbd.r, r.bgnbd.alpha, r.bgnbd.a, r.bgnbd.b, r.bgnbd.logLikelihood,
            r.bgnbd.converged ? "converged" : "NOT converged: " + r.bgnbd.problem);
        ctx.out << fmt::format(
            "Gamma-Gamma: p = {:.4f}, q = {:.4f}, gamma = {:.4f} over {} "
            "customers, {}\n",
            r.gammaGamma.p, r.gammaGamma.q, r.gammaGamma.gamma, r.gammaGamma.customers,
            r.gammaGamma.converged ? "converged" : "NOT converged: " + r.gammaGamma.problem);
        if (r.holdout) {
            const HoldoutCheck& h = *r.holdout;
            ctx.out << fmt::format(
                "Holdout to {}: predicted {:.1f} repeat purchases, actual {:.0f}: "
                "{}\n",
                holdoutEnd->toIso(), h.predicted, h.actual,
                h.passed() ? "passed (within 20 %)"
                           : "FAILED (off by more "
                             "than 20 %)");
            ctx.out << fmt::format("{:>6} {:>9} {:>10} {:>8}\n", "x", "customers", "predicted",
                                   "actual");
            for (std::size_t k = 0; k < h.buckets.size(); ++k)
                ctx.out << fmt::format(
                    "{:>5}{} {:>9} {:>10.1f} {:>8.0f}\n", h.buckets[k].calibrationRepeats,
                    k + 1 == h.buckets.size() ? "+" : " ", h.buckets[k].customers,
                    h.buckets[k].predicted, h.buckets[k].actual);
        }
        if (r.usable()) {
            // Value per group as of the calibration end: stage, segment, tier, acquisition year.
            const auto statuses = classifyAll(l.portfolio, l.settings, calibrationEnd);
            const RfmReport rfm = RfmReport::compute(
                l.portfolio, calibrationEnd, {RevenueWindow::Kind::AllTime, 0}, l.value.segments);
            const TierReport tiers =
                TierReport::compute(l.portfolio, calibrationEnd, l.value.tiers);
            ctx.out << fmt::format("Lifetime value over {} months ({:.2f} % a month discount):\n",
                                   options.horizonMonths, options.monthlyDiscount * 100);
            auto table =
                [&](const char* title,
                    const std::function<std::optional<std::string>(std::size_t)>& groupOf) {
                    std::map<std::string, std::pair<std::size_t, double>> groups;
                    for (std::size_t i = 0; i < statuses.size(); ++i) {
                        if (!std::isfinite(r.clv[i]))
                            continue;
                        if (const auto g = groupOf(i)) {
                            auto& [count, sum] = groups[*g];
                            ++count;
                            sum += r.clv[i];
                        }
                    }
                    ctx.out << fmt::format("  by {}:\n", title);
                    for (const auto& [name, cs] : groups)
                        ctx.out << fmt::format(
                            "    {:<22} {:>9} customers {:>16} (mean {})\n", terminalCell(name, 22),
                            cs.first, money(cs.second, digits),
                            money(cs.second / static_cast<double>(cs.first), digits));
                };
            table("stage", [&](std::size_t i) -> std::optional<std::string> {
                if (!statuses[i].inPortfolio)
                    return std::nullopt;
                return std::string(stageName(statuses[i].stage));
            });
            table("segment", [&](std::size_t i) -> std::optional<std::string> {
                const std::uint32_t e = rfm.entryOf[i];
                return std::string(e == kNotScored
                                       ? "not scored"
                                       : l.value.segments.segmentName(rfm.entries[e].segment));
            });
            table("tier", [&](std::size_t i) -> std::optional<std::string> {
                return std::string(l.value.tiers.nameOf(tiers.entries[i].tier));
            });
            table("acquisition year", [&](std::size_t i) -> std::optional<std::string> {
                if (!statuses[i].inPortfolio)
                    return std::nullopt;
                return std::to_string(Date::fromDays(statuses[i].acquisition).ymd().year);
            });
        }
    }
    if (!r.usable())
        throw UserError(fmt::format("the lifetime-value model is not usable: {}",
                                    !r.bgnbd.converged ? r.bgnbd.problem : r.gammaGamma.problem));
}

struct RetentionOptions {
    std::string db;
    std::string asOf = "today";
    std::string by = "month";
    bool revenue = false;
    std::string csv;
};

void runRetention(const RetentionOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of");
    const auto unit = cohortPeriodFromName(o.by);
    if (!unit)
        throw UserError(fmt::format("--by must be month, quarter or year (not '{}')", o.by));
    const Loaded l = load(o.db);
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

void addValueCommands(CLI::App& app, CliContext& ctx) {
    auto rfm = std::make_shared<RfmOptions>();
    auto* rfmCommand = app.add_subcommand("rfm", "RFM scores and segments");
    rfmCommand->add_option("DB", rfm->db, "Portfolio file")->required();
    rfmCommand->add_option("--as-of", rfm->asOf, kAsOfHelp);
    rfmCommand->add_option("--window", rfm->window, "all (default), 12m, or N days such as 90d");
    rfmCommand->add_option("--csv", rfm->csv, kCsvHelp);
    runWith(rfmCommand, ctx, rfm, runRfm);

    auto tiers = std::make_shared<TiersOptions>();
    auto* tiersCommand = app.add_subcommand("tiers", "Reward tiers, and how customers moved");
    tiersCommand->add_option("DB", tiers->db, "Portfolio file")->required();
    tiersCommand->add_option("--as-of", tiers->asOf, kAsOfHelp);
    tiersCommand->add_option("--since", tiers->since,
                             "Also count upgrades and downgrades since this day, YYYY-MM-DD");
    tiersCommand->add_option("--csv", tiers->csv, kCsvHelp);
    runWith(tiersCommand, ctx, tiers, runTiers);

    auto retention = std::make_shared<RetentionOptions>();
    auto* retentionCommand =
        app.add_subcommand("retention", "Retention by acquisition cohort (the triangle)");
    retentionCommand->add_option("DB", retention->db, "Portfolio file")->required();
    retentionCommand->add_option("--as-of", retention->asOf, kAsOfHelp);
    retentionCommand->add_option("--by", retention->by, "month (default), quarter or year");
    retentionCommand->add_flag("--revenue", retention->revenue,
                               "Revenue retention instead of the share of customers who bought");
    retentionCommand->add_option("--csv", retention->csv,
                                 "Write the triangle as CSV to FILE, or - for standard output");
    runWith(retentionCommand, ctx, retention, runRetention);

    auto clv = std::make_shared<ClvCommandOptions>();
    auto* clvCommand =
        app.add_subcommand("clv", "Lifetime value: BG/NBD and Gamma-Gamma, with a holdout check");
    clvCommand->add_option("DB", clv->db, "Portfolio file")->required();
    clvCommand
        ->add_option("--calibration-end", clv->calibrationEnd,
                     "Last day the models learn from, YYYY-MM-DD")
        ->required();
    clvCommand->add_option("--holdout-end", clv->holdoutEnd,
                           "Check the predictions against what happened up to this day");
    clvCommand->add_flag("--json", clv->json, "Print the fitted models and the check as JSON");
    clvCommand->add_option("--csv", clv->csv, kCsvHelp);
    runWith(clvCommand, ctx, clv, runClv);
}

} // namespace cartera
