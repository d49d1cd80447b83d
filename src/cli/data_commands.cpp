#include "cli_context.h"
#include "core/csv_reader.h"
#include "core/customer_rows.h"
#include "core/purchase_rows.h"
#include "storage/database.h"
#include "storage/demo_writer.h"
#include "storage/purchase_importer.h"
#include "storage/recovery_repository.h"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace cartera {

namespace {

std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UserError(fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(in.tellg());
    in.seekg(0);
    std::string data(size, '\0');
    in.read(data.data(), static_cast<std::streamsize>(size));
    if (!in)
        throw UserError(fmt::format("cannot read '{}'", path));
    return data;
}

struct ImportArgs {
    std::string kind;
    std::string db;
    std::string file;
    std::string delimiter;
    bool header = false;
    bool noHeader = false;
    std::vector<std::string> columns;
    std::string dateFormat;
    bool decimalComma = false;
    bool parentheses = false;
    bool skipBadRows = false;
};

CsvImportOptions toOptions(const ImportArgs& a) {
    CsvImportOptions o;
    o.fileName = a.file;
    if (!a.delimiter.empty()) {
        o.delimiter = delimiterFromName(a.delimiter);
        if (!o.delimiter)
            throw UserError(fmt::format(
                "--delimiter must be one of , ; tab pipe whitespace (not '{}')", a.delimiter));
    }
    if (a.header)
        o.header = true;
    if (a.noHeader)
        o.header = false;
    for (const std::string& c : a.columns) {
        const auto eq = c.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == c.size())
            throw UserError(fmt::format("--column takes ROLE=NAME or ROLE=POSITION (not '{}')", c));
        o.columns[c.substr(0, eq)] = c.substr(eq + 1);
    }
    if (!a.dateFormat.empty()) {
        o.dateFormat = dateFormatFromName(a.dateFormat);
        if (!o.dateFormat)
            throw UserError(fmt::format("--date-format must be one of YYYY-MM-DD, YYYYMMDD, "
                                        "DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY (not '{}')",
                                        a.dateFormat));
    }
    o.decimalSeparator = a.decimalComma ? ',' : '.';
    o.parenthesesNegative = a.parentheses;
    o.skipBadRows = a.skipBadRows;
    return o;
}

void runImport(const ImportArgs& a, CliContext& ctx) {
    const CsvImportOptions options = toOptions(a);
    auto db = Database::open(a.db, Database::OpenMode::CreateIfMissing);
    const std::string data = readWholeFile(a.file);
    ImportProgress progress;
    if (ctx.progressToTerminal) {
        progress = [&ctx](std::size_t done, std::size_t total) {
            ctx.err << fmt::format("\rimporting: {:3}%", total ? done * 100 / total : 100)
                    << std::flush;
            return true;
        };
    }
    ImportSummary s;
    if (a.kind == "purchases") {
        const PurchaseRows rows =
            parsePurchaseCsv(data, options, db->analysisSettings().minorDigits);
        s = importPurchases(*db, rows, progress);
        // A purchase after a recovery case opened wins that customer back.
        const auto won = RecoveryRepository(*db).applyWinBacks(ctx.today);
        if (won > 0)
            ctx.out << fmt::format("{} recovery cases won back by these purchases\n", won);
    } else {
        const CustomerRows rows = parseCustomerCsv(data, options);
        s = importCustomers(*db, rows, progress);
    }
    if (ctx.progressToTerminal)
        ctx.err << "\r" << std::string(20, ' ') << "\r";
    for (const ImportIssue& issue : s.rejects)
        ctx.err << "rejected: " << issue.format(a.file) << '\n';
    ctx.out << fmt::format("{}: {} rows read, {} added, {} updated, {} already present, {} "
                           "new customers, {} rejected\n",
                           a.file, s.rows, s.inserted, s.updated, s.duplicates, s.newCustomers,
                           s.rejects.size());
}

} // namespace

