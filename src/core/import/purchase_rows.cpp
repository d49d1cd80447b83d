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
// From this size on, a file without order ids is read on two threads (about 80 000 lines).
constexpr std::size_t kSplitFrom = 2 * 1024 * 1024;

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

    // One line's values, read without looking at any other line.
    struct Line {
        enum class Kind { NoCustomer, RestOfOrder, Purchase } kind = Kind::Purchase;
        std::string_view customer;
        std::int32_t day = 0;
        Cents amount = 0;
        std::string_view order;
    };
    const auto readLine = [&](const CsvImportReader::Record& r) {
        Line l;
        l.customer = reader.cell(r, customerColumn);
        if (isMissingValue(l.customer)) {
            l.kind = Line::Kind::NoCustomer;
            return l;
        }
        const auto day = reader.dateCell(r, dateColumn);
        if (!day)
            throw ImportIssue{r.line, columnNumber(dateColumn),
                              errorFact(ErrorKind::ImportEmptyValue, "date"), ""};
        l.day = *day;
        l.order = orderColumn.index >= 0 ? reader.cell(r, orderColumn) : std::string_view{};

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
            l.amount = *line;
        } else {
            const auto a = reader.moneyCell(r, amountColumn, minorDigits);
            if (!a) {
                // An order's later lines often leave the order total empty (Shopify): they
                // belong to the purchase the first line made.
                if (!l.order.empty()) {
                    l.kind = Line::Kind::RestOfOrder;
                    return l;
                }
                throw ImportIssue{r.line, columnNumber(amountColumn),
                                  errorFact(ErrorKind::ImportEmptyValue, "amount"), ""};
            }
            l.amount = *a;
            // A credit line with a positive total is still money going back.
            if (negativeQuantity && l.amount > 0)
                l.amount = -l.amount;
        }
        if (isCreditNote(l.order) && l.amount > 0)
            l.amount = -l.amount;
        return l;
    };

    // Without order ids every line is a purchase of its own: a large file is read on two
    // threads, each half with its own customers, joined in file order afterwards.
    if (orderColumn.index < 0 && data.size() >= kSplitFrom && !options.guessOnly) {
        struct Part {
            std::size_t lines = 0, skipped = 0;
            StringTable customers;
            std::unordered_map<std::string_view, std::uint32_t> known;
            std::deque<std::string> owned;
            std::vector<std::uint32_t> customer, line;
            std::vector<std::int32_t> day;
            std::vector<Cents> amount;
        };
        std::array<Part, 2> parts;
        // Part 0's columns become the rows: room for the whole file, reserved, not touched.
        for (Part& part : parts) {
            const std::size_t room = &part == &parts[0] ? guess : guess / 2;
            part.customer.reserve(room);
            part.line.reserve(room);
            part.day.reserve(room);
            part.amount.reserve(room);
        }
        reader.forEachSplit(
            [&](const CsvImportReader::Record& r, std::size_t which) {
                Part& part = which == 0 ? parts[0] : parts[1];
                ++part.lines;
                const Line l = readLine(r);
                if (l.kind == Line::Kind::NoCustomer) {
                    ++part.skipped;
                    return;
                }
                auto it = part.known.find(l.customer);
                if (it == part.known.end()) {
                    // A doubled quote makes a view into the reader's buffer: keep a copy.
                    const bool inFile = l.customer.data() >= data.data() &&
                                        l.customer.data() < data.data() + data.size();
                    const std::string_view key =
                        inFile ? l.customer : std::string_view(part.owned.emplace_back(l.customer));
                    it = part.known.emplace(key, static_cast<std::uint32_t>(part.customers.size()))
                             .first;
                    part.customers.push_back(key);
                }
                part.customer.push_back(it->second);
                part.day.push_back(l.day);
                part.amount.push_back(l.amount);
                part.line.push_back(static_cast<std::uint32_t>(r.line));
            },
            [&](std::size_t which) { parts[which] = Part(); }, progress);
        // Part 0's customers keep their numbers; part 1's new ones follow in their order.
        Part& first = parts[0];
        Part& second = parts[1];
        std::vector<std::uint32_t> renumber(second.customers.size());
        for (std::size_t k = 0; k < second.customers.size(); ++k) {
            const auto it = first.known.find(second.customers[k]);
            if (it != first.known.end()) {
                renumber[k] = it->second;
            } else {
                renumber[k] = static_cast<std::uint32_t>(first.customers.size());
                first.customers.push_back(second.customers[k]);
            }
        }
        rows.lines = first.lines + second.lines;
        rows.skippedNoCustomer = first.skipped + second.skipped;
        rows.customers = std::move(first.customers);
        rows.customer = std::move(first.customer);
        rows.day = std::move(first.day);
        rows.amount = std::move(first.amount);
        rows.line = std::move(first.line);
        for (const std::uint32_t c : second.customer)
            rows.customer.push_back(renumber[c]);
        rows.day.insert(rows.day.end(), second.day.begin(), second.day.end());
        rows.amount.insert(rows.amount.end(), second.amount.begin(), second.amount.end());
        rows.line.insert(rows.line.end(), second.line.begin(), second.line.end());
        rows.rejects = reader.rejects();
        return rows;
    }

    reader.forEach(
        [&](const CsvImportReader::Record& r) {
            ++rows.lines;
            const Line l = readLine(r);
            if (l.kind == Line::Kind::NoCustomer) {
                ++rows.skippedNoCustomer;
                return;
            }
            if (l.kind == Line::Kind::RestOfOrder) {
                ++rows.mergedLines;
                return;
            }
            const std::uint32_t c = customerIndex(l.customer);
            const std::string_view order = l.order;
            const Cents amount = l.amount;
            if (!order.empty()) {
                const OrderKey key{keep(order), c, l.day};
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
            rows.day.push_back(l.day);
            rows.amount.push_back(amount);
            rows.line.push_back(static_cast<std::uint32_t>(r.line));
        },
        progress);
    rows.rejects = reader.rejects();
    return rows;
}

} // namespace cartera
