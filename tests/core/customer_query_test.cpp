#include "core/customers/customer_query.h"
#include "core/flow/flow_health.h"
#include "test_portfolio.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::d;
using cartera::test::TestPortfolio;

namespace {

struct Fixture {
    Portfolio portfolio = TestPortfolio()
                              .add("K1", {{"2024-05-01", 5000}})                     // new, active
                              .add("K2", {{"2021-01-01", 100}, {"2024-06-01", 900}}) // mature
                              .add("K3", {{"2022-01-01", 300}})                      // lost
                              .add("K4", {}, "2024-07-01")                           // not yet
                              .build();
    CustomerDirectory directory;
    CustomerMetrics metrics;

    Fixture() {
        directory.add("K1", "Анна Иванова", "ООО Ромашка", "anna@example.com", "Ana");
        directory.add("K2", "ÉLODIE Lefèvre", "Aurora SA", "elodie@example.com", "Ben");
        directory.add("K3", "Γιώργος Νικολάου", "", "g@example.com", "Ana");
        directory.add("K4", "Zed", "", "", "Ben");
        metrics = computeCustomerMetrics(portfolio, AnalysisSettings{}, d("2024-06-15"));
    }
};

} // namespace

TEST_CASE("case folding covers Latin, Greek and Cyrillic capitals") {
    CHECK(foldCase("ÉLODIE Lefèvre") == "élodie lefèvre");
    CHECK(foldCase("АННА") == "анна");
    CHECK(foldCase("ΓΙΏΡΓΟΣ") == foldCase("γιώργος")); // final sigma folds too
    CHECK(foldCase("Ёлка") == "ёлка");
}

TEST_CASE("customer metrics for the list") {
    Fixture f;
    CHECK(f.metrics.revenueAll[1] == 1000);
    CHECK(f.metrics.revenue12m[1] == 900);
    CHECK(f.metrics.purchaseCount[1] == 2);
    CHECK(f.metrics.paretoRank[0] == 1); // 5000 in the last 12 months
    CHECK(f.metrics.paretoRank[1] == 2);
    CHECK(f.metrics.paretoRank[2] == 0); // nothing in the window
    CHECK(f.metrics.paretoClassOf(0) == ParetoClass::A);
    CHECK(f.metrics.paretoClassOf(2) == ParetoClass::Unranked);
}

TEST_CASE("the customer query filters by text in any script, stage, activity, class, owner") {
    Fixture f;
    CustomerQuery q(f.portfolio, f.directory, f.metrics);
    CustomerFilter all;
    CHECK(q.filter(all).size() == 4);
    CustomerFilter text;
    text.text = "иван";
    CHECK(q.filter(text) == std::vector<std::uint32_t>{0});
    text.text = "élodie";
    CHECK(q.filter(text) == std::vector<std::uint32_t>{1});
    text.text = "k3";
    CHECK(q.filter(text) == std::vector<std::uint32_t>{2});
    CustomerFilter lost;
    lost.activityMask = 1u << static_cast<int>(Activity::Lost);
    CHECK(q.filter(lost) == std::vector<std::uint32_t>{2});
    CustomerFilter mature;
    mature.stageMask = 1u << static_cast<int>(Stage::Mature);
    CHECK(q.filter(mature) == std::vector<std::uint32_t>{1, 2}); // K3 is mature, and lost
    mature.activityMask = 0x03;                                  // as the overview counts it
    CHECK(q.filter(mature) == std::vector<std::uint32_t>{1});
    CustomerFilter prospects;
    prospects.stageMask = CustomerFilter::kNotYetBit;
    CHECK(q.filter(prospects) == std::vector<std::uint32_t>{3});
    CustomerFilter classA;
    classA.paretoClassMask = 1u << static_cast<int>(ParetoClass::A);
    CHECK(q.filter(classA) == std::vector<std::uint32_t>{0}); // 5000 of 5900 crosses 80 %
    CustomerFilter owner;
    owner.owner = "Ana";
    CHECK(q.filter(owner) == std::vector<std::uint32_t>{0, 2});
}

