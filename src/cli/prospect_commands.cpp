#include "cli/cli_context.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "core/customers/customer_metrics.h"
#include "core/prospects/prospect_fit.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/prospect_repository.h"

#include <cmath>
#include <fmt/format.h>
#include <numeric>

namespace cartera {

namespace {

struct ListOptions {
    std::string db;
    std::string status;
    std::string asOf = "today";
    bool csv = false;
};

// Every prospect with its fit against the class A customers of the day, best fit first.
struct FittedProspects {
    std::vector<Prospect> prospects;
    std::vector<ProspectFit::Result> fits;
};

FittedProspects fittedProspects(Database& db, Date asOf) {
    const Portfolio portfolio = loadPortfolio(db);
    const CustomerMetrics metrics = computeCustomerMetrics(portfolio, db.analysisSettings(), asOf);
    std::vector<bool> classA(portfolio.customerCount());
    for (std::size_t i = 0; i < classA.size(); ++i)
        classA[i] = metrics.paretoClassOf(i) == ParetoClass::A;
    const ProspectFit fit(loadCustomerProfiles(db), classA);
    std::vector<Prospect> all = ProspectRepository(db).list();
    std::vector<ProspectFit::Result> fits;
    for (const Prospect& p : all)
        fits.push_back(fit.fitOf(p.profile));
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](std::size_t k) { return std::isnan(fits[k].score) ? -1.0 : fits[k].score; };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
    FittedProspects out;
    for (const std::size_t k : order) {
        out.prospects.push_back(std::move(all[k]));
        out.fits.push_back(std::move(fits[k]));
    }
    return out;
}

std::string fitText(double score) {
    return std::isnan(score) ? std::string() : fmt::format("{:.2f}", score);
}

void runList(const ListOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    const FittedProspects fitted =
        fittedProspects(*db, parseDateOption(o.asOf, "--as-of", ctx.today));
    CsvWriter csv(ctx.out);
    if (o.csv) {
        for (const char* h :
             {"id", "name", "company", "email", "phone", "source", "referred_by", "owner", "status",
              "customer_id", "industry", "region", "size_band", "tags", "fit", "fit_reason"})
            csv.text(h);
        csv.endRow();
    }
    for (std::size_t k = 0; k < fitted.prospects.size(); ++k) {
        const Prospect& p = fitted.prospects[k];
        const ProspectFit::Result& fit = fitted.fits[k];
        if (!o.status.empty() && prospectStatusName(p.status) != o.status)
            continue;
        if (o.csv) {
            csv.number(std::to_string(p.id)).text(p.name).text(p.company).text(p.email);
            csv.text(p.phone).text(p.source).text(p.referredBy).text(p.owner);
            csv.text(prospectStatusName(p.status)).text(p.customerId);
            csv.text(p.profile.industry).text(p.profile.region).text(p.profile.sizeBand);
            csv.text(p.profile.tags).number(fitText(fit.score)).text(fit.why);
            csv.endRow();
        } else {
            ctx.out << fmt::format("{:>5} {:<26} {:<20} {:<10} {:<10} {:>5} {}\n", p.id,
                                   terminalCell(p.name, 25), terminalCell(p.company, 19), p.source,
                                   prospectStatusName(p.status), fitText(fit.score),
                                   terminalCell(fit.why, 80));
        }
    }
}

void runMarket(const ListOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    const FittedProspects fitted =
        fittedProspects(*db, parseDateOption(o.asOf, "--as-of", ctx.today));
    std::vector<double> scores;
    for (const auto& f : fitted.fits)
        scores.push_back(f.score);
    const auto market = potentialMarket(fitted.prospects, scores);
    if (o.csv) {
        CsvWriter csv(ctx.out);
        for (const char* h : {"industry", "region", "open_prospects", "mean_fit"})
            csv.text(h);
        csv.endRow();
        for (const MarketCell& m : market) {
            csv.text(m.industry).text(m.region).number(std::to_string(m.prospects));
            csv.number(fitText(m.meanFit));
            csv.endRow();
        }
        return;
    }
    ctx.out << fmt::format("{:<22} {:<22} {:>9} {:>8}\n", "industry", "region", "prospects",
                           "mean fit");
    for (const MarketCell& m : market)
        ctx.out << fmt::format("{:<22} {:<22} {:>9} {:>8}\n", terminalCell(m.industry, 22),
                               terminalCell(m.region, 22), m.prospects, fitText(m.meanFit));
}

struct AddOptions {
    std::string db;
    Prospect prospect;
};

void runAdd(const AddOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    ctx.out << fmt::format("added prospect {}\n", ProspectRepository(*db).add(o.prospect));
}

struct ImportOptions {
    std::string db;
    std::string file;
    bool skipBadRows = false;
};

void runImport(const ImportOptions& o, CliContext& ctx) {
    const std::string data = readTextFile(o.file);
    CsvImportOptions options;
    options.fileName = o.file;
    options.skipBadRows = o.skipBadRows;
    const ProspectRows rows = parseProspectCsv(data, options);
    auto db = Database::open(o.db);
    const auto result = ProspectRepository(*db).importAll(rows);
    for (const ImportIssue& issue : rows.rejects)
        ctx.err << "rejected: " << issue.format(o.file) << '\n';
    for (const std::string& like : result.likeCustomers)
        ctx.out << "possible duplicate, the e-mail of a customer: " << like << '\n';
    ctx.out << fmt::format("{}: {} prospects added, {} already present, {} rejected\n", o.file,
                           result.added, result.alreadyPresent, rows.rejects.size());
}

struct StatusOptions {
    std::string db;
    std::int64_t id = 0;
    std::string status;
    std::string reason;
};

void runStatus(const StatusOptions& o, CliContext& ctx) {
    const auto s = prospectStatusFromName(o.status);
    if (!s)
        throw UserError(
            fmt::format("status must be contacted, qualified or dropped (not '{}')", o.status));
    auto db = Database::open(o.db);
    ProspectRepository(*db).setStatus(o.id, *s, o.reason, ctx.today.days());
    ctx.out << fmt::format("prospect {} is {}\n", o.id, o.status);
}

struct ConvertOptions {
    std::string db;
    std::int64_t id = 0;
    std::string customerId;
    std::string day;
};

void runConvert(const ConvertOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    const Date day = o.day.empty() ? ctx.today : parseDateOption(o.day, "--day", ctx.today);
    ProspectRepository repo(*db);
    repo.convert(o.id, o.customerId, day.days());
    ctx.out << fmt::format("prospect {} is now customer {}\n", o.id, repo.find(o.id)->customerId);
}

struct ReferralsOptions {
    std::string db;
};

void runReferrals(const ReferralsOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    ctx.out << fmt::format("{:<12} {:<28} {:>9} {:>9} {:>9}\n", "customer", "name", "prospects",
                           "converted", "customers");
    for (const ReferralCredit& r : ProspectRepository(*db).referralCredit())
        ctx.out << fmt::format("{:<12} {:<28} {:>9} {:>9} {:>9}\n", terminalCell(r.customer, 40),
                               terminalCell(r.name, 27), r.prospects, r.converted, r.customers);
}

} // namespace

