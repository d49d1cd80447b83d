#pragma once

#include "cli/cli_context.h"
#include "core/analysis/analysis_settings.h"
#include "core/base/money.h"
#include "core/portfolio/portfolio.h"
#include "core/value/value_settings.h"
#include "storage/database.h"

#include <functional>
#include <memory>
#include <ostream>
#include <string>

namespace cartera {

inline constexpr const char* kValueAsOfHelp = "Day to compute for, YYYY-MM-DD (default today)";
inline constexpr const char* kValueCsvHelp =
    "Write one row per customer as CSV to FILE, or - for standard output";

// A portfolio loaded for the value commands, with its settings.
struct ValueData {
    std::unique_ptr<Database> db;
    AnalysisSettings settings;
    ValueSettings value;
    Portfolio portfolio;
};
ValueData loadValueData(const std::string& path);

std::string valueMoney(double minorUnits, int digits); // 1,234.56
std::string plainValueMoney(Cents amount, int digits); // 1234.56, for CSV
// A CSV to standard output ("-"), or written whole to a file.
void emitCsv(const std::string& target, CliContext& ctx,
             const std::function<void(std::ostream&)>& write);

// "rfm", "tiers" and "retention": who the customers are by value.
void addSegmentCommands(CLI::App& app, CliContext& ctx);
// "clv": what they are worth, and whether the model can be trusted.
void addClvCommand(CLI::App& app, CliContext& ctx);

} // namespace cartera
