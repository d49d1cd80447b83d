#include "cli_context.h"
#include "core/base/csv_writer.h"
#include "core/base/text_limits.h"
#include "core/customers/customer_metrics.h"
#include "core/recovery/recovery_queue_filter.h"
#include "core/recovery/recovery_report.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/recovery_repository.h"

#include <fmt/format.h>

namespace cartera {

namespace {

struct RecoveryArgs {
    std::string db;
    std::string asOf = "today";
    bool csv = false;
    std::string owner;
    std::string reason;
    std::string state;
    std::vector<std::string> customers;
    bool all = false;
    std::int64_t caseId = 0;
    bool ourFault = false;
    std::string competitor;
    std::string detail;
    std::string action;
    std::string actionOwner;
    std::string actionDue;
    std::string cost;
    std::string channel;
    std::string outcome;
    std::string note;
    std::string day;
    std::string letGoReason;
};

struct Context {
    std::unique_ptr<Database> db;
    AnalysisSettings settings;
    Portfolio portfolio;
    CustomerDirectory directory;
    CustomerMetrics metrics;
    std::vector<RecoveryCase> cases;
};

// Loads the portfolio and computes the metrics for `asOf`. Never writes: a report as of a
// future day must not win cases back with purchases nobody has made yet.
Context load(const RecoveryArgs& a, Date asOf) {
    Context c;
    c.db = Database::open(a.db);
    c.settings = c.db->analysisSettings();
    c.portfolio = loadPortfolio(*c.db);
    c.directory = loadCustomerDirectory(*c.db);
    c.metrics = computeCustomerMetrics(c.portfolio, c.settings, asOf);
    c.cases = casesAsOf(RecoveryRepository(*c.db).cases(), asOf);
    return c;
}

std::int32_t dayOption(const std::string& text, const std::string& option, Date fallback) {
    return (text.empty() ? fallback : parseDateOption(text, option)).days();
}

std::string money(Cents c, int digits) {
    return formatMoney(c, {".", ",", digits});
}

RecoveryCase caseOrThrow(RecoveryRepository& repo, std::int64_t id) {
    auto rc = repo.find(id);
    if (!rc)
        throw UserError(fmt::format("no recovery case {}", id));
    return std::move(*rc);
}

Cents costOption(const std::string& text, int minorDigits) {
    const auto cost = parseMoney(text, {'.', minorDigits});
    if (!cost || *cost < 0)
        throw UserError(fmt::format("--cost must be an amount such as 120.00 (not '{}')", text));
    return *cost;
}

std::size_t indexOfExternal(const Context& c, const std::string& id) {
    for (std::size_t i = 0; i < c.portfolio.customerCount(); ++i)
        if (c.portfolio.externalId[i] == id)
            return i;
    throw UserError(fmt::format("no customer '{}'", id));
}

} // namespace

void addRecoveryCommands(CLI::App& app, CliContext& ctx) {
    auto a = std::make_shared<RecoveryArgs>();
    auto* recovery = app.add_subcommand("recovery", "Win back lost customers, or let them go");
    recovery->require_subcommand(1);
    auto addDb = [a](CLI::App* c) { c->add_option("DB", a->db, "Portfolio file")->required(); };
    auto addAsOf = [a](CLI::App* c) {
        c->add_option("--as-of", a->asOf, "Day to compute for, YYYY-MM-DD (default today)");
    };

    auto* list = recovery->add_subcommand("list", "The recovery queue, highest priority first");
    addDb(list);
    addAsOf(list);
    list->add_option("--owner", a->owner, "Only customers of this account manager");
    list->add_option("--reason", a->reason, "Only open cases with this loss reason");
    list->add_option("--state", a->state, "Only this state: identified, verified, contacted");
    list->add_flag("--csv", a->csv, "Write CSV to standard output");
    list->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            const Date asOf = parseDateOption(a->asOf, "--as-of");
            Context c = load(*a, asOf);
            RecoveryQueueFilter filter;
            filter.owner = a->owner;
            filter.reason = a->reason;
            if (!a->state.empty()) {
                const auto state = recoveryStateFromName(a->state);
                if (!state || isClosed(*state))
                    throw UserError(fmt::format("--state must be identified, verified or "
                                                "contacted (not '{}')",
                                                a->state));
                filter.cases = RecoveryQueueFilter::Cases::InState;
                filter.state = *state;
            }
            const auto queue =
                filterRecoveryQueue(recoveryQueue(c.portfolio, c.metrics, c.settings, c.cases),
                                    filter, c.directory, c.cases);
            std::map<std::int64_t, const RecoveryCase*> byId;
            for (const auto& rc : c.cases)
                byId[rc.id] = &rc;
            const int digits = c.settings.minorDigits;
            CsvWriter csv(ctx.out);
            if (a->csv) {
                csv.text("priority").text("customer_id").text("name").text("owner").text("pareto");
                csv.text("lost_since").text("value_at_stake").text("expected_cost");
                csv.text("case").text("state").text("reason");
                csv.endRow();
            } else {
                ctx.out << fmt::format("{:>5} {:<12} {:<28} {:<14} {:<3} {:<10} {:>12} {:>10} "
                                       "{:>6} {}\n",
                                       "#", "customer", "name", "owner", "A", "lost since",
                                       "at stake", "cost", "case", "state");
            }
            std::size_t rank = 0;
            for (const auto& e : queue) {
                const RecoveryCase* rc = e.caseId ? byId[e.caseId] : nullptr;
                ++rank;
                const std::string name(c.directory.name[e.customer]);
                const std::string lost = Date::fromDays(e.lostDay).toIso();
                if (a->csv) {
                    csv.number(std::to_string(rank));
                    csv.text(c.portfolio.externalId[e.customer]).text(name);
                    csv.text(c.directory.owner[e.customer]).text(e.pareto ? "yes" : "no");
                    csv.text(lost).number(formatMoney(e.valueAtStake, {".", "", digits}));
                    csv.number(formatMoney(e.expectedCost, {".", "", digits}));
                    csv.number(e.caseId ? std::to_string(e.caseId) : "");
                    csv.text(e.caseId ? recoveryStateName(e.state) : "no case");
                    csv.text(rc ? rc->reason : "");
                    csv.endRow();
                } else {
                    ctx.out << fmt::format(
                        "{:>5} {:<12} {:<28} {:<14} {:<3} {:<10} {:>12} {:>10} {:>6} {}\n", rank,
                        terminalCell(c.portfolio.externalId[e.customer], 40),
                        terminalCell(name, 27), terminalCell(c.directory.owner[e.customer], 13),
                        e.pareto ? "A" : "", lost, money(e.valueAtStake, digits),
                        money(e.expectedCost, digits), e.caseId ? std::to_string(e.caseId) : "-",
                        e.caseId ? recoveryStateName(e.state) : "no case");
                }
            }
        };
    });

    auto* open = recovery->add_subcommand("open", "Open recovery cases for lost customers");
    addDb(open);
    addAsOf(open);
    open->add_option("CUSTOMER", a->customers, "Customer ids (lost customers only)");
    open->add_flag("--all", a->all, "Open a case for every lost customer of the queue without one");
    open->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            if (a->customers.empty() && !a->all)
                throw UserError("name the customers, or pass --all");
            const Date asOf = parseDateOption(a->asOf, "--as-of");
            Context c = load(*a, asOf);
            const auto queue = recoveryQueue(c.portfolio, c.metrics, c.settings, c.cases);
            std::vector<const RecoveryQueueEntry*> chosen;
            if (a->all) {
                for (const auto& e : queue)
                    if (e.caseId == 0)
                        chosen.push_back(&e);
            }
            for (const std::string& id : a->customers) {
                const std::size_t i = indexOfExternal(c, id);
                const auto it = std::find_if(queue.begin(), queue.end(),
                                             [&](const auto& e) { return e.customer == i; });
                if (it == queue.end())
                    throw UserError(fmt::format(
                        "customer '{}' is not lost as of {}, or its loss is already decided", id,
                        asOf.toIso()));
                if (it->caseId)
                    throw UserError(
                        fmt::format("customer '{}' already has case {}", id, it->caseId));
                chosen.push_back(&*it);
            }
            RecoveryRepository repo(*c.db);
            // All or none: one transaction for the bulk.
            const auto opened = c.db->write([&] {
                std::vector<std::int64_t> ids;
                for (const auto* e : chosen)
                    ids.push_back(repo.open(c.portfolio.customerId[e->customer], asOf.days(),
                                            e->lostDay, e->valueAtStake));
                return ids;
            });
            for (std::size_t k = 0; k < opened.size(); ++k)
                ctx.out << fmt::format("opened case {} for {}\n", opened[k],
                                       c.portfolio.externalId[chosen[k]->customer]);
        };
    });

    auto* verify = recovery->add_subcommand("verify", "Confirm a loss and record why it happened");
    addDb(verify);
    verify->add_option("CASE", a->caseId, "Case number")->required();
    verify->add_option("--reason", a->reason, "Loss reason from the catalogue")->required();
    verify->add_flag("--our-fault", a->ourFault, "Our organisation caused the loss");
    verify->add_option("--competitor", a->competitor, "Competitor the customer went to");
    verify->add_option("--detail", a->detail, "What happened");
    verify->add_option("--action", a->action, "Corrective action");
    verify->add_option("--action-owner", a->actionOwner, "Who does the corrective action");
    verify->add_option("--action-due", a->actionDue, "When it is due, YYYY-MM-DD");
    verify->add_option("--cost", a->cost, "Expected cost of winning the customer back");
    addAsOf(verify);
    verify->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            RecoveryRepository repo(*db);
            RecoveryCase rc = caseOrThrow(repo, a->caseId);
            rc.reason = a->reason;
            rc.ourFault = a->ourFault;
            rc.competitor = a->competitor;
            rc.detail = a->detail;
            rc.correctiveAction = a->action;
            rc.actionOwner = a->actionOwner;
            rc.actionDue = a->actionDue.empty()
                               ? kNoDay
                               : parseDateOption(a->actionDue, "--action-due").days();
            if (!a->cost.empty())
                rc.expectedCost = costOption(a->cost, db->analysisSettings().minorDigits);
            const Date asOf = parseDateOption(a->asOf, "--as-of");
            db->write([&] {
                repo.update(rc);
                repo.transition(rc.id, RecoveryState::Verified, asOf.days());
            });
            ctx.out << fmt::format("case {} verified: {}\n", rc.id, rc.reason);
        };
    });

    auto* attempt = recovery->add_subcommand("attempt", "Log an attempt to win a customer back");
    addDb(attempt);
    attempt->add_option("CASE", a->caseId, "Case number")->required();
    attempt->add_option("--channel", a->channel, "call, email, letter, visit or sms")->required();
    attempt->add_option("--outcome", a->outcome, "What came of it");
    attempt->add_option("--note", a->note, "Note");
    attempt->add_option("--day", a->day, "When, YYYY-MM-DD (default today)");
    attempt->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            RecoveryRepository(*db).addAttempt(a->caseId, {0, dayOption(a->day, "--day", ctx.today),
                                                           a->channel, a->outcome, a->note});
            ctx.out << fmt::format("attempt logged on case {}\n", a->caseId);
        };
    });

    auto* win = recovery->add_subcommand("win", "Close a case as won back");
    addDb(win);
    win->add_option("CASE", a->caseId, "Case number")->required();
    win->add_option("--day", a->day, "When, YYYY-MM-DD (default today)");
    win->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            RecoveryRepository(*db).transition(a->caseId, RecoveryState::WonBack,
                                               dayOption(a->day, "--day", ctx.today));
            ctx.out << fmt::format("case {} won back\n", a->caseId);
        };
    });

    auto* letGo = recovery->add_subcommand("let-go", "Close a case by letting the customer go");
    addDb(letGo);
    letGo->add_option("CASE", a->caseId, "Case number")->required();
    letGo
        ->add_option("--reason", a->letGoReason,
                     "Why, e.g. 'recovery would cost more than it brings back'")
        ->required();
    letGo->add_option("--day", a->day, "When, YYYY-MM-DD (default today)");
    letGo->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            RecoveryRepository repo(*db);
            RecoveryCase rc = caseOrThrow(repo, a->caseId);
            rc.letGoReason = a->letGoReason;
            db->write([&] {
                repo.update(rc);
                repo.transition(rc.id, RecoveryState::LetGo, dayOption(a->day, "--day", ctx.today));
            });
            ctx.out << fmt::format("case {} closed: let go\n", a->caseId);
        };
    });

    auto* show = recovery->add_subcommand("show", "Everything a case holds");
    addDb(show);
    show->add_option("CASE", a->caseId, "Case number")->required();
    show->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            RecoveryRepository repo(*db);
            const RecoveryCase rc = caseOrThrow(repo, a->caseId);
            const int digits = db->analysisSettings().minorDigits;
            auto day = [](std::int32_t d) {
                return d == kNoDay ? std::string("-") : Date::fromDays(d).toIso();
            };
            std::string customer = "?";
            if (const auto c = CustomerRepository(*db).find(rc.customerId))
                customer =
                    terminalCell(c->record.externalId, 40) + " " + terminalCell(c->record.name, 60);
            ctx.out << fmt::format("case {}: {}\n", rc.id, customer);
            ctx.out << fmt::format("state: {}\nopened: {}\nclosed: {}\nlost since: {}\n",
                                   recoveryStateName(rc.state), day(rc.opened), day(rc.closed),
                                   day(rc.lostDay));
            ctx.out << fmt::format("reason: {}{}\n", rc.reason.empty() ? "-" : rc.reason,
                                   rc.ourFault ? " (our fault)" : "");
            if (!rc.competitor.empty())
                ctx.out << "competitor: " << terminalCell(rc.competitor, 200) << '\n';
            if (!rc.detail.empty())
                ctx.out << "detail: " << terminalCell(rc.detail, 500) << '\n';
            if (!rc.correctiveAction.empty())
                ctx.out << fmt::format("corrective action: {} (owner {}, due {}, {})\n",
                                       terminalCell(rc.correctiveAction, 200),
                                       rc.actionOwner.empty() ? "-"
                                                              : terminalCell(rc.actionOwner, 60),
                                       day(rc.actionDue), rc.actionDone ? "done" : "open");
            ctx.out << fmt::format("value at stake: {}\nexpected cost: {}\n",
                                   money(rc.valueAtStake, digits), money(rc.expectedCost, digits));
            if (!rc.letGoReason.empty())
                ctx.out << "let go because: " << terminalCell(rc.letGoReason, 200) << '\n';
            for (const RecoveryAttempt& at : rc.attempts)
                ctx.out << fmt::format("attempt {} by {}: {}{}\n", day(at.day), at.channel,
                                       terminalCell(at.outcome, 200),
                                       at.note.empty() ? "" : " - " + terminalCell(at.note, 200));
        };
    });

    // Options left out keep their value: only what is given changes.
    struct EditArgs {
        std::optional<std::string> reason, competitor, detail, action, actionOwner, actionDue, cost;
        bool ourFault = false, notOurFault = false;
    };
    auto e = std::make_shared<EditArgs>();
    auto* edit = recovery->add_subcommand("edit", "Change the reason and details of an open case");
    addDb(edit);
    edit->add_option("CASE", a->caseId, "Case number")->required();
    edit->add_option("--reason", e->reason, "Loss reason from the catalogue");
    edit->add_flag("--our-fault", e->ourFault, "Our organisation caused the loss");
    edit->add_flag("--not-our-fault", e->notOurFault, "Our organisation did not cause it");
    edit->add_option("--competitor", e->competitor, "Competitor the customer went to");
    edit->add_option("--detail", e->detail, "What happened");
    edit->add_option("--action", e->action, "Corrective action");
    edit->add_option("--action-owner", e->actionOwner, "Who does the corrective action");
    edit->add_option("--action-due", e->actionDue, "When it is due, YYYY-MM-DD");
    edit->add_option("--cost", e->cost, "Expected cost of winning the customer back");
    edit->callback([&ctx, a, e] {
        ctx.action = [&ctx, a, e] {
            auto db = Database::open(a->db);
            RecoveryRepository repo(*db);
            RecoveryCase rc = caseOrThrow(repo, a->caseId);
            if (isClosed(rc.state))
                throw UserError(fmt::format("case {} is closed ({}); its record stays as it was",
                                            rc.id, recoveryStateName(rc.state)));
            if (e->ourFault && e->notOurFault)
                throw UserError("--our-fault and --not-our-fault contradict each other");
            if (e->reason)
                rc.reason = *e->reason;
            if (e->ourFault || e->notOurFault)
                rc.ourFault = e->ourFault;
            if (e->competitor)
                rc.competitor = *e->competitor;
            if (e->detail)
                rc.detail = *e->detail;
            if (e->action)
                rc.correctiveAction = *e->action;
            if (e->actionOwner)
                rc.actionOwner = *e->actionOwner;
            if (e->actionDue)
                rc.actionDue = e->actionDue->empty()
                                   ? kNoDay
                                   : parseDateOption(*e->actionDue, "--action-due").days();
            if (e->cost)
                rc.expectedCost = costOption(*e->cost, db->analysisSettings().minorDigits);
            repo.update(rc);
            ctx.out << fmt::format("case {} updated\n", rc.id);
        };
    });

    auto* done = recovery->add_subcommand("action-done", "Mark a case's corrective action done");
    addDb(done);
    done->add_option("CASE", a->caseId, "Case number")->required();
    done->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            auto db = Database::open(a->db);
            RecoveryRepository repo(*db);
            RecoveryCase rc = caseOrThrow(repo, a->caseId);
            if (rc.correctiveAction.empty())
                throw UserError(fmt::format("case {} has no corrective action; give one with "
                                            "recovery edit {} --action TEXT",
                                            rc.id, rc.id));
            rc.actionDone = true;
            repo.update(rc);
            ctx.out << fmt::format("case {}: corrective action done\n", rc.id);
        };
    });

    auto* metrics = recovery->add_subcommand("metrics", "How recovery goes");
    addDb(metrics);
    addAsOf(metrics);
    metrics->callback([&ctx, a] {
        ctx.action = [&ctx, a] {
            const Date asOf = parseDateOption(a->asOf, "--as-of");
            Context c = load(*a, asOf);
            const RecoveryMetrics m = recoveryMetrics(c.portfolio, c.cases, asOf);
            ctx.out << fmt::format("cases: {} open, {} closed ({} won back, {} let go)\n", m.open,
                                   m.closed, m.wonBack, m.letGo);
            ctx.out << fmt::format("recovery rate: {:.1f} %\n", m.recoveryRate * 100);
            ctx.out << fmt::format("revenue won back: {} {}\n",
                                   money(m.revenueWonBack, c.settings.minorDigits),
                                   c.settings.currency);
            ctx.out << fmt::format("median days to win back: {:.1f}\n", m.medianDaysToWinBack);
            ctx.out << fmt::format("losses that were our fault: {} ({:.1f} %)\n", m.ourFault,
                                   m.ourFaultShare * 100);
            ctx.out << fmt::format("corrective actions: {} open, {} overdue\n", m.actionsOpen,
                                   m.actionsOverdue);
            ctx.out << "losses by reason:\n";
            std::vector<std::pair<std::string, std::size_t>> reasons(m.lossesByReason.begin(),
                                                                     m.lossesByReason.end());
            std::stable_sort(reasons.begin(), reasons.end(),
                             [](const auto& x, const auto& y) { return x.second > y.second; });
            for (const auto& [reason, n] : reasons)
                ctx.out << fmt::format("  {:<24} {}\n", terminalCell(reason, 60), n);
        };
    });
}

} // namespace cartera