TEST_CASE("a narrower filter may scan only the previous result") {
    Fixture f;
    CustomerQuery q(f.portfolio, f.directory, f.metrics);
    CustomerFilter a;
    a.text = "example";
    CustomerFilter b = a;
    b.text = "example.com";
    CHECK(b.narrows(a));
    CHECK_FALSE(a.narrows(b));
    const auto first = q.filter(a);
    CHECK(q.filter(b, &first) == q.filter(b));
}

TEST_CASE("the customer query sorts by any column") {
    Fixture f;
    CustomerQuery q(f.portfolio, f.directory, f.metrics);
    auto rows = q.filter({});
    q.sort(rows, {CustomerColumn::RevenueAll, true});
    CHECK(rows == std::vector<std::uint32_t>{0, 1, 2, 3});
    q.sort(rows, {CustomerColumn::RevenueAll, false});
    CHECK(rows == std::vector<std::uint32_t>{3, 2, 1, 0});
    q.sort(rows, {CustomerColumn::Name, false});
    CHECK(rows.front() == 3); // "Zed" < "É..." in UTF-8 byte order
    q.sort(rows, {CustomerColumn::ParetoRank, false});
    CHECK(rows == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("the Pareto curve is sampled from the ranking") {
    Fixture f;
    const auto curve = f.metrics.pareto.curve(10);
    REQUIRE(curve.size() == 3); // (0,0) and one point per ranked customer
    CHECK(curve[1].first == Approx(0.5));
    CHECK(curve[1].second == Approx(5000.0 / 5900.0));
    CHECK(curve[2].second == Approx(1.0));
}

TEST_CASE("flow health warns in plain words") {
    auto period = [](const char* from, const char* to, int stayedNew, int grew, int left,
                     int inflow) {
        CohortFlow f;
        f.from = d(from);
        f.to = d(to);
        f.count[1][1] = stayedNew;
        f.count[1][2] = grew;
        f.count[1][5] = left;
        f.count[0][1] = inflow;
        return f;
    };
    std::vector<CohortFlow> series = {period("2021-01-01", "2022-01-01", 0, 50, 50, 200),
                                      period("2022-01-01", "2023-01-01", 0, 60, 40, 200),
                                      period("2023-01-01", "2024-01-01", 0, 54, 46, 200),
                                      period("2024-01-01", "2025-01-01", 0, 31, 69, 20)};
    const auto warnings = flowHealthWarnings(series);
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].kind == FlowWarning::Kind::FewMovedOn);
    CHECK(warnings[0].stage == FlowState::New);
    CHECK(warnings[0].percent == 31);
    CHECK(warnings[0].medianPercent == 54);
    CHECK(warnings[2].inflow == 20);
    CHECK(warnings[2].outflow == 69);
    CHECK(flowWarningText(warnings[0]) ==
          "only 31 % of the new customers of 2024-01-01 became adolescents by "
          "2025-01-01; the median of earlier periods is 54 %");
    CHECK(flowWarningText(warnings[1]) ==
          "69 % of the new customers of 2024-01-01 were lost by 2025-01-01; the "
          "median of earlier periods is 46 %");
    CHECK(flowWarningText(warnings[2]) ==
          "inflow did not cover outflow from 2024-01-01 to 2025-01-01: 20 "
          "customers came, 69 were lost");
    series.back() = period("2024-01-01", "2025-01-01", 0, 50, 50, 200);
    CHECK(flowHealthWarnings(series).empty());
}

