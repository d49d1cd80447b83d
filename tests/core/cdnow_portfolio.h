#pragma once

#include "core/base/file_io.h"
#include "core/import/purchase_rows.h"
#include "core/portfolio/portfolio.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace cartera::test {

// The CDNOW sample of tests/data as the importer reads it (customer = master id, column 1),
// built into a Portfolio the way the loader builds one: customers by id, purchases by day.
inline Portfolio cdnowPortfolio() {
    const std::string data = readFileBytes(std::string(CARTERA_TEST_DATA) + "/CDNOW_sample.txt");
    CsvImportOptions o;
    o.delimiter = Delimiter::blanks();
    o.header = false;
    o.dateFormat = DateFormat::Compact;
    o.columns = {{"customer", "1"}, {"date", "3"}, {"amount", "5"}};
    const PurchaseRows rows = parsePurchaseCsv(data, o);
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto ca = rows.customerOf(a), cb = rows.customerOf(b);
        return ca != cb ? ca < cb : rows.day[a] < rows.day[b];
    });
    PortfolioBuilder builder;
    std::int64_t id = 0;
    std::string_view current;
    for (std::size_t k : order) {
        if (id == 0 || rows.customerOf(k) != current) {
            current = rows.customerOf(k);
            builder.addCustomer(++id, current, kNoDay);
        }
        builder.addPurchase(rows.day[k], rows.amount[k]);
    }
    return builder.take();
}

} // namespace cartera::test
