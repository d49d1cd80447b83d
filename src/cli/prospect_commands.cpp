#include "cli/cli_context.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "storage/database.h"
#include "storage/prospect_repository.h"

#include <fmt/format.h>

namespace cartera {

namespace {

struct ListOptions {
    std::string db;
    std::string status;
    bool csv = false;
};

void runList(const ListOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    CsvWriter csv(ctx.out);
    if (o.csv) {
        for (const char* h : {"id", "name", "company", "email", "phone", "source", "referred_by",
                              "owner", "status", "customer_id"})
            csv.text(h);
        csv.endRow();
    }
    for (const Prospect& p : ProspectRepository(*db).list()) {
        if (!o.status.empty() && prospectStatusName(p.status) != o.status)
            continue;
        if (o.csv) {
            csv.number(std::to_string(p.id)).text(p.name).text(p.company).text(p.email);
            csv.text(p.phone).text(p.source).text(p.referredBy).text(p.owner);
            csv.text(prospectStatusName(p.status)).text(p.customerId);
            csv.endRow();
        } else {
            ctx.out << fmt::format(
                "{:>5} {:<26} {:<20} {:<10} {:<10} {}\n", p.id, terminalCell(p.name, 25),
                terminalCell(p.company, 19), p.source, prospectStatusName(p.status),
                p.referredBy.empty() ? "" : "referred by " + terminalCell(p.referredBy, 40));
        }
    }
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
    const Date day = o.day.empty() ? ctx.today : parseDateOption(o.day, "--day");
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
    listCommand->add_flag("--csv", list->csv, "Write CSV to standard output");
    runWith(listCommand, ctx, list, runList);

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
    runWith(addCommand, ctx, add, runAdd);

    auto import = std::make_shared<ImportOptions>();
    auto* importCommand = prospects->add_subcommand("import", "Import prospects from CSV");
    importCommand->add_option("DB", import->db, "Portfolio file")->required();
    importCommand
        ->add_option("FILE", import->file,
                     "CSV file (columns name, company, email, phone, source, referred_by, owner, "
                     "notes)")
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
