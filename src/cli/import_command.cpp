#include "cli/cli_context.h"
#include "cli/tasks/task_cli.h"
#include "core/import/customer_rows.h"
#include "core/import/purchase_rows.h"
#include "storage/database.h"
#include "storage/purchase_importer.h"

#include <filesystem>
#include <fmt/format.h>

namespace cartera {

namespace {

void removePortfolioFiles(const std::string& path);

// What to do about an import problem, in this front end's words.
std::string hintFor(const ImportIssue& issue) {
    switch (issue.problem) {
    case ImportProblem::MissingColumn:
        return fmt::format("name it in the header or map it with --column {}=NAME_OR_POSITION",
                           issue.role);
    case ImportProblem::UnknownColumn:
        return "check the --column mappings against the file's header";
    case ImportProblem::DuplicateColumn:
        return fmt::format("map the {} column by position with --column {}=POSITION", issue.role,
                           issue.role);
    case ImportProblem::DateFormat:
        return "choose the format with --date-format";
    case ImportProblem::Cell:
        return "correct the row, or import the rest with --skip-bad-rows";
    case ImportProblem::File:
        break;
    }
    return {};
}

struct ImportOptions {
    std::string kind;
    std::string db;
    std::string file;
    std::string delimiter;
    bool header = false;
    bool noHeader = false;
    bool noRules = false;
    std::vector<std::string> columns;
    std::string dateFormat;
    bool decimalComma = false;
    bool parentheses = false;
    bool skipBadRows = false;
    std::string encoding;
};

CsvImportOptions toOptions(const ImportOptions& a) {
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

ImportSummary importInto(Database& db, const ImportOptions& a, const CsvImportOptions& options,
                         const std::string& data, const ImportProgress& progress, CliContext& ctx) {
    if (a.kind == "customers")
        return importCustomers(db, parseCustomerCsv(data, options), progress);
    const PurchaseRows rows = parsePurchaseCsv(data, options, db.analysisSettings().minorDigits);
    ImportSummary s = importPurchases(db, rows, progress, ctx.today);
    auto counted = [](std::size_t n, std::string_view what) {
        return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s");
    };
    ctx.out << fmt::format("{}: {} read: {} ({})", a.file, counted(rows.lines, "line"),
                           counted(rows.size(), "purchase"), counted(rows.refunds(), "refund"));
    if (rows.mergedLines > 0)
        ctx.out << fmt::format(", {} added to the purchase of their order",
                               counted(rows.mergedLines, "line"));
    ctx.out << '\n';
    if (rows.skippedNoCustomer > 0)
        ctx.out << fmt::format("{} without a customer (empty, NA, NULL, ...) skipped\n",
                               counted(rows.skippedNoCustomer, "line"));
    if (s.wonBack > 0)
        ctx.out << fmt::format("{} recovery cases won back by these purchases\n", s.wonBack);
    return s;
}

void runImport(const ImportOptions& a, CliContext& ctx) {
    const CsvImportOptions options = toOptions(a);
    const std::string data = readTextFile(a.file, a.encoding);
    ImportProgress progress;
    if (ctx.progressToTerminal) {
        progress = [&ctx](std::size_t done, std::size_t total) {
            ctx.err << fmt::format("\rimporting: {:3}%", total ? done * 100 / total : 100)
                    << std::flush;
            return true;
        };
    }
    // A portfolio that this import creates exists only if the import succeeds.
    std::error_code ec;
    const bool existed = std::filesystem::exists(a.db, ec);
    ImportSummary s;
    try {
        auto db = Database::open(a.db, Database::OpenMode::CreateIfMissing);
        s = importInto(*db, a, options, data, progress, ctx);
    } catch (const ImportError& e) {
        if (!existed)
            removePortfolioFiles(a.db);
        const std::string hint = hintFor(e.issue);
        throw UserError(
            fmt::format("{}{}\nNothing was imported.", e.what(), hint.empty() ? "" : "\n" + hint));
    } catch (...) {
        if (!existed)
            removePortfolioFiles(a.db);
        throw;
    }
    if (ctx.progressToTerminal)
        ctx.err << "\r" << std::string(20, ' ') << "\r";
    for (const ImportIssue& issue : s.rejects)
        ctx.err << "rejected: " << issue.format(a.file) << '\n';
    ctx.out << fmt::format("{}: {} added, {} updated, {} already present, {} new customers, {} "
                           "rejected\n",
                           a.file, s.inserted, s.updated, s.duplicates, s.newCustomers,
                           s.rejects.size());
    // The rules run after every import unless asked not to (a bulk load of many files runs
    // them once at the end); the import stands whatever they say.
    if (a.noRules)
        return;
    try {
        RecoveryData data = loadRecoveryData(a.db, ctx.today);
        const TaskRuleRun run = applyTaskRules(data, ctx.today, ctx.err);
        if (!run.created.empty())
            ctx.out << describe(run, ctx.today) << " (see 'cartera-cli today')\n";
    } catch (const std::exception& e) {
        ctx.err << "the task rules did not run: " << e.what() << '\n';
    }
}

void removePortfolioFiles(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix, ec);
}

} // namespace

void addImportCommand(CLI::App& app, CliContext& ctx) {
    auto options = std::make_shared<ImportOptions>();
    auto* import = app.add_subcommand("import", "Import customers or purchases from CSV");
    import->add_option("KIND", options->kind, "customers or purchases")
        ->required()
        ->check(CLI::IsMember({"customers", "purchases"}));
    import->add_option("DB", options->db, "Portfolio file (created when missing)")->required();
    import->add_option("FILE", options->file, "CSV or text file")->required();
    import->add_option("--delimiter", options->delimiter,
                       "Field delimiter: , ; tab pipe whitespace (default: detected)");
    import->add_flag("--header", options->header, "The first row names the columns");
    import->add_flag("--no-header", options->noHeader, "The first row is data");
    import->add_option(
        "--column", options->columns,
        "Map a column: ROLE=HEADER_NAME or ROLE=POSITION (1-based). Purchase "
        "roles: customer date amount unit_price quantity order_id. Customer roles: id "
        "name company email phone birthday customer_since owner source "
        "referred_by notes");
    import->add_option("--date-format", options->dateFormat,
                       "YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY; one-digit "
                       "days and months and a time of day are accepted (default: detected from "
                       "the whole file)");
    import->add_flag("--decimal-comma", options->decimalComma, "Amounts use a decimal comma");
    import->add_flag("--parentheses-negative", options->parentheses, "(12.50) means -12.50");
    import->add_flag("--skip-bad-rows", options->skipBadRows,
                     "Import the good rows and list the rejected ones");
    import->add_flag("--no-rules", options->noRules,
                     "Do not run the task rules afterwards (run 'cartera-cli rules run' when the "
                     "last file is in)");
    import->add_option("--encoding", options->encoding,
                       "utf-8, utf-16le, utf-16be or windows-1252 (default: detected)");
    runWith(import, ctx, options, runImport);
}

} // namespace cartera
