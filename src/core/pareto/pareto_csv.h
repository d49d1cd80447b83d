#pragma once

#include "core/pareto/pareto_report.h"
#include "core/portfolio/portfolio.h"

#include <ostream>

namespace cartera {

// The Pareto report as CSV; the app's export and the CLI both write through this, so that
// their bytes agree.
void writeParetoCsv(std::ostream& out, const ParetoReport& report, const Portfolio& portfolio,
                    int minorDigits = 2);

} // namespace cartera
