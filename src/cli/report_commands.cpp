#include "cli/cli_context.h"
#include "cli/report_sheets.h"
#include "core/analysis/lifecycle.h"
#include "core/analysis/stage_summary.h"
#include "core/base/csv_writer.h"
#include "core/base/file_io.h"
#include "core/base/text_limits.h"
#include "core/flow/cohort_flow.h"
#include "core/pareto/pareto_csv.h"
#include "core/pareto/pareto_report.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"

#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace cartera {

namespace {

struct Loaded {
    std::unique_ptr<Database> db;
    AnalysisSettings settings;
    Portfolio portfolio;
};

Loaded load(const std::string& path) {
    Loaded l;
    l.db = Database::open(path);
    l.settings = l.db->analysisSettings();
    l.portfolio = loadPortfolio(*l.db);
    return l;
}

std::string money(Cents c, const AnalysisSettings& s) {
    return formatMoney(c, {".", ",", s.minorDigits});
}

std::string plainMoney(Cents c, const AnalysisSettings& s) {
    return formatMoney(c, {".", "", s.minorDigits});
}

std::string percent(double share) {
    return fmt::format("{:.2f} %", share * 100.0);
}

void printStages(CliContext& ctx, const StageSummary& s, const AnalysisSettings& settings,
                 bool csv) {
    if (csv) {
        CsvWriter w(ctx.out);
        w.text("group").text("name").text("customers").text("revenue").text("revenue_12m");
        w.endRow();
        for (int g = 0; g < kStageCount; ++g) {
            const auto i = static_cast<std::size_t>(g);
            w.text("stage").text(stageName(static_cast<Stage>(g)));
            w.number(fmt::format("{}", s.stageCount[i]));
            w.number(plainMoney(s.stageRevenue[i], settings));
            w.number(plainMoney(s.stageRevenue12m[i], settings));
            w.endRow();
        }
        for (int a = 0; a < kActivityCount; ++a) {
            const auto i = static_cast<std::size_t>(a);
            w.text("activity").text(activityName(static_cast<Activity>(a)));
            w.number(fmt::format("{}", s.activityCount[i]));
            w.number(plainMoney(s.activityRevenue[i], settings));
            w.number(plainMoney(s.activityRevenue12m[i], settings));
            w.endRow();
        }
        return;
    }
    ctx.out << fmt::format("Stages as of {} ({})\n", s.asOf.toIso(), settings.currency);
    ctx.out << fmt::format("{:<12} {:>10} {:>18} {:>18}\n", "stage", "customers", "revenue",
                           "revenue 12m");
    for (int g = 0; g < kStageCount; ++g) {
        const auto i = static_cast<std::size_t>(g);
        ctx.out << fmt::format("{:<12} {:>10} {:>18} {:>18}\n", stageName(static_cast<Stage>(g)),
                               s.stageCount[i], money(s.stageRevenue[i], settings),
                               money(s.stageRevenue12m[i], settings));
    }
    ctx.out << fmt::format("{:<12} {:>10} {:>18} {:>18}\n", "lost",
                           s.activityCount[static_cast<std::size_t>(Activity::Lost)],
                           money(s.activityRevenue[2], settings),
                           money(s.activityRevenue12m[2], settings));
    ctx.out << "\nActivity\n";
    for (int a = 0; a < kActivityCount; ++a) {
        const auto i = static_cast<std::size_t>(a);
        ctx.out << fmt::format("{:<12} {:>10} {:>18} {:>18}\n",
                               activityName(static_cast<Activity>(a)), s.activityCount[i],
                               money(s.activityRevenue[i], settings),
                               money(s.activityRevenue12m[i], settings));
    }
}

void printParetoHead(CliContext& ctx, const ParetoReport& r, const Portfolio& p,
                     const AnalysisSettings& settings, std::size_t top) {
    ctx.out << fmt::format("Pareto as of {}, window {}, cut {}\n", r.asOf().toIso(),
                           r.window().toString(), percent(r.cut().toDouble()));
    ctx.out << fmt::format("ranked customers: {}\n", r.rankedCount());
    ctx.out << fmt::format("total revenue: {} {}\n", money(r.total(), settings), settings.currency);
    ctx.out << fmt::format("pareto set: {} customers ({} of ranked) make {} of revenue\n",
                           r.paretoCount(), percent(r.paretoCustomerShare()),
                           percent(r.cut().toDouble()));
    ctx.out << fmt::format("class B ends at rank: {}\n", r.classBEnd());
    ctx.out << fmt::format("gini: {:.4f}\n", r.gini());
    const std::size_t n = std::min(top, r.rankedCount());
    if (n > 0) {
        ctx.out << fmt::format("\n{:>6} {:<16} {:>16} {:>8} {:>8} {}\n", "rank", "customer",
                               "revenue", "share", "cum.", "class");
        for (std::size_t rank = 1; rank <= n; ++rank) {
            const auto& e = r.entries()[rank - 1];
            ctx.out << fmt::format("{:>6} {:<16} {:>16} {:>8} {:>8} {}\n", rank,
                                   terminalCell(p.externalId[e.customer], 40),
                                   money(e.revenue, settings),
                                   fmt::format("{:.2f}%", r.share(rank) * 100),
                                   fmt::format("{:.2f}%", r.cumulativeShare(rank) * 100),
                                   paretoClassName(r.classOfRank(rank)));
        }
    }
}

void printFlow(CliContext& ctx, const std::vector<CohortFlow>& series,
               const AnalysisSettings& settings, bool csv) {
    if (csv) {
        CsvWriter w(ctx.out);
        w.text("from_date").text("to_date").text("from_state").text("to_state");
        w.text("customers").text("revenue");
        w.endRow();
        for (const CohortFlow& f : series)
            for (int a = 0; a < kFlowStateCount; ++a)
                for (int b = 0; b < kFlowStateCount; ++b) {
                    const auto ia = static_cast<std::size_t>(a);
                    const auto ib = static_cast<std::size_t>(b);
                    w.text(f.from.toIso()).text(f.to.toIso());
                    w.text(flowStateName(static_cast<FlowState>(a)));
                    w.text(flowStateName(static_cast<FlowState>(b)));
                    w.number(fmt::format("{}", f.count[ia][ib]));
                    w.number(plainMoney(f.revenue[ia][ib], settings));
                    w.endRow();
                }
        return;
    }
    for (const CohortFlow& f : series) {
        ctx.out << fmt::format("Flow {} -> {} (rows: state at {}, columns: state at {})\n",
                               f.from.toIso(), f.to.toIso(), f.from.toIso(), f.to.toIso());
        ctx.out << fmt::format("{:<12}", "");
        for (int b = 0; b < kFlowStateCount; ++b)
            ctx.out << fmt::format("{:>11}", flowStateName(static_cast<FlowState>(b)));
        ctx.out << '\n';
        for (int a = 0; a < kFlowStateCount; ++a) {
            ctx.out << fmt::format("{:<12}", flowStateName(static_cast<FlowState>(a)));
            for (int b = 0; b < kFlowStateCount; ++b)
                ctx.out << fmt::format(
                    "{:>11}", f.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)]);
            ctx.out << '\n';
        }
        ctx.out << fmt::format("inflow {}, outflow {}, recovered {}\n\n", f.inflow(), f.outflow(),
                               f.recovered());
    }
}

