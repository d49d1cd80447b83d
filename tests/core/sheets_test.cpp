#include "../common/command_output.h"
#include "core/base/file_io.h"
#include "core/sheets/spreadsheet_csv.h"
#include "core/sheets/xlsx_writer.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>

using namespace cartera;

namespace {

Sheet handSheet() {
    Sheet sheet;
    sheet.name = "Pareto: top/all";
    sheet.columns = {{"Name", SheetColumnKind::Text},
                     {"Orders", SheetColumnKind::Integer},
                     {"Revenue", SheetColumnKind::Money},
                     {"Share", SheetColumnKind::Percent},
                     {"First purchase", SheetColumnKind::Date}};
    sheet.rows.push_back({std::string("Dubois; Benoît"), std::int64_t{3}, std::int64_t{123456},
                          0.25, Date::fromYmd(2026, 5, 1)});
    sheet.rows.push_back({std::string("=HYPERLINK(\"x\")"), std::int64_t{-2}, std::int64_t{-5},
                          std::monostate{}, std::monostate{}});
    return sheet;
}

std::string unzipped(const std::string& archive, const std::string& member) {
    return test::commandOutput("unzip -p '" + archive + "' " + member);
}

} // namespace

TEST_CASE("CSV for pandas stays RFC 4180 with plain numbers") {
    CHECK(spreadsheetCsv(handSheet(), CsvDialect::rfc4180()) ==
          "Name,Orders,Revenue,Share,First purchase\r\n"
          "Dubois; Benoît,3,1234.56,0.25,2026-05-01\r\n"
          "\"'=HYPERLINK(\"\"x\"\")\",-2,-0.05,,\r\n");
}

TEST_CASE("CSV for a spreadsheet in a decimal-comma locale has a BOM, semicolons and commas") {
    CHECK(spreadsheetCsv(handSheet(), CsvDialect::spreadsheet(true)) ==
          "\xEF\xBB\xBFName;Orders;Revenue;Share;First purchase\r\n"
          "\"Dubois; Benoît\";3;1234,56;0,25;2026-05-01\r\n"
          "\"'=HYPERLINK(\"\"x\"\")\";-2;-0,05;;\r\n");
    // A point locale keeps the point but still gets the BOM and semicolons Excel expects.
    CHECK(spreadsheetCsv(handSheet(), CsvDialect::spreadsheet(false)).find(";1234.56;0.25;") !=
          std::string::npos);
}

TEST_CASE("an xlsx workbook holds numbers as numbers under a frozen header") {
    const auto path =
        (std::filesystem::temp_directory_path() / "cartera-sheets-test.xlsx").string();
    std::remove(path.c_str());
    writeXlsx(handSheet(), path);
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::group_read) ==
          std::filesystem::perms::none);
    const std::string xml = unzipped(path, "xl/worksheets/sheet1.xml");
    // Row 2: the name as text, 3 orders, 1234.56 as a number, 25 % as 0.25 and the day as
    // Excel's serial number (days since 1899-12-30: 2026-05-01 is 46143).
    CHECK(xml.find("<t>Dubois; Benoît</t>") != std::string::npos);
    CHECK(xml.find("<c r=\"B2\" s=\"2\"><v>3</v></c>") != std::string::npos);
    CHECK(xml.find("<c r=\"C2\" s=\"3\"><v>1234.56</v></c>") != std::string::npos);
    CHECK(xml.find("<c r=\"D2\" s=\"4\"><v>0.25</v></c>") != std::string::npos);
    CHECK(xml.find("<c r=\"E2\" s=\"5\"><v>46143</v></c>") != std::string::npos);
    CHECK(xml.find("<c r=\"C3\" s=\"3\"><v>-0.05</v></c>") != std::string::npos);
    // A formula-looking name is a string cell, which a spreadsheet never evaluates.
    CHECK(xml.find("<t>=HYPERLINK(\"x\")</t>") != std::string::npos);
    CHECK(xml.find("<f>") == std::string::npos);
    CHECK(xml.find("<pane ySplit=\"1\" topLeftCell=\"A2\"") != std::string::npos);
    CHECK(xml.find("<autoFilter ref=\"A1:E3\"/>") != std::string::npos);
    const std::string styles = unzipped(path, "xl/styles.xml");
    CHECK(styles.find("formatCode=\"#,##0.00\"") != std::string::npos);
    CHECK(styles.find("formatCode=\"0.0%\"") != std::string::npos);
    CHECK(unzipped(path, "xl/workbook.xml").find("name=\"Pareto topall\"") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("money keeps its currency's decimals: none for yen, three for dinar") {
    Sheet yen;
    yen.minorDigits = 0;
    yen.columns = {{"Revenue", SheetColumnKind::Money}};
    yen.rows = {{std::int64_t{123456}}, {std::int64_t{-5}}};
    CHECK(spreadsheetCsv(yen, CsvDialect::rfc4180()) == "Revenue\r\n123456\r\n-5\r\n");
    Sheet dinar = yen;
    dinar.minorDigits = 3;
    CHECK(spreadsheetCsv(dinar, CsvDialect::spreadsheet(true)) ==
          "\xEF\xBB\xBFRevenue\r\n123,456\r\n-0,005\r\n");

    const auto path = (std::filesystem::temp_directory_path() / "cartera-yen-test.xlsx").string();
    std::remove(path.c_str());
    writeXlsx(yen, path);
    const std::string xml = unzipped(path, "xl/worksheets/sheet1.xml");
    CHECK(xml.find("<v>123456</v>") != std::string::npos);
    CHECK(unzipped(path, "xl/styles.xml").find("formatCode=\"#,##0.00\"") == std::string::npos);
    std::remove(path.c_str());
    writeXlsx(dinar, path);
    CHECK(unzipped(path, "xl/worksheets/sheet1.xml").find("<v>123.456</v>") != std::string::npos);
    CHECK(unzipped(path, "xl/styles.xml").find("formatCode=\"#,##0.000\"") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("a table longer than a spreadsheet allows is refused, and nothing is written") {
    Sheet sheet;
    sheet.columns = {{"Id", SheetColumnKind::Integer}};
    sheet.rows.assign(kMaxSheetRows + 1, {std::int64_t{1}});
    const auto path = (std::filesystem::temp_directory_path() / "cartera-too-long.xlsx").string();
    std::remove(path.c_str());
    CHECK_THROWS_WITH(writeXlsx(sheet, path), Catch::Contains("at most 1048575 rows"));
    CHECK_FALSE(std::filesystem::exists(path));
}
