#include "storage/sqlite/purchase_store.h"

#include "storage/sqlite/sqlite_statement.h"

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <bit>
#include <cstring>

namespace cartera {

namespace {

template <typename T> T toLittle(T v) {
    if constexpr (std::endian::native == std::endian::big) {
        if constexpr (sizeof(T) == 4)
            return static_cast<T>(__builtin_bswap32(static_cast<std::uint32_t>(v)));
        else
            return static_cast<T>(__builtin_bswap64(static_cast<std::uint64_t>(v)));
    }
    return v;
}

template <typename T> void pack(std::span<const T> values, std::string& out) {
    out.resize(values.size() * sizeof(T));
    if constexpr (std::endian::native == std::endian::little) {
        if (!values.empty())
            std::memcpy(out.data(), values.data(), out.size());
    } else {
        for (std::size_t k = 0; k < values.size(); ++k) {
            const T v = toLittle(values[k]);
            std::memcpy(out.data() + k * sizeof(T), &v, sizeof(T));
        }
    }
}

template <typename T> void unpack(const void* bytes, std::size_t count, std::vector<T>& out) {
    const std::size_t at = out.size();
    out.resize(at + count);
    if (count > 0)
        std::memcpy(out.data() + at, bytes, count * sizeof(T));
    if constexpr (std::endian::native == std::endian::big)
        for (std::size_t k = at; k < out.size(); ++k)
            out[k] = toLittle(out[k]);
}

bool inOrder(std::span<const std::int32_t> days, std::span<const Cents> amounts) {
    for (std::size_t k = 1; k < days.size(); ++k)
        if (days[k] < days[k - 1] || (days[k] == days[k - 1] && amounts[k] < amounts[k - 1]))
            return false;
    return true;
}

} // namespace

void PurchaseBlock::insert(std::int32_t d, Cents a) {
    std::size_t at = day.size();
    while (at > 0 && (day[at - 1] > d || (day[at - 1] == d && amount[at - 1] > a)))
        --at;
    day.insert(day.begin() + static_cast<std::ptrdiff_t>(at), d);
    amount.insert(amount.begin() + static_cast<std::ptrdiff_t>(at), a);
}

void PurchaseBlock::merge(const PurchaseBlock& sorted) {
    PurchaseBlock out;
    out.day.reserve(size() + sorted.size());
    out.amount.reserve(size() + sorted.size());
    std::size_t a = 0, b = 0;
    while (a < size() || b < sorted.size()) {
        const bool takeOurs =
            b == sorted.size() ||
            (a < size() && (day[a] < sorted.day[b] ||
                            (day[a] == sorted.day[b] && amount[a] <= sorted.amount[b])));
        const PurchaseBlock& from = takeOurs ? *this : sorted;
        std::size_t& at = takeOurs ? a : b;
        out.day.push_back(from.day[at]);
        out.amount.push_back(from.amount[at]);
        ++at;
    }
    *this = std::move(out);
}

bool unpackPurchaseBlock(const void* days, int dayBytes, const void* amounts, int amountBytes,
                         std::int64_t count, std::vector<std::int32_t>& dayOut,
                         std::vector<Cents>& amountOut) {
    if (count <= 0 || dayBytes != count * 4 || amountBytes != count * 8)
        return false;
    const auto n = static_cast<std::size_t>(count);
    unpack(days, n, dayOut);
    unpack(amounts, n, amountOut);
    return true;
}

PurchaseStore::PurchaseStore(sqlite3* h) : m_h(h) {}

// A store destroyed with blocks pending drops them: its transaction is being rolled back.
PurchaseStore::~PurchaseStore() = default;

SqliteStatement& PurchaseStore::statement(std::unique_ptr<SqliteStatement>& slot,
                                          std::string_view sql) {
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_h, sql);
    slot->reset();
    return *slot;
}

PurchaseBlock PurchaseStore::read(std::int64_t customer) {
    SqliteStatement& q =
        statement(m_read, "SELECT count, days, amounts FROM purchase_blocks WHERE customer_id = ?");
    q.bindInt64(1, customer);
    PurchaseBlock block;
    if (q.step() == SQLITE_ROW &&
        !unpackPurchaseBlock(q.blobAt(1), q.bytesAt(1), q.blobAt(2), q.bytesAt(2), q.int64At(0),
                             block.day, block.amount))
        throw SQLite::Exception("the purchases of customer " + std::to_string(customer) +
                                    " are damaged",
                                SQLITE_CORRUPT);
    q.reset();
    return block;
}

void PurchaseStore::write(std::int64_t customer, const PurchaseBlock& block) {
    write(customer, block.day, block.amount);
}

void PurchaseStore::write(std::int64_t customer, std::span<const std::int32_t> days,
                          std::span<const Cents> amounts) {
    if (days.empty()) {
        SqliteStatement& d =
            statement(m_remove, "DELETE FROM purchase_blocks WHERE customer_id = ?");
        d.bindInt64(1, customer);
        d.step();
        return;
    }
    pack(days, m_days);
    pack(amounts, m_amounts);
    SqliteStatement& w =
        statement(m_write, "INSERT OR REPLACE INTO purchase_blocks(customer_id, count, days, "
                           "amounts) VALUES (?, ?, ?, ?)");
    w.bindInt64(1, customer);
    w.bindInt64(2, static_cast<sqlite3_int64>(days.size()));
    w.bindBlob(3, m_days.data(), m_days.size());
    w.bindBlob(4, m_amounts.data(), m_amounts.size());
    w.step();
}

