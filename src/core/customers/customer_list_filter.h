#pragma once

#include "core/base/error_fact.h"
#include "core/customers/customer_query.h"
#include "core/value/value_settings.h"

#include <string>
#include <string_view>

namespace cartera {

// A customer-list filter as text, so that a saved list reads the same in the app, on the
// command line and in the file: "stage=new,adolescent; activity=at risk; class=A; owner=Ana
// Ruiz; segment=Champions; tier=Gold; text=gmbh". A key left out matches everyone; segments and
// tiers are named by the portfolio's tables. A filter of chosen customers ("only") has no text.
class CustomerListFilter {
  public:
    static std::string toText(const CustomerFilter& filter, const ValueSettings& names);
    // Throws InputError naming the part it cannot read.
    static CustomerFilter parse(std::string_view text, const ValueSettings& names);
};

} // namespace cartera
