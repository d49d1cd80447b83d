#include "../common/command_output.h"
#include "cli/cli_context.h"
#include "cli/cli_reference.h"
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace cartera;

namespace {

struct CommandTree {
    std::ostringstream sink;
    CliContext ctx{sink, sink, false, Date::fromYmd(2026, 11, 26), {}};
    CLI::App app{kCliDescription, "cartera-cli"};
    CommandTree() { addAllCommands(app, ctx); }
};

std::string run(const std::string& command) {
    return test::commandOutput(command);
}

// What bash offers after typing `line` and pressing Tab (the last word is the one completed).
std::string complete(const std::string& script, const std::string& words, int cword) {
    const auto dir = std::filesystem::temp_directory_path() / "cartera-completion-test";
    std::filesystem::create_directories(dir);
    const auto file = dir / "cartera-cli.bash";
    test::writeText(file.string(), script);
    std::filesystem::create_directories(dir / "cwd");
    test::writeText((dir / "cwd" / "shop.cartera").string(), "");
    return run("cd '" + (dir / "cwd").string() + "' && bash -c 'source " + file.string() +
               "; COMP_WORDS=(" + words + "); COMP_CWORD=" + std::to_string(cword) +
               "; _cartera_cli; printf \"%s \" \"${COMPREPLY[@]}\"'");
}

} // namespace

TEST_CASE("bash completion offers subcommands, their options, choices and files") {
    CommandTree tree;
    const std::string script = cliBashCompletion(tree.app);
    CHECK(complete(script, "cartera-cli cam", 1) == "campaign ");
    CHECK(complete(script, "cartera-cli recovery le", 2) == "let-go ");
    CHECK(complete(script, "cartera-cli import \"\"", 2) == "customers purchases ");
    CHECK(complete(script, "cartera-cli import purchases sh", 3) == "shop.cartera ");
    CHECK(complete(script, "cartera-cli pareto --wi", 2) == "--window ");
    CHECK(complete(script, "cartera-cli flow shop.cartera --by q", 4) == "quarter ");
    // A command with subcommands takes no file.
    CHECK(complete(script, "cartera-cli recovery sh", 2).find("shop.cartera") == std::string::npos);
}

TEST_CASE("the man page documents every subcommand and renders without a warning") {
    CommandTree tree;
    const std::string page = cliManPage(tree.app, "9.9.9", "2026-11-26");
    CHECK(page.rfind(".TH CARTERA\\-CLI 1 \"2026-11-26\" \"Cartera 9.9.9\"", 0) == 0);
    for (const CLI::App* sub : tree.app.get_subcommands([](const CLI::App*) { return true; })) {
        INFO(sub->get_name());
        CHECK(page.find(".SS \"cartera\\-cli " + sub->get_name()) != std::string::npos);
    }
    CHECK(page.find("\\fB\\-\\-window\\fR \\fITEXT\\fR") != std::string::npos);
    const auto file = std::filesystem::temp_directory_path() / "cartera-cli-test.1";
    test::writeText(file.string(), page);
    // -ww turns on every warning; -k reads the UTF-8 in option descriptions.
    CHECK(run("groff -k -man -Tutf8 -ww -z '" + file.string() + "' 2>&1") == "");
}
