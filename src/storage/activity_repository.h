#pragma once

#include "storage/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cartera {

struct Purchase {
    std::int64_t id = 0;
    std::int32_t day = 0;
    std::int64_t amount = 0;
    std::string externalId;
};

struct Interaction {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::int32_t day = 0;
    std::string kind;      // call, email, letter, visit, sms
    std::string direction; // in, out
    std::string note;
};

struct LostMark {
    std::int64_t id = 0;
    std::int32_t day = 0;
    std::string note;
};

// What happened with a customer: purchases, interactions, lost marks.
class ActivityRepository {
  public:
    explicit ActivityRepository(Database& db) : m_db(db) {}

    std::vector<Purchase> purchases(std::int64_t customerId);
    void addPurchase(std::int64_t customerId, std::int32_t day, std::int64_t amount);

    std::vector<Interaction> interactions(std::int64_t customerId);
    std::int64_t addInteraction(const Interaction& interaction);
    void removeInteraction(std::int64_t id);

    std::vector<LostMark> lostMarks(std::int64_t customerId);
    std::int64_t markLost(std::int64_t customerId, std::int32_t day, const std::string& note);
    void removeLostMark(std::int64_t id);

  private:
    Database& m_db;
};

} // namespace cartera
