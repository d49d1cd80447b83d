#include "core/customers/customer_list_filter.h"

#include <catch2/catch.hpp>

using namespace cartera;

TEST_CASE("a list filter reads and writes as text, by names, and refuses what it cannot read") {
    const ValueSettings names;
    CustomerFilter f;
    f.stageMask = 0x03;       // new, adolescent
    f.activityMask = 0x02;    // at risk
    f.paretoClassMask = 0x01; // A
    f.owner = "Ana Ruiz";
    f.segment = 8; // "Can't lose them" in the default table
    f.tier = 2;    // Gold
    f.text = "gmbh";
    const std::string text = CustomerListFilter::toText(f, names);
    CHECK(text == "stage=new,adolescent; activity=at risk; class=A; owner=Ana Ruiz; "
                  "segment=Can't lose them; tier=Gold; text=gmbh");
    const CustomerFilter back = CustomerListFilter::parse(text, names);
    CHECK(back == f);
    CHECK(CustomerListFilter::toText(CustomerFilter{}, names).empty());
    CHECK(CustomerListFilter::parse("", names) == CustomerFilter{});
    CHECK(CustomerListFilter::parse("tier=no tier; segment=not scored", names).tier == kNoTier);
    CHECK_THROWS_WITH(CustomerListFilter::parse("stage=teen", names),
                      Catch::Contains("stage 'teen' is not one of new, adolescent"));
    CHECK_THROWS_WITH(CustomerListFilter::parse("tier=Diamond", names),
                      Catch::Contains("no tier 'Diamond'"));
    CHECK_THROWS_WITH(CustomerListFilter::parse("colour=red", names),
                      Catch::Contains("unknown key 'colour'"));
    CHECK_THROWS_WITH(CustomerListFilter::parse("stage", names), Catch::Contains("key=value"));
}
