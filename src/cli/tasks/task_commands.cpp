#include "cli/tasks/task_cli.h"
#include "storage/customer_repository.h"
#include "storage/task_repository.h"

#include <fmt/format.h>

namespace cartera {

namespace {

struct AddOptions {
    std::string db;
    std::string customer;
    std::int64_t caseId = 0;
    std::int64_t prospect = 0;
    std::string text;
    std::string due = "today";
    std::string owner;
    std::string kind = "follow-up";
};

void runAdd(const AddOptions& o, CliContext& ctx) {
    auto db = Database::open(o.db);
    Task t;
    const int subjects = !o.customer.empty() + (o.caseId != 0) + (o.prospect != 0);
    if (subjects != 1)
        throw UserError("name what the task is about: one of --customer, --case or --prospect");
    if (!o.customer.empty()) {
        const auto customer = CustomerRepository(*db).findByExternalId(o.customer);
        if (!customer)
            throw UserError(fmt::format("no customer '{}'", o.customer));
        t.subject = TaskSubject::Customer;
        t.subjectId = customer->id;
    } else if (o.caseId != 0) {
        t.subject = TaskSubject::RecoveryCase;
        t.subjectId = o.caseId;
    } else {
        t.subject = TaskSubject::Prospect;
        t.subjectId = o.prospect;
    }
    const auto kind = taskKindFromName(o.kind);
    if (!kind)
        throw UserError(fmt::format("--kind must be retention, onboarding, decline, birthday, "
                                    "recovery, prospect or follow-up (not '{}')",
                                    o.kind));
    t.kind = *kind;
    t.text = o.text;
    t.owner = o.owner;
    t.due = parseDateOption(o.due, "--due", ctx.today).days();
    ctx.out << fmt::format("added task {}\n", TaskRepository(*db).add(t));
}

struct StateOptions {
    std::string db;
    std::int64_t id = 0;
    std::string on = "today";
    std::string until;
    std::string reason;
};

Task storedTask(TaskRepository& repo, std::int64_t id) {
    auto t = repo.find(id);
    if (!t)
        throw UserError(fmt::format("no task {}", id));
    return *std::move(t);
}

void change(const StateOptions& o, CliContext& ctx, TaskState to) {
    auto db = Database::open(o.db);
    TaskRepository repo(*db);
    Task t = storedTask(repo, o.id);
    t.state = to;
    if (to == TaskState::Snoozed) {
        const Date until = parseDateOption(o.until, "--until", ctx.today);
        if (until <= ctx.today)
            throw UserError(fmt::format("--until ({}) must be after today ({})", until.toIso(),
                                        ctx.today.toIso()));
        t.snoozedUntil = until.days();
    } else {
        t.closed = parseDateOption(o.on, "--on", ctx.today).days();
        t.dismissReason = o.reason;
    }
    repo.update(t);
    ctx.out << fmt::format("task {} {}\n", t.id, taskStateName(to));
}

void runDone(const StateOptions& o, CliContext& ctx) {
    change(o, ctx, TaskState::Done);
}
void runSnooze(const StateOptions& o, CliContext& ctx) {
    change(o, ctx, TaskState::Snoozed);
}
void runDismiss(const StateOptions& o, CliContext& ctx) {
    change(o, ctx, TaskState::Dismissed);
}

} // namespace

void addTaskCommands(CLI::App& app, CliContext& ctx) {
    auto* task = app.add_subcommand("task", "Add a task, or mark one done, snoozed or dismissed");
    task->require_subcommand(1);

    auto a = std::make_shared<AddOptions>();
    auto* add = task->add_subcommand("add", "Add a task by hand");
    add->add_option("DB", a->db, "Portfolio file")->required();
    add->add_option("--customer", a->customer, "The customer's id");
    add->add_option("--case", a->caseId, "A recovery case's number");
    add->add_option("--prospect", a->prospect, "A prospect's number");
    add->add_option("--text", a->text, "What to do")->required();
    add->add_option("--due", a->due, "Due day, YYYY-MM-DD (default today)");
    add->add_option("--owner", a->owner, "Account manager");
    add->add_option("--kind", a->kind, "follow-up (default), retention, onboarding, …");
    runWith(add, ctx, a, runAdd);

    auto addState = [&](const char* name, const char* help,
                        void (*run)(const StateOptions&, CliContext&)) {
        auto o = std::make_shared<StateOptions>();
        auto* command = task->add_subcommand(name, help);
        command->add_option("DB", o->db, "Portfolio file")->required();
        command->add_option("ID", o->id, "Task number")->required();
        runWith(command, ctx, o, run);
        return std::pair{command, o};
    };
    auto [done, d] = addState("done", "Mark a task done", runDone);
    done->add_option("--on", d->on, "Day it was done (default today)");
    auto [snooze, s] = addState("snooze", "Hide a task until a later day", runSnooze);
    snooze->add_option("--until", s->until, "Day it comes back, YYYY-MM-DD")->required();
    auto [dismiss, x] =
        addState("dismiss", "Dismiss a task; its rule will not bring it back", runDismiss);
    dismiss->add_option("--reason", x->reason, "Why")->required();
    dismiss->add_option("--on", x->on, "Day (default today)");
}

} // namespace cartera
