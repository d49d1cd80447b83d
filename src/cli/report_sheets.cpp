#include "cli/report_sheets.h"

#include "cli/cli_context.h"
#include "core/base/file_io.h"
#include "core/sheets/xlsx_writer.h"

namespace cartera {

namespace {

using K = SheetColumnKind;

std::int64_t integer(std::size_t n) {
    return static_cast<std::int64_t>(n);
}

} // namespace

Sheet paretoSheet(const ParetoReport& r, const Portfolio& portfolio,
                  const CustomerDirectory& directory, int minorDigits) {
    Sheet s;
    s.name = "Pareto";
    s.minorDigits = minorDigits;
    s.columns = {{"rank", K::Integer},
                 {"customer_id", K::Text},
                 {"name", K::Text},
                 {"revenue", K::Money},
                 {"share", K::Percent},
                 {"cumulative_share", K::Percent},
                 {"cumulative_customer_share", K::Percent},
                 {"class", K::Text}};
    const auto& entries = r.entries();
    s.rows.reserve(entries.size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const std::size_t rank = k + 1;
        const std::uint32_t c = entries[k].customer;
        s.rows.push_back({integer(rank), std::string(portfolio.externalId[c]),
                          std::string(c < directory.size() ? directory.name[c] : ""),
                          std::int64_t{entries[k].revenue}, r.share(rank), r.cumulativeShare(rank),
                          r.cumulativeCustomerShare(rank),
                          std::string(paretoClassName(r.classOfRank(rank)))});
    }
    return s;
}

Sheet stagesSheet(const StageSummary& summary, int minorDigits) {
    Sheet s;
    s.name = "Stages " + summary.asOf.toIso();
    s.minorDigits = minorDigits;
    s.columns = {{"group", K::Text},
                 {"name", K::Text},
                 {"customers", K::Integer},
                 {"revenue", K::Money},
                 {"revenue_12m", K::Money}};
    for (int g = 0; g < kStageCount; ++g) {
        const auto i = static_cast<std::size_t>(g);
        s.rows.push_back({std::string("stage"), std::string(stageName(static_cast<Stage>(g))),
                          std::int64_t{summary.stageCount[i]},
                          std::int64_t{summary.stageRevenue[i]},
                          std::int64_t{summary.stageRevenue12m[i]}});
    }
    for (int a = 0; a < kActivityCount; ++a) {
        const auto i = static_cast<std::size_t>(a);
        s.rows.push_back(
            {std::string("activity"), std::string(activityName(static_cast<Activity>(a))),
             std::int64_t{summary.activityCount[i]}, std::int64_t{summary.activityRevenue[i]},
             std::int64_t{summary.activityRevenue12m[i]}});
    }
    return s;
}

Sheet flowSheet(const std::vector<CohortFlow>& series, int minorDigits) {
    Sheet s;
    s.name = "Flow";
    s.minorDigits = minorDigits;
    s.columns = {{"from_date", K::Date}, {"to_date", K::Date},      {"from_state", K::Text},
                 {"to_state", K::Text},  {"customers", K::Integer}, {"revenue", K::Money}};
    for (const CohortFlow& f : series)
        for (int a = 0; a < kFlowStateCount; ++a)
            for (int b = 0; b < kFlowStateCount; ++b) {
                const auto ia = static_cast<std::size_t>(a);
                const auto ib = static_cast<std::size_t>(b);
                s.rows.push_back({f.from, f.to,
                                  std::string(flowStateName(static_cast<FlowState>(a))),
                                  std::string(flowStateName(static_cast<FlowState>(b))),
                                  std::int64_t{f.count[ia][ib]}, std::int64_t{f.revenue[ia][ib]}});
            }
    return s;
}

Sheet customersSheet(const std::vector<std::uint32_t>& rows, const Portfolio& portfolio,
                     const CustomerDirectory& directory, const std::vector<std::string>& phones,
                     const CustomerMetrics& metrics, const CustomerValue& value, int minorDigits) {
    Sheet s;
    s.name = "Customers";
    s.minorDigits = minorDigits;
    for (const char* h : {"customer_id", "name", "company", "email", "phone", "owner", "stage",
                          "activity", "class", "segment", "tier"})
        s.columns.push_back({h, K::Text});
    s.columns.push_back({"revenue_12m", K::Money});
    s.rows.reserve(rows.size());
    for (std::uint32_t i : rows) {
        const CustomerStatus& st = metrics.status[i];
        const int segment = value.segmentOf(i);
        s.rows.push_back({std::string(portfolio.externalId[i]), std::string(directory.name[i]),
                          std::string(directory.company[i]), std::string(directory.email[i]),
                          i < phones.size() ? phones[i] : std::string(),
                          std::string(directory.owner[i]),
                          std::string(st.inPortfolio ? stageName(st.stage) : "not yet"),
                          std::string(st.inPortfolio ? activityName(st.activity) : ""),
                          std::string(paretoClassName(metrics.paretoClassOf(i))),
                          segment < 0 ? std::string()
                                      : std::string(value.settings.segments.segmentName(
                                            static_cast<std::size_t>(segment))),
                          std::string(value.settings.tiers.nameOf(value.tiers.entries[i].tier)),
                          std::int64_t{metrics.revenue12m[i]}});
    }
    return s;
}

void writeSheetOption(const Sheet& sheet, const std::string& path) {
    try {
        writeXlsx(sheet, path);
    } catch (const FileError& e) {
        throw UserError(e.what());
    }
}

} // namespace cartera
