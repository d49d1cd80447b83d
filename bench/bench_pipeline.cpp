// Times the analysis pipeline on a synthetic portfolio and prints one line per figure:
//   cartera-bench-pipeline CUSTOMERS [WORKDIR] [--csv-only]
// --csv-only writes WORKDIR/bench-<size>.csv and stops (bench/peers/run compares on it).
#include "core/analysis/lifecycle.h"
#include "core/analysis/stage_summary.h"
#include "core/base/text_encoding.h"
#include "core/customers/customer_metrics.h"
#include "core/demo/demo_generator.h"
#include "core/flow/cohort_flow.h"
#include "core/import/purchase_rows.h"
#include "core/pareto/pareto_report.h"
#include "core/tasks/task_rules.h"
#include "core/tasks/today_list.h"
#include "core/value/clv_report.h"
#include "core/value/retention_triangle.h"
#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/purchase_importer.h"
#include "storage/task_repository.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <string>
#include <sys/resource.h>

using namespace cartera;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

std::string writeCsv(std::size_t customers, const std::string& path, std::size_t& rows) {
    std::string out;
    out.reserve(customers * 260);
    out += "customer,date,amount\n";
    std::string id;
    rows = 0;
    DemoSink sink;
    sink.customer = [&](std::size_t, const CustomerRecord& c) { id = c.externalId; };
    sink.purchase = [&](std::size_t, std::int32_t day, Cents amount) {
        out += id;
        out += ',';
        out += Date::fromDays(day).toIso();
        out += ',';
        out += formatMoney(amount);
        out += '\n';
        ++rows;
    };
    generateDemo({customers, 42, Date::fromYmd(2026, 6, 30), 8}, sink);
    std::ofstream(path, std::ios::binary) << out;
    return out;
}

