#include "storage/prospect_repository.h"

#include "core/base/clock.h"
#include "core/portfolio/contact_channel.h"
#include "core/portfolio/portfolio.h"
#include "storage/sqlite/connection.h"
#include "storage/storage_error.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace cartera {

namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.name, p.company, p.email, p.phone, p.source, coalesce(r.external_id, ''), "
    "p.owner, p.status, p.notes, coalesce(c.external_id, ''), p.industry, p.region, "
    "p.size_band, p.tags FROM prospects p LEFT JOIN "
    "customers r ON r.id = p.referred_by LEFT JOIN customers c ON c.id = p.customer_id ";

Prospect readProspect(SQLite::Statement& q) {
    Prospect p;
    p.id = q.getColumn(0).getInt64();
    p.name = q.getColumn(1).getString();
    p.company = q.getColumn(2).getString();
    p.email = q.getColumn(3).getString();
    p.phone = q.getColumn(4).getString();
    p.source = q.getColumn(5).getString();
    p.referredBy = q.getColumn(6).getString();
    p.owner = q.getColumn(7).getString();
    p.status = prospectStatusFromName(q.getColumn(8).getString()).value_or(ProspectStatus::New);
    p.notes = q.getColumn(9).getString();
    p.customerId = q.getColumn(10).getString();
    p.profile = {q.getColumn(11).getString(), q.getColumn(12).getString(),
                 q.getColumn(13).getString(), q.getColumn(14).getString()};
    return p;
}

void checkSource(const std::string& source) {
    const auto& sources = prospectSources();
    if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end())
        throw StorageError(ErrorKind::SourceUnknown, source);
}

// Binds the contact fields to parameters 1 to 8 and the profile to 11 to 14, in the order
// add() and update() use.
void bindFields(SQLite::Statement& q, const Prospect& p, std::optional<std::int64_t> referrer) {
    q.bind(1, p.name);
    q.bind(2, p.company);
    q.bind(3, p.email);
    q.bind(4, p.phone);
    q.bind(5, p.source);
    if (referrer)
        q.bind(6, *referrer);
    else
        q.bind(6);
    q.bind(7, p.owner);
    q.bind(8, p.notes);
    q.bind(11, p.profile.industry);
    q.bind(12, p.profile.region);
    q.bind(13, p.profile.sizeBand);
    q.bind(14, p.profile.tags);
}

} // namespace

std::optional<std::int64_t> ProspectRepository::customerId(const std::string& externalId) {
    if (externalId.empty())
        return std::nullopt;
    SQLite::Statement q(sqlOf(m_db), "SELECT id FROM customers WHERE external_id = ?");
    q.bind(1, externalId);
    if (!q.executeStep())
        throw StorageError(ErrorKind::ReferrerUnknown, externalId);
    return q.getColumn(0).getInt64();
}

std::vector<Prospect> ProspectRepository::list() {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) + "ORDER BY p.id");
    std::vector<Prospect> out;
    while (q.executeStep())
        out.push_back(readProspect(q));
    return out;
}

std::optional<Prospect> ProspectRepository::find(std::int64_t id) {
    SQLite::Statement q(sqlOf(m_db), std::string(kSelect) + "WHERE p.id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    Prospect p = readProspect(q);
    SQLite::Statement c(sqlOf(m_db), "SELECT id, day, kind, direction, note FROM "
                                     "prospect_interactions WHERE prospect_id = ? ORDER BY day "
                                     "DESC, id DESC");
    c.bind(1, id);
    while (c.executeStep())
        p.contacts.push_back({c.getColumn(0).getInt64(), c.getColumn(1).getInt(),
                              c.getColumn(2).getString(), c.getColumn(3).getString(),
                              c.getColumn(4).getString()});
    return p;
}

std::int64_t ProspectRepository::addContact(std::int64_t prospectId, const ProspectContact& c) {
    if (!isContactChannel(c.kind))
        throw StorageError(ErrorKind::ChannelUnknown, c.kind);
    if (c.direction != "in" && c.direction != "out")
        throw StorageError(ErrorKind::DirectionUnknown, c.direction);
    return m_db.write([&] {
        if (!find(prospectId))
            throw StorageError(ErrorKind::ProspectMissing, prospectId);
        SQLite::Statement q(sqlOf(m_db), "INSERT INTO prospect_interactions(prospect_id, day, "
                                         "kind, direction, note, created_at) VALUES (?,?,?,?,?,?)");
        q.bind(1, prospectId);
        q.bind(2, c.day);
        q.bind(3, c.kind);
        q.bind(4, c.direction);
        q.bind(5, c.note);
        q.bind(6, nowTimestamp());
        q.exec();
        return sqlOf(m_db).getLastInsertRowid();
    });
}

void ProspectRepository::checkFields(const Prospect& p) {
    if (p.name.empty())
        throw StorageError(ErrorKind::ProspectNeedsName);
    checkSource(p.source);
}

std::int64_t ProspectRepository::add(const Prospect& p) {
    checkFields(p);
    return m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db),
                            "INSERT INTO prospects(name, company, email, phone, source, "
                            "referred_by, owner, notes, created_at, updated_at, industry, "
                            "region, size_band, tags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const std::string now = nowTimestamp();
        bindFields(q, p, customerId(p.referredBy));
        q.bind(9, now);
        q.bind(10, now);
        q.exec();
        return sqlOf(m_db).getLastInsertRowid();
    });
}

