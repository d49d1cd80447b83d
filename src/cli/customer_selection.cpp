#include "cli/customer_selection.h"

#include "cli/cli_context.h"
#include "core/customers/customer_list_filter.h"
#include "storage/portfolio_loader.h"

#include <algorithm>
#include <fmt/format.h>

namespace cartera {

CustomerSelection loadCustomerSelection(Database& db, Date asOf) {
    CustomerSelection s;
    s.settings = db.analysisSettings();
    s.valueSettings = db.valueSettings();
    s.portfolio = loadPortfolio(db);
    s.directory = loadCustomerDirectory(db);
    s.metrics = computeCustomerMetrics(s.portfolio, s.settings, asOf);
    s.value =
        CustomerValue::compute(s.portfolio, asOf, s.valueSettings, s.settings.minorDigits, false);
    return s;
}

std::vector<std::uint32_t> CustomerSelection::select(const std::string& filterText) const {
    CustomerFilter filter;
    try {
        filter = CustomerListFilter::parse(filterText, valueSettings);
    } catch (const InputError& e) {
        throw UserError(fmt::format("filter: {}", e.what()));
    }
    const CustomerQuery query(portfolio, directory, metrics, &value);
    std::vector<std::uint32_t> rows = query.filter(filter);
    query.sort(rows, {CustomerColumn::Revenue12m, true});
    return rows;
}

std::int64_t CustomerSelection::indexOf(std::int64_t customerId) const {
    const auto& ids = portfolio.customerId;
    const auto it = std::lower_bound(ids.begin(), ids.end(), customerId);
    return it != ids.end() && *it == customerId ? it - ids.begin() : -1;
}

} // namespace cartera
