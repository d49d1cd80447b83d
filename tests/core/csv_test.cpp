#include "core/base/csv_reader.h"
#include "core/base/csv_writer.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

using namespace cartera;

namespace {

std::vector<std::vector<std::string>> readAll(std::string_view data, Delimiter delimiter,
                                              std::vector<std::size_t>* lines = nullptr) {
    CsvReader reader(data, delimiter);
    std::vector<std::string_view> fields;
    std::vector<std::vector<std::string>> out;
    while (reader.next(fields)) {
        out.emplace_back(fields.begin(), fields.end());
        if (lines)
            lines->push_back(reader.line());
    }
    return out;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("RFC 4180 quoting: delimiters, doubled quotes and line breaks in fields") {
    std::vector<std::size_t> lines;
    const Rows rows = readAll("id,name\r\n1,\"Smith, John\"\r\n2,\"say \"\"hi\"\"\"\r\n"
                              "3,\"two\nlines\"\n4,last",
                              ',', &lines);
    REQUIRE(rows.size() == 5);
    CHECK(rows[1] == std::vector<std::string>{"1", "Smith, John"});
    CHECK(rows[2] == std::vector<std::string>{"2", "say \"hi\""});
    CHECK(rows[3] == std::vector<std::string>{"3", "two\nlines"});
    CHECK(rows[4] == std::vector<std::string>{"4", "last"});
    CHECK(lines == std::vector<std::size_t>{1, 2, 3, 4, 6});
}

TEST_CASE("a byte order mark is skipped and empty fields are kept") {
    const Rows rows = readAll("\xEF\xBB\xBFid;name;\n1;;x\n", ';');
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"id", "name", ""});
    CHECK(rows[1] == std::vector<std::string>{"1", "", "x"});
}

TEST_CASE("whitespace mode splits on runs of blanks") {
    const Rows rows = readAll(" 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n",
                              Delimiter::blanks());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"00004", "0001", "19970101", "2", "29.33"});
}

TEST_CASE("an unclosed quote is an error naming its line") {
    try {
        readAll("a,b\n1,\"open\n2,3\n", ',');
        FAIL("no error");
    } catch (const CsvParseError& e) {
        CHECK(e.line == 2);
    }
    CHECK_THROWS_AS(readAll("1,\"x\"y,2\n", ','), CsvParseError);
}

TEST_CASE("delimiter detection") {
    CHECK(detectDelimiter("a,b,c\n1,2,3\n") == ',');
    CHECK(detectDelimiter("id;amount\n1;12,50\n2;1 234,00\n") == ';');
    CHECK(detectDelimiter("a\tb\n1\t2\n") == '\t');
    CHECK(detectDelimiter(" 00004 0001 19970101  2   29.33\n") == Delimiter::blanks());
    CHECK(detectDelimiter("\"a,b\";c\n\"1,2\";3\n") == ';');
}

TEST_CASE("CSV output neutralises formulas in text cells, not in numbers") {
    CHECK(neutraliseFormula("=SUM(A1)") == "'=SUM(A1)");
    CHECK(neutraliseFormula("+1") == "'+1");
    CHECK(neutraliseFormula("-1") == "'-1");
    CHECK(neutraliseFormula("@cmd") == "'@cmd");
    CHECK(neutraliseFormula("\tx") == "'\tx");
    CHECK(neutraliseFormula("\rx") == "'\rx");
    CHECK(neutraliseFormula("Smith") == "Smith");
    std::ostringstream out;
    CsvWriter w(out);
    w.text("=1+1").text("a,\"b\"").number("-12.50").text("Иванова");
    w.endRow();
    CHECK(out.str() == "'=1+1,\"a,\"\"b\"\"\",-12.50,Иванова\r\n");
}

TEST_CASE("what the writer writes, the reader reads back") {
    const std::vector<std::string> cells = {"plain",        "with,comma",       "with \"quotes\"",
                                            "two\r\nlines", "Ünïcödé ελληνικά", ""};
    std::ostringstream out;
    CsvWriter w(out);
    for (const auto& c : cells)
        w.text(c);
    w.endRow();
    const Rows rows = readAll(out.str(), ',');
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == cells);
}

TEST_CASE("a NUL byte is an error naming its line, in every delimiter mode") {
    // In blank-run mode the separator used to be stored as '\0': a NUL byte then matched it
    // and the reader never advanced.
    const std::string withNul("a b\n \0\n", 7);
    for (Delimiter d : {Delimiter::blanks(), Delimiter(','), Delimiter('\t')}) {
        try {
            readAll(withNul, d);
            FAIL("no error");
        } catch (const CsvParseError& e) {
            CHECK(e.line == 2);
        }
    }
    CHECK_THROWS_AS(readAll(std::string("x,\"a\0b\"\n", 9), ','), CsvParseError);
    // Detection itself must come back on such input.
    CHECK(detectDelimiter(std::string(" \0", 2)) == ',');
}
