#pragma once

#include "core/customers/customer_metrics.h"
#include "core/portfolio/customer_directory.h"
#include "core/portfolio/portfolio.h"
#include "core/value/customer_value.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace cartera {

// Customers with their contact fields, for a mail merge or an e-mail tool: the same columns
// from the app's Export and from `cartera-cli customers --csv`.
void writeCustomerContactsCsv(std::ostream& out, const std::vector<std::uint32_t>& rows,
                              const Portfolio& portfolio, const CustomerDirectory& directory,
                              const std::vector<std::string>& phones,
                              const CustomerMetrics& metrics, const CustomerValue* value,
                              int minorDigits);

} // namespace cartera
