#include "storage/customer_list_repository.h"

#include "core/base/text_limits.h"
#include "storage/sqlite/connection.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cartera {

std::vector<SavedList> CustomerListRepository::lists() {
    std::vector<SavedList> out;
    SQLite::Statement q(sqlOf(m_db), "SELECT name, filter FROM customer_lists ORDER BY name");
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
    return out;
}

std::optional<SavedList> CustomerListRepository::find(const std::string& name) {
    SQLite::Statement q(sqlOf(m_db), "SELECT name, filter FROM customer_lists WHERE name = ?");
    q.bind(1, name);
    if (!q.executeStep())
        return std::nullopt;
    return SavedList{q.getColumn(0).getString(), q.getColumn(1).getString()};
}

void CustomerListRepository::save(const SavedList& list) {
    if (list.name.empty())
        throw StorageError(ErrorKind::ListNeedsName);
    if (const auto error = lengthError("list_name", list.name))
        throw StorageError(*error);
    m_db.write([&] {
        const std::string now = nowTimestamp();
        SQLite::Statement q(sqlOf(m_db),
                            "INSERT INTO customer_lists(name, filter, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                            "filter = excluded.filter, updated_at = excluded.updated_at");
        q.bind(1, list.name);
        q.bind(2, list.filter);
        q.bind(3, now);
        q.bind(4, now);
        q.exec();
    });
}

void CustomerListRepository::remove(const std::string& name) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM customer_lists WHERE name = ?");
        q.bind(1, name);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::ListMissing, name);
    });
}

std::vector<std::string> loadCustomerPhones(Database& db) {
    try {
        std::vector<std::string> phones;
        SQLite::Statement q(sqlOf(db), "SELECT phone FROM customers ORDER BY id");
        while (q.executeStep())
            phones.push_back(q.getColumn(0).getString());
        return phones;
    } catch (const SQLite::Exception& e) {
        rethrowStorageError(db.path(), e);
    }
}

} // namespace cartera
