#pragma once

#include "core/import/customer_rows.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cartera {

struct Customer {
    std::int64_t id = 0;
    CustomerRecord record; // record.referredBy holds the referrer's external id
    std::string createdAt;
    std::string updatedAt;
};

class CustomerRepository {
  public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    std::optional<Customer> find(std::int64_t id);
    std::optional<Customer> findByExternalId(const std::string& externalId);
    std::int64_t count();

    // Refuses a duplicate or empty external id, and a referrer that does not exist.
    std::int64_t add(const CustomerRecord& record);
    void update(std::int64_t id, const CustomerRecord& record);
    void remove(std::int64_t id);

  private:
    Database& m_db;
};

// Every customer's profile, in the Portfolio's order (by row id).
CustomerProfiles loadCustomerProfiles(Database& db);

} // namespace cartera
