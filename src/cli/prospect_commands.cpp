#include "cli/cli_context.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "storage/database.h"
#include "storage/prospect_repository.h"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iterator>

namespace cartera {

namespace {

struct ProspectArgs {
    std::string db;
    std::string file;
    std::int64_t id = 0;
    std::string status;
    std::string reason;
    bool csv = false;
    Prospect prospect;
    std::string customerId;
    std::string day;
    bool skipBadRows = false;
};

} // namespace

void addProspectCommands(CLI::App& app, CliContext& ctx) {
    auto a = std::make_shared<ProspectArgs>();
    auto* prospects = app.add_subcommand("prospects", "Potential customers and referrals");
    prospects->require_subcommand(1);
    auto addDb = [a](CLI::App* c) { c->add_option("DB", a->db, "Portfolio file")->required(); };

    auto* list = prospects->add_subcommand("list", "List prospects");
    addDb(list);
    list->add_option("--status", a->status, "Only this status");
    list->add_flag("--csv", a->csv, "Write CSV to standard output");
    list->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            CsvWriter csv(ctx.out);
            if (a->csv) {
                for (const char* h : {"id", "name", "company", "email", "phone", "source",
                                      "referred_by", "owner", "status", "customer_id"})
                    csv.text(h);
                csv.endRow();
            }
            for (const Prospect& p : ProspectRepository(*db).list()) {
                if (!a->status.empty() && prospectStatusName(p.status) != a->status)
                    continue;
                if (a->csv) {
                    csv.number(std::to_string(p.id)).text(p.name).text(p.company).text(p.email);
                    csv.text(p.phone).text(p.source).text(p.referredBy).text(p.owner);
                    csv.text(prospectStatusName(p.status)).text(p.customerId);
                    csv.endRow();
                } else {
                    ctx.out << fmt::format(
                        "{:>5} {:<26} {:<20} {:<10} {:<10} {}\n", p.id, terminalCell(p.name, 25),
                        terminalCell(p.company, 19), p.source, prospectStatusName(p.status),
                        p.referredBy.empty() ? ""
                                             : "referred by " + terminalCell(p.referredBy, 40));
                }
            }
        };
    });

    auto* add = prospects->add_subcommand("add", "Add a prospect");
    addDb(add);
    add->add_option("--name", a->prospect.name, "Name")->required();
    add->add_option("--company", a->prospect.company, "Company");
    add->add_option("--email", a->prospect.email, "E-mail");
    add->add_option("--phone", a->prospect.phone, "Phone");
    add->add_option("--source", a->prospect.source,
                    "directory, list, press, event, web or referral");
    add->add_option("--referred-by", a->prospect.referredBy, "Id of the referring customer");
    add->add_option("--owner", a->prospect.owner, "Account manager");
    add->add_option("--notes", a->prospect.notes, "Notes");
    add->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            ctx.out << fmt::format("added prospect {}\n", ProspectRepository(*db).add(a->prospect));
        };
    });

    auto* import = prospects->add_subcommand("import", "Import prospects from CSV");
    addDb(import);
    import
        ->add_option("FILE", a->file,
                     "CSV file (columns name, company, email, phone, "
                     "source, referred_by, owner, notes)")
        ->required();
    import->add_flag("--skip-bad-rows", a->skipBadRows, "Import the good rows, list the others");
    import->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            const std::string data = readTextFile(a->file);
    CsvImportOptions o;
    o.fileName = a->file;
    o.skipBadRows = a->skipBadRows;
    const ProspectRows rows = parseProspectCsv(data, o);
    auto db = Database::open(a->db);
    const auto result = ProspectRepository(*db).importAll(rows);
    for (const ImportIssue& issue : rows.rejects)
        ctx.err << "rejected: " << issue.format(a->file) << '\n';
    for (const std::string& like : result.likeCustomers)
        ctx.out << "possible duplicate, the e-mail of a customer: " << like << '\n';
    ctx.out << fmt::format("{}: {} prospects added, {} already present, {} rejected\n", a->file,
                           result.added, result.alreadyPresent, rows.rejects.size());
};
} // namespace cartera
);

auto* status = prospects->add_subcommand("status", "Move a prospect on: contacted, "
                                                   "qualified or dropped");
addDb(status);
status->add_option("PROSPECT", a->id, "Prospect number")->required();
status->add_option("STATUS", a->status, "contacted, qualified or dropped")->required();
status->add_option("--reason", a->reason, "Why the prospect is dropped (required to drop)");
status->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
        const auto s = prospectStatusFromName(a->status);
        if (!s)
            throw UserError(fmt::format("status must be contacted, qualified or dropped (not "
                                        "'{}')",
                                        a->status));
        auto db = Database::open(a->db);
        ProspectRepository(*db).setStatus(a->id, *s, a->reason, ctx.today.days());
        ctx.out << fmt::format("prospect {} is {}\n", a->id, a->status);
    };
});

auto* convert = prospects->add_subcommand("convert", "Make a qualified prospect a customer");
addDb(convert);
convert->add_option("PROSPECT", a->id, "Prospect number")->required();
convert->add_option("--customer-id", a->customerId, "Id of the new customer (default P<n>)");
convert->add_option("--day", a->day, "Customer since, YYYY-MM-DD (default today)");
convert->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
        auto db = Database::open(a->db);
        const Date day = a->day.empty() ? ctx.today : parseDateOption(a->day, "--day");
        ProspectRepository repo(*db);
        repo.convert(a->id, a->customerId, day.days());
        ctx.out << fmt::format("prospect {} is now customer {}\n", a->id,
                               repo.find(a->id)->customerId);
    };
});

auto* referrals = prospects->add_subcommand("referrals", "Referral credit per customer");
addDb(referrals);
referrals->callback([&ctx, a] {
    ctx.action = [&ctx, a] {
        auto db = Database::open(a->db);
        ctx.out << fmt::format("{:<12} {:<28} {:>9} {:>9} {:>9}\n", "customer", "name", "prospects",
                               "converted", "customers");
        for (const ReferralCredit& r : ProspectRepository(*db).referralCredit())
            ctx.out << fmt::format("{:<12} {:<28} {:>9} {:>9} {:>9}\n",
                                   terminalCell(r.customer, 40), terminalCell(r.name, 27),
                                   r.prospects, r.converted, r.customers);
    };
});
}

} // namespace cartera
