#pragma once

#include "csv_import_reader.h"
#include "money.h"
#include "string_table.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace cartera {

// Purchases parsed from a file, column by column, in file order.
struct PurchaseRows {
    StringTable customers;               // distinct external customer ids, first seen first
    std::vector<std::uint32_t> customer; // per row: index into `customers`
    StringTable externalId;              // per row, only when the file has purchase ids
    std::vector<std::int32_t> day;
    std::vector<Cents> amount;
    std::vector<std::uint32_t> line;
    std::vector<ImportIssue> rejects;

    std::size_t size() const { return day.size(); }
    std::string_view customerOf(std::size_t row) const { return customers[customer[row]]; }
    std::string_view purchaseIdOf(std::size_t row) const {
        return externalId.empty() ? std::string_view{} : externalId[row];
    }
};

std::span<const ColumnRole> purchaseColumnRoles();

// Columns: customer, date, amount (required); purchase_id, quantity (optional). A negative
// quantity is refused: refunds are negative amounts.
PurchaseRows parsePurchaseCsv(std::string_view data, const CsvImportOptions& options,
                              int minorDigits = 2,
                              const std::function<void(std::size_t, std::size_t)>& progress = {});

} // namespace cartera
