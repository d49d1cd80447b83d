#include "core/import/customer_rows.h"
#include "core/import/purchase_rows.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

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
    CHECK(errorOf("customer,date,amount,quantity\nC1,2024-01-01,5.00,two\n", named("p.csv")) ==
          "p.csv:2:4: quantity is not a number with at most 3 decimals ('two')");
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
    CHECK(e.find("every date fits both day/month and month/day order") != std::string::npos);
    CHECK(e.find("01/02/2024") != std::string::npos);
    CsvImportOptions o = named("p.csv");
    o.dateFormat = DateFormat::SlashMdy;
    CHECK(parsePurchaseCsv("customer,date,amount\nC1,01/02/2024,1.00\n", o).day[0] ==
          d("2024-01-02").days());
    // A single value no format reads is reported on its own line and column.
    CHECK(errorOf("customer,date,amount\nC1,Jan 2 2024,1.00\n", named("p.csv"))
              .starts_with("p.csv:2:2: date is not in a known format"));
}

TEST_CASE("a missing required column is named") {
    CHECK(errorOf("customer,when,amount\nC1,2024-01-01,1\n", named("p.csv")) ==
          "p.csv:1: no date column");
    CHECK(errorOf("customer,date\nC1,2024-01-01\n", named("p.csv")) ==
          "p.csv:1: no amount column (or unit price column)");
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

namespace {

std::string readTestFile(const char* name) {
    std::ifstream in(std::string(CARTERA_TEST_DATA) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Cents amountOf(const PurchaseRows& rows, std::string_view purchaseId) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows.purchaseIdOf(i) == purchaseId)
            return rows.amount[i];
    FAIL("no purchase " << purchaseId);
    return 0;
}

} // namespace

TEST_CASE("invoice lines in the Online Retail layout, with no options") {
    const auto rows = parsePurchaseCsv(readTestFile("online_retail_layout.csv"),
                                       named("online_retail_layout.csv"));
    CHECK(rows.lines == 12);
    CHECK(rows.size() == 7);
    CHECK(rows.mergedLines == 3);
    CHECK(rows.skippedNoCustomer == 2);
    CHECK(rows.refunds() == 2);
    CHECK(rows.customers.size() == 4);
    CHECK(amountOf(rows, "536365") == 5764);
    CHECK(amountOf(rows, "536366") == 1110);
    CHECK(amountOf(rows, "536367") == 6668);
    CHECK(amountOf(rows, "C536379") == -2750);
    CHECK(amountOf(rows, "536380") == 300);
    CHECK(amountOf(rows, "536381") == 38);
    CHECK(amountOf(rows, "C536383") == -465);
    CHECK(rows.day[0] == d("2010-12-01").days());
    CHECK(rows.day[rows.size() - 1] == d("2010-12-13").days());
    Cents total = 0;
    for (Cents a : rows.amount)
        total += a;
    CHECK(total == 10665);
}

TEST_CASE("a credit note's positive line total is a refund, a negative quantity too") {
    const auto rows = parsePurchaseCsv("Invoice,Customer ID,Order Date,Quantity,Line Total\n"
                                       "C1001,K1,2024-03-01,2,10.00\n"
                                       "1002,K1,2024-03-02,-1,4.00\n"
                                       "1003,K1,2024-03-03,1,-3.00\n"
                                       "CUST9,K1,2024-03-04,1,7.00\n",
                                       named("c.csv"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.amount == std::vector<Cents>{-1000, -400, -300, 700});
}

TEST_CASE("an order spread over two days or customers makes one purchase each") {
    const auto rows = parsePurchaseCsv("order_id,customer,date,amount\n"
                                       "A1,K1,2024-03-01,1.00\nA1,K1,2024-03-01,2.00\n"
                                       "A1,K1,2024-03-02,4.00\nA1,K2,2024-03-01,8.00\n",
                                       named("o.csv"));
    REQUIRE(rows.size() == 3);
    CHECK(rows.amount == std::vector<Cents>{300, 400, 800});
    CHECK(rows.purchaseIdOf(0) == "A1");
    CHECK(rows.purchaseIdOf(1) == "A1#2");
    CHECK(rows.purchaseIdOf(2) == "A1#3");
}

TEST_CASE("every spelling of a missing customer is skipped and counted") {
    const auto rows = parsePurchaseCsv("customer,date,amount\nNA,2024-01-01,1\nN/A,2024-01-01,1\n"
                                       "NULL,2024-01-01,1\nnull,2024-01-01,1\nNone,2024-01-01,1\n"
                                       "-,2024-01-01,1\n,2024-01-01,1\n#N/A,2024-01-01,1\n"
                                       "NaN,2024-01-01,1\nNAB,2024-01-01,2\n",
                                       named("m.csv"));
    CHECK(rows.skippedNoCustomer == 9);
    REQUIRE(rows.size() == 1);
    CHECK(rows.customerOf(0) == "NAB");
}

TEST_CASE("headers of shop exports are recognised") {
    SECTION("Shopify: order number in Name, customer by e-mail, total on the first line") {
        const auto rows = parsePurchaseCsv(
            "Name,Email,Financial Status,Total,Created at,Lineitem quantity,Lineitem name,"
            "Lineitem price\n"
            "#1001,ana@example.com,paid,31.50,2024-05-02 10:23:45 -0400,1,Mug,12.00\n"
            "#1001,ana@example.com,,,2024-05-02 10:23:45 -0400,1,Plate,15.00\n"
            "#1002,bo@example.com,paid,9.99,2024-05-03 08:00:00 -0400,1,Spoon,9.99\n",
            named("orders_export.csv"));
        REQUIRE(rows.size() == 2);
        CHECK(rows.customerOf(0) == "ana@example.com");
        CHECK(rows.purchaseIdOf(0) == "#1001");
        CHECK(rows.amount == std::vector<Cents>{3150, 999});
        CHECK(rows.mergedLines == 1);
    }
    SECTION("WooCommerce analytics: Order #, Net Sales") {
        const auto rows = parsePurchaseCsv("Date,Order #,Status,Customer,Items sold,Net Sales\n"
                                           "2024-05-02,4711,Completed,Ana Ruiz,2,\"1,250.00\"\n",
                                           named("wc.csv"));
        REQUIRE(rows.size() == 1);
        CHECK(rows.purchaseIdOf(0) == "4711");
        CHECK(rows.amount[0] == 125000);
    }
    SECTION("Odoo invoice lines: Partner, Quantity, Unit Price") {
        const auto rows =
            parsePurchaseCsv("Order Reference,Partner,Order Date,Quantity,Unit Price\n"
                             "S00042,Deco Addict,2024-05-02 14:00:00,2.5,10.1\n"
                             "S00042,Deco Addict,2024-05-02 14:00:00,1,0.0085\n",
                             named("odoo.csv"));
        REQUIRE(rows.size() == 1);
        // 2.5 x 10.1 = 25.25; 1 x 0.0085 = 0.0085 -> 0.01
        CHECK(rows.amount[0] == 2526);
    }
}

TEST_CASE("two columns with one name are refused, naming both") {
    CHECK(errorOf("customer,date,amount,Amount\nK1,2024-01-01,1,2\n", named("p.csv")) ==
          "p.csv:1: columns 3 and 4 are both named 'amount': the amount column cannot be told");
}

TEST_CASE("day/month order is settled by a date far down the file") {
    std::string data = "customer,date,amount\n";
    for (int i = 0; i < 6000; ++i)
        data += "K1,3/4/2024 10:00,1\n";
    data += "K1,3/14/2024 10:00,1\n";
    const auto rows = parsePurchaseCsv(data, named("late.csv"));
    CHECK(rows.day[0] == d("2024-03-04").days());
    CHECK(rows.day[6000] == d("2024-03-14").days());
}

namespace {

// A file large enough to be read on two threads: line k (from 2) buys for customer
// "C<(k * 7) % 9000>" on a day and for an amount both worked out from k. `middle`, when
// given, replaces the note of the line at the file's middle.
struct LargeFile {
    static constexpr std::size_t kLines = 120'000; // about 4 MB
    std::string data = "customer,date,amount,note\n";
    std::size_t middleLine = 0;

    explicit LargeFile(std::string_view middle = {}, std::size_t badLower = 0,
                       std::size_t badUpper = 0) {
        std::size_t line = 2; // physical lines: a note's line breaks count
        for (std::size_t k = 0; k < kLines; ++k, ++line) {
            const bool atMiddle = k == kLines / 2;
            if (atMiddle)
                middleLine = line;
            data += "C" + std::to_string((k * 7) % 9000) + ",2024-0" + std::to_string(1 + k % 9) +
                    "-1" + std::to_string(k % 10) + ",";
            data += (line == badLower || line == badUpper) ? std::string("x.1")
                                                           : std::to_string(k % 1000) + ".25";
            data += ",";
            if (atMiddle && !middle.empty()) {
                data += middle;
                line += static_cast<std::size_t>(std::count(middle.begin(), middle.end(), '\n'));
            } else {
                data += "n";
            }
            data += "\n";
        }
    }
};

// What the rows of LargeFile must be, worked out line by line; `breaks` line breaks in the
// middle note push the later lines down.
void checkLargeFile(const PurchaseRows& rows, const LargeFile& f, std::size_t breaks) {
    REQUIRE(rows.size() == LargeFile::kLines);
    CHECK(rows.lines == LargeFile::kLines);
    REQUIRE(rows.customers.size() == 9000);
    std::size_t firstWrong = LargeFile::kLines;
    for (std::size_t k = 0; k < LargeFile::kLines && firstWrong == LargeFile::kLines; ++k) {
        const std::string customer = "C" + std::to_string((k * 7) % 9000);
        const Date day =
            Date::fromYmd(2024, 1 + static_cast<int>(k % 9), 10 + static_cast<int>(k % 10));
        const std::size_t line = 2 + k + (k > LargeFile::kLines / 2 ? breaks : 0);
        // First seen, first numbered: customer (k * 7) % 9000 is new for every k < 9000.
        const bool right = rows.customerOf(k) == customer && rows.day[k] == day.days() &&
                           rows.amount[k] == static_cast<Cents>(k % 1000) * 100 + 25 &&
                           rows.line[k] == line && (k >= 9000 || rows.customer[k] == k);
        if (!right)
            firstWrong = k;
    }
    CHECK(firstWrong == LargeFile::kLines);
    CHECK(rows.line[LargeFile::kLines / 2] == f.middleLine);
}

} // namespace

TEST_CASE("a large file is read on two threads with the one-thread result") {
    const LargeFile plain;
    checkLargeFile(parsePurchaseCsv(plain.data, named("p.csv")), plain, 0);

    // A quoted note with line breaks around the middle: the cut falls inside it, and is
    // found out; the lines after it keep their numbers.
    std::string note = "\"";
    for (int k = 0; k < 3000; ++k)
        note +=
            "C1,2024-01-11,5.00,remark " + std::to_string(k) + "\n"; // records, were it not quoted
    note += "\"";
    const LargeFile quoted(note);
    const std::size_t middle = quoted.data.size() / 2;
    const std::size_t noteStart = quoted.data.find("\"C1,");
    REQUIRE(noteStart < middle);
    REQUIRE(quoted.data.find("remark 2999") > middle);
    const PurchaseRows rows = parsePurchaseCsv(quoted.data, named("p.csv"));
    checkLargeFile(rows, quoted, 3000);
}

TEST_CASE("errors of a file read on two threads are those of one thread, earliest first") {
    const std::size_t lower = 1000, upper = LargeFile::kLines - 1000;
    const LargeFile both({}, lower, upper);
    CHECK(errorOf(both.data, named("p.csv")) ==
          "p.csv:" + std::to_string(lower) +
              ":3: amount is not an amount with decimal separator '.' and at most 2 decimals "
              "('x.1')");
    const LargeFile onlyUpper({}, 0, upper);
    CHECK(errorOf(onlyUpper.data, named("p.csv")) ==
          "p.csv:" + std::to_string(upper) +
              ":3: amount is not an amount with decimal separator '.' and at most 2 decimals "
              "('x.1')");
    CsvImportOptions skip = named("p.csv");
    skip.skipBadRows = true;
    const PurchaseRows rows = parsePurchaseCsv(both.data, skip);
    CHECK(rows.size() == LargeFile::kLines - 2);
    REQUIRE(rows.rejects.size() == 2);
    CHECK(rows.rejects[0].line == lower);
    CHECK(rows.rejects[1].line == upper);
}