namespace {
constexpr std::size_t kAppendBatch = 64;
}

void PurchaseStore::append(std::int64_t customer, std::span<const std::int32_t> days,
                           std::span<const Cents> amounts) {
    if (days.empty())
        return;
    if (m_pending.size() < kAppendBatch)
        m_pending.resize(kAppendBatch);
    Pending& p = m_pending[m_pendingCount++];
    p.customer = customer;
    p.count = static_cast<std::int64_t>(days.size());
    pack(days, p.days);
    pack(amounts, p.amounts);
    if (m_pendingCount == kAppendBatch)
        flush();
}

void PurchaseStore::flush() {
    if (m_pendingCount == 0)
        return;
    std::string sql = "INSERT INTO purchase_blocks(customer_id, count, days, amounts) VALUES "
                      "(?, ?, ?, ?)";
    for (std::size_t k = 1; k < m_pendingCount; ++k)
        sql += ",(?, ?, ?, ?)";
    // A full batch reuses its statement; the last, shorter one is prepared once.
    SqliteStatement& q = m_pendingCount == kAppendBatch
                             ? statement(m_appendMany, sql)
                             : *(m_appendRest = std::make_unique<SqliteStatement>(m_h, sql));
    for (std::size_t k = 0; k < m_pendingCount; ++k) {
        const Pending& p = m_pending[k];
        const int o = static_cast<int>(k) * 4;
        q.bindInt64(o + 1, p.customer);
        q.bindInt64(o + 2, p.count);
        q.bindBlob(o + 3, p.days.data(), p.days.size());
        q.bindBlob(o + 4, p.amounts.data(), p.amounts.size());
    }
    m_pendingCount = 0;
    q.step();
}

bool PurchaseStore::addId(std::string_view externalId, std::int64_t customer, std::int32_t day,
                          Cents amount) {
    SqliteStatement& q =
        statement(m_addId, "INSERT OR IGNORE INTO purchase_ids(external_id, customer_id, day, "
                           "amount) VALUES (?, ?, ?, ?)");
    q.bindText(1, externalId);
    q.bindInt64(2, customer);
    q.bindInt64(3, day);
    q.bindInt64(4, amount);
    q.step();
    return sqlite3_changes(m_h) > 0;
}

std::vector<PurchaseStore::Id> PurchaseStore::ids(std::int64_t customer) {
    SqliteStatement& q =
        statement(m_ids, "SELECT day, amount, external_id FROM purchase_ids WHERE customer_id "
                         "= ? ORDER BY day, amount, external_id");
    q.bindInt64(1, customer);
    std::vector<Id> out;
    while (q.step() == SQLITE_ROW)
        out.push_back(
            {static_cast<std::int32_t>(q.int64At(0)), q.int64At(1), std::string(q.textAt(2))});
    return out;
}

PurchaseStoreCheck checkPurchaseStore(sqlite3* h) {
    PurchaseStoreCheck check;
    SqliteStatement b(h, "SELECT customer_id, count, days, amounts FROM purchase_blocks ORDER BY "
                         "customer_id");
    SqliteStatement i(h, "SELECT external_id, customer_id, day, amount FROM purchase_ids ORDER BY "
                         "customer_id, day, amount");
    bool idRow = i.step() == SQLITE_ROW;
    std::vector<std::int32_t> days;
    std::vector<Cents> amounts;
    while (b.step() == SQLITE_ROW) {
        const std::int64_t customer = b.int64At(0);
        days.clear();
        amounts.clear();
        ++check.blocks;
        const bool wellFormed = unpackPurchaseBlock(b.blobAt(2), b.bytesAt(2), b.blobAt(3),
                                                    b.bytesAt(3), b.int64At(1), days, amounts);
        if (!wellFormed || !inOrder(days, amounts))
            check.damagedCustomers.push_back(customer);
        check.purchases += days.size();
        // Ids before this block's customer have no block.
        for (; idRow && i.int64At(1) < customer; idRow = i.step() == SQLITE_ROW)
            check.strayIds.emplace_back(i.textAt(0));
        // Each id claims one purchase of its (day, amount); both lists are in that order.
        std::size_t k = 0;
        for (; idRow && i.int64At(1) == customer; idRow = i.step() == SQLITE_ROW) {
            const auto day = static_cast<std::int32_t>(i.int64At(2));
            const Cents amount = i.int64At(3);
            while (k < days.size() && (days[k] < day || (days[k] == day && amounts[k] < amount)))
                ++k;
            if (k < days.size() && days[k] == day && amounts[k] == amount)
                ++k;
            else
                check.strayIds.emplace_back(i.textAt(0));
        }
    }
    for (; idRow; idRow = i.step() == SQLITE_ROW)
        check.strayIds.emplace_back(i.textAt(0));
    return check;
}

void packPurchaseRows(sqlite3* h) {
    PurchaseStore store(h);
    SqliteStatement q(h, "SELECT customer_id, day, amount FROM purchases ORDER BY customer_id, "
                         "day, amount");
    PurchaseBlock block;
    std::int64_t customer = 0;
    auto flush = [&] {
        if (block.size() > 0)
            store.write(customer, block);
        block.day.clear();
        block.amount.clear();
    };
    while (q.step() == SQLITE_ROW) {
        if (q.int64At(0) != customer) {
            flush();
            customer = q.int64At(0);
        }
        block.day.push_back(static_cast<std::int32_t>(q.int64At(1)));
        block.amount.push_back(q.int64At(2));
    }
    flush();
}

} // namespace cartera
