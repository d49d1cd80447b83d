#include "purchase_rows.h"

#include <array>
#include <deque>
#include <unordered_map>

namespace cartera {

namespace {

const std::array<ColumnRole, 5> kPurchaseRoles = {
    ColumnRole{"customer",
               {"customer", "customer_id", "customer_external_id", "client", "client_id",
                "id_customer", "master_id", "customerid", "kunde", "kundennummer", "cliente"},
               true,
               false,
               1},
    ColumnRole{"date",
               {"date", "day", "purchase_date", "order_date", "invoice_date", "datum", "fecha"},
               true,
               true,
               2},
    ColumnRole{
        "amount",
        {"amount", "value", "revenue", "total", "dollar_value", "price", "betrag", "importe"},
        true,
        false,
        3},
    ColumnRole{"purchase_id",
               {"purchase_id", "order_id", "transaction_id", "invoice", "invoice_no", "invoice_id"},
               false,
               false,
               0},
    ColumnRole{"quantity", {"quantity", "qty", "number_of_cds", "units"}, false, false, 0},
};

} // namespace

std::span<const ColumnRole> purchaseColumnRoles() {
    return kPurchaseRoles;
}

PurchaseRows parsePurchaseCsv(std::string_view data, const CsvImportOptions& options,
                              int minorDigits,
                              const std::function<void(std::size_t, std::size_t)>& progress) {
    CsvImportReader reader(data, options, kPurchaseRoles);
    PurchaseRows rows;
    // ~25 bytes a line in the usual exports: reserve once instead of growing.
    const std::size_t guess = data.size() / 24 + 16;
    rows.day.reserve(guess);
    rows.amount.reserve(guess);
    rows.line.reserve(guess);
    rows.customer.reserve(guess);
    const auto customerColumn = reader.column("customer");
    const auto dateColumn = reader.column("date");
    const auto amountColumn = reader.column("amount");
    const auto idColumn = reader.column("purchase_id");
    const auto quantityColumn = reader.column("quantity");
    if (idColumn.index >= 0)
        rows.externalId.reserve(guess, guess * 8);

    // Distinct customers by id. Keys view into the file where they can, else into `owned`.
    std::unordered_map<std::string_view, std::uint32_t> known;
    std::deque<std::string> owned;
    auto customerIndex = [&](std::string_view id) {
        const auto it = known.find(id);
        if (it != known.end())
            return it->second;
        const auto index = static_cast<std::uint32_t>(rows.customers.size());
        rows.customers.push_back(id);
        if (id.data() < data.data() || id.data() >= data.data() + data.size())
            id = owned.emplace_back(id);
        known.emplace(id, index);
        return index;
    };

    reader.forEach(
        [&](const CsvImportReader::Record& r) {
            const std::string_view customer = reader.cell(r, customerColumn);
            if (customer.empty())
                throw ImportIssue{r.line, static_cast<std::size_t>(customerColumn.index) + 1,
                                  "customer id is empty", ""};
            const auto day = reader.dateCell(r, dateColumn);
            if (!day)
                throw ImportIssue{r.line, static_cast<std::size_t>(dateColumn.index) + 1,
                                  "date is empty", ""};
            const auto amount = reader.moneyCell(r, amountColumn, minorDigits);
            if (!amount)
                throw ImportIssue{r.line, static_cast<std::size_t>(amountColumn.index) + 1,
                                  "amount is empty", ""};
            if (quantityColumn.index >= 0) {
                const std::string_view q = reader.cell(r, quantityColumn);
                if (!q.empty() && q.front() == '-')
                    throw ImportIssue{r.line, static_cast<std::size_t>(quantityColumn.index) + 1,
                                      "quantity is negative (enter a refund as a negative amount)",
                                      std::string(q)};
            }
            rows.customer.push_back(customerIndex(customer));
            if (idColumn.index >= 0)
                rows.externalId.push_back(reader.cell(r, idColumn));
            rows.day.push_back(*day);
            rows.amount.push_back(*amount);
            rows.line.push_back(static_cast<std::uint32_t>(r.line));
        },
        progress);
    rows.rejects = reader.rejects();
    return rows;
}

} // namespace cartera