void addDataCommands(CLI::App& app, CliContext& ctx) {
    auto db = std::make_shared<std::string>();

    auto* init = app.add_subcommand("init", "Create an empty portfolio file");
    init->add_option("DB", *db, "Portfolio file to create")->required();
    init->callback([&ctx, db] {
        ctx.action = [&ctx, db] {
            Database::open(*db, Database::OpenMode::CreateNew);
            ctx.out << fmt::format("created {}\n", *db);
        };
    });

    struct DemoArgs {
        std::size_t customers = 5000;
        std::uint64_t seed = 1;
        std::string endDate;
    };
    auto demoArgs = std::make_shared<DemoArgs>();
    auto* demo = app.add_subcommand("demo", "Create a portfolio filled with synthetic customers");
    demo->add_option("DB", *db, "Portfolio file to create")->required();
    demo->add_option("--customers", demoArgs->customers, "Number of customers")
        ->check(CLI::Range(1, 10'000'000));
    demo->add_option("--seed", demoArgs->seed, "Seed: the same seed gives the same portfolio");
    demo->add_option("--end", demoArgs->endDate, "Last day of generated history (default today)");
    demo->callback([&ctx, db, demoArgs] {
        ctx.action = [&ctx, db, demoArgs] {
            DemoOptions o;
            o.customers = demoArgs->customers;
            o.seed = demoArgs->seed;
            o.endDate =
                demoArgs->endDate.empty() ? ctx.today : parseDateOption(demoArgs->endDate, "--end");
            auto database = Database::open(*db, Database::OpenMode::CreateNew);
            const DemoCounts counts = writeDemo(*database, o);
            ctx.out << fmt::format("created {} with {} customers and {} purchases\n", *db,
                                   counts.customers, counts.purchases);
        };
    });

    auto importArgs = std::make_shared<ImportArgs>();
    auto* import = app.add_subcommand("import", "Import customers or purchases from CSV");
    import->add_option("KIND", importArgs->kind, "customers or purchases")
        ->required()
        ->check(CLI::IsMember({"customers", "purchases"}));
    import->add_option("DB", importArgs->db, "Portfolio file (created when missing)")->required();
    import->add_option("FILE", importArgs->file, "CSV or text file")->required();
    import->add_option("--delimiter", importArgs->delimiter,
                       "Field delimiter: , ; tab pipe whitespace (default: detected)");
    import->add_flag("--header", importArgs->header, "The first row names the columns");
    import->add_flag("--no-header", importArgs->noHeader, "The first row is data");
    import->add_option("--column", importArgs->columns,
                       "Map a column: ROLE=HEADER_NAME or ROLE=POSITION (1-based). Purchase "
                       "roles: customer date amount purchase_id quantity. Customer roles: id "
                       "name company email phone birthday customer_since owner source "
                       "referred_by notes");
    import->add_option("--date-format", importArgs->dateFormat,
                       "YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY (default: "
                       "detected when unambiguous)");
    import->add_flag("--decimal-comma", importArgs->decimalComma, "Amounts use a decimal comma");
    import->add_flag("--parentheses-negative", importArgs->parentheses, "(12.50) means -12.50");
    import->add_flag("--skip-bad-rows", importArgs->skipBadRows,
                     "Import the good rows and list the rejected ones");
    import->callback([&ctx, importArgs] {
        ctx.action = [&ctx, importArgs] { runImport(*importArgs, ctx);
};
} // namespace cartera
);

struct SettingArgs {
    std::string key;
    std::string value;
};
auto settingArgs = std::make_shared<SettingArgs>();
auto* settings = app.add_subcommand("settings", "Show or change the portfolio's settings");
settings->add_option("DB", *db, "Portfolio file")->required();
settings->add_option("KEY", settingArgs->key, "Setting to show or change");
settings->add_option("VALUE", settingArgs->value, "New value");
settings->callback([&ctx, db, settingArgs] {
    ctx.action = [&ctx, db, settingArgs] {
        auto database = Database::open(*db);
        if (settingArgs->key.empty()) {
            for (const auto& [k, v] : database->allSettings())
                ctx.out << k << " = " << v << '\n';
            return;
        }
        const auto keys = Database::settingKeys();
        if (std::find(keys.begin(), keys.end(), settingArgs->key) == keys.end())
            throw UserError(fmt::format("unknown setting '{}'", settingArgs->key));
        if (!settingArgs->value.empty())
            database->setSetting(settingArgs->key, settingArgs->value);
        for (const auto& [k, v] : database->allSettings())
            if (k == settingArgs->key)
                ctx.out << k << " = " << v << '\n';
    };
});
}

} // namespace cartera