void addProspectCommands(CLI::App& app, CliContext& ctx) {
    auto* prospects = app.add_subcommand("prospects", "Potential customers and referrals");
    prospects->require_subcommand(1);

    auto list = std::make_shared<ListOptions>();
    auto* listCommand = prospects->add_subcommand("list", "List prospects");
    listCommand->add_option("DB", list->db, "Portfolio file")->required();
    listCommand->add_option("--status", list->status, "Only this status");
    listCommand->add_option("--as-of", list->asOf,
                            "Day whose class A customers the fit compares with (default today)");
    listCommand->add_flag("--csv", list->csv, "Write CSV to standard output");
    runWith(listCommand, ctx, list, runList);

    auto market = std::make_shared<ListOptions>();
    auto* marketCommand = prospects->add_subcommand(
        "market", "Open prospects by industry and region: the potential market");
    marketCommand->add_option("DB", market->db, "Portfolio file")->required();
    marketCommand->add_option("--as-of", market->asOf, "Day for the fit (default today)");
    marketCommand->add_flag("--csv", market->csv, "Write CSV to standard output");
    runWith(marketCommand, ctx, market, runMarket);

    auto add = std::make_shared<AddOptions>();
    auto* addCommand = prospects->add_subcommand("add", "Add a prospect");
    addCommand->add_option("DB", add->db, "Portfolio file")->required();
    addCommand->add_option("--name", add->prospect.name, "Name")->required();
    addCommand->add_option("--company", add->prospect.company, "Company");
    addCommand->add_option("--email", add->prospect.email, "E-mail");
    addCommand->add_option("--phone", add->prospect.phone, "Phone");
    addCommand->add_option("--source", add->prospect.source,
                           "directory, list, press, event, web or referral");
    addCommand->add_option("--referred-by", add->prospect.referredBy,
                           "Id of the referring customer");
    addCommand->add_option("--owner", add->prospect.owner, "Account manager");
    addCommand->add_option("--notes", add->prospect.notes, "Notes");
    addCommand->add_option("--industry", add->prospect.profile.industry, "Industry");
    addCommand->add_option("--region", add->prospect.profile.region, "Region or city");
    addCommand->add_option("--size-band", add->prospect.profile.sizeBand, "Company size band");
    addCommand->add_option("--tags", add->prospect.profile.tags, "Tags, comma separated");
    runWith(addCommand, ctx, add, runAdd);

    auto import = std::make_shared<ImportOptions>();
    auto* importCommand = prospects->add_subcommand("import", "Import prospects from CSV");
    importCommand->add_option("DB", import->db, "Portfolio file")->required();
    importCommand
        ->add_option("FILE", import->file,
                     "CSV file (columns name, company, email, phone, source, referred_by, owner, "
                     "notes, industry, region, size_band, tags)")
        ->required();
    importCommand->add_flag("--skip-bad-rows", import->skipBadRows,
                            "Import the good rows, list the others");
    runWith(importCommand, ctx, import, runImport);

    auto status = std::make_shared<StatusOptions>();
    auto* statusCommand =
        prospects->add_subcommand("status", "Move a prospect on: contacted, qualified or dropped");
    statusCommand->add_option("DB", status->db, "Portfolio file")->required();
    statusCommand->add_option("PROSPECT", status->id, "Prospect number")->required();
    statusCommand->add_option("STATUS", status->status, "contacted, qualified or dropped")
        ->required();
    statusCommand->add_option("--reason", status->reason,
                              "Why the prospect is dropped (required to drop)");
    runWith(statusCommand, ctx, status, runStatus);

    auto convert = std::make_shared<ConvertOptions>();
    auto* convertCommand =
        prospects->add_subcommand("convert", "Make a qualified prospect a customer");
    convertCommand->add_option("DB", convert->db, "Portfolio file")->required();
    convertCommand->add_option("PROSPECT", convert->id, "Prospect number")->required();
    convertCommand->add_option("--customer-id", convert->customerId,
                               "Id of the new customer (default P<n>)");
    convertCommand->add_option("--day", convert->day, "Customer since, YYYY-MM-DD (default today)");
    runWith(convertCommand, ctx, convert, runConvert);

    auto referrals = std::make_shared<ReferralsOptions>();
    auto* referralsCommand = prospects->add_subcommand("referrals", "Referral credit per customer");
    referralsCommand->add_option("DB", referrals->db, "Portfolio file")->required();
    runWith(referralsCommand, ctx, referrals, runReferrals);
}

} // namespace cartera
