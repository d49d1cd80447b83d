#include "core/sheets/spreadsheet_csv.h"

#include "core/base/csv_writer.h"
#include "core/base/money.h"

#include <fmt/format.h>

namespace cartera {
namespace {

std::string quoted(const std::string& text, char separator) {
    if (text.find_first_of(std::string{'"', '\r', '\n', separator}) == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

std::string withDecimalComma(std::string number, bool decimalComma) {
    if (decimalComma)
        for (char& c : number)
            if (c == '.')
                c = ',';
    return number;
}

std::string cellText(const SheetCell& cell, SheetColumnKind kind, int minorDigits,
                     const CsvDialect& dialect) {
    if (std::holds_alternative<std::monostate>(cell))
        return {};
    if (const auto* text = std::get_if<std::string>(&cell))
        return quoted(neutraliseFormula(*text), dialect.separator);
    if (const auto* date = std::get_if<Date>(&cell))
        return date->toIso();
    if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
        if (kind != SheetColumnKind::Money)
            return std::to_string(*integer);
        // Minor units to a decimal without going through floating point.
        return withDecimalComma(formatMoney(*integer, {".", "", minorDigits}),
                                dialect.decimalComma);
    }
    return withDecimalComma(fmt::format("{}", std::get<double>(cell)), dialect.decimalComma);
}

} // namespace

std::string spreadsheetCsv(const Sheet& sheet, const CsvDialect& dialect) {
    std::string out = dialect.byteOrderMark ? "\xEF\xBB\xBF" : "";
    const std::string separator(1, dialect.separator);
    for (std::size_t c = 0; c < sheet.columns.size(); ++c)
        out += (c ? separator : "") +
               quoted(neutraliseFormula(sheet.columns[c].title), dialect.separator);
    out += "\r\n";
    for (const auto& row : sheet.rows) {
        for (std::size_t c = 0; c < sheet.columns.size(); ++c)
            out += (c ? separator : "") + (c < row.size() ? cellText(row[c], sheet.columns[c].kind,
                                                                     sheet.minorDigits, dialect)
                                                          : "");
        out += "\r\n";
    }
    return out;
}

} // namespace cartera
