#include "storage/task_repository.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/sql_values.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cartera {

namespace {

constexpr const char* kColumns =
    "t.id, t.customer_id, t.case_id, t.prospect_id, t.owner, t.due, t.kind, t.text, t.state, "
    "t.snoozed_until, t.dismiss_reason, t.closed, t.rule, t.occurrence";

Task readTask(SQLite::Statement& q) {
    Task t;
    t.id = q.getColumn(0).getInt64();
    if (!q.getColumn(1).isNull()) {
        t.subject = TaskSubject::Customer;
        t.subjectId = q.getColumn(1).getInt64();
    } else if (!q.getColumn(2).isNull()) {
        t.subject = TaskSubject::RecoveryCase;
        t.subjectId = q.getColumn(2).getInt64();
    } else {
        t.subject = TaskSubject::Prospect;
        t.subjectId = q.getColumn(3).getInt64();
    }
    t.owner = q.getColumn(4).getString();
    t.due = q.getColumn(5).getInt();
    t.kind = taskKindFromName(q.getColumn(6).getString()).value_or(TaskKind::FollowUp);
    t.text = q.getColumn(7).getString();
    t.state = taskStateFromName(q.getColumn(8).getString()).value_or(TaskState::Open);
    t.snoozedUntil = dayOrNone(q.getColumn(9));
    t.dismissReason = q.getColumn(10).getString();
    t.closed = dayOrNone(q.getColumn(11));
    t.rule = q.getColumn(12).isNull() ? std::string() : q.getColumn(12).getString();
    t.occurrence = dayOrNone(q.getColumn(13));
    return t;
}

void checked(const Task& task) {
    if (const auto error = taskError(task))
        throw StorageError(*error);
}

// Binds subject, owner, due, kind, text, state, snooze, reason, closed, rule and occurrence
// to parameters 1 to 13.
void bindTask(SQLite::Statement& q, const Task& t) {
    for (int k = 0; k < 3; ++k) {
        if (static_cast<int>(t.subject) == k)
            q.bind(1 + k, t.subjectId);
        else
            q.bind(1 + k);
    }
    q.bind(4, t.owner);
    q.bind(5, t.due);
    q.bind(6, std::string(taskKindName(t.kind)));
    q.bind(7, t.text);
    q.bind(8, std::string(taskStateName(t.state)));
    bindDay(q, 9, t.snoozedUntil);
    q.bind(10, t.dismissReason);
    bindDay(q, 11, t.closed);
    bindTextOrNull(q, 12, t.rule);
    bindDay(q, 13, t.occurrence);
}

constexpr const char* kInsert =
    "INSERT INTO tasks(customer_id, case_id, prospect_id, owner, due, kind, text, state, "
    "snoozed_until, dismiss_reason, closed, rule, occurrence, created_at, updated_at, id) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

// Binds a task and runs the prepared insert; returns the new row id, or 0 when a rule's task
// for that occurrence was already there.
std::int64_t insertWith(SQLite::Statement& q, Database& db, const Task& task, bool keepId) {
    q.reset();
    q.clearBindings();
    bindTask(q, task);
    const std::string now = nowTimestamp();
    q.bind(14, now);
    q.bind(15, now);
    if (keepId)
        q.bind(16, task.id);
    if (q.exec() == 0)
        return 0;
    return sqlOf(db).getLastInsertRowid();
}

std::int64_t insert(Database& db, const Task& task, bool keepId) {
    SQLite::Statement q(sqlOf(db), kInsert);
    return insertWith(q, db, task, keepId);
}

} // namespace

std::optional<Task> TaskRepository::find(std::int64_t id) {
    SQLite::Statement q(sqlOf(m_db),
                        fmt::format("SELECT {} FROM tasks t WHERE t.id = ?", kColumns));
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return readTask(q);
}

