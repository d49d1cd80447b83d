#include "core/prospects/prospect.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace cartera {

namespace {

constexpr std::array<std::string_view, 5> kNames = {"new", "contacted", "qualified", "converted",
                                                    "dropped"};

const std::array<ColumnRole, 12> kProspectRoles = {
    ColumnRole{"name", {"name", "full_name", "contact"}, true, false, 1},
    ColumnRole{"company", {"company", "organisation", "organization", "firm"}, false, false, 2},
    ColumnRole{"email", {"email", "e_mail", "mail"}, false, false, 3},
    ColumnRole{"phone", {"phone", "telephone", "tel", "mobile"}, false, false, 4},
    ColumnRole{"source", {"source", "channel"}, false, false, 5},
    ColumnRole{"referred_by", {"referred_by", "referrer"}, false, false, 6},
    ColumnRole{"owner", {"owner", "account_manager"}, false, false, 7},
    ColumnRole{"notes", {"notes", "note", "comment"}, false, false, 8},
    ColumnRole{"industry", {"industry", "sector"}, false, false, 9},
    ColumnRole{"region", {"region", "city", "state", "province"}, false, false, 10},
    ColumnRole{"size_band", {"size_band", "size", "company_size", "employees"}, false, false, 11},
    ColumnRole{"tags", {"tags", "labels"}, false, false, 12},
};

} // namespace

std::string_view prospectStatusName(ProspectStatus status) {
    return kNames[static_cast<std::size_t>(status)];
}

std::optional<ProspectStatus> prospectStatusFromName(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<ProspectStatus>(i);
    return std::nullopt;
}

std::optional<ErrorFact> prospectTransitionError(ProspectStatus from, ProspectStatus to) {
    using S = ProspectStatus;
    if (from == S::Converted || from == S::Dropped)
        return errorFact(ErrorKind::ProspectClosed, prospectStatusName(from));
    const bool legal = (from == S::New && to == S::Contacted) ||
                       (from == S::Contacted && to == S::Qualified) ||
                       (from == S::Qualified && to == S::Converted) || to == S::Dropped;
    if (!legal)
        return errorFact(ErrorKind::ProspectTransition, prospectStatusName(from),
                         prospectStatusName(to));
    return std::nullopt;
}

const std::vector<std::string>& prospectSources() {
    static const std::vector<std::string> sources = {"directory", "list", "press",
                                                     "event",     "web",  "referral"};
    return sources;
}

ProspectRows parseProspectCsv(std::string_view data, const CsvImportOptions& options) {
    CsvImportReader reader(data, options, kProspectRoles);
    ProspectRows rows;
    const auto sourceColumn = reader.column("source");
    reader.forEach([&](const CsvImportReader::Record& r) {
        Prospect p;
        p.name = reader.cell(r, "name");
        if (p.name.empty())
            throw ImportIssue{r.line, static_cast<std::size_t>(reader.columnOf("name")) + 1,
                              errorFact(ErrorKind::ImportEmptyValue, "name"), ""};
        p.company = reader.cell(r, "company");
        p.email = reader.cell(r, "email");
        p.phone = reader.cell(r, "phone");
        p.source = reader.cell(r, sourceColumn);
        const auto& sources = prospectSources();
        if (!p.source.empty() &&
            std::find(sources.begin(), sources.end(), p.source) == sources.end())
            throw ImportIssue{r.line, static_cast<std::size_t>(sourceColumn.index) + 1,
                              errorFact(ErrorKind::ImportUnknownSource), p.source};
        p.referredBy = reader.cell(r, "referred_by");
        p.owner = reader.cell(r, "owner");
        p.notes = reader.cell(r, "notes");
        p.profile = profileCells(reader, r);
        rows.prospects.push_back(std::move(p));
        rows.line.push_back(static_cast<std::uint32_t>(r.line));
    });
    rows.rejects = reader.rejects();
    return rows;
}

} // namespace cartera
