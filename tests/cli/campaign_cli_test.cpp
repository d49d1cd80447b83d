#include "../storage/storage_fixture.h"
#include "cli_runner.h"
#include "storage/activity_repository.h"
#include "storage/campaign_repository.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fstream>

using namespace cartera;
using cartera::test::runCliWith;
using cartera::test::TempDir;
using cartera::test::writeText;

namespace {

// Twenty customers who all bought in 2025; from 2026-03-01, K1..K8 buy again.
std::string portfolio(const TempDir& dir) {
    const std::string db = dir.file("p.cartera");
    std::string purchases = "customer_id,date,amount\n";
    for (int k = 1; k <= 20; ++k) {
        purchases += fmt::format("K{},2025-06-01,10.00\n", k);
        if (k <= 8)
            purchases += fmt::format("K{},2026-03-10,25.00\n", k);
    }
    writeText(dir.file("purchases.csv"), purchases);
    REQUIRE(runCliWith({"import", "purchases", db, dir.file("purchases.csv")}).code == 0);
    REQUIRE(runCliWith({"customers", db, "--as-of", "2026-02-28", "--save-list", "all"}).code == 0);
    return db;
}

} // namespace

TEST_CASE("a campaign from the command line: control group held out, uplift, treated export") {
    TempDir dir;
    const std::string db = portfolio(dir);
    const auto made = runCliWith({"campaign", "create", db, "--name", "Spring", "--list", "all",
                                  "--channel", "email", "--offer", "10 % off", "--start",
                                  "2026-03-01", "--control", "20", "--seed", "5"});
    INFO(made.err);
    REQUIRE(made.code == 0);
    CHECK(made.out == "campaign 'Spring': 16 treated, 4 held out as the control group (seed 5); "
                      "16 contacts logged on 2026-03-01\n");
    CHECK(runCliWith(
              {"campaign", "create", db, "--name", "Spring", "--list", "all", "--channel", "email"})
              .err == "cartera-cli: there is already a campaign named 'Spring'\n");
    CHECK(runCliWith(
              {"campaign", "create", db, "--name", "X", "--list", "nope", "--channel", "email"})
              .err == "cartera-cli: no list 'nope' (see 'cartera-cli lists')\n");

    // The stored control group is the one the seed draws, and none of it was contacted.
    auto file = Database::open(db);
    CampaignRepository campaigns(*file);
    const Campaign spring = *campaigns.find("Spring");
    const auto members = campaigns.members(spring.id);
    std::vector<std::int64_t> ids;
    for (const CampaignMember& m : members)
        ids.push_back(m.customerId);
    const std::vector<bool> drawn = controlGroup(ids, 20, 5);
    std::size_t controlBuyers = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
        CHECK(members[k].control == drawn[k]);
        CHECK(ActivityRepository(*file).interactions(members[k].customerId).size() ==
              (members[k].control ? 0u : 1u));
        // Customers 1..8 (row ids 1..8) bought in the window.
        if (members[k].control && members[k].customerId <= 8)
            ++controlBuyers;
    }
    const std::size_t treatedBuyers = 8 - controlBuyers;
    const auto shown = runCliWith({"campaign", "show", db, "Spring", "--as-of", "2026-06-30"});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.find(fmt::format("treated       16 customers,       {} bought",
                                     treatedBuyers)) != std::string::npos);
    CHECK(shown.out.find(fmt::format("control        4 customers,       {} bought",
                                     controlBuyers)) != std::string::npos);
    CHECK(shown.out.find("(final)") != std::string::npos);
    CHECK(runCliWith({"campaign", "list", db, "--as-of", "2026-03-15"})
              .out.find("in progress, counted to 2026-03-15") != std::string::npos);

    const auto csv = runCliWith({"campaign", "export", db, "Spring", "--csv", "-"});
    REQUIRE(csv.code == 0);
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 17); // header + 16 treated
}
