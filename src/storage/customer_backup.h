#pragma once

#include "storage/customer_repository.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cartera {

// Rows of one table exactly as stored (ids and timestamps included).
struct StoredRows {
    using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
    std::string table;
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
};

// Everything that deleting a customer removes or unlinks, so that the deletion can be undone
// exactly: the customer row, its purchases, interactions, lost marks, recovery cases and their
// attempts, its tasks and campaign memberships, and the customers and prospects that pointed
// to it.
struct CustomerBackup {
    Customer customer;
    std::vector<StoredRows> tables;         // in the order they are put back
    std::vector<std::int32_t> purchaseDays; // its purchases, in (day, amount) order
    std::vector<std::int64_t> purchaseAmounts;
    std::vector<std::int64_t> referredCustomers;  // customers this one had referred
    std::vector<std::int64_t> referredProspects;  // prospects this one had referred
    std::vector<std::int64_t> convertedProspects; // prospects that became this customer
};

CustomerBackup backupCustomer(Database& db, std::int64_t id);
// Puts the customer back under its old id, in one transaction.
void restoreCustomer(Database& db, const CustomerBackup& backup);

} // namespace cartera
