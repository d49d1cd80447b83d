#pragma once

#include "core/base/date.h"
#include "core/base/money.h"
#include "core/import/customer_rows.h"

#include <cstdint>
#include <functional>

namespace cartera {

struct DemoOptions {
    std::size_t customers = 5000;
    std::uint64_t seed = 1;
    Date endDate = Date::fromYmd(2026, 6, 30);
    int years = 8;
};

// Emits each customer, then that customer's purchases in day order.
struct DemoSink {
    std::function<void(std::size_t index, const CustomerRecord&)> customer;
    std::function<void(std::size_t index, std::int32_t day, Cents amount)> purchase;
};

// A synthetic portfolio, the same for the same options: acquisitions growing over the years,
// purchase rates and spend that differ strongly (a fifth of customers make most of the
// revenue), customers who lapse and some who come back, a few refunds, and names in several
// scripts.
void generateDemo(const DemoOptions& options, const DemoSink& sink);

} // namespace cartera
