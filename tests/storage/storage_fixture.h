#pragma once

#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/purchase_store.h"

#include <filesystem>
#include <random>
#include <string>

namespace cartera::test {

// A fresh folder per test, removed afterwards.
class TempDir {
  public:
    TempDir() {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("cartera-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

  private:
    std::filesystem::path m_path;
};

// How many purchases the portfolio holds and what they add up to, as the analysis reads them.
struct PurchaseTotals {
    std::size_t count = 0;
    Cents sum = 0;
    bool operator==(const PurchaseTotals&) const = default;
};
inline PurchaseTotals purchaseTotals(Database& db) {
    const Portfolio p = loadPortfolio(db);
    PurchaseTotals t{p.purchaseCount(), 0};
    for (const Cents a : p.purchaseAmount)
        t.sum += a;
    return t;
}

// SQLite's own integrity check and ours: blocks well formed and in order, ids on purchases.
inline bool storeIsConsistent(Database& db) {
    return sqlOf(db).execAndGet("PRAGMA integrity_check").getString() == "ok" &&
           checkPurchaseStore(sqlOf(db).getHandle()).ok();
}

} // namespace cartera::test
