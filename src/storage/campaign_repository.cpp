#include "storage/campaign_repository.h"

#include "storage/sqlite/connection.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace cartera {

namespace {

constexpr const char* kColumns =
    "c.id, c.name, c.list_name, c.filter, c.start_day, c.channel, c.offer, c.control_percent, "
    "c.seed, c.window_days, "
    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.control = 0), "
    "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.control = 1)";

Campaign readCampaign(SQLite::Statement& q) {
    Campaign c;
    c.id = q.getColumn(0).getInt64();
    c.name = q.getColumn(1).getString();
    c.list = q.getColumn(2).getString();
    c.filter = q.getColumn(3).getString();
    c.start = q.getColumn(4).getInt();
    c.channel = q.getColumn(5).getString();
    c.offer = q.getColumn(6).getString();
    c.controlPercent = q.getColumn(7).getInt();
    c.seed = static_cast<std::uint64_t>(q.getColumn(8).getInt64());
    c.windowDays = q.getColumn(9).getInt();
    c.treated = static_cast<std::size_t>(q.getColumn(10).getInt64());
    c.control = static_cast<std::size_t>(q.getColumn(11).getInt64());
    return c;
}

} // namespace

std::vector<Campaign> CampaignRepository::list() {
    SQLite::Statement q(sqlOf(m_db),
                        fmt::format("SELECT {} FROM campaigns c ORDER BY c.start_day DESC, c.id "
                                    "DESC",
                                    kColumns));
    std::vector<Campaign> out;
    while (q.executeStep())
        out.push_back(readCampaign(q));
    return out;
}

std::optional<Campaign> CampaignRepository::find(const std::string& name) {
    SQLite::Statement q(sqlOf(m_db),
                        fmt::format("SELECT {} FROM campaigns c WHERE c.name = ?", kColumns));
    q.bind(1, name);
    if (!q.executeStep())
        return std::nullopt;
    return readCampaign(q);
}

std::vector<CampaignMember> CampaignRepository::members(std::int64_t campaignId) {
    SQLite::Statement q(sqlOf(m_db), "SELECT customer_id, control FROM campaign_members WHERE "
                                     "campaign_id = ? ORDER BY customer_id");
    q.bind(1, campaignId);
    std::vector<CampaignMember> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt() != 0});
    return out;
}

Campaign CampaignRepository::create(Campaign campaign,
                                    const std::vector<std::int64_t>& customerIds) {
    if (const auto error = campaignError(campaign))
        throw StorageError(*error);
    if (customerIds.empty())
        throw StorageError(ErrorKind::ListEmpty, campaign.list);
    if (find(campaign.name))
        throw StorageError(ErrorKind::CampaignExists, campaign.name);
    const std::vector<bool> control =
        controlGroup(customerIds, campaign.controlPercent, campaign.seed);
    std::vector<CampaignMember> members;
    members.reserve(customerIds.size());
    for (std::size_t k = 0; k < customerIds.size(); ++k)
        members.push_back({customerIds[k], control[k]});
    m_db.write([&] { write(campaign, members, false); });
    campaign.id = find(campaign.name)->id;
    campaign.control = static_cast<std::size_t>(std::count(control.begin(), control.end(), true));
    campaign.treated = customerIds.size() - campaign.control;
    return campaign;
}

void CampaignRepository::write(const Campaign& c, const std::vector<CampaignMember>& members,
                               bool keepId) {
    const std::string now = nowTimestamp();
    SQLite::Statement q(sqlOf(m_db),
                        "INSERT INTO campaigns(id, name, list_name, filter, start_day, channel, "
                        "offer, control_percent, seed, window_days, created_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (keepId)
        q.bind(1, c.id);
    q.bind(2, c.name);
    q.bind(3, c.list);
    q.bind(4, c.filter);
    q.bind(5, c.start);
    q.bind(6, c.channel);
    q.bind(7, c.offer);
    q.bind(8, c.controlPercent);
    q.bind(9, static_cast<std::int64_t>(c.seed));
    q.bind(10, c.windowDays);
    q.bind(11, now);
    q.exec();
    const std::int64_t id = sqlOf(m_db).getLastInsertRowid();
    SQLite::Statement member(sqlOf(m_db), "INSERT INTO campaign_members(campaign_id, "
                                          "customer_id, control) VALUES (?,?,?)");
    SQLite::Statement contact(sqlOf(m_db),
                              "INSERT INTO interactions(customer_id, day, kind, direction, note, "
                              "created_at, campaign_id) VALUES (?, ?, ?, 'out', ?, ?, ?)");
    const std::string note = c.offer.empty() ? fmt::format("campaign {}", c.name)
                                             : fmt::format("campaign {}: {}", c.name, c.offer);
    for (const CampaignMember& m : members) {
        member.reset();
        member.bind(1, id);
        member.bind(2, m.customerId);
        member.bind(3, m.control ? 1 : 0);
        member.exec();
        if (m.control)
            continue; // held out: never contacted
        contact.reset();
        contact.bind(1, m.customerId);
        contact.bind(2, c.start);
        contact.bind(3, c.channel);
        contact.bind(4, note);
        contact.bind(5, now);
        contact.bind(6, id);
        contact.exec();
    }
}

void CampaignRepository::remove(std::int64_t id) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM campaigns WHERE id = ?");
        q.bind(1, id);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::CampaignMissing, id);
    });
}

void CampaignRepository::restore(const Campaign& campaign,
                                 const std::vector<CampaignMember>& members) {
    m_db.write([&] { write(campaign, members, true); });
}

} // namespace cartera
