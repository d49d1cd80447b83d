#include "storage/sqlite/purchase_store.h"

#include "storage/sqlite/sqlite_statement.h"

#include <SQLiteCpp/Exception.h>
#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>

namespace cartera {

namespace {

template <typename T> T swapToLittle(T v) {
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
            const T v = swapToLittle(values[k]);
            std::memcpy(out.data() + k * sizeof(T), &v, sizeof(T));
        }
    }
}

// Appends `bytes` as values of T; false when they are not a whole number of them.
template <typename T> bool unpack(const void* bytes, int size, std::vector<T>& out) {
    if (size < 0 || size % static_cast<int>(sizeof(T)) != 0)
        return false;
    const std::size_t count = static_cast<std::size_t>(size) / sizeof(T);
    const std::size_t at = out.size();
    out.resize(at + count);
    if (count > 0)
        std::memcpy(out.data() + at, bytes, count * sizeof(T));
    if constexpr (std::endian::native == std::endian::big)
        for (std::size_t k = at; k < out.size(); ++k)
            out[k] = swapToLittle(out[k]);
    return true;
}

bool before(std::int32_t dayA, Cents amountA, std::int32_t dayB, Cents amountB) {
    return dayA < dayB || (dayA == dayB && amountA < amountB);
}

[[noreturn]] void damaged(std::int64_t chunk) {
    throw SQLite::Exception("the purchases of customers " + std::to_string(chunk << kChunkShift) +
                                " to " + std::to_string(((chunk + 1) << kChunkShift) - 1) +
                                " are damaged",
                            SQLITE_CORRUPT);
}

} // namespace

void PurchaseBlock::insert(std::int32_t d, Cents a) {
    std::size_t at = day.size();
    while (at > 0 && before(d, a, day[at - 1], amount[at - 1]))
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
            (a < size() && !before(sorted.day[b], sorted.amount[b], day[a], amount[a]));
        const PurchaseBlock& from = takeOurs ? *this : sorted;
        std::size_t& at = takeOurs ? a : b;
        out.day.push_back(from.day[at]);
        out.amount.push_back(from.amount[at]);
        ++at;
    }
    *this = std::move(out);
}

bool unpackPurchaseChunk(std::int64_t chunk, const void* customers, int customerBytes,
                         const void* counts, int countBytes, const void* days, int dayBytes,
                         const void* amounts, int amountBytes, PurchaseChunk& out) {
    const std::size_t c0 = out.customer.size();
    const std::size_t p0 = out.day.size();
    if (countBytes * 2 != customerBytes || !unpack(customers, customerBytes, out.customer) ||
        !unpack(counts, countBytes, out.count))
        return false;
    std::uint64_t total = 0;
    for (std::size_t k = c0; k < out.customer.size(); ++k) {
        if (out.count[k] == 0 || chunkOf(out.customer[k]) != chunk ||
            (k > c0 && out.customer[k] <= out.customer[k - 1]))
            return false;
        total += out.count[k];
    }
    if (static_cast<std::uint64_t>(dayBytes) != total * 4 ||
        static_cast<std::uint64_t>(amountBytes) != total * 8 || !unpack(days, dayBytes, out.day) ||
        !unpack(amounts, amountBytes, out.amount))
        return false;
    std::size_t p = p0;
    for (std::size_t k = c0; k < out.customer.size(); ++k) {
        const std::size_t end = p + out.count[k];
        for (++p; p < end; ++p)
            if (before(out.day[p], out.amount[p], out.day[p - 1], out.amount[p - 1]))
                return false;
    }
    return true;
}

PurchaseStore::PurchaseStore(sqlite3* h) : m_h(h) {}

PurchaseStore::~PurchaseStore() = default;

SqliteStatement& PurchaseStore::statement(std::unique_ptr<SqliteStatement>& slot,
                                          std::string_view sql) {
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_h, sql);
    slot->reset();
    return *slot;
}

void PurchaseStore::load(std::int64_t chunk) {
    if (chunk == m_key)
        return;
    flush();
    m_chunk.customer.clear();
    m_chunk.count.clear();
    m_chunk.day.clear();
    m_chunk.amount.clear();
    m_key = -1;
    SqliteStatement& q = statement(m_read, "SELECT customers, counts, days, amounts FROM "
                                           "purchase_chunks WHERE chunk = ?");
    q.bindInt64(1, chunk);
    if (q.step() == SQLITE_ROW &&
        !unpackPurchaseChunk(chunk, q.blobAt(0), q.bytesAt(0), q.blobAt(1), q.bytesAt(1),
                             q.blobAt(2), q.bytesAt(2), q.blobAt(3), q.bytesAt(3), m_chunk))
        damaged(chunk);
    q.reset();
    m_key = chunk;
}