struct SummaryOptions {
    std::string db;
    std::string asOf = "today";
};

void runSummary(const SummaryOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    Loaded l = load(o.db);
    const auto statuses = classifyAll(l.portfolio, l.settings, asOf);
    const StageSummary s = summarizeStages(l.portfolio, statuses, asOf);
    ctx.out << fmt::format("Portfolio {} as of {}\n", o.db, asOf.toIso());
    ctx.out << fmt::format(
        "customers: {} in portfolio, {} lost, {} not yet customers\n", s.inPortfolio(),
        s.activityCount[static_cast<std::size_t>(Activity::Lost)], s.notYetCustomers);
    ctx.out << fmt::format("purchases: {}\n", l.portfolio.purchaseCount());
    printStages(ctx, s, l.settings, false);
    ctx.out << '\n';
    const ParetoReport r = ParetoReport::compute(l.portfolio, asOf, RevenueWindow{},
                                                 l.settings.paretoCut, l.settings.classBCut);
    printParetoHead(ctx, r, l.portfolio, l.settings, 5);
}

struct StagesOptions {
    std::string db;
    std::string asOf = "today";
    bool csv = false;
    std::string xlsx;
};

void runStages(const StagesOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    Loaded l = load(o.db);
    const auto statuses = classifyAll(l.portfolio, l.settings, asOf);
    const StageSummary summary = summarizeStages(l.portfolio, statuses, asOf);
    if (!o.xlsx.empty()) {
        writeSheetOption(stagesSheet(summary, l.settings.minorDigits), o.xlsx);
        ctx.out << fmt::format("{}: stages as of {}\n", o.xlsx, asOf.toIso());
        return;
    }
    printStages(ctx, summary, l.settings, o.csv);
}

struct FlowOptions {
    std::string db;
    std::string from;
    std::string to;
    std::string by;
    bool csv = false;
    std::string xlsx;
};

void runFlow(const FlowOptions& o, CliContext& ctx) {
    const Date from = parseDateOption(o.from, "--from", ctx.today);
    const Date to = parseDateOption(o.to, "--to", ctx.today);
    if (!(from < to))
        throw UserError(fmt::format("--from ({}) must be before --to ({})", o.from, o.to));
    Loaded l = load(o.db);
    std::vector<CohortFlow> series;
    if (o.by.empty())
        series.push_back(computeFlow(l.portfolio, l.settings, from, to));
    else
        series = computeFlowSeries(l.portfolio, l.settings, from, to, *flowStepFromName(o.by));
    if (!o.xlsx.empty()) {
        writeSheetOption(flowSheet(series, l.settings.minorDigits), o.xlsx);
        ctx.out << fmt::format("{}: {} periods\n", o.xlsx, series.size());
        return;
    }
    printFlow(ctx, series, l.settings, o.csv);
}

