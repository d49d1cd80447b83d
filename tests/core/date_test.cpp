#include "core/base/date.h"
#include "core/base/date_format.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace cartera;
using cartera::test::d;

TEST_CASE("completed months follow the tenure rule at month ends") {
    CHECK(completedMonths(d("2024-01-31"), d("2024-02-28")) == 0);
    CHECK(completedMonths(d("2023-01-31"), d("2023-02-28")) == 0);
    CHECK(completedMonths(d("2023-01-31"), d("2023-03-01")) == 1);
    CHECK(completedMonths(d("2020-01-15"), d("2021-01-14")) == 11);
    CHECK(completedMonths(d("2020-01-15"), d("2021-01-15")) == 12);
    CHECK(completedMonths(d("2020-01-15"), d("2020-01-15")) == 0);
}

TEST_CASE("a 29 February acquisition completes its year on 1 March") {
    CHECK(completedMonths(d("2020-02-29"), d("2021-02-28")) == 11);
    CHECK(completedMonths(d("2020-02-29"), d("2021-03-01")) == 12);
    CHECK(completedMonths(d("2020-02-29"), d("2024-02-29")) == 48);
}

TEST_CASE("adding months clamps to the end of the month") {
    CHECK(d("2024-02-29").addMonths(-12) == d("2023-02-28"));
    CHECK(d("2024-01-31").addMonths(1) == d("2024-02-29"));
    CHECK(d("2023-01-31").addMonths(1) == d("2023-02-28"));
    CHECK(d("2023-12-15").addMonths(1) == d("2024-01-15"));
    CHECK(d("2024-03-31").addMonths(-1) == d("2024-02-29"));
}

TEST_CASE("ISO dates parse only when they exist") {
    CHECK(Date::parseIso("1970-01-01")->days() == 0);
    CHECK(Date::parseIso("2024-02-29").has_value());
    CHECK_FALSE(Date::parseIso("2023-02-29").has_value());
    CHECK_FALSE(Date::parseIso("2023-13-01").has_value());
    CHECK_FALSE(Date::parseIso("2023-1-01").has_value());
    CHECK(d("2000-03-01") - d("2000-02-28") == 2); // 2000 is a leap year
    CHECK(d("1900-03-01") - d("1900-02-28") == 1); // 1900 is not
}

TEST_CASE("days and calendar dates convert both ways") {
    for (std::int32_t day = -700000; day < 2900000; day += 997) {
        const Date date = Date::fromDays(day);
        REQUIRE(Date::parseIso(date.toIso()) == date);
    }
}

TEST_CASE("date formats parse their own layout") {
    CHECK(parseDate("2024-01-31", DateFormat::Iso) == d("2024-01-31"));
    CHECK(parseDate("20240131", DateFormat::Compact) == d("2024-01-31"));
    CHECK(parseDate("31.01.2024", DateFormat::DotDmy) == d("2024-01-31"));
    CHECK(parseDate("31/01/2024", DateFormat::SlashDmy) == d("2024-01-31"));
    CHECK(parseDate("01/31/2024", DateFormat::SlashMdy) == d("2024-01-31"));
    CHECK_FALSE(parseDate("31/01/2024", DateFormat::SlashMdy).has_value());
    CHECK_FALSE(parseDate("2024-01-31", DateFormat::Compact).has_value());
}

TEST_CASE("date-times: the day is the date part, whatever time follows") {
    const auto day = d("2010-12-01");
    CHECK(parseDate("2010-12-01 08:26", DateFormat::Iso) == day);
    CHECK(parseDate("2010-12-01 08:26:00", DateFormat::Iso) == day);
    CHECK(parseDate("2010-12-01T08:26:00Z", DateFormat::Iso) == day);
    CHECK(parseDate("2010-12-01T23:59:59+02:00", DateFormat::Iso) == day);
    CHECK(parseDate("2010-12-01T08:26:00.123-05:00", DateFormat::Iso) == day);
    CHECK(parseDate("2010-12-01 10:23:45 -0500", DateFormat::Iso) == day);
    CHECK(parseDate("12/1/2010 8:26", DateFormat::SlashMdy) == day);
    CHECK(parseDate("12/1/2010 8:26 PM", DateFormat::SlashMdy) == day);
    CHECK(parseDate("1/12/2010 18:26", DateFormat::SlashDmy) == day);
    CHECK(parseDate("1.12.2010 8:26", DateFormat::DotDmy) == day);
    CHECK(parseDate("01.12.2010", DateFormat::DotDmy) == day);
    CHECK_FALSE(parseDate("2010-12-01 25:00", DateFormat::Iso).has_value());
    CHECK_FALSE(parseDate("2010-12-01 8", DateFormat::Iso).has_value());
    CHECK_FALSE(parseDate("2010-12-01x", DateFormat::Iso).has_value());
    CHECK_FALSE(parseDate("12/1/10", DateFormat::SlashMdy).has_value());
    CHECK_FALSE(parseDate("123/1/2010", DateFormat::SlashMdy).has_value());
    CHECK_FALSE(parseDate("2010-12-01 13:00 PM", DateFormat::Iso).has_value());
}

TEST_CASE("day/month order is settled by any value of the whole file") {
    DateFormatDetector detector;
    for (int i = 0; i < 10000; ++i)
        detector.add("12/1/2010 8:26");
    CHECK_FALSE(detector.result().has_value());
    CHECK(detector.undecidedDayMonth());
    detector.add("12/13/2010 9:00");
    CHECK(detector.result() == DateFormat::SlashMdy);
    CHECK_FALSE(detector.undecidedDayMonth());
}

TEST_CASE("date format detection refuses ambiguous samples") {
    std::vector<std::string_view> ambiguous = {"01/02/2024", "03/04/2024"};
    CHECK_FALSE(detectDateFormat(ambiguous).has_value());
    std::vector<std::string_view> dayFirst = {"01/02/2024", "13/04/2024"};
    CHECK(detectDateFormat(dayFirst) == DateFormat::SlashDmy);
    std::vector<std::string_view> monthFirst = {"01/02/2024", "04/13/2024"};
    CHECK(detectDateFormat(monthFirst) == DateFormat::SlashMdy);
    std::vector<std::string_view> compact = {"19970101", "19980630"};
    CHECK(detectDateFormat(compact) == DateFormat::Compact);
    std::vector<std::string_view> mixed = {"2024-01-01", "01.01.2024"};
    CHECK_FALSE(detectDateFormat(mixed).has_value());
}
