#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cartera {

// Money is an exact count of minor units (cents); never a float.
using Cents = std::int64_t;

struct MoneyFormat {
    char decimalSeparator = '.';
    int minorDigits = 2;
    // Accounting notation: (12.50) means -12.50.
    bool allowParentheses = false;
};

// Accepts an optional sign, digit groups separated by spaces, no-break spaces, apostrophes
// or the separator that is not the decimal one, and at most minorDigits decimals.
std::optional<Cents> parseMoney(std::string_view text, const MoneyFormat& format = {});

// quantity x unit price, each a scaled integer (quantity / 10^quantityDigits, unitPrice /
// 10^priceDigits), as minor units with minorDigits decimals. Exact: rounded once, halves away
// from zero. nullopt when the result does not fit, or priceDigits + quantityDigits <
// minorDigits.
std::optional<Cents> lineAmount(std::int64_t quantity, int quantityDigits, std::int64_t unitPrice,
                                int priceDigits, int minorDigits);

struct MoneyStyle {
    std::string decimalSeparator = ".";
    std::string groupSeparator;
    int minorDigits = 2;
};

std::string formatMoney(Cents amount, const MoneyStyle& style = {});

} // namespace cartera
