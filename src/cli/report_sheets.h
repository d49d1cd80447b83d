#pragma once

#include "core/analysis/stage_summary.h"
#include "core/customers/customer_metrics.h"
#include "core/flow/cohort_flow.h"
#include "core/pareto/pareto_report.h"
#include "core/portfolio/customer_directory.h"
#include "core/sheets/sheet.h"
#include "core/value/customer_value.h"

#include <string>
#include <vector>

namespace cartera {

// The command line's reports as typed sheets for `--xlsx FILE`: the columns of their CSV, with
// numbers, money, shares and days as the spreadsheet's own types.
Sheet paretoSheet(const ParetoReport& report, const Portfolio& portfolio,
                  const CustomerDirectory& directory, int minorDigits);
Sheet stagesSheet(const StageSummary& summary, int minorDigits);
Sheet flowSheet(const std::vector<CohortFlow>& series, int minorDigits);
Sheet customersSheet(const std::vector<std::uint32_t>& rows, const Portfolio& portfolio,
                     const CustomerDirectory& directory, const std::vector<std::string>& phones,
                     const CustomerMetrics& metrics, const CustomerValue& value, int minorDigits);

// Writes the workbook; a file that cannot be written is the user's to fix (exit code 1).
void writeSheetOption(const Sheet& sheet, const std::string& path);

} // namespace cartera
