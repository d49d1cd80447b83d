#include "core/base/text_encoding.h"

#include <catch2/catch.hpp>

using namespace cartera;

TEST_CASE("valid UTF-8 stays as it is, without its byte order mark") {
    std::string s = "\xEF\xBB\xBF"
                    "id;name\n1;Mu\xC3\xB1oz\n";
    CHECK(convertToUtf8(s) == TextEncoding::Utf8);
    CHECK(s == "id;name\n1;Mu\xC3\xB1oz\n");
}

TEST_CASE("bytes that are not UTF-8 are read as Windows-1252") {
    // "Muñoz;€ 5;“quoted”" as Excel saves it on Western European Windows.
    std::string s = "Mu\xF1oz;\x80 5;\x93quoted\x94\n";
    CHECK(convertToUtf8(s) == TextEncoding::Windows1252);
    CHECK(s == "Mu\xC3\xB1oz;\xE2\x82\xAC 5;\xE2\x80\x9Cquoted\xE2\x80\x9D\n");
    CHECK(isValidUtf8(s));
}

TEST_CASE("UTF-16 with a byte order mark, either byte order, with a surrogate pair") {
    // "a,é\n😀" : U+0061 U+002C U+00E9 U+000A U+1F600 (D83D DE00)
    std::string le("\xFF\xFE"
                   "a\0,\0\xE9\0\n\0\x3D\xD8\x00\xDE",
                   14);
    CHECK(convertToUtf8(le) == TextEncoding::Utf16Le);
    CHECK(le == "a,\xC3\xA9\n\xF0\x9F\x98\x80");
    std::string be("\xFE\xFF\0a\0,\0\xE9\0\n\xD8\x3D\xDE\x00", 14);
    CHECK(convertToUtf8(be) == TextEncoding::Utf16Be);
    CHECK(be == "a,\xC3\xA9\n\xF0\x9F\x98\x80");
    std::string odd("\xFF\xFE"
                    "a",
                    3);
    CHECK_THROWS_AS(convertToUtf8(odd), EncodingError);
    std::string lone("\xFF\xFE\x3D\xD8"
                     "a\0",
                     6);
    CHECK_THROWS_AS(convertToUtf8(lone), EncodingError);
}

TEST_CASE("a forced encoding wins over detection, forced UTF-8 refuses invalid bytes") {
    std::string s = "caf\xC3\xA9"; // valid UTF-8, but the user says it is Windows-1252
    CHECK(convertToUtf8(s, TextEncoding::Windows1252) == TextEncoding::Windows1252);
    CHECK(s == "caf\xC3\x83\xC2\xA9");
    std::string bad = "caf\xE9";
    CHECK_THROWS_AS(convertToUtf8(bad, TextEncoding::Utf8), EncodingError);
    CHECK(encodingFromName("CP1252") == TextEncoding::Windows1252);
    CHECK(encodingFromName("utf-8") == TextEncoding::Utf8);
    CHECK_FALSE(encodingFromName("ebcdic").has_value());
}

TEST_CASE("UTF-8 validation refuses overlong forms, surrogates and truncation") {
    CHECK(isValidUtf8("plain ascii text that is longer than eight bytes"));
    CHECK(isValidUtf8("\xE2\x82\xAC"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // a surrogate
    CHECK_FALSE(isValidUtf8("\xE2\x82"));         // cut short
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
}

#include "core/base/text_limits.h"
#include "core/import/customer_rows.h"
#include "core/import/purchase_rows.h"

TEST_CASE("field lengths: a clear refusal per row, and display text clipped to one line") {
    CHECK(utf8Length("Mu\xC3\xB1oz") == 5);
    CHECK_FALSE(lengthError("name", std::string(1000, 'x')).has_value());
    CHECK(lengthError("name", std::string(1001, 'x')) ==
          errorFact(ErrorKind::FieldTooLong, "name", 1000, 1001));
    // 1000 two-byte characters are 2000 bytes and still fit.
    std::string wide;
    for (int i = 0; i < 1000; ++i)
        wide += "\xC3\xB1";
    CHECK_FALSE(lengthError("name", wide).has_value());
    CHECK_FALSE(lengthError("notes", std::string(100'000, 'x')).has_value());
    CHECK(lengthError("notes", std::string(100'001, 'x')).has_value());
    CHECK(clipText("short", 10) == "short");
    CHECK(clipText("line one\nline two", 100) == "line one\xE2\x80\xA6");
    CHECK(clipText(wide, 3) == "\xC3\xB1\xC3\xB1\xC3\xB1\xE2\x80\xA6");

    CsvImportOptions o;
    o.fileName = "long.csv";
    try {
        parsePurchaseCsv("customer,date,amount\n" + std::string(5000, 'K') + ",2024-01-01,1\n", o);
        FAIL("no error");
    } catch (const ImportError& e) {
        CHECK(e.issue.line == 2);
        CHECK(e.issue.column == 1);
        CHECK(e.issue.message() == "customer is longer than 1000 characters (5000)");
    }
    CustomerRecord r;
    r.externalId = "K1";
    r.name = std::string(1001, 'n');
    CHECK(errorText(*customerRecordError(r)) == "name is longer than 1000 characters (1001)");
    r.name = "Ana";
    CHECK_FALSE(customerRecordError(r).has_value());
}

TEST_CASE("terminal cells carry no control characters and are never cut inside a character") {
    CHECK(terminalCell("Ana\x1b[31mRed", 40) == "Ana?[31mRed");
    CHECK(terminalCell("a\xC2\x9B"
                       "2J",
                       40) == "a?2J"); // U+009B, the C1 escape
    CHECK(terminalCell("tab\there", 40) == "tab?here");
    // 28 characters of Cyrillic are 56 bytes: cut by characters, not bytes.
    std::string name;
    for (int i = 0; i < 30; ++i)
        name += "\xD0\x96"; // Ж
    const std::string cell = terminalCell(name, 27);
    CHECK(isValidUtf8(cell));
    CHECK(utf8Length(cell) == 28); // 27 and the ellipsis
}