struct ParetoOptions {
    std::string db;
    std::string asOf = "today";
    std::string window = "12m";
    std::string cut;
    std::string csvFile;
    std::string xlsx;
    std::size_t top = 10;
};

void runPareto(const ParetoOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const auto window = RevenueWindow::parse(o.window);
    if (!window)
        throw UserError(fmt::format(
            "--window must be 12m, all or a number of days such as 90d (not '{}')", o.window));
    Loaded l = load(o.db);
    Ratio cut = l.settings.paretoCut;
    if (!o.cut.empty()) {
        const auto parsed = Ratio::parse(o.cut);
        if (!parsed)
            throw UserError(fmt::format(
                "--cut must be a share above 0 and at most 1, such as 0.8 (not '{}')", o.cut));
        cut = *parsed;
    }
    const ParetoReport r =
        ParetoReport::compute(l.portfolio, asOf, *window, cut, l.settings.classBCut);
    // Names are read once, and only when a file asks for them (the printed head shows ids).
    const CustomerDirectory directory =
        o.xlsx.empty() && o.csvFile.empty() ? CustomerDirectory{} : loadCustomerDirectory(*l.db);
    if (!o.xlsx.empty())
        writeSheetOption(paretoSheet(r, l.portfolio, directory, l.settings.minorDigits), o.xlsx);
    if (o.csvFile == "-") {
        writeParetoCsv(ctx.out, r, l.portfolio, directory, l.settings.minorDigits);
        return;
    }
    if (!o.csvFile.empty()) {
        std::ostringstream csv;
        writeParetoCsv(csv, r, l.portfolio, directory, l.settings.minorDigits);
        try {
            writeFileAtomically(o.csvFile, csv.view());
        } catch (const FileError& e) {
            throw UserError(e.what());
        }
    }
    printParetoHead(ctx, r, l.portfolio, l.settings, o.top);
}

const char* const kAsOfHelp = "Day to compute for, YYYY-MM-DD (default today)";

} // namespace

void addReportCommands(CLI::App& app, CliContext& ctx) {
    auto summary = std::make_shared<SummaryOptions>();
    auto* summaryCommand = app.add_subcommand("summary", "The portfolio on one screen");
    summaryCommand->add_option("DB", summary->db, "Portfolio file")->required();
    summaryCommand->add_option("--as-of", summary->asOf, kAsOfHelp);
    runWith(summaryCommand, ctx, summary, runSummary);

    auto stages = std::make_shared<StagesOptions>();
    auto* stagesCommand = app.add_subcommand("stages", "Customers and revenue per lifecycle stage");
    stagesCommand->add_option("DB", stages->db, "Portfolio file")->required();
    stagesCommand->add_option("--as-of", stages->asOf, kAsOfHelp);
    stagesCommand->add_flag("--csv", stages->csv, "Write CSV to standard output");
    stagesCommand->add_option("--xlsx", stages->xlsx, "Write an Excel workbook to this file");
    runWith(stagesCommand, ctx, stages, runStages);

    auto flow = std::make_shared<FlowOptions>();
    auto* flowCommand = app.add_subcommand("flow", "How customers moved between stages");
    flowCommand->add_option("DB", flow->db, "Portfolio file")->required();
    flowCommand->add_option("--from", flow->from, "Start day, YYYY-MM-DD")->required();
    flowCommand->add_option("--to", flow->to, "End day, YYYY-MM-DD")->required();
    flowCommand
        ->add_option("--by", flow->by, "Repeat for consecutive periods: month, quarter or year")
        ->check(CLI::IsMember({"month", "quarter", "year"}));
    flowCommand->add_flag("--csv", flow->csv, "Write CSV to standard output");
    flowCommand->add_option("--xlsx", flow->xlsx, "Write an Excel workbook to this file");
    runWith(flowCommand, ctx, flow, runFlow);

    auto pareto = std::make_shared<ParetoOptions>();
    auto* paretoCommand = app.add_subcommand("pareto", "Customers ranked by revenue, 80/20");
    paretoCommand->add_option("DB", pareto->db, "Portfolio file")->required();
    paretoCommand->add_option("--as-of", pareto->asOf, kAsOfHelp);
    paretoCommand->add_option("--window", pareto->window,
                              "12m (default), all, or N days such as 90d");
    paretoCommand->add_option(
        "--cut", pareto->cut,
        "Share of revenue the Pareto set reaches (default: the portfolio's setting, 0.8)");
    paretoCommand->add_option("--csv", pareto->csvFile,
                              "Write the full ranking as CSV to FILE, or - for standard output");
    paretoCommand->add_option("--xlsx", pareto->xlsx, "Write an Excel workbook to this file");
    paretoCommand->add_option("--top", pareto->top, "Rows to print (default 10)");
    runWith(paretoCommand, ctx, pareto, runPareto);
}

} // namespace cartera
