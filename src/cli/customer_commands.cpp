#include "cli/cli_context.h"
#include "cli/customer_selection.h"
#include "cli/report_sheets.h"
#include "core/base/file_io.h"
#include "core/base/text_limits.h"
#include "core/customers/customer_csv.h"
#include "core/customers/customer_list_filter.h"
#include "core/customers/customer_metrics.h"
#include "core/customers/customer_query.h"
#include "storage/customer_list_repository.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"

#include <fmt/format.h>
#include <sstream>

namespace cartera {

namespace {

struct CustomersOptions {
    std::string db;
    std::string asOf = "today";
    std::string list;
    std::string filter;
    std::string stage, activity, paretoClass, owner, segment, tier, search;
    std::string csv;
    std::string xlsx;
    std::string saveList;
    std::size_t top = 50;
};

// The filter the options describe: a saved list, then --filter, then the single options.
std::string filterText(const CustomersOptions& o, Database& db) {
    std::vector<std::string> parts;
    if (!o.list.empty()) {
        const auto saved = CustomerListRepository(db).find(o.list);
        if (!saved)
            throw UserError(fmt::format("no list '{}' (see 'cartera-cli lists')", o.list));
        if (!saved->filter.empty())
            parts.push_back(saved->filter);
    }
    if (!o.filter.empty())
        parts.push_back(o.filter);
    const std::pair<const char*, const std::string*> single[] = {
        {"stage", &o.stage}, {"activity", &o.activity}, {"class", &o.paretoClass},
        {"owner", &o.owner}, {"segment", &o.segment},   {"tier", &o.tier},
        {"text", &o.search}};
    for (const auto& [key, value] : single)
        if (!value->empty())
            parts.push_back(fmt::format("{}={}", key, *value));
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

void runCustomers(const CustomersOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    auto db = Database::open(o.db);
    const AnalysisSettings settings = db->analysisSettings();
    const ValueSettings valueSettings = db->valueSettings();
    const std::string text = filterText(o, *db);
    CustomerFilter filter;
    try {
        filter = CustomerListFilter::parse(text, valueSettings);
    } catch (const InputError& e) {
        throw UserError(fmt::format("filter: {}", e.what()));
    }
    if (!o.saveList.empty()) {
        CustomerListRepository(*db).save(
            {o.saveList, CustomerListFilter::toText(filter, valueSettings)});
        ctx.err << fmt::format("saved list '{}': {}\n", o.saveList,
                               CustomerListFilter::toText(filter, valueSettings));
    }
    const CustomerSelection selection = loadCustomerSelection(*db, asOf);
    const Portfolio& portfolio = selection.portfolio;
    const CustomerDirectory& directory = selection.directory;
    const CustomerMetrics& metrics = selection.metrics;
    const CustomerValue& value = selection.value;
    const std::vector<std::uint32_t> rows = selection.select(text);
    auto stage = [&](std::uint32_t i) {
        const CustomerStatus& s = metrics.status[i];
        return std::string(s.inPortfolio ? stageName(s.stage) : "not yet");
    };
    auto activity = [&](std::uint32_t i) {
        const CustomerStatus& s = metrics.status[i];
        return std::string(s.inPortfolio ? activityName(s.activity) : "");
    };
    auto segment = [&](std::uint32_t i) {
        const int s = value.segmentOf(i);
        return std::string(s < 0 ? ""
                                 : valueSettings.segments.segmentName(static_cast<std::size_t>(s)));
    };
    if (!o.xlsx.empty()) {
        writeSheetOption(customersSheet(rows, portfolio, directory, loadCustomerPhones(*db),
                                        metrics, value, settings.minorDigits),
                         o.xlsx);
        ctx.out << fmt::format("{}: {} customers\n", o.xlsx, rows.size());
        if (o.csv.empty())
            return;
    }
    if (!o.csv.empty()) {
        const std::vector<std::string> phones = loadCustomerPhones(*db);
        std::ostringstream out;
        writeCustomerContactsCsv(out, rows, portfolio, directory, phones, metrics, &value,
                                 settings.minorDigits);
        if (o.csv == "-") {
            ctx.out << out.str();
        } else {
            try {
                writeFileAtomically(o.csv, out.view());
            } catch (const FileError& e) {
                throw UserError(e.what());
            }
            ctx.out << fmt::format("{}: {} customers\n", o.csv, rows.size());
        }
        return;
    }
    ctx.out << fmt::format(
        "{} customers{}\n", rows.size(),
        text.empty() ? "" : " where " + CustomerListFilter::toText(filter, valueSettings));
    ctx.out << fmt::format("{:<12} {:<26} {:<18} {:<14} {:<10} {:<7} {:<2} {:<18} {:>12}\n", "id",
                           "name", "company", "owner", "stage", "activity", "A", "segment",
                           "revenue 12m");
    for (std::size_t r = 0; r < rows.size() && r < o.top; ++r) {
        const std::uint32_t i = rows[r];
        ctx.out << fmt::format(
            "{:<12} {:<26} {:<18} {:<14} {:<10} {:<7} {:<2} {:<18} {:>12}\n",
            terminalCell(portfolio.externalId[i], 12), terminalCell(directory.name[i], 26),
            terminalCell(directory.company[i], 18), terminalCell(directory.owner[i], 14), stage(i),
            activity(i), paretoClassName(metrics.paretoClassOf(i)), terminalCell(segment(i), 18),
            formatMoney(metrics.revenue12m[i], {".", ",", settings.minorDigits}));
    }
    if (rows.size() > o.top)
        ctx.out << fmt::format("... {} more (--top N, or --csv for all)\n", rows.size() - o.top);
}

struct ListsOptions {
    std::string db;
    std::string remove;
};

void runLists(const ListsOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    CustomerListRepository repo(*db);
    if (!o.remove.empty()) {
        repo.remove(o.remove);
        ctx.out << fmt::format("removed list '{}'\n", o.remove);
        return;
    }
    for (const SavedList& l : repo.lists())
        ctx.out << fmt::format("{}: {}\n", terminalCell(l.name, 60),
                               l.filter.empty() ? "(everyone)" : terminalCell(l.filter, 200));
}

} // namespace

void addCustomerCommands(CLI::App& app, CliContext& ctx) {
    auto customers = std::make_shared<CustomersOptions>();
    auto* c = app.add_subcommand("customers", "List customers with the app's filters, or export "
                                              "them with contact fields");
    c->add_option("DB", customers->db, "Portfolio file")->required();
    c->add_option("--as-of", customers->asOf, "Day to compute for, YYYY-MM-DD (default today)");
    c->add_option("--list", customers->list, "Start from a saved list");
    c->add_option("--filter", customers->filter,
                  "A filter as text: \"stage=new,adolescent; activity=at risk; class=A; "
                  "owner=NAME; segment=NAME; tier=NAME; text=WORDS\"");
    c->add_option("--stage", customers->stage,
                  "new, adolescent, mature, veteran, not yet (comma-separated)");
    c->add_option("--activity", customers->activity, "active, at risk, lost (comma-separated)");
    c->add_option("--class", customers->paretoClass, "A, B, C, unranked (comma-separated)");
    c->add_option("--owner", customers->owner, "Account manager");
    c->add_option("--segment", customers->segment, "RFM segment name");
    c->add_option("--tier", customers->tier, "Reward tier name, or 'no tier'");
    c->add_option("--search", customers->search, "Words in the id, name, company or e-mail");
    c->add_option("--csv", customers->csv,
                  "Write every match with contact fields as CSV to FILE, or - for standard output");
    c->add_option("--xlsx", customers->xlsx, "Write the customers as an Excel workbook");
    c->add_option("--save-list", customers->saveList, "Save this filter under a name");
    c->add_option("--top", customers->top, "Rows to print (default 50)");
    runWith(c, ctx, customers, runCustomers);

    auto lists = std::make_shared<ListsOptions>();
    auto* l = app.add_subcommand("lists", "Saved customer lists");
    l->add_option("DB", lists->db, "Portfolio file")->required();
    l->add_option("--remove", lists->remove, "Remove the list of this name");
    runWith(l, ctx, lists, runLists);
}

} // namespace cartera
