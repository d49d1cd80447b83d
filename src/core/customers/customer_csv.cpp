#include "core/customers/customer_csv.h"

#include "core/base/csv_writer.h"

namespace cartera {

void writeCustomerContactsCsv(std::ostream& out, const std::vector<std::uint32_t>& rows,
                              const Portfolio& portfolio, const CustomerDirectory& directory,
                              const std::vector<std::string>& phones,
                              const CustomerMetrics& metrics, const CustomerValue* value,
                              int minorDigits) {
    CsvWriter csv(out);
    for (const char* h : {"customer_id", "name", "company", "email", "phone", "owner", "stage",
                          "activity", "class", "segment", "tier", "revenue_12m"})
        csv.text(h);
    csv.endRow();
    for (std::uint32_t i : rows) {
        const CustomerStatus& s = metrics.status[i];
        csv.text(portfolio.externalId[i]).text(directory.name[i]).text(directory.company[i]);
        csv.text(directory.email[i]).text(i < phones.size() ? phones[i] : "");
        csv.text(directory.owner[i]);
        csv.text(s.inPortfolio ? stageName(s.stage) : "not yet");
        csv.text(s.inPortfolio ? activityName(s.activity) : "");
        csv.text(paretoClassName(metrics.paretoClassOf(i)));
        const int segment = value ? value->segmentOf(i) : -1;
        csv.text(segment < 0
                     ? ""
                     : value->settings.segments.segmentName(static_cast<std::size_t>(segment)));
        csv.text(value ? value->settings.tiers.nameOf(value->tiers.entries[i].tier) : "");
        csv.number(formatMoney(metrics.revenue12m[i], {".", "", minorDigits}));
        csv.endRow();
    }
}

} // namespace cartera
