#pragma once

#include "core/import/customer_rows.h"
#include "core/import/import_issue.h"
#include "core/import/purchase_rows.h"
#include "storage/database.h"

#include <functional>
#include <optional>
#include <stdexcept>
#include <vector>

namespace cartera {

struct ImportSummary {
    std::size_t lines = 0;             // data lines of the file
    std::size_t skippedNoCustomer = 0; // lines without a customer, skipped
    std::size_t mergedLines = 0;       // lines that joined their order's purchase
    std::size_t refunds = 0;           // purchases (or rows) with a negative amount
    std::size_t rows = 0;              // purchases or customers the lines made
    std::size_t inserted = 0;
    std::size_t updated = 0;
    std::size_t duplicates = 0; // already in the portfolio: re-imports add nothing twice
    std::size_t newCustomers = 0;
    std::size_t wonBack = 0; // recovery cases these purchases won back
    std::vector<ImportIssue> rejects;
};

// Called now and then with work done and total; returning false cancels the import, which then
// throws ImportCancelled and leaves the portfolio as it was.
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

struct ImportCancelled : std::runtime_error {
    ImportCancelled() : std::runtime_error("import cancelled; nothing was changed") {}
};

// One transaction: all rows or none. Unknown customers are created with their external id.
// A purchase is a duplicate when its purchase id is already stored or, without one, when the
// customer already has as many purchases of that day and amount as this file lists. In the
// same transaction, open recovery cases whose customer bought on or after the day the case
// opened, up to `today` (default Clock::today()), are won back.
ImportSummary importPurchases(Database& db, const PurchaseRows& rows,
                              const ImportProgress& progress = {}, std::optional<Date> today = {});

// Inserts new customers and updates the fields of known ones (by external id).
ImportSummary importCustomers(Database& db, const CustomerRows& rows,
                              const ImportProgress& progress = {});

} // namespace cartera
