#pragma once

#include "core/base/error_fact.h"
#include "core/import/csv_import_reader.h"
#include "core/import/customer_rows.h"
#include "core/portfolio/profile.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// Seed: potential customers from directories, lists, the press, events, the web, and
// referrals from current customers.
enum class ProspectStatus : std::uint8_t { New, Contacted, Qualified, Converted, Dropped };

std::string_view prospectStatusName(ProspectStatus status);
std::optional<ProspectStatus> prospectStatusFromName(std::string_view name);
// new → contacted → qualified → converted, and dropped from any open status. Converting is
// its own action (it creates the customer); nothing leaves converted or dropped.
std::optional<ErrorFact> prospectTransitionError(ProspectStatus from, ProspectStatus to);

const std::vector<std::string>& prospectSources(); // directory, list, press, event, web, referral

// A call, e-mail, letter, visit or SMS with a prospect; kept when it becomes a customer.
struct ProspectContact {
    std::int64_t id = 0;
    std::int32_t day = 0;
    std::string kind;      // call, email, letter, visit, sms
    std::string direction; // in, out
    std::string note;
};

struct Prospect {
    std::int64_t id = 0;
    std::string name;
    std::string company;
    std::string email;
    std::string phone;
    std::string source;
    std::string referredBy; // external id of the referring customer
    std::string owner;
    ProspectStatus status = ProspectStatus::New;
    std::string notes;
    std::string customerId; // external id of the customer it became, once converted
    Profile profile;
    std::vector<ProspectContact> contacts; // filled by ProspectRepository::find, newest first
};

struct ProspectRows {
    std::vector<Prospect> prospects;
    std::vector<std::uint32_t> line;
    std::vector<ImportIssue> rejects;
};

// Columns: name (required), company, email, phone, source, referred_by, owner, notes,
// industry, region, size_band, tags.
ProspectRows parseProspectCsv(std::string_view data, const CsvImportOptions& options);

} // namespace cartera
