#pragma once

#include "activity_repository.h"
#include "customer_repository.h"
#include "database.h"

#include <cstdint>
#include <vector>

namespace cartera {

// Everything that deleting a customer removes, so that the deletion can be undone exactly.
struct CustomerBackup {
    Customer customer;
    struct StoredPurchase {
        std::int64_t id;
        std::int32_t day;
        std::int64_t amount;
        std::optional<std::int64_t> seq;
        std::string externalId;
    };
    std::vector<StoredPurchase> purchases;
    std::vector<Interaction> interactions;
    std::vector<LostMark> lostMarks;
    std::vector<std::int64_t> referred; // customers this one had referred
};

CustomerBackup backupCustomer(Database& db, std::int64_t id);
// Puts the customer back under its old id, in one transaction.
void restoreCustomer(Database& db, const CustomerBackup& backup);

} // namespace cartera
