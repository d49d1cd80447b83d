#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cartera {

// The man page (roff) and the bash completion script, both written from the command tree
// itself so that neither can fall behind a new subcommand or option.
std::string cliManPage(const CLI::App& app, const std::string& version, const std::string& date);
std::string cliBashCompletion(const CLI::App& app);

} // namespace cartera
