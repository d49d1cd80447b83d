#pragma once

#include "core/base/money.h"
#include "core/base/string_table.h"
#include "core/import/csv_import_reader.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace cartera {

// Purchases parsed from a file, column by column, in file order.
struct PurchaseRows {
    std::size_t lines = 0;               // data lines read, whatever became of them
    std::size_t skippedNoCustomer = 0;   // lines whose customer was empty, NA, NULL, -, ...
    std::size_t mergedLines = 0;         // lines added to an earlier line of the same order
    StringTable customers;               // distinct external customer ids, first seen first
    std::vector<std::uint32_t> customer; // per row: index into `customers`
    StringTable externalId;              // per row, only when the file has purchase ids
    std::vector<std::int32_t> day;
    std::vector<Cents> amount;
    std::vector<std::uint32_t> line;
    std::vector<ImportIssue> rejects;

    std::size_t size() const { return day.size(); }
    std::size_t refunds() const;
    std::string_view customerOf(std::size_t row) const { return customers[customer[row]]; }
    std::string_view purchaseIdOf(std::size_t row) const {
        return externalId.empty() ? std::string_view{} : externalId[row];
    }
};

std::span<const ColumnRole> purchaseColumnRoles();

// Customer cells that mean "no customer" in exports: empty, NA, N/A, #N/A, NULL, None, NaN, -.
bool isMissingValue(std::string_view cell);

// Columns: customer and date, and either amount (the line's total) or unit_price with an
// optional quantity; order_id and quantity optional. The lines of one order for one customer
// on one day become one purchase known by the order id. A negative quantity, or an order id
// of a credit note ('C' and a digit), makes the line a refund. Lines without a customer are
// skipped and counted.
PurchaseRows parsePurchaseCsv(std::string_view data, const CsvImportOptions& options,
                              int minorDigits = 2,
                              const std::function<void(std::size_t, std::size_t)>& progress = {});

} // namespace cartera