// The same purchases as invoice lines of a shop export: two lines per invoice, US date-times.
std::string writeInvoiceLines(std::size_t customers, std::size_t& lines) {
    std::string out;
    out.reserve(customers * 600);
    out += "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n";
    std::string id;
    std::size_t invoice = 0;
    lines = 0;
    DemoSink sink;
    sink.customer = [&](std::size_t, const CustomerRecord& c) { id = c.externalId; };
    sink.purchase = [&](std::size_t, std::int32_t day, Cents amount) {
        const Ymd d = Date::fromDays(day).ymd();
        const std::string when = fmt::format("{}/{}/{} 10:15", d.month, d.day, d.year);
        const Cents first = amount / 2;
        const std::string no = fmt::format("{}{}", amount < 0 ? "C" : "", 100000 + invoice++);
        for (const Cents part : {first, amount - first}) {
            out += fmt::format("{},{},{},{},{}\n", no, amount < 0 ? -1 : 1, when,
                               formatMoney(part < 0 ? -part : part), id);
            ++lines;
        }
    };
    generateDemo({customers, 42, Date::fromYmd(2026, 6, 30), 8}, sink);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CUSTOMERS [WORKDIR]\n", argv[0]);
        return 2;
    }
    const std::size_t customers = std::stoul(argv[1]);
    const std::filesystem::path dir = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
    const std::string label = customers >= 1000000 ? fmt::format("{}M", customers / 1000000)
                                                   : fmt::format("{}k", customers / 1000);
    const std::string csvPath = (dir / fmt::format("bench-{}.csv", label)).string();
    const std::string dbPath = (dir / fmt::format("bench-{}.cartera", label)).string();
    std::filesystem::remove(dbPath);
    std::filesystem::remove(dbPath + "-wal");
    std::filesystem::remove(dbPath + "-shm");

    std::size_t rows = 0;
    {
        const std::string csv = writeCsv(customers, csvPath, rows);
        fmt::print("{} csv: {} customers, {} purchases, {:.0f} MB\n", label, customers, rows,
                   static_cast<double>(csv.size()) / 1e6);
    }
    if (argc > 3 && std::string_view(argv[3]) == "--csv-only")
        return 0;
    {
        // The whole import as a user runs it: read the file, parse, insert, commit.
        auto t = Clock::now();
        std::ifstream in(csvPath, std::ios::binary | std::ios::ate);
        std::string data(static_cast<std::size_t>(in.tellg()), '\0');
        in.seekg(0);
        in.read(data.data(), static_cast<std::streamsize>(data.size()));
        auto db = Database::open(dbPath, Database::OpenMode::CreateNew);
        const auto parsed = parsePurchaseCsv(data, {});
        const double parseSeconds = seconds(t);
        importPurchases(*db, parsed);
        const double total = seconds(t);
        fmt::print("{} import: {:.2f} s ({:.2f} M rows/s; parse {:.2f} s, insert {:.2f} s)\n",
                   label, total, static_cast<double>(rows) / total / 1e6, parseSeconds,
                   total - parseSeconds);
    }
    fmt::print("{} peak memory after import: {:.0f} MB\n", label, peakMegabytes());

    auto db = Database::open(dbPath);
    auto t = Clock::now();
    {
        const Portfolio single = loadPortfolio(*db);
        fmt::print("{} load_portfolio, cold: {:.3f} s\n", label, seconds(t));
    }
    t = Clock::now();
    const Portfolio p = loadPortfolio(*db);
    fmt::print("{} load_portfolio, warm: {:.3f} s\n", label, seconds(t));

    const Date asOf = Date::fromYmd(2026, 6, 30);
    const AnalysisSettings settings;
    const auto analysisStart = Clock::now();
    t = Clock::now();
    const auto statuses = classifyAll(p, settings, asOf);
    const StageSummary summary = summarizeStages(p, statuses, asOf);
    fmt::print("{} stages: {:.3f} s ({} in portfolio)\n", label, seconds(t), summary.inPortfolio());
    t = Clock::now();
    const auto all = ParetoReport::compute(p, asOf, {RevenueWindow::Kind::AllTime, 0});
    fmt::print("{} pareto all time: {:.3f} s ({} ranked, {:.1f} % in the Pareto set)\n", label,
               seconds(t), all.rankedCount(), all.paretoCustomerShare() * 100);
    t = Clock::now();
    const auto year = ParetoReport::compute(p, asOf, RevenueWindow{});
    fmt::print("{} pareto 12 months: {:.3f} s ({} ranked)\n", label, seconds(t),
               year.rankedCount());
    t = Clock::now();
    const CohortFlow flow = computeFlow(p, settings, asOf.addMonths(-12), asOf);
    fmt::print("{} flow (one year): {:.3f} s (inflow {}, outflow {})\n", label, seconds(t),
               flow.inflow(), flow.outflow());
    fmt::print("{} analysis total (stages + 2 pareto + flow): {:.3f} s\n", label,
               seconds(analysisStart));
    fmt::print("{} peak memory: {:.0f} MB\n", label, peakMegabytes());

    // Customer value on the loaded portfolio.
    const auto valueStart = Clock::now();
    t = Clock::now();
    const RfmReport rfm =
        RfmReport::compute(p, asOf, {RevenueWindow::Kind::AllTime, 0}, RfmSegmentTable::defaults());
    const TierReport tiers = TierReport::compute(p, asOf, RewardTiers::defaults(2));
    fmt::print("{} rfm + tiers: {:.3f} s ({} scored, {} without a tier)\n", label, seconds(t),
               rfm.entries.size(), tiers.withoutTier);
    t = Clock::now();
    const RetentionTriangle retention = RetentionTriangle::compute(p, asOf, CohortPeriod::Month);
    fmt::print("{} retention triangle by month: {:.3f} s ({} cohorts)\n", label, seconds(t),
               retention.cohorts.size());
    t = Clock::now();
    const ClvData clvData = prepareClvData(p, asOf);
    const BgNbdModel bgnbd = BgNbdModel::fit(clvData);
    const GammaGammaModel gammaGamma = GammaGammaModel::fit(clvData, 100);
    fmt::print("{} bg/nbd + gamma-gamma fit: {:.3f} s ({}; {})\n", label, seconds(t),
               bgnbd.converged ? std::string("converged") : errorText(bgnbd.problem),
               gammaGamma.converged ? std::string("converged") : errorText(gammaGamma.problem));
    t = Clock::now();
    const ClvReport clv = ClvReport::compute(p, asOf, std::nullopt, {});
    fmt::print("{} clv report (data, both fits, per-customer value): {:.3f} s\n", label,
               seconds(t));
    fmt::print("{} value total: {:.3f} s\n", label, seconds(valueStart));

    // Tasks: every rule over the analysed day, then one owner's Today list from the file.
    {
        const CustomerMetrics metrics = computeCustomerMetrics(p, settings, asOf);
        const CustomerDirectory directory = loadCustomerDirectory(*db);
        DictionaryColumn owners;
        std::vector<std::int32_t> birthdays(p.customerCount());
        for (std::size_t i = 0; i < p.customerCount(); ++i) {
            owners.push_back(fmt::format("owner {}", i % 8));
            birthdays[i] = Date::fromYmd(1970 + static_cast<int>(i % 40),
                                         1 + static_cast<int>(i % 12), 1 + static_cast<int>(i % 28))
                               .days();
        }
        const RewardTiers rewardTiers = RewardTiers::defaults(2);
        TaskRuleInputs in;
        in.portfolio = &p;
        in.metrics = &metrics;
        in.settings = settings;
        in.owners = &owners;
        in.birthdays = birthdays;
        in.tiers = &rewardTiers;
        in.clv = &clv;
        for (const std::string& key : TaskRuleSettings::keys()) {
            if (key == "rule_lookback_days")
                continue;
            TaskRuleSettings only;
            for (const std::string& other : TaskRuleSettings::keys())
                if (other != key && other != "rule_lookback_days")
                    only.set(other, "off");
            t = Clock::now();
            const auto n = evaluateTaskRules(in, only).size();
            fmt::print("{} task rule {} alone: {:.3f} s ({} tasks)\n", label, key, seconds(t), n);
        }
        t = Clock::now();
        const std::vector<Task> fired = evaluateTaskRules(in, TaskRuleSettings{});
        fmt::print("{} task rules, all nine: {:.3f} s ({} tasks)\n", label, seconds(t),
                   fired.size());
        TaskRepository tasks(*db);
        t = Clock::now();
        tasks.addRuleTasks(fired);
        fmt::print("{} task rules, storing the tasks: {:.3f} s\n", label, seconds(t));
        t = Clock::now();
        std::vector<TodayEntry> entries = tasks.openEntries(std::string("owner 3"));
        describeTodayEntries(entries, p, directory, metrics);
        const auto list = todayList(std::move(entries), "owner 3", asOf.days());
        fmt::print("{} today list for one owner: {:.1f} ms ({} tasks)\n", label,
                   seconds(t) * 1000.0, list.size());
    }

    {
        std::size_t lines = 0;
        std::string data = writeInvoiceLines(customers, lines);
        const std::string linesDb = (dir / fmt::format("bench-{}-lines.cartera", label)).string();
        std::filesystem::remove(linesDb);
        t = Clock::now();
        convertToUtf8(data);
        const auto parsed = parsePurchaseCsv(data, {});
        const double parseSeconds = seconds(t);
        auto target = Database::open(linesDb, Database::OpenMode::CreateNew);
        importPurchases(*target, parsed);
        const double total = seconds(t);
        fmt::print("{} invoice lines import: {:.2f} s ({} lines to {} purchases; parse {:.2f} s, "
                   "insert {:.2f} s)\n",
                   label, total, lines, parsed.size(), parseSeconds, total - parseSeconds);
        std::filesystem::remove(linesDb);
        std::filesystem::remove(linesDb + "-wal");
        std::filesystem::remove(linesDb + "-shm");
    }
    return 0;
}
