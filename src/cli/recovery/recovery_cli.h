#pragma once

#include "cli/cli_context.h"
#include "core/customers/customer_metrics.h"
#include "core/portfolio/customer_directory.h"
#include "core/recovery/recovery_case.h"
#include "storage/database.h"
#include "storage/recovery_repository.h"

#include <memory>
#include <string>
#include <vector>

namespace cartera {

// What the recovery reports read: the portfolio and its metrics as of a day, and the cases as
// they stood that day.
struct RecoveryData {
    std::unique_ptr<Database> db;
    AnalysisSettings settings;
    Portfolio portfolio;
    CustomerDirectory directory;
    CustomerMetrics metrics;
    std::vector<RecoveryCase> cases;
};

// Never writes: a report as of a future day must not win cases back with purchases nobody has
// made yet.
RecoveryData loadRecoveryData(const std::string& path, Date asOf);

// A day option: empty or "today" is `today` (the context's), else YYYY-MM-DD.
std::int32_t dayOption(const std::string& text, const std::string& option, Date today);
std::string recoveryMoney(Cents c, int digits);
RecoveryCase caseOrThrow(RecoveryRepository& repo, std::int64_t id);
Cents costOption(const std::string& text, int minorDigits);
std::size_t indexOfExternal(const RecoveryData& data, const std::string& externalId);

// "recovery list", "show" and "metrics": they read.
void addRecoveryReportCommands(CLI::App& recovery, CliContext& ctx);
// "recovery open", "verify", "attempt", "win", "let-go", "edit", "action-done": they write.
void addRecoveryCaseCommands(CLI::App& recovery, CliContext& ctx);

} // namespace cartera
