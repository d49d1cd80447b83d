// Money parsing in every style; what parses formats back to the same amount.
#include "core/base/money.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const char separator : {'.', ','})
        for (const int digits : {0, 2, 3, 6})
            for (const bool parentheses : {false, true}) {
                const auto value = cartera::parseMoney(text, {separator, digits, parentheses});
                if (!value)
                    continue;
                cartera::MoneyStyle style;
                style.decimalSeparator = std::string(1, separator);
                style.minorDigits = digits;
                const std::string shown = cartera::formatMoney(*value, style);
                if (cartera::parseMoney(shown, {separator, digits, false}) != value)
                    __builtin_trap();
                cartera::lineAmount(*value, digits, *value, digits, 2);
            }
    return 0;
}
