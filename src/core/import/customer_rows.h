#pragma once

#include "core/base/error_fact.h"
#include "core/import/csv_import_reader.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/profile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cartera {

// The contact fields of a customer; customer_since and birthday are days (kNoDay when unset).
struct CustomerRecord {
    std::string externalId;
    std::string name;
    std::string company;
    std::string email;
    std::string phone;
    std::int32_t birthday = kNoDay;
    std::int32_t customerSince = kNoDay;
    std::string owner;
    std::string source;
    std::string referredBy; // external id of the referring customer
    std::string notes;
    Profile profile;

    bool operator==(const CustomerRecord&) const = default;
};

struct CustomerRows {
    std::string fileName;
    std::vector<CustomerRecord> records;
    std::vector<std::uint32_t> line;
    std::vector<ImportIssue> rejects;
    bool hasProfile = false; // the file has a profile column: only then are profiles written
};

std::span<const ColumnRole> customerColumnRoles();

// `current` with the fields that differ between `from` and `to` set as in `to`: an edit
// applied (or undone) over whatever else changed the record since.
CustomerRecord applyChange(CustomerRecord current, const CustomerRecord& from,
                           const CustomerRecord& to);

// Why a record cannot be stored (an empty id, a field beyond its length limit), or nullopt.
// Fields equal to `before` pass as they are: a value stored before the limits existed must
// not block an edit of another field.
std::optional<ErrorFact> customerRecordError(const CustomerRecord& r,
                                             const CustomerRecord* before = nullptr);

// Columns: id (required), name, company, email, phone, birthday, customer_since, owner,
// source, referred_by, notes, industry, region, size_band, tags.
// Why profile fields cannot be stored (a field beyond its length), or nullopt.
std::optional<ErrorFact> profileError(const Profile& profile, const Profile* before = nullptr);
// The profile columns of one row (industry, region, size_band, tags; empty when absent).
Profile profileCells(const CsvImportReader& reader, const CsvImportReader::Record& record);

CustomerRows parseCustomerCsv(std::string_view data, const CsvImportOptions& options);

} // namespace cartera