PurchaseBlock PurchaseStore::read(std::int64_t customer) {
    load(chunkOf(customer));
    const auto& ids = m_chunk.customer;
    const auto at = std::lower_bound(ids.begin(), ids.end(), customer);
    PurchaseBlock block;
    if (at == ids.end() || *at != customer)
        return block;
    const auto k = static_cast<std::size_t>(at - ids.begin());
    const auto first = static_cast<std::ptrdiff_t>(
        std::accumulate(m_chunk.count.begin(),
                        m_chunk.count.begin() + static_cast<std::ptrdiff_t>(k), std::size_t{0}));
    const auto n = static_cast<std::ptrdiff_t>(m_chunk.count[k]);
    block.day.assign(m_chunk.day.begin() + first, m_chunk.day.begin() + first + n);
    block.amount.assign(m_chunk.amount.begin() + first, m_chunk.amount.begin() + first + n);
    return block;
}

void PurchaseStore::write(std::int64_t customer, std::span<const std::int32_t> days,
                          std::span<const Cents> amounts) {
    load(chunkOf(customer));
    auto& c = m_chunk;
    const auto at = std::lower_bound(c.customer.begin(), c.customer.end(), customer);
    const auto k = static_cast<std::size_t>(at - c.customer.begin());
    const bool known = at != c.customer.end() && *at == customer;
    if (!known && days.empty())
        return;
    m_dirty = true;
    // Customers in id order (an import) append at the chunk's end.
    if (k == c.customer.size()) {
        c.customer.push_back(customer);
        c.count.push_back(static_cast<std::uint32_t>(days.size()));
        c.day.insert(c.day.end(), days.begin(), days.end());
        c.amount.insert(c.amount.end(), amounts.begin(), amounts.end());
        return;
    }
    const auto first = static_cast<std::ptrdiff_t>(std::accumulate(
        c.count.begin(), c.count.begin() + static_cast<std::ptrdiff_t>(k), std::size_t{0}));
    const auto old = known ? static_cast<std::ptrdiff_t>(c.count[k]) : 0;
    c.day.erase(c.day.begin() + first, c.day.begin() + first + old);
    c.amount.erase(c.amount.begin() + first, c.amount.begin() + first + old);
    c.day.insert(c.day.begin() + first, days.begin(), days.end());
    c.amount.insert(c.amount.begin() + first, amounts.begin(), amounts.end());
    const auto pos = static_cast<std::ptrdiff_t>(k);
    if (days.empty()) {
        c.customer.erase(c.customer.begin() + pos);
        c.count.erase(c.count.begin() + pos);
    } else if (known) {
        c.count[k] = static_cast<std::uint32_t>(days.size());
    } else {
        c.customer.insert(c.customer.begin() + pos, customer);
        c.count.insert(c.count.begin() + pos, static_cast<std::uint32_t>(days.size()));
    }
}

void PurchaseStore::flush() {
    if (!m_dirty)
        return;
    m_dirty = false;
    if (m_chunk.customer.empty()) {
        SqliteStatement& d = statement(m_remove, "DELETE FROM purchase_chunks WHERE chunk = ?");
        d.bindInt64(1, m_key);
        d.step();
        return;
    }
    pack<std::int64_t>(m_chunk.customer, m_packed[0]);
    pack<std::uint32_t>(m_chunk.count, m_packed[1]);
    pack<std::int32_t>(m_chunk.day, m_packed[2]);
    pack<Cents>(m_chunk.amount, m_packed[3]);
    SqliteStatement& w = statement(m_write, "INSERT OR REPLACE INTO purchase_chunks(chunk, "
                                            "customers, counts, days, amounts) VALUES (?, ?, ?, "
                                            "?, ?)");
    w.bindInt64(1, m_key);
    for (int k = 0; k < 4; ++k)
        w.bindBlob(k + 2, m_packed[k].data(), m_packed[k].size());
    w.step();
}

