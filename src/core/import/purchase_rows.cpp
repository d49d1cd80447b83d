#include "core/import/purchase_rows.h"

#include <array>
#include <deque>
#include <fmt/format.h>
#include <unordered_map>

namespace cartera {

namespace {

// Aliases are compared without case, spaces and punctuation, first match wins; they cover the
// invoice-line exports of ERPs (the UCI Online Retail layout), Shopify, WooCommerce and Odoo.
const std::array<ColumnRole, 6> kPurchaseRoles = {
    ColumnRole{"customer",
               {"customer_id", "customer", "customer_external_id", "client_id", "client",
                "id_customer", "customer_user_id", "customer_number", "customer_no", "master_id",
                "partner", "kundennummer", "kunde", "cliente", "customer_email", "billing_email",
                "email"},
               true,
               false,
               1},
    ColumnRole{"date",
               {"date", "invoice_date", "order_date", "purchase_date", "transaction_date",
                "sale_date", "day", "created_at", "date_created", "paid_at", "datum", "fecha"},
               true,
               true,
               2},
    ColumnRole{"amount",
               {"amount", "line_amount", "line_total", "total", "order_total", "total_amount",
                "amount_total", "net_sales", "sales", "revenue", "value", "dollar_value",
                "subtotal", "betrag", "importe"},
               false,
               false,
               3},
    ColumnRole{"unit_price",
               {"unit_price", "price", "lineitem_price", "item_price", "price_unit", "einzelpreis",
                "precio_unitario"},
               false,
               false,
               0},
    ColumnRole{
        "quantity",
        {"quantity", "qty", "lineitem_quantity", "units", "number_of_cds", "menge", "cantidad"},
        false,
        false,
        0},
    ColumnRole{"order_id",
               {"order_id", "purchase_id", "invoice_no", "invoice", "invoice_id", "invoice_number",
                "order_number", "order_no", "order", "order_reference", "transaction_id",
                "name@lineitem_name"},
               false,
               false,
               0},
};

// Quantities may have up to 3 decimals (kilograms, hours); unit prices up to 4 more than the
// currency (0.0085 per item).
constexpr int kQuantityDigits = 3;
constexpr int kExtraPriceDigits = 4;

bool isCreditNote(std::string_view orderId) {
    return orderId.size() >= 2 && (orderId[0] == 'C' || orderId[0] == 'c') && orderId[1] >= '0' &&
           orderId[1] <= '9';
}

std::size_t columnNumber(const CsvImportReader::Column& c) {
    return static_cast<std::size_t>(c.index) + 1;
}

// Lines of one order for one customer on one day.
struct OrderKey {
    std::string_view order;
    std::uint32_t customer;
    std::int32_t day;
    bool operator==(const OrderKey&) const = default;
};

struct OrderKeyHash {
    std::size_t operator()(const OrderKey& k) const {
        return std::hash<std::string_view>()(k.order) ^
               (std::hash<std::uint64_t>()((std::uint64_t(k.customer) << 32) ^
                                           std::uint32_t(k.day)) *
                31);
    }
};

} // namespace

std::span<const ColumnRole> purchaseColumnRoles() {
    return kPurchaseRoles;
}

bool isMissingValue(std::string_view cell) {
    if (cell.empty())
        return true;
    if (cell.size() > 4)
        return false;
    std::string lower;
    for (char c : cell)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return lower == "na" || lower == "n/a" || lower == "#n/a" || lower == "null" ||
           lower == "none" || lower == "nan" || lower == "-" || lower == "--" || lower == "nil";
}

std::size_t PurchaseRows::refunds() const {
    std::size_t n = 0;
    for (Cents a : amount)
        n += a < 0;
    return n;
}

PurchaseRows parsePurchaseCsv(std::string_view data, const CsvImportOptions& options,
                              int minorDigits,
                              const std::function<void(std::size_t, std::size_t)>& progress) {
    CsvImportReader reader(data, options, kPurchaseRoles);
    PurchaseRows rows;
    const auto customerColumn = reader.column("customer");
    const auto dateColumn = reader.column("date");
    const auto amountColumn = reader.column("amount");
    const auto priceColumn = reader.column("unit_price");
    const auto quantityColumn = reader.column("quantity");
    const auto orderColumn = reader.column("order_id");
    if (amountColumn.index < 0 && priceColumn.index < 0 && !options.guessOnly) {
        ImportIssue issue{1, 0, errorFact(ErrorKind::ImportNoAmountColumn), {}};
        issue.problem = ImportProblem::MissingColumn;
        issue.role = "amount";
        throw ImportError(options.fileName, std::move(issue));
    }
    // The line's own total wins over quantity x unit price when a file has both: it carries
    // the discounts and taxes the price does not.
    const bool multiply = amountColumn.index < 0;

    // ~25 bytes a line in the usual exports: reserve once instead of growing.
    const std::size_t guess = data.size() / 24 + 16;
    rows.day.reserve(guess);
    rows.amount.reserve(guess);
    rows.line.reserve(guess);
    rows.customer.reserve(guess);
    if (orderColumn.index >= 0)
        rows.externalId.reserve(guess, guess * 8);

    // Distinct customers by id. Keys view into the file where they can, else into `owned`.
    std::unordered_map<std::string_view, std::uint32_t> known;
    std::deque<std::string> owned;
    auto keep = [&](std::string_view text) {
        if (text.data() < data.data() || text.data() >= data.data() + data.size())
            return std::string_view(owned.emplace_back(text));
        return text;
    };
    auto customerIndex = [&](std::string_view id) {
        const auto it = known.find(id);
        if (it != known.end())
            return it->second;
        const auto index = static_cast<std::uint32_t>(rows.customers.size());
        rows.customers.push_back(id);
        known.emplace(keep(id), index);
        return index;
    };
    // Orders seen so far: the row that holds each (order, customer, day), and how many such
    // groups an order id has (an id spread over two customers or days names two purchases).
    std::unordered_map<OrderKey, std::uint32_t, OrderKeyHash> orderRow;
    std::unordered_map<std::string_view, std::uint32_t> groupsOfOrder;

    const MoneyFormat quantityFormat{options.decimalSeparator, kQuantityDigits,
                                     options.parenthesesNegative};
    const MoneyFormat priceFormat{options.decimalSeparator, minorDigits + kExtraPriceDigits,
                                  options.parenthesesNegative};

    reader.forEach(
        [&](const CsvImportReader::Record& r) {
            ++rows.lines;
            const std::string_view customer = reader.cell(r, customerColumn);
            if (isMissingValue(customer)) {
                ++rows.skippedNoCustomer;
                return;
            }
            const auto day = reader.dateCell(r, dateColumn);
            if (!day)
                throw ImportIssue{r.line, columnNumber(dateColumn),
                                  errorFact(ErrorKind::ImportEmptyValue, "date"), ""};
            const std::string_view order =
                orderColumn.index >= 0 ? reader.cell(r, orderColumn) : std::string_view{};

            std::int64_t quantity = 1000; // in thousandths
            bool negativeQuantity = false;
            if (quantityColumn.index >= 0) {
                const std::string_view q = reader.cell(r, quantityColumn);
                if (!q.empty()) {
                    const auto parsed = parseMoney(q, quantityFormat);
                    if (!parsed)
                        throw ImportIssue{r.line, columnNumber(quantityColumn),
                                          errorFact(ErrorKind::ImportBadQuantity), shortValue(q)};
                    quantity = *parsed;
                    negativeQuantity = quantity < 0;
                }
            }
            Cents amount = 0;
            if (multiply) {
                const std::string_view p = reader.cell(r, priceColumn);
                if (p.empty())
                    throw ImportIssue{r.line, columnNumber(priceColumn),
                                      errorFact(ErrorKind::ImportEmptyValue, "unit_price"), ""};
                const auto price = parseMoney(p, priceFormat);
                if (!price)
                    throw ImportIssue{r.line, columnNumber(priceColumn),
                                      errorFact(ErrorKind::ImportNotAnAmount, "unit_price",
                                                options.decimalSeparator,
                                                minorDigits + kExtraPriceDigits),
                                      shortValue(p)};
                const auto line = lineAmount(quantity, kQuantityDigits, *price,
                                             minorDigits + kExtraPriceDigits, minorDigits);
                if (!line)
                    throw ImportIssue{r.line, columnNumber(priceColumn),
                                      errorFact(ErrorKind::ImportLineTooLarge), shortValue(p)};
                amount = *line;
            } else {
                const auto a = reader.moneyCell(r, amountColumn, minorDigits);
                if (!a) {
                    // An order's later lines often leave the order total empty (Shopify):
                    // they belong to the purchase the first line made.
                    if (!order.empty()) {
                        ++rows.mergedLines;
                        return;
                    }
                    throw ImportIssue{r.line, columnNumber(amountColumn),
                                      errorFact(ErrorKind::ImportEmptyValue, "amount"), ""};
                }
                amount = *a;
                // A credit line with a positive total is still money going back.
                if (negativeQuantity && amount > 0)
                    amount = -amount;
            }
            if (isCreditNote(order) && amount > 0)
                amount = -amount;

            const std::uint32_t c = customerIndex(customer);
            if (!order.empty()) {
                const OrderKey key{keep(order), c, *day};
                const auto [it, added] =
                    orderRow.try_emplace(key, static_cast<std::uint32_t>(rows.day.size()));
                if (!added) {
                    Cents& sum = rows.amount[it->second];
                    if ((amount > 0 && sum > INT64_MAX - amount) ||
                        (amount < 0 && sum < INT64_MIN - amount))
                        throw ImportIssue{r.line, columnNumber(orderColumn),
                                          errorFact(ErrorKind::ImportOrderTooLarge),
                                          shortValue(order)};
                    sum += amount;
                    ++rows.mergedLines;
                    return;
                }
                const std::uint32_t group = ++groupsOfOrder[key.order];
                if (group == 1)
                    rows.externalId.push_back(order);
                else
                    rows.externalId.push_back(fmt::format("{}#{}", order, group));
            } else if (orderColumn.index >= 0) {
                rows.externalId.push_back({});
            }
            rows.customer.push_back(c);
            rows.day.push_back(*day);
            rows.amount.push_back(amount);
            rows.line.push_back(static_cast<std::uint32_t>(r.line));
        },
        progress);
    rows.rejects = reader.rejects();
    return rows;
}

} // namespace cartera
