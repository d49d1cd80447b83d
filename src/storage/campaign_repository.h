#pragma once

#include "core/campaigns/campaign.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cartera {

struct CampaignMember {
    std::int64_t customerId = 0;
    bool control = false;
};

// Campaigns and their members. Creating one draws the control group, stores every member and
// logs an outgoing contact on the start day for each treated member (never for the held-out
// ones), in one transaction.
class CampaignRepository {
  public:
    explicit CampaignRepository(Database& db) : m_db(db) {}

    std::vector<Campaign> list(); // newest first, with member counts
    std::optional<Campaign> find(const std::string& name);
    std::vector<CampaignMember> members(std::int64_t campaignId);
    // Returns the campaign as stored (id, counts); refuses a name in use and an empty list.
    Campaign create(Campaign campaign, const std::vector<std::int64_t>& customerIds);
    // Removes the campaign with its members and the contacts it logged.
    void remove(std::int64_t id);
    // Writes a removed campaign back, as `create` had (the undo of a removal).
    void restore(const Campaign& campaign, const std::vector<CampaignMember>& members);

  private:
    void write(const Campaign& campaign, const std::vector<CampaignMember>& members, bool keepId);
    Database& m_db;
};

} // namespace cartera
