#include "core/customer_rows.h"
#include "core/purchase_rows.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;

namespace {

CsvImportOptions named(const char* file) {
    CsvImportOptions o;
    o.fileName = file;
    return o;
}

std::string errorOf(std::string_view data, const CsvImportOptions& o) {
    try {
        parsePurchaseCsv(data, o);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("purchases map columns by header name in any order") {
    const auto rows = parsePurchaseCsv("Amount,Order ID,Customer ID,Date\n"
                                       "12.50,o1,C1,2024-01-31\n"
                                       "-2.00,o2,C2,2024-02-01\n",
                                       named("p.csv"));
    REQUIRE(rows.size() == 2);
    CHECK(rows.customerOf(0) == "C1");
    CHECK(rows.customers.size() == 2);
    CHECK(rows.purchaseIdOf(1) == "o2");
    CHECK(rows.day[0] == d("2024-01-31").days());
    CHECK(rows.amount[1] == -200);
    CHECK(rows.line[1] == 3);
}

TEST_CASE("purchases without a header take columns by position") {
    CsvImportOptions o = named("cdnow.txt");
    o.columns = {{"date", "3"}, {"amount", "5"}};
    const auto rows = parsePurchaseCsv(" 00004 0001 19970101  2   29.33\n"
                                       " 00004 0001 19970118  2   29.73\n",
                                       o);
    REQUIRE(rows.size() == 2);
    CHECK(rows.customerOf(0) == "00004");
    CHECK(rows.customers.size() == 1);
    CHECK(rows.purchaseIdOf(0).empty());
    CHECK(rows.day[1] == d("1997-01-18").days());
    CHECK(rows.amount[1] == 2973);
}

TEST_CASE("European files: semicolons, day-first dates, decimal commas") {
    CsvImportOptions o = named("eu.csv");
    o.decimalSeparator = ',';
    const auto rows = parsePurchaseCsv("Kunde;Datum;Betrag\nK1;31.01.2024;1 234,56\n"
                                       "K2;01.02.2024;\"0,99\"\n",
                                       o);
    REQUIRE(rows.size() == 2);
    CHECK(rows.amount[0] == 123456);
    CHECK(rows.day[0] == d("2024-01-31").days());
}

TEST_CASE("a bad row names file, line, column and value") {
    const std::string data = "customer,date,amount\n"
                             "C1,2024-01-01,1.00\nC1,2024-01-02,1.00\nC1,2024-01-03,1.00\n"
                             "C1,2024-01-04,1.00\nC1,2024-01-05,1.00\nC1,2024-13-06,1.00\n";
    CHECK(errorOf(data, named("p.csv")) ==
          "p.csv:7:2: date is not a date in the format YYYY-MM-DD ('2024-13-06')");
    CHECK(errorOf("customer,date,amount\nC1,2024-01-01,12.x\n", named("p.csv")) ==
          "p.csv:2:3: amount is not an amount with decimal separator '.' and at most 2 "
          "decimals ('12.x')");
    CHECK(errorOf("customer,date,amount\nC1,2024-01-01\n", named("p.csv")) ==
          "p.csv:2:3: expected 3 columns, found 2 ('')");
    CHECK(errorOf("customer,date,amount,quantity\nC1,2024-01-01,5.00,-2\n", named("p.csv")) ==
          "p.csv:2:4: quantity is negative (enter a refund as a negative amount) ('-2')");
    CHECK(errorOf("customer,date,amount\n,2024-01-01,5.00\n", named("p.csv")) ==
          "p.csv:2:1: customer id is empty ('')");
}

TEST_CASE("skipping bad rows imports the rest and lists the rejects") {
    CsvImportOptions o = named("p.csv");
    o.skipBadRows = true;
    const auto rows = parsePurchaseCsv("customer,date,amount\nC1,2024-01-01,1.00\n"
                                       "C2,2024-01-02,oops\nC3,2024-01-03,3.00\n",
                                       o);
    CHECK(rows.size() == 2);
    REQUIRE(rows.rejects.size() == 1);
    CHECK(rows.rejects[0].line == 3);
    CHECK(rows.rejects[0].value == "oops");
}

TEST_CASE("an ambiguous or unknown date format is refused before reading") {
    const std::string e = errorOf("customer,date,amount\nC1,01/02/2024,1.00\n", named("p.csv"));
    CHECK(e.find("cannot tell the date format") != std::string::npos);
    CHECK(e.find("01/02/2024") != std::string::npos);
    CsvImportOptions o = named("p.csv");
    o.dateFormat = DateFormat::SlashMdy;
    CHECK(parsePurchaseCsv("customer,date,amount\nC1,01/02/2024,1.00\n", o).day[0] ==
          d("2024-01-02").days());
    CHECK(errorOf("customer,date,amount\nC1,Jan 2 2024,1.00\n", named("p.csv"))
              .find("cannot tell the date format") != std::string::npos);
}

TEST_CASE("a missing required column is named") {
    CHECK(errorOf("customer,when,amount\nC1,2024-01-01,1\n", named("p.csv")) ==
          "p.csv:1: no date column: name it in the header or map it with --column "
          "date=NAME_OR_POSITION");
}

TEST_CASE("customer files keep names in any script") {
    const auto rows =
        parseCustomerCsv("id,name,company,customer_since,notes\n"
                         "K1,Анна Иванова,\"ООО \"\"Ромашка\"\"\",2020-03-01,\"a\nb\"\n"
                         "K2,Zoë Ñúñez,,,\n",
                         named("c.csv"));
    REQUIRE(rows.records.size() == 2);
    CHECK(rows.records[0].name == "Анна Иванова");
    CHECK(rows.records[0].company == "ООО \"Ромашка\"");
    CHECK(rows.records[0].customerSince == d("2020-03-01").days());
    CHECK(rows.records[0].notes == "a\nb");
    CHECK(rows.records[1].name == "Zoë Ñúñez");
    CHECK(rows.records[1].customerSince == kNoDay);
}