void ProspectRepository::update(const Prospect& p) {
    checkFields(p);
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "UPDATE prospects SET name = ?, company = ?, email = ?, "
                                         "phone = ?, source = ?, referred_by = ?, owner = ?, "
                                         "notes = ?, updated_at = ?9, industry = ?11, "
                                         "region = ?12, size_band = ?13, tags = ?14 "
                                         "WHERE id = ?10");
        bindFields(q, p, customerId(p.referredBy));
        q.bind(9, nowTimestamp());
        q.bind(10, p.id);
        if (q.exec() == 0)
            throw StorageError(ErrorKind::ProspectMissing, p.id);
    });
}

void ProspectRepository::setStatus(std::int64_t id, ProspectStatus status,
                                   const std::string& reason, std::int32_t day) {
    if (status == ProspectStatus::Converted)
        throw StorageError(ErrorKind::ProspectUseConvert);
    if (status == ProspectStatus::Dropped && reason.empty())
        throw StorageError(ErrorKind::ProspectDropNeedsReason);
    m_db.write([&] {
        const auto p = find(id);
        if (!p)
            throw StorageError(ErrorKind::ProspectMissing, id);
        if (const auto error = prospectTransitionError(p->status, status))
            throw StorageError(*error);
        std::string notes = p->notes;
        if (status == ProspectStatus::Dropped)
            notes += fmt::format("{}Dropped on {}: {}", notes.empty() ? "" : "\n",
                                 Date::fromDays(day ? day : Clock::today().days()).toIso(), reason);
        SQLite::Statement q(sqlOf(m_db), "UPDATE prospects SET status = ?, notes = ?, "
                                         "updated_at = ? WHERE id = ?");
        q.bind(1, std::string(prospectStatusName(status)));
        q.bind(2, notes);
        q.bind(3, nowTimestamp());
        q.bind(4, id);
        q.exec();
    });
}

void ProspectRepository::remove(std::int64_t id) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db), "DELETE FROM prospects WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void ProspectRepository::restore(const Prospect& p) {
    m_db.write([&] {
        SQLite::Statement q(sqlOf(m_db),
                            "INSERT OR REPLACE INTO prospects(id, name, company, email, phone, "
                            "source, referred_by, owner, status, notes, customer_id, created_at, "
                            "updated_at, industry, region, size_band, tags) VALUES "
                            "(?,?,?,?,?,?,(SELECT id FROM customers WHERE external_id = ?),?,?,?,"
                            "(SELECT id FROM customers WHERE external_id = ?),?,?,?,?,?,?)");
        const std::string now = nowTimestamp();
        q.bind(1, p.id);
        q.bind(2, p.name);
        q.bind(3, p.company);
        q.bind(4, p.email);
        q.bind(5, p.phone);
        q.bind(6, p.source);
        q.bind(7, p.referredBy);
        q.bind(8, p.owner);
        q.bind(9, std::string(prospectStatusName(p.status)));
        q.bind(10, p.notes);
        q.bind(11, p.customerId);
        q.bind(12, now);
        q.bind(13, now);
        q.bind(14, p.profile.industry);
        q.bind(15, p.profile.region);
        q.bind(16, p.profile.sizeBand);
        q.bind(17, p.profile.tags);
        q.exec();
        SQLite::Statement del(sqlOf(m_db),
                              "DELETE FROM prospect_interactions WHERE prospect_id = ?");
        del.bind(1, p.id);
        del.exec();
        SQLite::Statement c(sqlOf(m_db), "INSERT INTO prospect_interactions(id, prospect_id, day, "
                                         "kind, direction, note, created_at) VALUES "
                                         "(?,?,?,?,?,?,?)");
        for (const ProspectContact& x : p.contacts) {
            c.bind(1, x.id);
            c.bind(2, p.id);
            c.bind(3, x.day);
            c.bind(4, x.kind);
            c.bind(5, x.direction);
            c.bind(6, x.note);
            c.bind(7, now);
            c.exec();
            c.reset();
        }
    });
}

