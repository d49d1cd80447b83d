#include "storage/activity_repository.h"

#include "core/portfolio/contact_channel.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <fmt/format.h>

namespace cartera {

std::vector<Purchase> ActivityRepository::purchases(std::int64_t customerId) {
    try {
        PurchaseStore store(sqlOf(m_db).getHandle());
        const PurchaseBlock block = store.read(customerId);
        const auto ids = store.ids(customerId);
        std::vector<Purchase> out;
        out.reserve(block.size());
        std::size_t next = 0; // ids and block are both in (day, amount) order
        for (std::size_t k = 0; k < block.size(); ++k) {
            Purchase p{static_cast<std::int64_t>(k) + 1, block.day[k], block.amount[k], {}};
            if (next < ids.size() && ids[next].day == p.day && ids[next].amount == p.amount)
                p.externalId = ids[next++].externalId;
            out.push_back(std::move(p));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(m_db.path(), e);
    }
}

void ActivityRepository::addPurchase(std::int64_t customerId, std::int32_t day,
                                     std::int64_t amount) {
    m_db.write([&] {
        PurchaseStore store(sqlOf(m_db).getHandle());
        PurchaseBlock block = store.read(customerId);
        block.insert(day, amount);
        store.write(customerId, block);
        store.flush();
    });
}

std::vector<Interaction> ActivityRepository::interactions(std::int64_t customerId) {
    SQLite::Statement q(sqlOf(m_db),
                        "SELECT id, customer_id, day, kind, direction, note FROM "
                        "interactions WHERE customer_id = ? ORDER BY day DESC, id DESC");
    q.bind(1, customerId);
    std::vector<Interaction> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                       q.getColumn(2).getInt(), q.getColumn(3).getString(),
                       q.getColumn(4).getString(), q.getColumn(5).getString()});
    return out;
}

std::int64_t ActivityRepository::addInteraction(const Interaction& i) {
    if (!isContactChannel(i.kind))
        throw StorageError(ErrorKind::ChannelUnknown, i.kind);
    if (i.direction != "in" && i.direction != "out")
        throw StorageError(ErrorKind::DirectionUnknown, i.direction);
    return m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "INSERT INTO interactions(customer_id, day, kind, "
                                         "direction, note, created_at) VALUES (?,?,?,?,?,?)");
        q.bind(1, i.customerId);
        q.bind(2, i.day);
        q.bind(3, i.kind);
        q.bind(4, i.direction);
        q.bind(5, i.note);
        q.bind(6, nowTimestamp());
        q.exec();
        return sqlOf(m_db).getLastInsertRowid();
    });
}

void ActivityRepository::removeInteraction(std::int64_t id) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM interactions WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

std::vector<LostMark> ActivityRepository::lostMarks(std::int64_t customerId) {
    SQLite::Statement q(sqlOf(m_db),
                        "SELECT id, day, note FROM lost_marks WHERE customer_id = ? ORDER BY day");
    q.bind(1, customerId);
    std::vector<LostMark> out;
    while (q.executeStep())
        out.push_back(
            {q.getColumn(0).getInt64(), q.getColumn(1).getInt(), q.getColumn(2).getString()});
    return out;
}

std::int64_t ActivityRepository::markLost(std::int64_t customerId, std::int32_t day,
                                          const std::string& note) {
    return m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "INSERT INTO lost_marks(customer_id, day, note, "
                                         "created_at) VALUES (?,?,?,?)");
        q.bind(1, customerId);
        q.bind(2, day);
        q.bind(3, note);
        q.bind(4, nowTimestamp());
        q.exec();
        return sqlOf(m_db).getLastInsertRowid();
    });
}

void ActivityRepository::removeLostMark(std::int64_t id) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM lost_marks WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

} // namespace cartera
