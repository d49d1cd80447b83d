#include "../storage/storage_fixture.h"
#include "cli_runner.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;
using cartera::test::writeText;

TEST_CASE("prospects from the command line sort by fit, say why, and size the market") {
    TempDir dir;
    const std::string db = dir.file("p.cartera");
    // K1 and K2 (Retail) make 90 % of revenue: class A. K3..K6 are Wholesale.
    writeText(dir.file("customers.csv"),
              "id,name,industry,city\n"
              "K1,A,Retail,Madrid\nK2,B,Retail,Lyon\nK3,C,Wholesale,Madrid\n"
              "K4,D,Wholesale,Lyon\nK5,E,Wholesale,Lyon\nK6,F,Wholesale,Lyon\n");
    writeText(dir.file("purchases.csv"), "customer_id,date,amount\n"
                                         "K1,2026-03-01,500.00\nK2,2026-03-01,400.00\n"
                                         "K3,2026-03-01,25.00\nK4,2026-03-01,25.00\n"
                                         "K5,2026-03-01,25.00\nK6,2026-03-01,25.00\n");
    REQUIRE(runCliWith({"import", "customers", db, dir.file("customers.csv")}).code == 0);
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("purchases.csv")}).code == 0);
    writeText(dir.file("leads.csv"),
              "name,industry,region\nWanda,Wholesale,Lyon\nRita,Retail,Madrid\n"
              "Nina,,\n");
    REQUIRE(runCliWith({"prospects", "import", db, dir.file("leads.csv")}).code == 0);

    // Retail: 2 of 6 customers, both class A (of 2): (2 + 5 x 1/3) / (2 + 5) = 0.524 against
    // 0.333, lift 1.571. Madrid: 2 of 6, 1 class A: (1 + 5/3) / 7 = 0.381 / 0.333 = 1.143.
    // Rita: sqrt(1.571 x 1.143) = 1.34. Wholesale: (0 + 5 x 4/6) / 7 / (4/6) = 0.714;
    // Lyon: (1 + 5 x 4/6) / 7 / (4/6) = 0.929; Wanda: sqrt(0.714 x 0.929) = 0.81.
    const auto list = runCliWith({"prospects", "list", db, "--as-of", "2026-06-30", "--csv"});
    INFO(list.err);
    REQUIRE(list.code == 0);
    const auto rita = list.out.find("Rita");
    const auto wanda = list.out.find("Wanda");
    const auto nina = list.out.find("Nina");
    REQUIRE(rita != std::string::npos);
    CHECK(rita < wanda);
    CHECK(wanda < nina);
    CHECK(list.out.find(",Retail,Madrid,,,1.34,industry Retail: 100 % of Pareto customers (33 % of "
                        "all)\r\n") != std::string::npos);
    CHECK(list.out.find(",Wholesale,Lyon,,,0.81,") != std::string::npos);

    const auto market = runCliWith({"prospects", "market", db, "--as-of", "2026-06-30", "--csv"});
    CHECK(market.out == "industry,region,open_prospects,mean_fit\r\n"
                        "(none),(none),1,\r\n"
                        "Retail,Madrid,1,1.34\r\n"
                        "Wholesale,Lyon,1,0.81\r\n");
}
