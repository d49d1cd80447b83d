#include "storage/recovery_repository.h"

#include "core/base/clock.h"
#include "core/portfolio/contact_channel.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/sqlite/sql_values.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace cartera {

namespace {

constexpr const char* kSelect =
    "SELECT id, customer_id, state, opened, closed, lost_day, coalesce(reason, ''), our_fault, "
    "competitor, detail, corrective_action, action_owner, action_due, action_done, "
    "value_at_stake, expected_cost, let_go_reason FROM recovery_cases ";

RecoveryCase readCase(SQLite::Statement& q) {
    RecoveryCase c;
    c.id = q.getColumn(0).getInt64();
    c.customerId = q.getColumn(1).getInt64();
    c.state = recoveryStateFromName(q.getColumn(2).getString()).value_or(RecoveryState::Identified);
    c.opened = q.getColumn(3).getInt();
    c.closed = dayOrNone(q.getColumn(4));
    c.lostDay = dayOrNone(q.getColumn(5));
    c.reason = q.getColumn(6).getString();
    c.ourFault = q.getColumn(7).getInt() != 0;
    c.competitor = q.getColumn(8).getString();
    c.detail = q.getColumn(9).getString();
    c.correctiveAction = q.getColumn(10).getString();
    c.actionOwner = q.getColumn(11).getString();
    c.actionDue = dayOrNone(q.getColumn(12));
    c.actionDone = q.getColumn(13).getInt() != 0;
    c.valueAtStake = q.getColumn(14).getInt64();
    c.expectedCost = q.getColumn(15).getInt64();
    c.letGoReason = q.getColumn(16).getString();
    return c;
}

void loadAttempts(Database& db, std::vector<RecoveryCase>& cases) {
    std::map<std::int64_t, RecoveryCase*> byId;
    for (RecoveryCase& c : cases)
        byId[c.id] = &c;
    SQLite::Statement q(sqlOf(db), "SELECT id, case_id, day, channel, outcome, note FROM "
                                   "recovery_attempts ORDER BY day, id");
    while (q.executeStep()) {
        const auto it = byId.find(q.getColumn(1).getInt64());
        if (it != byId.end())
            it->second->attempts.push_back({q.getColumn(0).getInt64(), q.getColumn(2).getInt(),
                                            q.getColumn(3).getString(), q.getColumn(4).getString(),
                                            q.getColumn(5).getString()});
    }
}

} // namespace

std::vector<RecoveryCase> RecoveryRepository::cases() {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) + "ORDER BY id");
    std::vector<RecoveryCase> out;
    while (q.executeStep())
        out.push_back(readCase(q));
    loadAttempts(m_db, out);
    return out;
}

std::optional<RecoveryCase> RecoveryRepository::find(std::int64_t id) {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    std::vector<RecoveryCase> one{readCase(q)};
    loadAttempts(m_db, one);
    return one.front();
}

std::optional<RecoveryCase> RecoveryRepository::openCaseOf(std::int64_t customerId) {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) +
                                         "WHERE customer_id = ? AND state IN ('identified', "
                                         "'verified', 'contacted')");
    q.bind(1, customerId);
    if (!q.executeStep())
        return std::nullopt;
    return find(q.getColumn(0).getInt64());
}

std::int64_t RecoveryRepository::open(std::int64_t customerId, std::int32_t day,
                                      std::int32_t lostDay, Cents valueAtStake) {
    return m_db.write([&] {
        if (openCaseOf(customerId))
            throw StorageError(ErrorKind::CaseAlreadyOpen);
        SQLite::Statement q(sqlOf(m_db),
                            "INSERT INTO recovery_cases(customer_id, state, opened, lost_day, "
                            "value_at_stake, created_at, updated_at) VALUES (?, 'identified', ?, "
                            "?, ?, ?, ?)");
        const std::string now = nowTimestamp();
        q.bind(1, customerId);
        q.bind(2, day);
        bindDay(q, 3, lostDay);
        q.bind(4, valueAtStake);
        q.bind(5, now);
        q.bind(6, now);
        q.exec();
        const std::int64_t id = sqlOf(m_db).getLastInsertRowid();
        // A customer who already bought again on or after the opening day is won back now.
        applyWinBacks(Clock::today());
        return id;
    });
}

