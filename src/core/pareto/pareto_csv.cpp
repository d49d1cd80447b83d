#include "core/pareto/pareto_csv.h"

#include "core/base/csv_writer.h"

#include <fmt/format.h>

namespace cartera {

void writeParetoCsv(std::ostream& out, const ParetoReport& report, const Portfolio& portfolio,
                    const CustomerDirectory& directory, int minorDigits) {
    CsvWriter csv(out);
    csv.text("rank")
        .text("customer_id")
        .text("name")
        .text("revenue")
        .text("share")
        .text("cumulative_share");
    csv.text("cumulative_customer_share").text("class");
    csv.endRow();
    const MoneyStyle money{".", "", minorDigits};
    const auto& entries = report.entries();
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const std::size_t rank = k + 1;
        csv.number(fmt::format("{}", rank));
        csv.text(portfolio.externalId[entries[k].customer]);
        csv.text(directory.name[entries[k].customer]);
        csv.number(formatMoney(entries[k].revenue, money));
        csv.number(fmt::format("{:.6f}", report.share(rank)));
        csv.number(fmt::format("{:.6f}", report.cumulativeShare(rank)));
        csv.number(fmt::format("{:.6f}", report.cumulativeCustomerShare(rank)));
        csv.text(paretoClassName(report.classOfRank(rank)));
        csv.endRow();
    }
}

} // namespace cartera