std::vector<TodayEntry> TaskRepository::openEntries(const std::optional<std::string>& owner) {
    // The customer (a case's task: the case's customer) by row id only: its name and class come
    // from the loaded portfolio (describeTodayEntries), a join over a million customers would
    // cost more than the whole list. Prospects are few: their names come along.
    SQLite::Statement q(
        sqlOf(m_db),
        fmt::format("SELECT {}, ifnull(t.customer_id, rc.customer_id), p.name FROM tasks t "
                    "LEFT JOIN recovery_cases rc ON rc.id = t.case_id "
                    "LEFT JOIN prospects p ON p.id = t.prospect_id "
                    "WHERE t.state IN ('open', 'snoozed'){}",
                    kColumns, owner ? " AND t.owner = ?" : ""));
    // Two statements rather than "? IS NULL OR owner = ?": that form cannot use the index. No
    // ORDER BY: the Today list has its own order (todayList).
    if (owner)
        q.bind(1, *owner);
    std::vector<TodayEntry> out;
    while (q.executeStep()) {
        TodayEntry e;
        e.task = readTask(q);
        if (!q.getColumn(14).isNull()) {
            e.customerId = q.getColumn(14).getInt64();
        } else {
            e.subjectName = q.getColumn(15).getString();
            e.subjectRef = fmt::format("prospect {}", e.task.subjectId);
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Task> TaskRepository::tasksOf(TaskSubject subject, std::int64_t subjectId) {
    static constexpr const char* kColumnOf[] = {"customer_id", "case_id", "prospect_id"};
    // The column name is one of ours; the id is bound.
    SQLite::Statement q(sqlOf(m_db),
                        fmt::format("SELECT {} FROM tasks t WHERE t.{} = ? ORDER BY "
                                    "t.state NOT IN ('open', 'snoozed'), t.due DESC, t.id DESC",
                                    kColumns, kColumnOf[static_cast<int>(subject)]));
    q.bind(1, subjectId);
    std::vector<Task> out;
    while (q.executeStep())
        out.push_back(readTask(q));
    return out;
}

std::int64_t TaskRepository::add(const Task& task) {
    checked(task);
    return m_db.write([&] { return insert(m_db, task, false); });
}

void TaskRepository::update(const Task& task) {
    checked(task);
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db),
                            "UPDATE tasks SET customer_id = ?, case_id = ?, prospect_id = ?, "
                            "owner = ?, due = ?, kind = ?, text = ?, state = ?, "
                            "snoozed_until = ?, dismiss_reason = ?, closed = ?, rule = ?, "
                            "occurrence = ?, updated_at = ? WHERE id = ?");
        bindTask(q, task);
        q.bind(14, nowTimestamp());
        q.bind(15, task.id);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::TaskMissing, task.id);
    });
}

void TaskRepository::remove(std::int64_t id) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM tasks WHERE id = ?");
        q.bind(1, id);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::TaskMissing, id);
    });
}

void TaskRepository::restore(const Task& task) {
    checked(task);
    m_db.write([&] { insert(m_db, task, true); });
}

std::map<std::string, std::size_t> TaskRepository::addRuleTasks(const std::vector<Task>& tasks) {
    std::map<std::string, std::size_t> created;
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), std::string(kInsert) + " ON CONFLICT DO NOTHING");
        for (const Task& t : tasks) {
            checked(t);
            if (insertWith(q, m_db, t, false) != 0)
                ++created[t.rule];
        }
    });
    return created;
}

TaskRuleData loadTaskRuleData(Database& db, bool birthdays) {
    TaskRuleData data;
    try {
        data.rules = db.taskRuleSettings();
        if (birthdays) {
            SQLite::Statement b(sqlOf(db), "SELECT birthday FROM customers ORDER BY id");
            while (b.executeStep())
                data.birthdays.push_back(dayOrNone(b.getColumn(0)));
        }
        SQLite::Statement p(sqlOf(db),
                            "SELECT p.id, p.owner, p.status, p.created_at, "
                            "(SELECT max(day) FROM prospect_interactions i "
                            "WHERE i.prospect_id = p.id) FROM prospects p "
                            "WHERE p.status IN ('new', 'contacted', 'qualified') ORDER BY p.id");
        while (p.executeStep()) {
            ProspectFollowUp f;
            f.id = p.getColumn(0).getInt64();
            f.owner = p.getColumn(1).getString();
            f.status =
                prospectStatusFromName(p.getColumn(2).getString()).value_or(ProspectStatus::New);
            const auto added = Date::parseIso(p.getColumn(3).getString().substr(0, 10));
            f.lastContact =
                p.getColumn(4).isNull() ? (added ? added->days() : 0) : p.getColumn(4).getInt();
            data.prospects.push_back(std::move(f));
        }
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
    return data;
}

} // namespace cartera
