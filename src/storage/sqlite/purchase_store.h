#pragma once

#include "core/base/money.h"

#include <cstdint>
#include <memory>
#include <span>
#include <sqlite3.h>
#include <string>
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

// The purchases live in the portfolio file as one row per customer holding little-endian column
// blobs (table purchase_blocks), so that loading a million customers reads a million blobs
// rather than ten million rows; purchase ids a file carried sit beside them in purchase_ids.
// Every call runs inside the caller's transaction.
class PurchaseStore {
  public:
    explicit PurchaseStore(sqlite3* h);
    ~PurchaseStore();
    PurchaseStore(const PurchaseStore&) = delete;
    PurchaseStore& operator=(const PurchaseStore&) = delete;

    PurchaseBlock read(std::int64_t customer);
    // Replaces the customer's block; an empty block removes it.
    void write(std::int64_t customer, const PurchaseBlock& block);
    void write(std::int64_t customer, std::span<const std::int32_t> days,
               std::span<const Cents> amounts);

    // Adds the block of a customer that has none yet. Appended blocks are written many to a
    // statement (a bulk import writes a million): flush() before reading them back.
    void append(std::int64_t customer, std::span<const std::int32_t> days,
                std::span<const Cents> amounts);
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
    // Prepared once per store: an import writes a block per customer.
    SqliteStatement& statement(std::unique_ptr<SqliteStatement>& slot, std::string_view sql);

    sqlite3* m_h;
    std::unique_ptr<SqliteStatement> m_read, m_write, m_remove, m_addId, m_ids, m_appendMany,
        m_appendRest;
    struct Pending {
        std::int64_t customer = 0;
        std::int64_t count = 0;
        std::string days, amounts;
    };
    std::vector<Pending> m_pending;
    std::size_t m_pendingCount = 0;
    std::string m_days;
    std::string m_amounts;
};

// Decodes a block's blobs; false when they are not `count` days and `count` amounts.
bool unpackPurchaseBlock(const void* days, int dayBytes, const void* amounts, int amountBytes,
                         std::int64_t count, std::vector<std::int32_t>& dayOut,
                         std::vector<Cents>& amountOut);

// What the consistency check found: every block well formed and in order, every purchase id
// matching a purchase of its block.
struct PurchaseStoreCheck {
    std::size_t blocks = 0;
    std::size_t purchases = 0;
    std::vector<std::int64_t> damagedCustomers; // blocks malformed, out of order or counted wrong
    std::vector<std::string> strayIds;          // ids with no purchase of theirs in the blocks

    bool ok() const { return damagedCustomers.empty() && strayIds.empty(); }
};
PurchaseStoreCheck checkPurchaseStore(sqlite3* h);

// Converts the per-purchase rows of schema 7 into blocks and ids (the upgrade to schema 8).
void packPurchaseRows(sqlite3* h);

} // namespace cartera
