#include "cli/cli_context.h"
#include "core/base/file_io.h"
#include "core/review/portfolio_review.h"
#include "report/review_pdf.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/recovery_repository.h"

#include <QGuiApplication>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>

namespace cartera {

namespace {

// The PDF needs Qt's fonts, hence a QGuiApplication; the command line never shows a window,
// so it asks for the offscreen platform and works over ssh or in cron. One per process (the
// tests run several commands in one), kept until the process ends.
void ensureGuiApplication() {
    if (QCoreApplication::instance())
        return;
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "cartera-cli";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = new QGuiApplication(argc, argv);
    (void)app;
}

struct ReportOptions {
    std::string db;
    std::string asOf = "today";
    std::string pdf;
};

void runReport(const ReportOptions& o, CliContext& ctx) {
    const Date asOf = parseDateOption(o.asOf, "--as-of", ctx.today);
    auto db = Database::open(o.db);
    const AnalysisSettings settings = db->analysisSettings();
    const Portfolio portfolio = loadPortfolio(*db);
    const CustomerDirectory directory = loadCustomerDirectory(*db);
    const auto cases = RecoveryRepository(*db).cases();
    const PortfolioReview review =
        buildPortfolioReview(portfolio, directory, settings, cases, asOf);
    ensureGuiApplication();
    const QString name = QString::fromStdString(std::filesystem::path(o.db).filename().string());
    try {
        writeReviewPdf(review, name, QString::fromStdString(o.pdf));
    } catch (const FileError& e) {
        throw UserError(e.what());
    }
    ctx.out << fmt::format("Portfolio review as of {} written to {} ({} pages)\n", asOf.toIso(),
                           o.pdf, kReviewPages);
}

} // namespace

void addReviewCommand(CLI::App& app, CliContext& ctx) {
    auto o = std::make_shared<ReportOptions>();
    auto* command =
        app.add_subcommand("report", "The portfolio review as an A4 PDF to take to a meeting");
    command->add_option("DB", o->db, "Portfolio file")->required();
    command->add_option("--as-of", o->asOf, "Day to review, YYYY-MM-DD (default today)");
    command->add_option("--pdf", o->pdf, "PDF file to write")->required();
    runWith(command, ctx, o, runReport);
}

} // namespace cartera
