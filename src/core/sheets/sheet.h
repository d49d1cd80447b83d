#pragma once

#include "core/base/date.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cartera {

// A table as a spreadsheet should receive it: typed columns, so numbers stay numbers.
enum class SheetColumnKind {
    Text,
    Integer, // std::int64_t
    Money,   // std::int64_t, in minor units (cents, or yen when the currency has none)
    Number,  // double
    Percent, // double, a fraction (0.25 is 25 %)
    Date,    // Date
};

struct SheetColumn {
    std::string title;
    SheetColumnKind kind = SheetColumnKind::Text;
};

// An empty cell is std::monostate; otherwise the alternative the column's kind names.
using SheetCell = std::variant<std::monostate, std::string, std::int64_t, double, Date>;

struct Sheet {
    std::string name;
    // Digits after the decimal point of the portfolio's currency: a money cell of 1234 is
    // 12.34 with 2, 1234 with 0 (yen), 1.234 with 3 (dinar).
    int minorDigits = 2;
    std::vector<SheetColumn> columns;
    std::vector<std::vector<SheetCell>> rows;
};

// Excel's limit: rows below the header row.
inline constexpr std::size_t kMaxSheetRows = 1'048'575;

} // namespace cartera
