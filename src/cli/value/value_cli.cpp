#include "cli/value/value_cli.h"

#include "core/base/file_io.h"
#include "storage/portfolio_loader.h"

#include <cmath>
#include <sstream>

namespace cartera {

ValueData loadValueData(const std::string& path) {
    ValueData l;
    l.db = Database::open(path);
    l.settings = l.db->analysisSettings();
    l.value = l.db->valueSettings();
    l.portfolio = loadPortfolio(*l.db);
    return l;
}

std::string valueMoney(double minorUnits, int digits) {
    return formatMoney(static_cast<Cents>(std::llround(minorUnits)), {".", ",", digits});
}

std::string plainValueMoney(Cents c, int digits) {
    return formatMoney(c, {".", "", digits});
}

void emitCsv(const std::string& target, CliContext& ctx,
             const std::function<void(std::ostream&)>& write) {
    if (target == "-") {
        write(ctx.out);
        return;
    }
    std::ostringstream csv;
    write(csv);
    try {
        writeFileAtomically(target, csv.view());
    } catch (const FileError& e) {
        throw UserError(e.what());
    }
}

void addValueCommands(CLI::App& app, CliContext& ctx) {
    addSegmentCommands(app, ctx);
    addClvCommand(app, ctx);
}

} // namespace cartera
