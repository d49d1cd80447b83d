#include "../common/command_output.h"
#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <sys/stat.h>
#include <vector>

using namespace cartera;
using cartera::test::commandOutput;
using cartera::test::runCliWith;
using cartera::test::TempDir;

namespace {

// The number printed after `label` in a line of text ("1,452" → 1452).
long long figureAfter(const std::string& text, const std::string& label) {
    const auto at = text.find(label);
    REQUIRE(at != std::string::npos);
    long long n = 0;
    bool digits = false;
    for (std::size_t i = at + label.size(); i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            n = n * 10 + (c - '0');
            digits = true;
        } else if (c == ',' && digits) {
            continue;
        } else if (digits) {
            break;
        }
    }
    REQUIRE(digits);
    return n;
}

// The big figures of page 1 in reading order: in the PDF's text they are the lines that hold
// a number and nothing else, before the flow's heading.
std::vector<long long> cardValues(const std::string& text) {
    std::vector<long long> values;
    // ("Cohort", not "Cohort flow": the PDF sets "fl" as a ligature.)
    std::istringstream lines(text.substr(0, text.find("Cohort")));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line.find_first_not_of("0123456789,") != std::string::npos)
            continue;
        values.push_back(figureAfter(line, ""));
    }
    return values;
}

} // namespace

TEST_CASE("the portfolio review PDF has three A4 pages whose figures match the reports") {
    TempDir dir;
    const std::string db = dir.file("demo.cartera");
    REQUIRE(
        runCliWith({"demo", db, "--customers", "800", "--seed", "5", "--end", "2026-06-30"}).code ==
        0);
    const std::string pdf = dir.file("review.pdf");
    const auto r = runCliWith({"report", db, "--as-of", "2026-06-30", "--pdf", pdf});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("3 pages") != std::string::npos);
    struct stat st {};
    REQUIRE(::stat(pdf.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const std::string info = commandOutput("pdfinfo '" + pdf + "'");
    CHECK(figureAfter(info, "Pages:") == 3);
    CHECK(info.find("(A4)") != std::string::npos);
    const std::string text = commandOutput("pdftotext '" + pdf + "' -");
    CHECK(text.find("Portfolio review") != std::string::npos);
    CHECK(text.find("demo.cartera · as of 2026-06-30") != std::string::npos);
    CHECK(text.find("page 3 of 3") != std::string::npos);

    // The figures are the command line's own: in portfolio, active, at risk, lost, the four
    // stages, inflow, outflow, recovered, class A.
    const std::vector<long long> cards = cardValues(text);
    REQUIRE(cards.size() == 12);
    const auto summary = runCliWith({"summary", db, "--as-of", "2026-06-30"});
    REQUIRE(summary.code == 0);
    CHECK(cards[0] == figureAfter(summary.out, "customers: "));
    CHECK(cards[3] == figureAfter(summary.out, "in portfolio, "));
    CHECK(cards[4] == figureAfter(summary.out, "\nnew "));
    CHECK(cards[7] == figureAfter(summary.out, "\nveteran "));
    CHECK(cards[11] == figureAfter(summary.out, "pareto set: "));
    const auto flow = runCliWith({"flow", db, "--from", "2025-06-30", "--to", "2026-06-30"});
    REQUIRE(flow.code == 0);
    CHECK(cards[8] == figureAfter(flow.out, "inflow "));
    CHECK(cards[9] == figureAfter(flow.out, "outflow "));
    CHECK(cards[10] == figureAfter(flow.out, "recovered "));
    const auto pareto = runCliWith({"pareto", db, "--as-of", "2026-06-30", "--csv", "-"});
    REQUIRE(pareto.code == 0);
    // The first ranked customer of the CSV heads the review's top customers.
    const std::size_t row = pareto.out.find("\r\n1,") + 4;
    const std::string topId = pareto.out.substr(row, pareto.out.find(',', row) - row);
    const std::size_t top = text.find("Top customers");
    REQUIRE(top != std::string::npos);
    CHECK(text.find(topId, top) != std::string::npos);
}

TEST_CASE("the review refuses to write over the portfolio and leaves it intact") {
    TempDir dir;
    const std::string db = dir.file("demo.cartera");
    REQUIRE(runCliWith({"demo", db, "--customers", "50", "--end", "2026-06-30"}).code == 0);
    const auto size = std::filesystem::file_size(db);
    const auto r = runCliWith({"report", db, "--pdf", db});
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.empty());
    CHECK(std::filesystem::file_size(db) == size);
    CHECK(runCliWith({"summary", db}).code == 0);
    const auto missing = runCliWith({"report", db});
    CHECK(missing.code != 0);
    CHECK(missing.err.find("--pdf") != std::string::npos);
}

