#include "cli/value/value_cli.h"
#include "core/analysis/lifecycle.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "core/value/clv_report.h"
#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"

#include <cmath>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <optional>

namespace cartera {

namespace {

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
    const Date calibrationEnd = parseDateOption(o.calibrationEnd, "--calibration-end", ctx.today);
    std::optional<Date> holdoutEnd;
    if (!o.holdoutEnd.empty()) {
        holdoutEnd = parseDateOption(o.holdoutEnd, "--holdout-end", ctx.today);
        if (!(calibrationEnd < *holdoutEnd))
            throw UserError(fmt::format("--holdout-end ({}) must be after --calibration-end ({})",
                                        holdoutEnd->toIso(), calibrationEnd.toIso()));
    }
    const ValueData l = loadValueData(o.db);
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
                csv.number(fmt::format("{}", c.x())).number(fmt::format("{:.4f}", c.tx()));
                csv.number(fmt::format("{:.4f}", c.T()));
                csv.number(fmt::format("{:.4f}", r.pAlive[i]));
                csv.number(fmt::format("{:.4f}", r.expectedPurchases[i]));
                csv.number(
                    plainValueMoney(static_cast<Cents>(std::llround(r.expectedSpend[i])), digits));
                csv.number(plainValueMoney(static_cast<Cents>(std::llround(r.clv[i])), digits));
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
            r.bgnbd.converged ? "converged" : "NOT converged: " + errorText(r.bgnbd.problem));
        ctx.out << fmt::format(
            "Gamma-Gamma: p = {:.4f}, q = {:.4f}, gamma = {:.4f} over {} "
            "customers, {}\n",
            r.gammaGamma.p, r.gammaGamma.q, r.gammaGamma.gamma, r.gammaGamma.customers,
            r.gammaGamma.converged ? "converged"
                                   : "NOT converged: " + errorText(r.gammaGamma.problem));
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
                            cs.first, valueMoney(cs.second, digits),
                            valueMoney(cs.second / static_cast<double>(cs.first), digits));
                };
            table("stage", [&](std::size_t i) -> std::optional<std::string> {
                if (!statuses[i].inPortfolio)
                    return std::nullopt;
                return std::string(stageName(statuses[i].stage));
            });
            table("segment", [&](std::size_t i) -> std::optional<std::string> {
                const std::uint32_t e = rfm.entryOf[i];
                return std::string(
                    e == kNotScored ? "not scored"
                                    : l.value.segments.segmentName(rfm.segmentOf(rfm.entries[e])));
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
        throw UserError(
            fmt::format("the lifetime-value model is not usable: {}",
                        errorText(!r.bgnbd.converged ? r.bgnbd.problem : r.gammaGamma.problem)));
}

} // namespace

void addClvCommand(CLI::App& app, CliContext& ctx) {
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
    clvCommand->add_option("--csv", clv->csv, kValueCsvHelp);
    runWith(clvCommand, ctx, clv, runClv);
}

} // namespace cartera
