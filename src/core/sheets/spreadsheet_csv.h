#pragma once

#include "core/sheets/sheet.h"

#include <string>

namespace cartera {

// How the CSV is meant to be read. The default is RFC 4180 (comma, point, no BOM) for
// pandas and scripts. Excel and LibreOffice in a German, Spanish or Russian locale expect
// a BOM to see UTF-8, ';' between fields and a decimal comma, or they read numbers as text.
struct CsvDialect {
    bool byteOrderMark = false;
    char separator = ',';
    bool decimalComma = false;

    static CsvDialect rfc4180() { return {}; }
    static CsvDialect spreadsheet(bool decimalComma) { return {true, ';', decimalComma}; }
};

// The sheet as CSV: a header row, CRLF line ends, text cells neutralised against formulas,
// money with the currency's decimals, percentages as fractions, dates as YYYY-MM-DD.
std::string spreadsheetCsv(const Sheet& sheet, const CsvDialect& dialect);

} // namespace cartera