void RecoveryRepository::update(const RecoveryCase& c) {
    m_db.write([&] {
        if (!c.reason.empty()) {
            const auto reasons = lossReasons();
            if (std::find(reasons.begin(), reasons.end(), c.reason) == reasons.end())
                throw StorageError(ErrorKind::LossReasonUnknown, c.reason);
        }
        SQLite::Statement q(sqlOf(m_db),
                            "UPDATE recovery_cases SET reason = ?, our_fault = ?, competitor = ?, "
                            "detail = ?, corrective_action = ?, action_owner = ?, action_due = ?, "
                            "action_done = ?, expected_cost = ?, let_go_reason = ?, updated_at = ? "
                            "WHERE id = ?");
        bindTextOrNull(q, 1, c.reason);
        q.bind(2, c.ourFault ? 1 : 0);
        q.bind(3, c.competitor);
        q.bind(4, c.detail);
        q.bind(5, c.correctiveAction);
        q.bind(6, c.actionOwner);
        bindDay(q, 7, c.actionDue);
        q.bind(8, c.actionDone ? 1 : 0);
        q.bind(9, c.expectedCost);
        q.bind(10, c.letGoReason);
        q.bind(11, nowTimestamp());
        q.bind(12, c.id);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::CaseMissing, c.id);
    });
}

void RecoveryRepository::transition(std::int64_t id, RecoveryState to, std::int32_t day) {
    m_db.write([&] {
        const auto c = find(id);
        if (!c)
            throw StorageError(ErrorKind::CaseMissing, id);
        if (const auto error = stepDayError(*c, day, Clock::today()))
            throw StorageError(*error);
        if (const auto error = transitionError(*c, to))
            throw StorageError(*error);
        SQLite::Statement q(sqlOf(m_db), "UPDATE recovery_cases SET state = ?, closed = ?, "
                                         "updated_at = ? WHERE id = ?");
        q.bind(1, std::string(recoveryStateName(to)));
        bindDay(q, 2, isClosed(to) ? day : kNoDay);
        q.bind(3, nowTimestamp());
        q.bind(4, id);
        q.exec();
    });
}

std::int64_t RecoveryRepository::addAttempt(std::int64_t caseId, const RecoveryAttempt& a) {
    if (!isContactChannel(a.channel))
        throw StorageError(ErrorKind::ChannelUnknown, a.channel);
    return m_db.write([&] {
        const auto c = find(caseId);
        if (!c)
            throw StorageError(ErrorKind::CaseMissing, caseId);
        if (c->state == RecoveryState::Identified)
            throw StorageError(ErrorKind::CaseNotVerified);
        if (isClosed(c->state))
            throw StorageError(ErrorKind::CaseClosedNoAttempts);
        if (const auto error = stepDayError(*c, a.day, Clock::today()))
            throw StorageError(*error);
        SQLite::Statement q(sqlOf(m_db), "INSERT INTO recovery_attempts(case_id, day, channel, "
                                         "outcome, note, created_at) VALUES (?,?,?,?,?,?)");
        q.bind(1, caseId);
        q.bind(2, a.day);
        q.bind(3, a.channel);
        q.bind(4, a.outcome);
        q.bind(5, a.note);
        q.bind(6, nowTimestamp());
        q.exec();
        const std::int64_t id = sqlOf(m_db).getLastInsertRowid();
        if (c->state == RecoveryState::Verified)
            transition(caseId, RecoveryState::Contacted, a.day);
        return id;
    });
}

