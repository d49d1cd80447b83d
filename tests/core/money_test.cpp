#include "core/analysis/analysis_settings.h"
#include "core/base/money.h"

#include <catch2/catch.hpp>

using namespace cartera;

TEST_CASE("money parses to exact cents") {
    CHECK(parseMoney("1234.56") == 123456);
    CHECK(parseMoney("-12.5") == -1250);
    CHECK(parseMoney("+7") == 700);
    CHECK(parseMoney("0") == 0);
    CHECK(parseMoney("0.1") == 10);
    CHECK(parseMoney("1,234.56") == 123456);
    CHECK(parseMoney("29.33") == 2933);
    // 0.1 + 0.2 style errors cannot happen: no float is involved.
    CHECK(parseMoney("9007199254740993.01") == 900719925474099301);
}

TEST_CASE("money parses European and accounting notations when asked") {
    const MoneyFormat comma{',', 2, false};
    CHECK(parseMoney("1 234,56", comma) == 123456);
    CHECK(parseMoney("1.234,56", comma) == 123456);
    CHECK(parseMoney("1\xC2\xA0"
                     "234,56",
                     comma) == 123456);
    CHECK(parseMoney("12,5", comma) == 1250);
    CHECK(parseMoney("(12.50)", {'.', 2, true}) == -1250);
    CHECK_FALSE(parseMoney("(12.50)").has_value());
}

TEST_CASE("money refuses what it cannot read exactly") {
    CHECK_FALSE(parseMoney("").has_value());
    CHECK_FALSE(parseMoney("abc").has_value());
    CHECK_FALSE(parseMoney("12.345").has_value()); // three decimals for a two-decimal currency
    CHECK_FALSE(parseMoney("12,5").has_value());   // a decimal comma read with '.'
    CHECK_FALSE(parseMoney("1,23,456.00").has_value());
    CHECK_FALSE(parseMoney("1.2.3").has_value());
    CHECK_FALSE(parseMoney("--5").has_value());
    CHECK_FALSE(parseMoney("99999999999999999999").has_value());
}

TEST_CASE("money formats with a locale's separators") {
    CHECK(formatMoney(123456) == "1234.56");
    CHECK(formatMoney(123456, {",", " ", 2}) == "1 234,56");
    CHECK(formatMoney(-5) == "-0.05");
    CHECK(formatMoney(0) == "0.00");
    CHECK(formatMoney(100000000, {".", ",", 2}) == "1,000,000.00");
    CHECK(formatMoney(1234, {".", ",", 0}) == "1,234");
}

TEST_CASE("ratios parse and print exactly") {
    CHECK(Ratio::parse("0.8")->numerator == 4);
    CHECK(Ratio::parse("0.8")->denominator == 5);
    CHECK(Ratio::parse("80%")->toString() == "0.8");
    CHECK(Ratio::parse("0.95")->toString() == "0.95");
    CHECK(Ratio::parse("1/3")->toString() == "1/3");
    CHECK(Ratio::parse("1")->toString() == "1");
    CHECK_FALSE(Ratio::parse("1.5").has_value());
    CHECK_FALSE(Ratio::parse("0").has_value());
    CHECK_FALSE(Ratio::parse("x").has_value());
}

TEST_CASE("ratios refuse zero, signs and terms that would overflow") {
    CHECK_FALSE(Ratio::parse("0/5").has_value());
    CHECK_FALSE(Ratio::parse("0.0").has_value());
    CHECK_FALSE(Ratio::parse("-1/2").has_value());
    CHECK_FALSE(Ratio::parse("-0.5").has_value());
    CHECK_FALSE(Ratio::parse("9/204800000000").has_value());
    CHECK_FALSE(Ratio::parse("99999999999999999999/1").has_value());
    CHECK_FALSE(Ratio::parse("1/0").has_value());
    CHECK_FALSE(Ratio::parse("3/2").has_value());
    // 1/2^29 has an exact decimal of 29 places: shown as the fraction.
    CHECK(Ratio::parse("1/536870912")->toString() == "1/536870912");
    CHECK(Ratio::parse("1/512")->toString() == "0.001953125");
    CHECK(Ratio::parse("1/1024")->toString() == "1/1024");
    CHECK(Ratio::parse("2/4")->toString() == "0.5");
    CHECK(Ratio::parse("100%")->toString() == "1");
}

TEST_CASE("a line amount is quantity x unit price, rounded once, halves away from zero") {
    // Prices with 6 decimals, quantities with 3, cents out.
    CHECK(lineAmount(2000, 3, 125000, 6, 2) == 25);   // 2 x 0.125 = 0.25
    CHECK(lineAmount(3000, 3, 125000, 6, 2) == 38);   // 3 x 0.125 = 0.375 -> 0.38
    CHECK(lineAmount(-3000, 3, 125000, 6, 2) == -38); // -0.375 -> -0.38
    CHECK(lineAmount(3000, 3, -125000, 6, 2) == -38);
    CHECK(lineAmount(1500, 3, 2550000, 6, 2) == 383);  // 1.5 x 2.55 = 3.825 -> 3.83
    CHECK(lineAmount(6000, 3, 2550000, 6, 2) == 1530); // 6 x 2.55 = 15.30
    CHECK(lineAmount(1000, 3, 4999, 6, 2) == 0);       // 0.004999 -> 0.00
    CHECK(lineAmount(1000, 3, 5000, 6, 2) == 1);       // 0.005 -> 0.01
    CHECK(lineAmount(0, 3, 5000, 6, 2) == 0);
    CHECK(lineAmount(80995000, 3, 2080000, 6, 2) == 16846960); // 80,995 x 2.08 = 168,469.60
    CHECK(lineAmount(3, 0, 7, 0, 2) == std::nullopt);          // cannot add decimals
    CHECK(lineAmount(INT64_MAX, 0, INT64_MAX, 2, 2) == std::nullopt);
}
