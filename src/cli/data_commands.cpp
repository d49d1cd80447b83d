#include "cli/cli_context.h"
#include "storage/database.h"
#include "storage/demo_writer.h"

#include <algorithm>
#include <fmt/format.h>

namespace cartera {

namespace {

struct InitOptions {
    std::string db;
};

void runInit(const InitOptions& o, CliContext& ctx) {
    Database::open(o.db, Database::OpenMode::CreateNew);
    ctx.out << fmt::format("created {}\n", o.db);
}

struct DemoCommandOptions {
    std::string db;
    std::size_t customers = 5000;
    std::uint64_t seed = 1;
    std::string endDate;
};

void runDemo(const DemoCommandOptions& o, CliContext& ctx) {
    DemoOptions demo;
    demo.customers = o.customers;
    demo.seed = o.seed;
    demo.endDate = o.endDate.empty() ? ctx.today : parseDateOption(o.endDate, "--end", ctx.today);
    auto database = Database::open(o.db, Database::OpenMode::CreateNew);
    const DemoCounts counts = writeDemo(*database, demo);
    ctx.out << fmt::format("created {} with {} customers and {} purchases\n", o.db,
                           counts.customers, counts.purchases);
}

struct SettingsOptions {
    std::string db;
    std::string key;
    std::string value;
};

void runSettings(const SettingsOptions& o, CliContext& ctx) {
    auto database = Database::open(o.db);
    if (o.key.empty()) {
        for (const auto& [k, v] : database->allSettings())
            ctx.out << k << " = " << v << '\n';
        return;
    }
    const auto keys = Database::settingKeys();
    if (std::find(keys.begin(), keys.end(), o.key) == keys.end())
        throw UserError(fmt::format("unknown setting '{}'", o.key));
    if (!o.value.empty())
        database->setSetting(o.key, o.value);
    for (const auto& [k, v] : database->allSettings())
        if (k == o.key)
            ctx.out << k << " = " << v << '\n';
}

} // namespace

void addDataCommands(CLI::App& app, CliContext& ctx) {
    auto init = std::make_shared<InitOptions>();
    auto* initCommand = app.add_subcommand("init", "Create an empty portfolio file");
    initCommand->add_option("DB", init->db, "Portfolio file to create")->required();
    runWith(initCommand, ctx, init, runInit);

    auto demo = std::make_shared<DemoCommandOptions>();
    auto* demoCommand =
        app.add_subcommand("demo", "Create a portfolio filled with synthetic customers");
    demoCommand->add_option("DB", demo->db, "Portfolio file to create")->required();
    demoCommand->add_option("--customers", demo->customers, "Number of customers")
        ->check(CLI::Range(1, 10'000'000));
    demoCommand->add_option("--seed", demo->seed, "Seed: the same seed gives the same portfolio");
    demoCommand->add_option("--end", demo->endDate,
                            "Last day of generated history (default today)");
    runWith(demoCommand, ctx, demo, runDemo);

    addImportCommand(app, ctx);

    auto settings = std::make_shared<SettingsOptions>();
    auto* settingsCommand =
        app.add_subcommand("settings", "Show or change the portfolio's settings");
    settingsCommand->add_option("DB", settings->db, "Portfolio file")->required();
    settingsCommand->add_option("KEY", settings->key, "Setting to show or change");
    settingsCommand->add_option("VALUE", settings->value, "New value");
    runWith(settingsCommand, ctx, settings, runSettings);
}

} // namespace cartera
