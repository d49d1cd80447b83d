#include "storage/activity_repository.h"
#include "storage/campaign_repository.h"
#include "storage/customer_repository.h"
#include "storage/storage_error.h"
#include "storage_fixture.h"

#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::TempDir;

namespace {

Campaign spring() {
    Campaign c;
    c.name = "Spring";
    c.list = "veterans";
    c.filter = "stage=veteran";
    c.start = Date::fromYmd(2026, 3, 1).days();
    c.channel = "email";
    c.offer = "10 % off";
    c.controlPercent = 20;
    c.seed = 7;
    return c;
}

} // namespace

TEST_CASE("a campaign stores its members, contacts the treated and never the control group") {
    TempDir dir;
    auto db = Database::open(dir.file("p.cartera"), Database::OpenMode::CreateNew);
    std::vector<std::int64_t> ids;
    for (int k = 0; k < 50; ++k) {
        CustomerRecord r;
        r.externalId = "K" + std::to_string(k);
        ids.push_back(CustomerRepository(*db).add(r));
    }
    CampaignRepository campaigns(*db);
    const Campaign made = campaigns.create(spring(), ids);
    CHECK(made.treated == 40);
    CHECK(made.control == 10);
    CHECK_THROWS_WITH(campaigns.create(spring(), ids),
                      "there is already a campaign named 'Spring'");
    Campaign empty = spring();
    empty.name = "Empty";
    CHECK_THROWS_WITH(campaigns.create(empty, {}), "the list 'veterans' has no customers");

    const auto members = campaigns.members(made.id);
    REQUIRE(members.size() == 50);
    const std::vector<bool> expected = controlGroup(ids, 20, 7); // stored as drawn
    ActivityRepository activity(*db);
    for (std::size_t k = 0; k < members.size(); ++k) {
        CHECK(members[k].customerId == ids[k]);
        CHECK(members[k].control == expected[k]);
        const auto contacts = activity.interactions(ids[k]);
        if (members[k].control) {
            CHECK(contacts.empty());
        } else {
            REQUIRE(contacts.size() == 1);
            CHECK(contacts[0].kind == "email");
            CHECK(contacts[0].note == "campaign Spring: 10 % off");
        }
    }
    const auto listed = campaigns.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].treated == 40);
    CHECK(listed[0].seed == 7);

    // Removing takes the logged contacts with it; restoring brings everything back.
    campaigns.remove(made.id);
    for (std::int64_t id : ids)
        CHECK(activity.interactions(id).empty());
    campaigns.restore(made, members);
    CHECK(campaigns.members(made.id).size() == 50);
    std::size_t contacted = 0;
    for (std::int64_t id : ids)
        contacted += activity.interactions(id).size();
    CHECK(contacted == 40);
}
