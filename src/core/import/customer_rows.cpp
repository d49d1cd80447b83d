#include "core/import/customer_rows.h"

#include "core/base/text_limits.h"
#include "core/portfolio/portfolio.h"

#include <array>

namespace cartera {

namespace {

const std::array<ColumnRole, 15> kCustomerRoles = {
    ColumnRole{"id", {"id", "customer_id", "customer", "external_id", "client_id"}, true, false, 1},
    ColumnRole{"name", {"name", "full_name", "customer_name", "contact"}, false, false, 2},
    ColumnRole{"company", {"company", "organisation", "organization", "firm"}, false, false, 3},
    ColumnRole{"email", {"email", "e_mail", "mail"}, false, false, 4},
    ColumnRole{"phone", {"phone", "telephone", "tel", "mobile"}, false, false, 5},
    ColumnRole{"birthday", {"birthday", "birth_date", "date_of_birth"}, false, true, 6},
    ColumnRole{
        "customer_since", {"customer_since", "since", "acquired", "signup_date"}, false, true, 7},
    ColumnRole{"owner", {"owner", "account_manager", "manager"}, false, false, 8},
    ColumnRole{"source", {"source", "channel"}, false, false, 9},
    ColumnRole{"referred_by", {"referred_by", "referrer"}, false, false, 10},
    ColumnRole{"notes", {"notes", "note", "comment", "comments"}, false, false, 11},
    ColumnRole{"industry", {"industry", "sector"}, false, false, 12},
    ColumnRole{"region", {"region", "city", "state", "province"}, false, false, 13},
    ColumnRole{"size_band", {"size_band", "size", "company_size", "employees"}, false, false, 14},
    ColumnRole{"tags", {"tags", "labels"}, false, false, 15},
};

} // namespace

std::span<const ColumnRole> customerColumnRoles() {
    return kCustomerRoles;
}

CustomerRecord applyChange(CustomerRecord current, const CustomerRecord& from,
                           const CustomerRecord& to) {
    auto take = [&](auto CustomerRecord::*field) {
        if (from.*field != to.*field)
            current.*field = to.*field;
    };
    take(&CustomerRecord::externalId);
    take(&CustomerRecord::name);
    take(&CustomerRecord::company);
    take(&CustomerRecord::email);
    take(&CustomerRecord::phone);
    take(&CustomerRecord::birthday);
    take(&CustomerRecord::customerSince);
    take(&CustomerRecord::owner);
    take(&CustomerRecord::source);
    take(&CustomerRecord::referredBy);
    take(&CustomerRecord::notes);
    take(&CustomerRecord::profile);
    return current;
}

std::optional<ErrorFact> customerRecordError(const CustomerRecord& r,
                                             const CustomerRecord* before) {
    if (r.externalId.empty())
        return errorFact(ErrorKind::CustomerNeedsId);
    using Field = std::string CustomerRecord::*;
    const std::pair<std::string_view, Field> fields[] = {
        {"id", &CustomerRecord::externalId},   {"name", &CustomerRecord::name},
        {"company", &CustomerRecord::company}, {"email", &CustomerRecord::email},
        {"phone", &CustomerRecord::phone},     {"owner", &CustomerRecord::owner},
        {"source", &CustomerRecord::source},   {"referred_by", &CustomerRecord::referredBy},
        {"notes", &CustomerRecord::notes}};
    for (const auto& [name, field] : fields) {
        if (before && r.*field == before->*field)
            continue;
        if (auto error = lengthError(name, r.*field))
            return error;
    }
    return profileError(r.profile, before ? &before->profile : nullptr);
}

std::optional<ErrorFact> profileError(const Profile& p, const Profile* before) {
    using Field = std::string Profile::*;
    const std::pair<std::string_view, Field> fields[] = {{"industry", &Profile::industry},
                                                         {"region", &Profile::region},
                                                         {"size_band", &Profile::sizeBand},
                                                         {"tags", &Profile::tags}};
    for (const auto& [name, field] : fields) {
        if (before && p.*field == before->*field)
            continue;
        if (auto error = lengthError(name, p.*field))
            return error;
    }
    return std::nullopt;
}

Profile profileCells(const CsvImportReader& reader, const CsvImportReader::Record& r) {
    return {std::string(reader.cell(r, "industry")), std::string(reader.cell(r, "region")),
            std::string(reader.cell(r, "size_band")), std::string(reader.cell(r, "tags"))};
}

CustomerRows parseCustomerCsv(std::string_view data, const CsvImportOptions& options) {
    CsvImportReader reader(data, options, kCustomerRoles);
    CustomerRows rows;
    rows.fileName = options.fileName;
    reader.forEach([&](const CsvImportReader::Record& r) {
        CustomerRecord c;
        c.externalId = reader.cell(r, "id");
        if (c.externalId.empty())
            throw ImportIssue{r.line, static_cast<std::size_t>(reader.columnOf("id")) + 1,
                              errorFact(ErrorKind::ImportEmptyValue, "id"), ""};
        c.name = reader.cell(r, "name");
        c.company = reader.cell(r, "company");
        c.email = reader.cell(r, "email");
        c.phone = reader.cell(r, "phone");
        c.birthday = reader.dateCell(r, "birthday").value_or(kNoDay);
        c.customerSince = reader.dateCell(r, "customer_since").value_or(kNoDay);
        c.owner = reader.cell(r, "owner");
        c.source = reader.cell(r, "source");
        c.referredBy = reader.cell(r, "referred_by");
        c.notes = reader.cell(r, "notes");
        c.profile = profileCells(reader, r);
        rows.records.push_back(std::move(c));
        rows.line.push_back(static_cast<std::uint32_t>(r.line));
    });
    rows.rejects = reader.rejects();
    for (const char* role : {"industry", "region", "size_band", "tags"})
        rows.hasProfile = rows.hasProfile || reader.columnOf(role) >= 0;
    return rows;
}

} // namespace cartera
