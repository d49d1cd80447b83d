#pragma once

#include "core/customers/customer_metrics.h"
#include "core/customers/customer_query.h"
#include "core/portfolio/customer_directory.h"
#include "core/value/customer_value.h"
#include "storage/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cartera {

// The customers as the list sees them on one day: what a filter selects from.
struct CustomerSelection {
    AnalysisSettings settings;
    ValueSettings valueSettings;
    Portfolio portfolio;
    CustomerDirectory directory;
    CustomerMetrics metrics;
    CustomerValue value; // segments and tiers; no lifetime value

    // The rows a filter in CustomerListFilter's words selects, by revenue in 12 months.
    std::vector<std::uint32_t> select(const std::string& filterText) const;
    // The portfolio index of a customer row id, or -1.
    std::int64_t indexOf(std::int64_t customerId) const;
};

CustomerSelection loadCustomerSelection(Database& db, Date asOf);

} // namespace cartera
