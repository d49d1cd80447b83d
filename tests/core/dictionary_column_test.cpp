#include "core/base/dictionary_column.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cartera;

TEST_CASE("a dictionary column gives back every row's value and keeps each value once") {
    DictionaryColumn column;
    const std::vector<std::string> rows{"Ana", "Ana", "", "Jo", "Ana", "", "Jo", "Émile"};
    for (const auto& r : rows)
        column.push_back(r);
    REQUIRE(column.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        CHECK(column[i] == rows[i]);
    CHECK(column.valueCount() == 4);
}

TEST_CASE("a dictionary column of mostly distinct values stops sharing, and stays right") {
    DictionaryColumn column;
    const std::size_t distinct = DictionaryColumn::kMaxShared + 100;
    for (std::size_t i = 0; i < distinct; ++i) {
        column.push_back(std::to_string(i));
        column.push_back("shared"); // between every two: no run to shortcut
    }
    CHECK(column.valueCount() == distinct + 1);
    const std::size_t before = column.valueCount();
    column.push_back("5");                          // among the first: found
    column.push_back(std::to_string(distinct - 1)); // past the limit: kept again
    column.push_back("shared");
    column.push_back(std::to_string(distinct - 1));
    CHECK(column.valueCount() == before + 2);
    REQUIRE(column.size() == 2 * distinct + 4);
    for (std::size_t i = 0; i < distinct; ++i) {
        REQUIRE(column[2 * i] == std::to_string(i));
        REQUIRE(column[2 * i + 1] == "shared");
    }
    CHECK(column[2 * distinct] == "5");
    CHECK(column[2 * distinct + 1] == std::to_string(distinct - 1));
    CHECK(column[2 * distinct + 2] == "shared");
    CHECK(column[2 * distinct + 3] == std::to_string(distinct - 1));
}