bool PurchaseStore::addId(std::string_view externalId, std::int64_t customer, std::int32_t day,
                          Cents amount) {
    SqliteStatement& q = statement(m_addId, "INSERT OR IGNORE INTO purchase_ids(external_id, "
                                            "customer_id, day, amount) VALUES (?, ?, ?, ?)");
    q.bindText(1, externalId);
    q.bindInt64(2, customer);
    q.bindInt64(3, day);
    q.bindInt64(4, amount);
    q.step();
    return sqlite3_changes(m_h) > 0;
}

std::vector<PurchaseStore::Id> PurchaseStore::ids(std::int64_t customer) {
    SqliteStatement& q = statement(m_ids, "SELECT day, amount, external_id FROM purchase_ids "
                                          "WHERE customer_id = ? ORDER BY day, amount, "
                                          "external_id");
    q.bindInt64(1, customer);
    std::vector<Id> out;
    while (q.step() == SQLITE_ROW)
        out.push_back(
            {static_cast<std::int32_t>(q.int64At(0)), q.int64At(1), std::string(q.textAt(2))});
    return out;
}

PurchaseStoreCheck checkPurchaseStore(sqlite3* h) {
    PurchaseStoreCheck check;
    PurchaseChunk all;
    SqliteStatement c(h, "SELECT chunk, customers, counts, days, amounts FROM purchase_chunks "
                         "ORDER BY chunk");
    while (c.step() == SQLITE_ROW) {
        ++check.chunks;
        PurchaseChunk one;
        if (!unpackPurchaseChunk(c.int64At(0), c.blobAt(1), c.bytesAt(1), c.blobAt(2), c.bytesAt(2),
                                 c.blobAt(3), c.bytesAt(3), c.blobAt(4), c.bytesAt(4), one)) {
            check.damagedChunks.push_back(c.int64At(0));
            continue;
        }
        all.customer.insert(all.customer.end(), one.customer.begin(), one.customer.end());
        all.count.insert(all.count.end(), one.count.begin(), one.count.end());
        all.day.insert(all.day.end(), one.day.begin(), one.day.end());
        all.amount.insert(all.amount.end(), one.amount.begin(), one.amount.end());
    }
    check.customers = all.customer.size();
    check.purchases = all.day.size();

    std::vector<std::int64_t> known;
    SqliteStatement k(h, "SELECT id FROM customers ORDER BY id");
    while (k.step() == SQLITE_ROW)
        known.push_back(k.int64At(0));
    std::vector<std::size_t> begin(all.customer.size() + 1, 0);
    for (std::size_t i = 0; i < all.customer.size(); ++i) {
        begin[i + 1] = begin[i] + all.count[i];
        if (!std::binary_search(known.begin(), known.end(), all.customer[i]))
            check.orphanCustomers.push_back(all.customer[i]);
    }

    // Each id claims one purchase of its (day, amount); ids come in the purchases' order.
    SqliteStatement i(h, "SELECT external_id, customer_id, day, amount FROM purchase_ids ORDER BY "
                         "customer_id, day, amount");
    std::int64_t current = -1;
    std::size_t p = 0, end = 0;
    while (i.step() == SQLITE_ROW) {
        const std::int64_t customer = i.int64At(1);
        if (customer != current) {
            current = customer;
            const auto at = std::lower_bound(all.customer.begin(), all.customer.end(), customer);
            const auto n = static_cast<std::size_t>(at - all.customer.begin());
            const bool has = at != all.customer.end() && *at == customer;
            p = has ? begin[n] : 0;
            end = has ? begin[n + 1] : 0;
        }
        const auto day = static_cast<std::int32_t>(i.int64At(2));
        const Cents amount = i.int64At(3);
        while (p < end && before(all.day[p], all.amount[p], day, amount))
            ++p;
        if (p < end && all.day[p] == day && all.amount[p] == amount)
            ++p;
        else
            check.strayIds.emplace_back(i.textAt(0));
    }
    return check;
}

void packPurchaseRows(sqlite3* h) {
    PurchaseStore store(h);
    SqliteStatement q(h, "SELECT customer_id, day, amount FROM purchases ORDER BY customer_id, "
                         "day, amount");
    PurchaseBlock block;
    std::int64_t customer = 0;
    auto put = [&] {
        if (block.size() > 0)
            store.write(customer, block);
        block.day.clear();
        block.amount.clear();
    };
    while (q.step() == SQLITE_ROW) {
        if (q.int64At(0) != customer) {
            put();
            customer = q.int64At(0);
        }
        block.day.push_back(static_cast<std::int32_t>(q.int64At(1)));
        block.amount.push_back(q.int64At(2));
    }
    put();
    store.flush();
}

} // namespace cartera
