#include "cli/recovery/recovery_cli.h"
#include "core/recovery/recovery_report.h"

#include <algorithm>
#include <fmt/format.h>
#include <optional>

namespace cartera {

namespace {

const char* const kDayHelp = "When, YYYY-MM-DD (default today)";

struct OpenOptions {
    std::string db;
    std::string asOf = "today";
    std::vector<std::string> customers;
    bool all = false;
};

void runOpen(const OpenOptions& o, CliContext& ctx) {
    if (o.customers.empty() && !o.all)
        throw UserError("name the customers, or pass --all");
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    const RecoveryData c = loadRecoveryData(o.db, asOf);
    const auto queue = recoveryQueue(c.portfolio, c.metrics, c.settings, c.cases);
    std::vector<const RecoveryQueueEntry*> chosen;
    if (o.all) {
        for (const auto& e : queue)
            if (e.caseId == 0)
                chosen.push_back(&e);
    }
    for (const std::string& id : o.customers) {
        const std::size_t i = indexOfExternal(c, id);
        const auto it = std::find_if(queue.begin(), queue.end(),
                                     [&](const auto& e) { return e.customer == i; });
        if (it == queue.end())
            throw UserError(
                fmt::format("customer '{}' is not lost as of {}, or its loss is already decided",
                            id, asOf.toIso()));
        if (it->caseId)
            throw UserError(fmt::format("customer '{}' already has case {}", id, it->caseId));
        chosen.push_back(&*it);
    }
    RecoveryRepository repo(*c.db);
    // All or none: one transaction for the bulk.
    const auto opened = c.db->write([&] {
        std::vector<std::int64_t> ids;
        for (const auto* e : chosen)
            ids.push_back(repo.open(c.portfolio.customerId[e->customer], asOf.days(), e->lostDay,
                                    e->valueAtStake));
        return ids;
    });
    for (std::size_t k = 0; k < opened.size(); ++k)
        ctx.out << fmt::format("opened case {} for {}\n", opened[k],
                               c.portfolio.externalId[chosen[k]->customer]);
}

// The fields of a case that verifying records.
struct VerifyOptions {
    std::string db;
    std::string asOf = "today";
    std::int64_t caseId = 0;
    std::string reason;
    bool ourFault = false;
    std::string competitor;
    std::string detail;
    std::string action;
    std::string actionOwner;
    std::string actionDue;
    std::string cost;
};

void runVerify(const VerifyOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository repo(*db);
    RecoveryCase rc = caseOrThrow(repo, o.caseId);
    rc.reason = o.reason;
    rc.ourFault = o.ourFault;
    rc.competitor = o.competitor;
    rc.detail = o.detail;
    rc.correctiveAction = o.action;
    rc.actionOwner = o.actionOwner;
    rc.actionDue = o.actionDue.empty()
                       ? kNoDay
                       : parseDateOption(o.actionDue, "--action-due", ctx.today).days();
    if (!o.cost.empty())
        rc.expectedCost = costOption(o.cost, db->analysisSettings().minorDigits);
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    db->write([&] {
        repo.update(rc);
        repo.transition(rc.id, RecoveryState::Verified, asOf.days());
    });
    ctx.out << fmt::format("case {} verified: {}\n", rc.id, rc.reason);
}

struct AttemptOptions {
    std::string db;
    std::int64_t caseId = 0;
    std::string channel;
    std::string outcome;
    std::string note;
    std::string day;
};

void runAttempt(const AttemptOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository(*db).addAttempt(
        o.caseId, {0, dayOption(o.day, "--day", ctx.today), o.channel, o.outcome, o.note});
    ctx.out << fmt::format("attempt logged on case {}\n", o.caseId);
}

struct WinOptions {
    std::string db;
    std::int64_t caseId = 0;
    std::string day;
};

void runWin(const WinOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository(*db).transition(o.caseId, RecoveryState::WonBack,
                                       dayOption(o.day, "--day", ctx.today));
    ctx.out << fmt::format("case {} won back\n", o.caseId);
}

struct LetGoOptions {
    std::string db;
    std::int64_t caseId = 0;
    std::string reason;
    std::string day;
};

void runLetGo(const LetGoOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository repo(*db);
    RecoveryCase rc = caseOrThrow(repo, o.caseId);
    rc.letGoReason = o.reason;
    db->write([&] {
        repo.update(rc);
        repo.transition(rc.id, RecoveryState::LetGo, dayOption(o.day, "--day", ctx.today));
    });
    ctx.out << fmt::format("case {} closed: let go\n", o.caseId);
}

// Options left out keep their value: only what is given changes.
struct EditOptions {
    std::string db;
    std::int64_t caseId = 0;
    std::optional<std::string> reason, competitor, detail, action, actionOwner, actionDue, cost;
    bool ourFault = false;
    bool notOurFault = false;
};

void runEdit(const EditOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository repo(*db);
    RecoveryCase rc = caseOrThrow(repo, o.caseId);
    if (isClosed(rc.state))
        throw UserError(fmt::format("case {} is closed ({}); its record stays as it was", rc.id,
                                    recoveryStateName(rc.state)));
    if (o.ourFault && o.notOurFault)
        throw UserError("--our-fault and --not-our-fault contradict each other");
    if (o.reason)
        rc.reason = *o.reason;
    if (o.ourFault || o.notOurFault)
        rc.ourFault = o.ourFault;
    if (o.competitor)
        rc.competitor = *o.competitor;
    if (o.detail)
        rc.detail = *o.detail;
    if (o.action)
        rc.correctiveAction = *o.action;
    if (o.actionOwner)
        rc.actionOwner = *o.actionOwner;
    if (o.actionDue)
        rc.actionDue = o.actionDue->empty()
                           ? kNoDay
                           : parseDateOption(*o.actionDue, "--action-due", ctx.today).days();
    if (o.cost)
        rc.expectedCost = costOption(*o.cost, db->analysisSettings().minorDigits);
    repo.update(rc);
    ctx.out << fmt::format("case {} updated\n", rc.id);
}

struct ActionDoneOptions {
    std::string db;
    std::int64_t caseId = 0;
};

void runActionDone(const ActionDoneOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    RecoveryRepository repo(*db);
    RecoveryCase rc = caseOrThrow(repo, o.caseId);
    if (rc.correctiveAction.empty())
        throw UserError(fmt::format("case {} has no corrective action; give one with "
                                    "recovery edit {} --action TEXT",
                                    rc.id, rc.id));
    rc.actionDone = true;
    repo.update(rc);
    ctx.out << fmt::format("case {}: corrective action done\n", rc.id);
}

} // namespace

void addRecoveryCaseCommands(CLI::App& recovery, CliContext& ctx) {
    auto open = std::make_shared<OpenOptions>();
    auto* openCommand = recovery.add_subcommand("open", "Open recovery cases for lost customers");
    openCommand->add_option("DB", open->db, "Portfolio file")->required();
    openCommand->add_option("--as-of", open->asOf,
                            "Day to compute for, YYYY-MM-DD (default today)");
    openCommand->add_option("CUSTOMER", open->customers, "Customer ids (lost customers only)");
    openCommand->add_flag("--all", open->all,
                          "Open a case for every lost customer of the queue without one");
    runWith(openCommand, ctx, open, runOpen);

    auto verify = std::make_shared<VerifyOptions>();
    auto* verifyCommand =
        recovery.add_subcommand("verify", "Confirm a loss and record why it happened");
    verifyCommand->add_option("DB", verify->db, "Portfolio file")->required();
    verifyCommand->add_option("CASE", verify->caseId, "Case number")->required();
    verifyCommand->add_option("--reason", verify->reason, "Loss reason from the catalogue")
        ->required();
    verifyCommand->add_flag("--our-fault", verify->ourFault, "Our organisation caused the loss");
    verifyCommand->add_option("--competitor", verify->competitor,
                              "Competitor the customer went to");
    verifyCommand->add_option("--detail", verify->detail, "What happened");
    verifyCommand->add_option("--action", verify->action, "Corrective action");
    verifyCommand->add_option("--action-owner", verify->actionOwner,
                              "Who does the corrective action");
    verifyCommand->add_option("--action-due", verify->actionDue, "When it is due, YYYY-MM-DD");
    verifyCommand->add_option("--cost", verify->cost, "Expected cost of winning the customer back");
    verifyCommand->add_option("--as-of", verify->asOf,
                              "Day of the step, YYYY-MM-DD (default today)");
    runWith(verifyCommand, ctx, verify, runVerify);

    auto attempt = std::make_shared<AttemptOptions>();
    auto* attemptCommand =
        recovery.add_subcommand("attempt", "Log an attempt to win a customer back");
    attemptCommand->add_option("DB", attempt->db, "Portfolio file")->required();
    attemptCommand->add_option("CASE", attempt->caseId, "Case number")->required();
    attemptCommand->add_option("--channel", attempt->channel, "call, email, letter, visit or sms")
        ->required();
    attemptCommand->add_option("--outcome", attempt->outcome, "What came of it");
    attemptCommand->add_option("--note", attempt->note, "Note");
    attemptCommand->add_option("--day", attempt->day, kDayHelp);
    runWith(attemptCommand, ctx, attempt, runAttempt);

    auto win = std::make_shared<WinOptions>();
    auto* winCommand = recovery.add_subcommand("win", "Close a case as won back");
    winCommand->add_option("DB", win->db, "Portfolio file")->required();
    winCommand->add_option("CASE", win->caseId, "Case number")->required();
    winCommand->add_option("--day", win->day, kDayHelp);
    runWith(winCommand, ctx, win, runWin);

    auto letGo = std::make_shared<LetGoOptions>();
    auto* letGoCommand =
        recovery.add_subcommand("let-go", "Close a case by letting the customer go");
    letGoCommand->add_option("DB", letGo->db, "Portfolio file")->required();
    letGoCommand->add_option("CASE", letGo->caseId, "Case number")->required();
    letGoCommand
        ->add_option("--reason", letGo->reason,
                     "Why, e.g. 'recovery would cost more than it brings back'")
        ->required();
    letGoCommand->add_option("--day", letGo->day, kDayHelp);
    runWith(letGoCommand, ctx, letGo, runLetGo);

    auto edit = std::make_shared<EditOptions>();
    auto* editCommand =
        recovery.add_subcommand("edit", "Change the reason and details of an open case");
    editCommand->add_option("DB", edit->db, "Portfolio file")->required();
    editCommand->add_option("CASE", edit->caseId, "Case number")->required();
    editCommand->add_option("--reason", edit->reason, "Loss reason from the catalogue");
    editCommand->add_flag("--our-fault", edit->ourFault, "Our organisation caused the loss");
    editCommand->add_flag("--not-our-fault", edit->notOurFault,
                          "Our organisation did not cause it");
    editCommand->add_option("--competitor", edit->competitor, "Competitor the customer went to");
    editCommand->add_option("--detail", edit->detail, "What happened");
    editCommand->add_option("--action", edit->action, "Corrective action");
    editCommand->add_option("--action-owner", edit->actionOwner, "Who does the corrective action");
    editCommand->add_option("--action-due", edit->actionDue, "When it is due, YYYY-MM-DD");
    editCommand->add_option("--cost", edit->cost, "Expected cost of winning the customer back");
    runWith(editCommand, ctx, edit, runEdit);

    auto done = std::make_shared<ActionDoneOptions>();
    auto* doneCommand =
        recovery.add_subcommand("action-done", "Mark a case's corrective action done");
    doneCommand->add_option("DB", done->db, "Portfolio file")->required();
    doneCommand->add_option("CASE", done->caseId, "Case number")->required();
    runWith(doneCommand, ctx, done, runActionDone);
}

} // namespace cartera
