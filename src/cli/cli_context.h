#pragma once

#include "core/base/clock.h"
#include "core/base/date.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace cartera {

// A mistake of the person at the keyboard: printed on stderr, exit code 1.
struct UserError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct CliContext {
    std::ostream& out;
    std::ostream& err;
    bool progressToTerminal = false;
    Date today = Clock::today();
    // The subcommand that matched; set by the registration functions.
    std::function<void()> action;
};

// A day given as YYYY-MM-DD, or "today": the context's day, so that tests can fix it.
Date parseDateOption(const std::string& text, const std::string& option, Date today);

// Each subcommand is an options struct filled by CLI11 and a function that runs it: this
// makes the function the context's action when the subcommand matches.
template <typename Options>
void runWith(CLI::App* command, CliContext& ctx, std::shared_ptr<Options> options,
             void (*run)(const Options&, CliContext&)) {
    command->callback(
        [&ctx, options, run] { ctx.action = [&ctx, options, run] { run(*options, ctx); }; });
}

// A file given on the command line as UTF-8: regular files only, in UTF-8, UTF-16 or
// Windows-1252 (encodingName forces one; empty detects).
std::string readTextFile(const std::string& path, const std::string& encodingName = {});

void addDataCommands(CLI::App& app, CliContext& ctx);
void addImportCommand(CLI::App& app, CliContext& ctx);
void addReportCommands(CLI::App& app, CliContext& ctx);
void addRecoveryCommands(CLI::App& app, CliContext& ctx);
void addProspectCommands(CLI::App& app, CliContext& ctx);
void addValueCommands(CLI::App& app, CliContext& ctx);
void addCustomerCommands(CLI::App& app, CliContext& ctx);
void addCampaignCommands(CLI::App& app, CliContext& ctx);
void addReviewCommand(CLI::App& app, CliContext& ctx);

inline constexpr const char* kCliDescription =
    "Cartera: customer portfolio analysis from the command line";

// Every subcommand and option; the man page and the shell completion are generated from this.
void addAllCommands(CLI::App& app, CliContext& ctx);

// The whole command line; returns the process exit code.
int runCli(int argc, const char* const* argv, CliContext& ctx);

} // namespace cartera