void RecoveryRepository::removeCase(std::int64_t id) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM recovery_cases WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void RecoveryRepository::restore(const RecoveryCase& c) {
    m_db.write([&] {
        SQLite::Statement del(sqlOf(m_db), "DELETE FROM recovery_cases WHERE id = ?");
        del.bind(1, c.id);
        del.exec();
        SQLite::Statement q(sqlOf(m_db),
                            "INSERT INTO recovery_cases(id, customer_id, state, opened, closed, "
                            "lost_day, reason, our_fault, competitor, detail, corrective_action, "
                            "action_owner, action_due, action_done, value_at_stake, "
                            "expected_cost, let_go_reason, created_at, updated_at) VALUES "
                            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const std::string now = nowTimestamp();
        q.bind(1, c.id);
        q.bind(2, c.customerId);
        q.bind(3, std::string(recoveryStateName(c.state)));
        q.bind(4, c.opened);
        bindDay(q, 5, c.closed);
        bindDay(q, 6, c.lostDay);
        bindTextOrNull(q, 7, c.reason);
        q.bind(8, c.ourFault ? 1 : 0);
        q.bind(9, c.competitor);
        q.bind(10, c.detail);
        q.bind(11, c.correctiveAction);
        q.bind(12, c.actionOwner);
        bindDay(q, 13, c.actionDue);
        q.bind(14, c.actionDone ? 1 : 0);
        q.bind(15, c.valueAtStake);
        q.bind(16, c.expectedCost);
        q.bind(17, c.letGoReason);
        q.bind(18, now);
        q.bind(19, now);
        q.exec();
        SQLite::Statement a(sqlOf(m_db), "INSERT INTO recovery_attempts(id, case_id, day, channel, "
                                         "outcome, note, created_at) VALUES (?,?,?,?,?,?,?)");
        for (const RecoveryAttempt& at : c.attempts) {
            a.bind(1, at.id);
            a.bind(2, c.id);
            a.bind(3, at.day);
            a.bind(4, at.channel);
            a.bind(5, at.outcome);
            a.bind(6, at.note);
            a.bind(7, now);
            a.exec();
            a.reset();
        }
    });
}

std::size_t RecoveryRepository::applyWinBacks(Date asOf) {
    return m_db.write([&] {
        std::size_t won = 0;
        PurchaseStore store(sqlOf(m_db).getHandle());
        SQLite::Statement q(sqlOf(m_db), "UPDATE recovery_cases SET state = 'won back', closed = "
                                         "?, updated_at = ? WHERE id = ?");
        std::vector<std::int32_t> days;
        std::vector<Cents> amounts;
        for (const RecoveryCase& c : cases()) {
            if (isClosed(c.state))
                continue;
            days.clear();
            amounts.clear();
            const PurchaseBlock block = store.read(c.customerId);
            for (std::size_t k = 0; k < block.size(); ++k)
                if (block.day[k] >= c.opened && block.day[k] <= asOf.days()) {
                    days.push_back(block.day[k]);
                    amounts.push_back(block.amount[k]);
                }
            if (const auto day = winBackDay(c, days, amounts, asOf)) {
                q.bind(1, *day);
                q.bind(2, nowTimestamp());
                q.bind(3, c.id);
                q.exec();
                q.reset();
                ++won;
            }
        }
        return won;
    });
}

std::vector<std::string> RecoveryRepository::lossReasons() {
    SQLite::Statement q(sqlOf(m_db), "SELECT key FROM loss_reasons ORDER BY position, key");
    std::vector<std::string> out;
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

void RecoveryRepository::addLossReason(const std::string& reason) {
    if (reason.empty())
        throw StorageError(ErrorKind::LossReasonNeedsName);
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "INSERT INTO loss_reasons(key, position) SELECT ?, "
                                         "coalesce(max(position), 0) + 1 FROM loss_reasons");
        q.bind(1, reason);
        try {
            q.exec();
        } catch (const SQLite::Exception&) {
            throw StorageError(ErrorKind::LossReasonExists, reason);
        }
    });
}

void RecoveryRepository::renameLossReason(const std::string& from, const std::string& to) {
    if (to.empty())
        throw StorageError(ErrorKind::LossReasonNeedsName);
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "UPDATE loss_reasons SET key = ? WHERE key = ?");
        q.bind(1, to);
        q.bind(2, from);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::LossReasonMissing, from);
    });
}

void RecoveryRepository::removeLossReason(const std::string& reason) {
    m_db.write([&] {
        SQLite::Statement used(sqlOf(m_db), "SELECT count(*) FROM recovery_cases WHERE reason = ?");
        used.bind(1, reason);
        used.executeStep();
        if (used.getColumn(0).getInt() > 0)
            throw StorageError(ErrorKind::LossReasonInUse, reason, used.getColumn(0).getInt());
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM loss_reasons WHERE key = ?");
        q.bind(1, reason);
        q.exec();
    });
}

} // namespace cartera
