#pragma once

#include "core/base/money.h"

#include <cstdint>
#include <memory>
#include <span>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

class SqliteStatement;

// One customer's purchases as columns, in (day, amount) order.
struct PurchaseBlock {
    std::vector<std::int32_t> day;
    std::vector<Cents> amount;

    std::size_t size() const { return day.size(); }
    // Keeps (day, amount) order; equal purchases sit together.
    void insert(std::int32_t day, Cents amount);
    // Adds purchases that are themselves in (day, amount) order.
    void merge(const PurchaseBlock& sorted);
};

// Customer ids chunk << kChunkShift to ((chunk + 1) << kChunkShift) - 1 (1,024 of them) share a
// chunk.
inline constexpr int kChunkShift = 10;
inline constexpr std::int64_t chunkOf(std::int64_t customer) {
    return customer >> kChunkShift;
}

// The purchases of a chunk of customers as columns: which customers have purchases (ascending),
// how many each, and their days and amounts one after the other.
struct PurchaseChunk {
    std::vector<std::int64_t> customer;
    std::vector<std::uint32_t> count;
    std::vector<std::int32_t> day;
    std::vector<Cents> amount;
};

// Appends a stored chunk's columns to `out`; false when the blobs are malformed, a customer lies
// outside the chunk or out of order, or a customer's purchases are not in (day, amount) order.
bool unpackPurchaseChunk(std::int64_t chunk, const void* customers, int customerBytes,
                         const void* counts, int countBytes, const void* days, int dayBytes,
                         const void* amounts, int amountBytes, PurchaseChunk& out);

// The purchases live in the portfolio file as little-endian column blobs, one row per chunk of
// 1,024 customer ids (table purchase_chunks), so that loading a million customers reads about a
// thousand rows rather than ten million; purchase ids a file carried sit beside them in
// purchase_ids. The store keeps one chunk in memory: reads and writes of customers in id order
// touch each chunk once. Every call runs inside the caller's transaction, and flush() must run
// before it commits.
class PurchaseStore {
  public:
    explicit PurchaseStore(sqlite3* h);
    // Drops unflushed changes: a store destroyed by an exception is being rolled back.
    ~PurchaseStore();
    PurchaseStore(const PurchaseStore&) = delete;
    PurchaseStore& operator=(const PurchaseStore&) = delete;

    PurchaseBlock read(std::int64_t customer);
    // Replaces the customer's purchases; none removes them.
    void write(std::int64_t customer, std::span<const std::int32_t> days,
               std::span<const Cents> amounts);
    void write(std::int64_t customer, const PurchaseBlock& block) {
        write(customer, block.day, block.amount);
    }
    void remove(std::int64_t customer) { write(customer, {}, {}); }
    void flush();

    // Records a purchase id; false when the id is already known (the purchase is a duplicate).
    bool addId(std::string_view externalId, std::int64_t customer, std::int32_t day, Cents amount);
    // The ids the customer's purchases carry, in (day, amount) order.
    struct Id {
        std::int32_t day;
        Cents amount;
        std::string externalId;
    };
    std::vector<Id> ids(std::int64_t customer);

  private:
    // Prepared once per store: an import touches every chunk.
    SqliteStatement& statement(std::unique_ptr<SqliteStatement>& slot, std::string_view sql);
    void load(std::int64_t chunk);

    sqlite3* m_h;
    std::unique_ptr<SqliteStatement> m_read, m_write, m_remove, m_addId, m_ids;
    std::int64_t m_key = -1; // the chunk in memory, -1 for none
    bool m_dirty = false;
    PurchaseChunk m_chunk;
    PurchaseChunk m_spare;
    std::string m_packed[4];
};

// What the consistency check found: every chunk well formed and in order, every purchase
// belonging to a customer, every purchase id on a purchase of its customer.
struct PurchaseStoreCheck {
    std::size_t chunks = 0;
    std::size_t customers = 0; // customers with purchases
    std::size_t purchases = 0;
    std::vector<std::int64_t> damagedChunks;
    std::vector<std::int64_t> orphanCustomers; // purchases of ids no customer has
    std::vector<std::string> strayIds;         // ids with no purchase of theirs

    bool ok() const { return damagedChunks.empty() && orphanCustomers.empty() && strayIds.empty(); }
};
PurchaseStoreCheck checkPurchaseStore(sqlite3* h);

// Converts the per-purchase rows of schema 7 into chunks (the upgrade to schema 8).
void packPurchaseRows(sqlite3* h);

} // namespace cartera
