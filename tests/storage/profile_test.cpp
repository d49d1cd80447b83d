#include "core/import/customer_rows.h"
#include "storage/customer_repository.h"
#include "storage/demo_writer.h"
#include "storage/portfolio_loader.h"
#include "storage/prospect_repository.h"
#include "storage/purchase_importer.h"
#include "storage/task_repository.h"
#include "storage_fixture.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::TempDir;

TEST_CASE("profiles come in with customer files, stay when a file has none, follow conversion") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    const auto first = parseCustomerCsv("id,name,sector,city,size,tags\n"
                                        "K1,Ana,Retail,Madrid,10-49,\"vip, export\"\n",
                                        {});
    REQUIRE(first.hasProfile);
    importCustomers(*db, first, {});
    CustomerRepository customers(*db);
    const Profile expected{"Retail", "Madrid", "10-49", "vip, export"};
    CHECK(customers.findByExternalId("K1")->record.profile == expected);
    // A file without profile columns updates the name and leaves the profile alone.
    const auto second = parseCustomerCsv("id,name\nK1,Ana Ruiz\n", {});
    CHECK_FALSE(second.hasProfile);
    const auto summary = importCustomers(*db, second, {});
    CHECK(summary.updated == 1);
    CHECK(customers.findByExternalId("K1")->record.profile == expected);
    // A changed profile alone counts as an update.
    const auto third = parseCustomerCsv("id,name,industry\nK1,Ana Ruiz,Wholesale\n", {});
    CHECK(importCustomers(*db, third, {}).updated == 1);
    CHECK(customers.findByExternalId("K1")->record.profile.industry == "Wholesale");

    ProspectRepository prospects(*db);
    const auto rows = parseProspectCsv("name,industry,region,tags\nOlga,Retail,Lyon,new\n", {});
    REQUIRE(prospects.importAll(rows).added == 1);
    Prospect p = prospects.list().front();
    CHECK(p.profile == Profile{"Retail", "Lyon", "", "new"});
    p.profile.sizeBand = "50-249";
    prospects.update(p);
    prospects.setStatus(p.id, ProspectStatus::Contacted);
    prospects.setStatus(p.id, ProspectStatus::Qualified);
    const std::int64_t customer = prospects.convert(p.id, "K2", 20000);
    CHECK(customers.find(customer)->record.profile == Profile{"Retail", "Lyon", "50-249", "new"});
}

TEST_CASE("the directory's pass over the customers reads the same profiles and birthdays") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    writeDemo(*db, {300, 5, Date::fromYmd(2026, 1, 1), 8});
    const CustomerProfiles alone = loadCustomerProfiles(*db);
    CustomerProfiles together;
    std::vector<std::int32_t> birthdays;
    const CustomerDirectory directory = loadCustomerDirectory(*db, &together, &birthdays);
    REQUIRE(together.size() == directory.size());
    // The rules' own read gives the same birthdays; without them it reads none.
    const TaskRuleData rules = loadTaskRuleData(*db);
    CHECK(birthdays == rules.birthdays);
    CHECK(std::count(birthdays.begin(), birthdays.end(), kNoDay) <
          static_cast<std::ptrdiff_t>(birthdays.size()));
    CHECK(loadTaskRuleData(*db, false).birthdays.empty());
    REQUIRE(alone.size() == together.size());
    std::size_t withIndustry = 0;
    for (std::size_t i = 0; i < alone.size(); ++i) {
        CHECK(alone.industry[i] == together.industry[i]);
        CHECK(alone.region[i] == together.region[i]);
        CHECK(alone.sizeBand[i] == together.sizeBand[i]);
        CHECK(alone.tags[i] == together.tags[i]);
        withIndustry += !together.industry[i].empty();
    }
    CHECK(withIndustry > 0);
}
