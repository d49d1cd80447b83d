#include "cli/cli_context.h"
#include "cli/tasks/task_cli.h"
#include "core/base/clock.h"
#include "core/base/file_io.h"
#include "core/base/text_encoding.h"
#include "core/import/import_issue.h"
#include "storage/storage_error.h"

#include <fmt/format.h>

namespace cartera {

Date parseDateOption(const std::string& text, const std::string& option, Date today) {
    if (text == "today")
        return today;
    const auto d = Date::parseIso(text);
    if (!d)
        throw UserError(fmt::format("{} must be a date as YYYY-MM-DD (not '{}')", option, text));
    return *d;
}

std::string readTextFile(const std::string& path, const std::string& encodingName) {
    std::optional<TextEncoding> forced;
    if (!encodingName.empty()) {
        forced = encodingFromName(encodingName);
        if (!forced)
            throw UserError(fmt::format("--encoding must be utf-8, utf-16le, utf-16be or "
                                        "windows-1252 (not '{}')",
                                        encodingName));
    }
    try {
        std::string data = readFileBytes(path);
        convertToUtf8(data, forced);
        return data;
    } catch (const FileError& e) {
        throw UserError(e.what());
    } catch (const EncodingError& e) {
        throw UserError(fmt::format("{}: {}", path, e.what()));
    }
}

void addAllCommands(CLI::App& app, CliContext& ctx) {
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("cartera-cli ") + CARTERA_VERSION);
    addDataCommands(app, ctx);
    addReportCommands(app, ctx);
    addReviewCommand(app, ctx);
    addRecoveryCommands(app, ctx);
    addProspectCommands(app, ctx);
    addValueCommands(app, ctx);
    addCustomerCommands(app, ctx);
    addRulesCommand(app, ctx);
    addTodayCommand(app, ctx);
    addTaskCommands(app, ctx);
    addCampaignCommands(app, ctx);
}

int runCli(int argc, const char* const* argv, CliContext& ctx) {
    CLI::App app{kCliDescription, "cartera-cli"};
    addAllCommands(app, ctx);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        ctx.out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp& e) {
        ctx.out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion& e) {
        ctx.out << e.what() << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        ctx.err << "cartera-cli: " << e.what() << "\n";
        ctx.err << "Run with --help for usage.\n";
        return 2;
    }
    try {
        if (ctx.action)
            ctx.action();
        return 0;
    } catch (const UserError& e) {
        ctx.err << "cartera-cli: " << e.what() << '\n';
    } catch (const StorageError& e) {
        ctx.err << "cartera-cli: " << e.what() << '\n';
    } catch (const ImportError& e) {
        ctx.err << "cartera-cli: " << e.what() << "\nNothing was imported.\n";
    } catch (const std::exception& e) {
        ctx.err << "cartera-cli: " << e.what() << '\n';
    }
    return 1;
}

} // namespace cartera
