#pragma once

#include "core/pareto/pareto_report.h"
#include "core/portfolio/customer_directory.h"
#include "core/portfolio/portfolio.h"

#include <ostream>

namespace cartera {

// The Pareto report as CSV; the app's export and the CLI both write through this, so that
// their bytes agree. The name comes from the directory, by customer index.
void writeParetoCsv(std::ostream& out, const ParetoReport& report, const Portfolio& portfolio,
                    const CustomerDirectory& directory, int minorDigits = 2);

} // namespace cartera
