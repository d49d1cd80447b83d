#include "cli/cli_context.h"
#include "cli/customer_selection.h"
#include "cli/value/value_cli.h"
#include "core/campaigns/campaign.h"
#include "core/customers/customer_csv.h"
#include "storage/campaign_repository.h"
#include "storage/customer_list_repository.h"

#include <fmt/format.h>
#include <sstream>

namespace cartera {

namespace {

struct CreateOptions {
    std::string db;
    std::string name;
    std::string list;
    std::string channel;
    std::string offer;
    std::string start = "today";
    int control = 10;
    std::uint64_t seed = 1;
    int window = 60;
};

void runCreate(const CreateOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    const auto list = CustomerListRepository(*db).find(o.list);
    if (!list)
        throw UserError(fmt::format("no list '{}' (see 'cartera-cli lists')", o.list));
    Campaign c;
    c.name = o.name;
    c.list = list->name;
    c.filter = list->filter;
    c.start = parseDateOption(o.start, "--start", ctx.today).days();
    c.channel = o.channel;
    c.offer = o.offer;
    c.controlPercent = o.control;
    c.seed = o.seed;
    c.windowDays = o.window;
    if (const auto error = campaignError(c))
        throw UserError(errorText(*error));
    // The list's members as of the start day.
    const CustomerSelection s = loadCustomerSelection(*db, Date::fromDays(c.start));
    std::vector<std::int64_t> ids;
    for (const std::uint32_t i : s.select(c.filter))
        ids.push_back(s.portfolio.customerId[i]);
    const Campaign made = CampaignRepository(*db).create(c, ids);
    ctx.out << fmt::format("campaign '{}': {} treated, {} held out as the control group (seed "
                           "{}); {} contacts logged on {}\n",
                           made.name, made.treated, made.control, made.seed, made.treated,
                           Date::fromDays(made.start).toIso());
}

struct ReportOptions {
    std::string db;
    std::string name;
    std::string asOf = "today";
    std::string csv;
};

struct Evaluated {
    Campaign campaign;
    CampaignResult result;
    std::vector<std::uint32_t> treated; // portfolio indices
};

std::vector<Evaluated> evaluate(Database& db, const CustomerSelection& s,
                                const std::vector<Campaign>& campaigns, Date asOf) {
    std::vector<Evaluated> out;
    CampaignRepository repo(db);
    for (const Campaign& c : campaigns) {
        std::vector<std::uint32_t> members;
        std::vector<bool> control;
        Evaluated e{c, {}, {}};
        for (const CampaignMember& m : repo.members(c.id)) {
            const std::int64_t i = s.indexOf(m.customerId);
            if (i < 0)
                continue;
            members.push_back(static_cast<std::uint32_t>(i));
            control.push_back(m.control);
            if (!m.control)
                e.treated.push_back(static_cast<std::uint32_t>(i));
        }
        e.result = evaluateCampaign(s.portfolio, members, control, c, asOf);
        out.push_back(std::move(e));
    }
    return out;
}

std::string percent(double share) {
    return fmt::format("{:.1f} %", share * 100.0);
}

std::string points(const std::optional<Interval>& i) {
    if (!i)
        return "n/a";
    return fmt::format("{:+.1f} pts [{:+.1f}, {:+.1f}]", i->estimate * 100, i->low * 100,
                       i->high * 100);
}

std::string money(const std::optional<Interval>& i, int digits) {
    if (!i)
        return "n/a";
    auto m = [&](double v) {
        const std::string s = valueMoney(v, digits);
        return v >= 0 ? "+" + s : s;
    };
    return fmt::format("{} [{}, {}]", m(i->estimate), m(i->low), m(i->high));
}

void printResult(const Evaluated& e, int digits, std::ostream& out) {
    const Campaign& c = e.campaign;
    const CampaignResult& r = e.result;
    out << fmt::format("{}: list '{}', {} from {}, window to {} ({})\n", c.name, c.list, c.channel,
                       Date::fromDays(c.start).toIso(), Date::fromDays(c.windowEnd()).toIso(),
                       r.final ? "final"
                               : "in progress, counted to " + Date::fromDays(r.countedTo).toIso());
    for (const auto& [label, arm] :
         {std::pair{"treated", &r.treated}, std::pair{"control", &r.control}})
        out << fmt::format("  {:<8} {:>7} customers, {:>7} bought ({}), {} per customer\n", label,
                           arm->customers, arm->responders, percent(arm->responseRate()),
                           valueMoney(arm->revenuePerCustomer(), digits));
    out << fmt::format("  uplift in response: {} (difference of proportions, 95 % Wald)\n",
                       points(r.responseUplift));
    out << fmt::format("  uplift in revenue per customer: {} (difference of means, 95 % Welch)\n",
                       money(r.revenueUplift, digits));
}

void runList(const ReportOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    auto db = Database::open(o.db);
    const std::vector<Campaign> campaigns = CampaignRepository(*db).list();
    if (campaigns.empty()) {
        ctx.out << "no campaigns (see 'cartera-cli campaign create')\n";
        return;
    }
    const CustomerSelection s = loadCustomerSelection(*db, asOf);
    for (const Evaluated& e : evaluate(*db, s, campaigns, asOf))
        printResult(e, s.settings.minorDigits, ctx.out);
}

Campaign campaignOrThrow(Database& db, const std::string& name) {
    auto c = CampaignRepository(db).find(name);
    if (!c)
        throw UserError(fmt::format("no campaign '{}' (see 'cartera-cli campaign list')", name));
    return *std::move(c);
}

void runShow(const ReportOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    auto db = Database::open(o.db);
    const Campaign c = campaignOrThrow(*db, o.name);
    const CustomerSelection s = loadCustomerSelection(*db, asOf);
    const Evaluated e = evaluate(*db, s, {c}, asOf).front();
    printResult(e, s.settings.minorDigits, ctx.out);
    ctx.out << fmt::format("  offer: {}\n  control group: {} % drawn with seed {}\n", c.offer,
                           c.controlPercent, c.seed);
}

void runExport(const ReportOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    const Campaign c = campaignOrThrow(*db, o.name);
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const CustomerSelection s = loadCustomerSelection(*db, asOf);
    const Evaluated e = evaluate(*db, s, {c}, asOf).front();
    const std::vector<std::string> phones = loadCustomerPhones(*db);
    emitCsv(o.csv, ctx, [&](std::ostream& out) {
        writeCustomerContactsCsv(out, e.treated, s.portfolio, s.directory, phones, s.metrics,
                                 &s.value, s.settings.minorDigits);
    });
    if (o.csv != "-")
        ctx.out << fmt::format("{}: {} treated customers\n", o.csv, e.treated.size());
}

} // namespace

void addCampaignCommands(CLI::App& app, CliContext& ctx) {
    auto* campaign = app.add_subcommand(
        "campaign", "Campaigns to a saved list, measured against a control group");
    campaign->require_subcommand(1);

    auto c = std::make_shared<CreateOptions>();
    auto* create = campaign->add_subcommand(
        "create", "Start a campaign: hold out a control group, log a contact for the rest");
    create->add_option("DB", c->db, "Portfolio file")->required();
    create->add_option("--name", c->name, "Campaign name")->required();
    create->add_option("--list", c->list, "The saved list it targets")->required();
    create->add_option("--channel", c->channel, "call, email, letter, visit or sms")->required();
    create->add_option("--offer", c->offer, "What is offered");
    create->add_option("--start", c->start, "Start day, YYYY-MM-DD (default today)");
    create->add_option("--control", c->control, "Control group, % of the list (default 10)");
    create->add_option("--seed", c->seed, "Seed of the control group's draw (default 1)");
    create->add_option("--window", c->window, "Days purchases count as responses (default 60)");
    runWith(create, ctx, c, runCreate);

    auto l = std::make_shared<ReportOptions>();
    auto* list = campaign->add_subcommand("list", "Every campaign with its uplift");
    list->add_option("DB", l->db, "Portfolio file")->required();
    list->add_option("--as-of", l->asOf, "Day to count to (default today)");
    runWith(list, ctx, l, runList);

    auto s = std::make_shared<ReportOptions>();
    auto* show = campaign->add_subcommand("show", "One campaign, treated against control");
    show->add_option("DB", s->db, "Portfolio file")->required();
    show->add_option("NAME", s->name, "Campaign name")->required();
    show->add_option("--as-of", s->asOf, "Day to count to (default today)");
    runWith(show, ctx, s, runShow);

    auto x = std::make_shared<ReportOptions>();
    auto* exp = campaign->add_subcommand("export", "The treated members with contact fields");
    exp->add_option("DB", x->db, "Portfolio file")->required();
    exp->add_option("NAME", x->name, "Campaign name")->required();
    exp->add_option("--csv", x->csv, "Write CSV to FILE, or - for standard output")->required();
    exp->add_option("--as-of", x->asOf, "Day for the stage and class columns (default today)");
    runWith(exp, ctx, x, runExport);
}

} // namespace cartera
