#pragma once

#include "core/prospects/prospect.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cartera {

struct ReferralCredit {
    std::string customer; // external id of the referrer
    std::string name;
    std::size_t prospects = 0; // prospects it referred
    std::size_t converted = 0; // of those, converted into customers
    std::size_t customers = 0; // customers whose referred_by names it
};

class ProspectRepository {
  public:
    explicit ProspectRepository(Database& db) : m_db(db) {}

    std::vector<Prospect> list();
    std::optional<Prospect> find(std::int64_t id);
    std::int64_t add(const Prospect& prospect);
    void update(const Prospect& prospect); // contact fields; not the status
    // Dropping needs a reason; it is kept in the prospect's notes with the day.
    void setStatus(std::int64_t id, ProspectStatus status, const std::string& reason = {},
                   std::int32_t day = 0);
    std::int64_t addContact(std::int64_t prospectId, const ProspectContact& contact);
    void remove(std::int64_t id);
    // Writes a prospect exactly as given (status and linked customer included) under its id:
    // the undo of any change. A missing linked customer leaves the link empty.
    void restore(const Prospect& prospect);
    // Creates the customer (the prospect's fields, customer since `day`) and links it back;
    // the prospect must be qualified. Returns the new customer's row id.
    std::int64_t convert(std::int64_t id, const std::string& customerExternalId, std::int32_t day);
    struct ImportResult {
        std::size_t added = 0;
        std::size_t alreadyPresent = 0; // same e-mail, or same name and company without one
        // "Name <e-mail>: customer C0001" for each new prospect sharing a customer's e-mail.
        std::vector<std::string> likeCustomers;
    };
    // Adds the prospects of a file that are not there yet, in one transaction: importing a
    // file twice adds nothing.
    ImportResult importAll(const ProspectRows& rows);
    // Per referring customer, best first; `limit` 0 means all.
    std::vector<ReferralCredit> referralCredit(std::size_t limit = 0);
    ReferralCredit referralCreditOf(std::int64_t customerId);

  private:
    std::optional<std::int64_t> customerId(const std::string& externalId);
    static void checkFields(const Prospect& prospect);
    Database& m_db;
};

} // namespace cartera