std::int64_t ProspectRepository::convert(std::int64_t id, const std::string& externalId,
                                         std::int32_t day) {
    return m_db.write([&] {
        const auto p = find(id);
        if (!p)
            throw StorageError(ErrorKind::ProspectMissing, id);
        if (const auto error = prospectTransitionError(p->status, ProspectStatus::Converted))
            throw StorageError(*error);
        const std::string ext = externalId.empty() ? fmt::format("P{}", id) : externalId;
        SQLite::Statement exists(sqlOf(m_db), "SELECT 1 FROM customers WHERE external_id = ?");
        exists.bind(1, ext);
        if (exists.executeStep())
            throw StorageError(ErrorKind::CustomerExists, ext);
        SQLite::Statement c(sqlOf(m_db),
                            "INSERT INTO customers(external_id, name, company, email, phone, "
                            "customer_since, owner, source, referred_by, notes, created_at, "
                            "updated_at, industry, region, size_band, tags) SELECT ?, name, "
                            "company, email, phone, ?, owner, source, referred_by, notes, ?, ?, "
                            "industry, region, size_band, tags FROM prospects WHERE id = ?");
        const std::string now = nowTimestamp();
        c.bind(1, ext);
        c.bind(2, day);
        c.bind(3, now);
        c.bind(4, now);
        c.bind(5, id);
        c.exec();
        const std::int64_t customer = sqlOf(m_db).getLastInsertRowid();
        SQLite::Statement link(sqlOf(m_db), "UPDATE prospects SET status = 'converted', "
                                            "customer_id = ?, updated_at = ? WHERE id = ?");
        link.bind(1, customer);
        link.bind(2, now);
        link.bind(3, id);
        link.exec();
        // The prospect's history comes along as the customer's interactions.
        SQLite::Statement history(sqlOf(m_db),
                                  "INSERT INTO interactions(customer_id, day, kind, direction, "
                                  "note, created_at) SELECT ?, day, kind, direction, note, "
                                  "created_at FROM prospect_interactions WHERE prospect_id = ?");
        history.bind(1, customer);
        history.bind(2, id);
        history.exec();
        return customer;
    });
}

ProspectRepository::ImportResult ProspectRepository::importAll(const ProspectRows& rows) {
    auto lower = [](std::string text) {
        for (char& c : text)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return text;
    };
    return m_db.write([&] {
        ImportResult result;
        std::set<std::string> emails, names;
        for (const Prospect& p : list()) {
            if (!p.email.empty())
                emails.insert(lower(p.email));
            names.insert(lower(p.name) + '\n' + lower(p.company));
        }
        SQLite::Statement customer(sqlOf(m_db), "SELECT external_id FROM customers WHERE "
                                                "lower(email) = ? AND email <> '' LIMIT 1");
        for (const Prospect& p : rows.prospects) {
            const std::string email = lower(p.email);
            const std::string name = lower(p.name) + '\n' + lower(p.company);
            if (email.empty() ? names.contains(name) : emails.contains(email)) {
                ++result.alreadyPresent;
                continue;
            }
            add(p);
            ++result.added;
            if (!email.empty()) {
                emails.insert(email);
                customer.bind(1, email);
                if (customer.executeStep())
                    result.likeCustomers.push_back(fmt::format("{} <{}>: customer {}", p.name,
                                                               p.email,
                                                               customer.getColumn(0).getString()));
                customer.reset();
            }
            names.insert(name);
        }
        return result;
    });
}

std::vector<ReferralCredit> ProspectRepository::referralCredit(std::size_t limit) {
    // Grouped counts first, then only the referrers are joined: no scan of all customers.
    SQLite::Statement q(
        sqlOf(m_db),
        "WITH p AS (SELECT referred_by AS id, count(*) AS n, sum(status = 'converted') AS conv "
        "FROM prospects WHERE referred_by IS NOT NULL GROUP BY referred_by), "
        "c AS (SELECT referred_by AS id, count(*) AS n FROM customers WHERE referred_by IS NOT "
        "NULL GROUP BY referred_by), ids AS (SELECT id FROM p UNION SELECT id FROM c) "
        "SELECT cu.external_id, cu.name, coalesce(p.n, 0), coalesce(p.conv, 0), "
        "coalesce(c.n, 0) FROM ids JOIN customers cu ON cu.id = ids.id LEFT JOIN p ON p.id = "
        "ids.id LEFT JOIN c ON c.id = ids.id ORDER BY 4 DESC, 3 DESC, 5 DESC, cu.external_id "
        "LIMIT ?");
    q.bind(1, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
    std::vector<ReferralCredit> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                       static_cast<std::size_t>(q.getColumn(2).getInt64()),
                       static_cast<std::size_t>(q.getColumn(3).getInt64()),
                       static_cast<std::size_t>(q.getColumn(4).getInt64())});
    return out;
}

ReferralCredit ProspectRepository::referralCreditOf(std::int64_t customerId) {
    SQLite::Statement q(sqlOf(m_db),
                        "SELECT external_id, name, (SELECT count(*) FROM prospects WHERE "
                        "referred_by = ?1), (SELECT count(*) FROM prospects WHERE referred_by = "
                        "?1 AND status = 'converted'), (SELECT count(*) FROM customers WHERE "
                        "referred_by = ?1) FROM customers WHERE id = ?1");
    q.bind(1, customerId);
    if (!q.executeStep())
        return {};
    return {q.getColumn(0).getString(), q.getColumn(1).getString(),
            static_cast<std::size_t>(q.getColumn(2).getInt64()),
            static_cast<std::size_t>(q.getColumn(3).getInt64()),
            static_cast<std::size_t>(q.getColumn(4).getInt64())};
}

} // namespace cartera