TEST_CASE("search ignores accents and word order") {
    CHECK(searchFold("Benoît Dubois") == "benoit dubois");
    CHECK(searchFold("ŁÓDŹ Straße") == "lodz strasse");
    CHECK(searchFold("Ёлка") == searchFold("елка"));
    CHECK(searchFold("Γιώργος") == searchFold("γιωργος"));
    CHECK(searchWords("  Dubois   Benoît ") == std::vector<std::string>{"dubois", "benoit"});

    Fixture f;
    CustomerDirectory directory;
    directory.add("K1", "Benoît Dubois", "Café Ørsted", "", "");
    directory.add("K2", "Ana Ruiz", "", "", "");
    directory.add("K3", "Γιώργος Νικολάου", "", "", "");
    directory.add("K4", "Zed", "", "", "");
    const CustomerQuery query(f.portfolio, directory, f.metrics);
    auto found = [&](const char* text) {
        CustomerFilter filter;
        filter.text = text;
        return query.filter(filter);
    };
    CHECK(found("benoit") == std::vector<std::uint32_t>{0});
    CHECK(found("Dubois Benoît") == std::vector<std::uint32_t>{0});
    CHECK(found("cafe orsted") == std::vector<std::uint32_t>{0});
    CHECK(found("γιωργος") == std::vector<std::uint32_t>{2});
    CHECK(found("benoit ruiz").empty());                       // every word must match
    CHECK(found("ANA ruiz") == std::vector<std::uint32_t>{1}); // ASCII keys fold too
    // Every customer, ASCII or not, matches exactly the pieces of the fold of its id, name,
    // company and e-mail: the ASCII ones, whose key is made on the fly, as the others.
    directory.add("K5", "ANA-Marie O'Neil", "ACME Ltd.", "Ana@Example.COM", "Jo");
    directory.add("K6", "Ærø Ölund", "ÉCOLE", "ae@x.dk", "Jo");
    // A non-ASCII id, and a fold longer than 127 bytes (its stored length takes two bytes).
    std::string longCompany;
    for (int k = 0; k < 70; ++k)
        longCompany += k % 10 == 9 ? "x" : "Ø";
    directory.add("Müller-12", "Zoë", longCompany, "zoë@müller.de", "");
    const std::vector<std::string> ids{"K1", "K2", "K3", "K4", "K5", "K6", "Müller-12"};
    for (std::size_t i = 0; i < directory.size(); ++i) {
        const std::string key = searchFold(ids[i] + '\x1f' + std::string(directory.name[i]) +
                                           '\x1f' + std::string(directory.company[i]) + '\x1f' +
                                           std::string(directory.email[i]));
        for (std::size_t j = 0; j < directory.size(); ++j)
            for (std::size_t from = 0; from < key.size(); ++from)
                for (std::size_t length = 1; length <= 4 && from + length <= key.size(); ++length) {
                    const std::string word = key.substr(from, length);
                    if (word.find('\x1f') != std::string::npos)
                        continue;
                    const std::string other =
                        searchFold(ids[j] + '\x1f' + std::string(directory.name[j]) + '\x1f' +
                                   std::string(directory.company[j]) + '\x1f' +
                                   std::string(directory.email[j]));
                    INFO(i << " " << j << " " << word);
                    CHECK(directory.containsWords(j, ids[j], {word}) ==
                          (other.find(word) != std::string::npos));
                }
    }
    CHECK(directory.containsWords(4, "K5", {"ana", "acme", "example.com"}));
    CHECK_FALSE(directory.containsWords(4, "K5", {"ana", "ørsted"}));
    CHECK(directory.containsWords(5, "K6", {"aero", "olund", "ecole"}));
    CHECK(directory.containsWords(6, "Müller-12", {"muller-12", "zoe@muller.de", "ooox"}));
    CHECK_FALSE(directory.containsWords(6, "Müller-12", {"müller"})); // words are folded first
}

