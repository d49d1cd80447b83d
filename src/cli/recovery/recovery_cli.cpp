#include "cli/recovery/recovery_cli.h"

#include "core/base/money.h"
#include "storage/portfolio_loader.h"

#include <fmt/format.h>

namespace cartera {

RecoveryData loadRecoveryData(const std::string& path, Date asOf) {
    RecoveryData d;
    d.db = Database::open(path);
    d.settings = d.db->analysisSettings();
    d.portfolio = loadPortfolio(*d.db);
    d.directory = loadCustomerDirectory(*d.db);
    d.metrics = computeCustomerMetrics(d.portfolio, d.settings, asOf);
    d.cases = casesAsOf(RecoveryRepository(*d.db).cases(), asOf);
    return d;
}

std::int32_t dayOption(const std::string& text, const std::string& option, Date today) {
    return (text.empty() ? today : parseDateOption(text, option, today)).days();
}

std::string recoveryMoney(Cents c, int digits) {
    return formatMoney(c, {".", ",", digits});
}

RecoveryCase caseOrThrow(RecoveryRepository& repo, std::int64_t id) {
    auto rc = repo.find(id);
    if (!rc)
        throw UserError(fmt::format("no recovery case {}", id));
    return std::move(*rc);
}

Cents costOption(const std::string& text, int minorDigits) {
    const auto cost = parseMoney(text, {'.', minorDigits});
    if (!cost || *cost < 0)
        throw UserError(fmt::format("--cost must be an amount such as 120.00 (not '{}')", text));
    return *cost;
}

std::size_t indexOfExternal(const RecoveryData& data, const std::string& externalId) {
    for (std::size_t i = 0; i < data.portfolio.customerCount(); ++i)
        if (data.portfolio.externalId[i] == externalId)
            return i;
    throw UserError(fmt::format("no customer '{}'", externalId));
}

void addRecoveryCommands(CLI::App& app, CliContext& ctx) {
    auto* recovery = app.add_subcommand("recovery", "Win back lost customers, or let them go");
    recovery->require_subcommand(1);
    addRecoveryReportCommands(*recovery, ctx);
    addRecoveryCaseCommands(*recovery, ctx);
}

} // namespace cartera