TEST_CASE("reports go to Excel workbooks with numbers as numbers") {
    TempDir dir;
    const std::string db = dir.file("demo.cartera");
    REQUIRE(
        runCliWith({"demo", db, "--customers", "300", "--seed", "2", "--end", "2026-06-30"}).code ==
        0);
    const auto sheetXml = [](const std::string& book) {
        return commandOutput("unzip -p '" + book + "' xl/worksheets/sheet1.xml");
    };
    // The value of one cell, whatever its style.
    const auto cell = [](const std::string& xml, const std::string& ref) {
        const std::size_t at = xml.find("<c r=\"" + ref + "\"");
        REQUIRE(at != std::string::npos);
        return xml.substr(at, xml.find("</c>", at) - at);
    };
    const auto rowsOf = [](const std::string& xml) {
        std::size_t n = 0;
        for (std::size_t at = xml.find("<row "); at != std::string::npos;
             at = xml.find("<row ", at + 1))
            ++n;
        return n;
    };

    const std::string pareto = dir.file("pareto.xlsx");
    const auto p =
        runCliWith({"pareto", db, "--as-of", "2026-06-30", "--xlsx", pareto, "--csv", "-"});
    INFO(p.err);
    REQUIRE(p.code == 0);
    const std::string xml = sheetXml(pareto);
    // Rank 1's revenue, as the CSV writes it, is a number cell of the workbook's row 2.
    const std::size_t row = p.out.find("\r\n1,") + 3;
    std::size_t field = row;
    for (int k = 0; k < 3; ++k)
        field = p.out.find(',', field) + 1;
    const std::string revenue = p.out.substr(field, p.out.find(',', field) - field);
    // The workbook's text may read 9094.799999999999 for 9094.80: it parses back to the very
    // same double, which is what a spreadsheet holds.
    const std::string d2 = cell(xml, "D2");
    const std::size_t v = d2.find("<v>") + 3;
    CHECK(std::stod(d2.substr(v, d2.find("</v>") - v)) == std::stod(revenue));
    const auto csvRows = static_cast<std::size_t>(std::count(p.out.begin(), p.out.end(), '\n'));
    CHECK(rowsOf(xml) == csvRows);

    const std::string stages = dir.file("stages.xlsx");
    REQUIRE(runCliWith({"stages", db, "--as-of", "2026-06-30", "--xlsx", stages}).code == 0);
    CHECK(rowsOf(sheetXml(stages)) == 1 + 4 + 3);
    const std::string flow = dir.file("flow.xlsx");
    REQUIRE(runCliWith({"flow", db, "--from", "2025-06-30", "--to", "2026-06-30", "--xlsx", flow})
                .code == 0);
    const std::string flowXml = sheetXml(flow);
    CHECK(rowsOf(flowXml) == 1 + 36);
    CHECK(cell(flowXml, "A2").ends_with("<v>45838</v>")); // 2025-06-30 as a date serial

    const std::string customers = dir.file("customers.xlsx");
    const auto c = runCliWith(
        {"customers", db, "--as-of", "2026-06-30", "--activity", "lost", "--xlsx", customers});
    REQUIRE(c.code == 0);
    const auto lost = runCliWith({"stages", db, "--as-of", "2026-06-30", "--csv"});
    const std::size_t at = lost.out.find("activity,lost,") + 14;
    const auto expected = std::stoul(lost.out.substr(at, lost.out.find(',', at) - at));
    CHECK(rowsOf(sheetXml(customers)) == 1 + expected);
    // A workbook is never written over the portfolio.
    CHECK(runCliWith({"stages", db, "--xlsx", db}).code == 1);
    CHECK(runCliWith({"summary", db}).code == 0);
}