TEST_CASE("a query reads the directory only for text, owner and name-column orders") {
    CustomerFilter filter;
    CustomerSort sort;
    CHECK_FALSE(readsDirectory(filter, sort));
    for (const auto column : {CustomerColumn::Id, CustomerColumn::Stage, CustomerColumn::RevenueAll,
                              CustomerColumn::ParetoRank, CustomerColumn::Clv}) {
        sort.column = column;
        CHECK_FALSE(readsDirectory(filter, sort));
    }
    for (const auto column :
         {CustomerColumn::Name, CustomerColumn::Company, CustomerColumn::Owner}) {
        sort.column = column;
        CHECK(readsDirectory(filter, sort));
    }
    sort.column = CustomerColumn::RevenueAll;
    filter.stageMask = 0x01;
    filter.segment = 2;
    CHECK_FALSE(readsDirectory(filter, sort));
    filter.owner = "Ana";
    CHECK(readsDirectory(filter, sort));
    filter.owner.clear();
    filter.text = "c000";
    CHECK(readsDirectory(filter, sort));
}

TEST_CASE("a long list sorts exactly as std::sort does, ties kept in index order") {
    // 240 000 customers, revenues from -10 to 39 cents (refunds): long runs of ties.
    PortfolioBuilder b;
    CustomerDirectory directory;
    for (std::uint32_t i = 0; i < 240'000; ++i) {
        const std::string id = "C" + std::to_string(i);
        b.addCustomer(i + 1, id, d("2024-01-01").days());
        b.addPurchase(d("2024-03-01").days(), static_cast<Cents>((i * 7919u) % 50) - 10);
        directory.add(id, "", "", "", "owner " + std::to_string(i % 13));
    }
    const Portfolio p = b.take();
    const CustomerMetrics m = computeCustomerMetrics(p, AnalysisSettings{}, d("2024-06-15"));
    const CustomerQuery q(p, directory, m);
    // A shuffled start, so that "ties in their order" is no accident of ascending indices.
    std::vector<std::uint32_t> start(p.customerCount());
    for (std::uint32_t i = 0; i < start.size(); ++i)
        start[i] = static_cast<std::uint32_t>((std::uint64_t{i} * 104'729) % start.size());

    for (const bool descending : {true, false}) {
        std::vector<std::uint32_t> rows = start;
        q.sort(rows, {CustomerColumn::RevenueAll, descending});
        std::vector<std::uint32_t> expected = start;
        std::sort(expected.begin(), expected.end(), [&](std::uint32_t a, std::uint32_t b) {
            const Cents x = m.revenueAll[a], y = m.revenueAll[b];
            return x != y ? (descending ? x > y : x < y) : a < b;
        });
        CHECK(rows == expected);

        // A filtered list: every third customer, in the shuffled order.
        std::vector<std::uint32_t> some;
        for (const std::uint32_t i : start)
            if (i % 3 == 0)
                some.push_back(i);
        rows = some;
        q.sort(rows, {CustomerColumn::RevenueAll, descending});
        expected = some;
        std::sort(expected.begin(), expected.end(), [&](std::uint32_t a, std::uint32_t b) {
            const Cents x = m.revenueAll[a], y = m.revenueAll[b];
            return x != y ? (descending ? x > y : x < y) : a < b;
        });
        CHECK(rows == expected);

        rows = start;
        q.sort(rows, {CustomerColumn::Owner, descending});
        expected = start;
        std::stable_sort(expected.begin(), expected.end(), [&](std::uint32_t a, std::uint32_t b) {
            return descending ? directory.owner[b] < directory.owner[a]
                              : directory.owner[a] < directory.owner[b];
        });
        CHECK(rows == expected);
    }
}

TEST_CASE("customers are found by database id, which ascend") {
    PortfolioBuilder b;
    b.addCustomer(3, "A", kNoDay);
    b.addCustomer(8, "B", kNoDay);
    CHECK_THROWS_AS(b.addCustomer(8, "C", kNoDay), std::logic_error);
    CHECK_THROWS_AS(b.addCustomer(5, "C", kNoDay), std::logic_error);
    b.addCustomer(9, "C", kNoDay);
    const Portfolio p = b.take();
    CHECK(p.indexOf(3) == std::optional<std::size_t>(0));
    CHECK(p.indexOf(9) == std::optional<std::size_t>(2));
    CHECK_FALSE(p.indexOf(5));
    CHECK_FALSE(p.indexOf(10));
}
