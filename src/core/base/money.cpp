#include "core/base/money.h"

#include <limits>

namespace cartera {

namespace {

bool isGroupSeparator(std::string_view text, std::size_t& i, char decimal) {
    const char c = text[i];
    if (c == ' ' || c == '\'')
        return true;
    if ((c == ',' || c == '.') && c != decimal)
        return true;
    // U+00A0 and U+202F (no-break and narrow no-break space) in UTF-8.
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
        ++i;
        return true;
    }
    if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\xAF') {
        i += 2;
        return true;
    }
    return false;
}

} // namespace

std::optional<Cents> parseMoney(std::string_view text, const MoneyFormat& format) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    bool negative = false;
    if (format.allowParentheses && text.size() >= 2 && text.front() == '(' && text.back() == ')') {
        negative = true;
        text = text.substr(1, text.size() - 2);
    }
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        if (negative)
            return std::nullopt;
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty())
        return std::nullopt;

    constexpr Cents kLimit = std::numeric_limits<Cents>::max() / 100;
    Cents whole = 0;
    Cents fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool anyDigit = false;
    bool lastWasDigit = false;
    int groupDigits = -1; // digits since the last group separator; -1 before the first
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            lastWasDigit = true;
            if (inFraction) {
                if (++fractionDigits > format.minorDigits)
                    return std::nullopt;
                fraction = fraction * 10 + (c - '0');
            } else {
                if (whole > kLimit)
                    return std::nullopt;
                if (groupDigits >= 0)
                    ++groupDigits;
                whole = whole * 10 + (c - '0');
            }
        } else if (c == format.decimalSeparator && !inFraction) {
            if (groupDigits >= 0 && groupDigits != 3)
                return std::nullopt;
            inFraction = true;
            lastWasDigit = false;
        } else if (!inFraction && lastWasDigit &&
                   isGroupSeparator(text, i, format.decimalSeparator)) {
            if (groupDigits >= 0 && groupDigits != 3)
                return std::nullopt;
            groupDigits = 0;
            lastWasDigit = false;
        } else {
            return std::nullopt;
        }
    }
    if (!anyDigit || (!lastWasDigit && !inFraction))
        return std::nullopt;
    if (!inFraction && groupDigits >= 0 && groupDigits != 3)
        return std::nullopt;
    Cents scale = 1;
    for (int i = 0; i < format.minorDigits; ++i)
        scale *= 10;
    for (int i = fractionDigits; i < format.minorDigits; ++i)
        fraction *= 10;
    if (whole > std::numeric_limits<Cents>::max() / scale - 1)
        return std::nullopt;
    const Cents value = whole * scale + fraction;
    return negative ? -value : value;
}

__extension__ typedef __int128 Int128;

std::optional<Cents> lineAmount(std::int64_t quantity, int quantityDigits, std::int64_t unitPrice,
                                int priceDigits, int minorDigits) {
    const int drop = quantityDigits + priceDigits - minorDigits;
    if (drop < 0 || drop > 30)
        return std::nullopt;
    Int128 divisor = 1;
    for (int i = 0; i < drop; ++i)
        divisor *= 10;
    const Int128 product = static_cast<Int128>(quantity) * unitPrice;
    const Int128 magnitude = product < 0 ? -product : product;
    const Int128 rounded = (magnitude + divisor / 2) / divisor;
    if (rounded > std::numeric_limits<Cents>::max())
        return std::nullopt;
    return static_cast<Cents>(product < 0 ? -rounded : rounded);
}

std::string formatMoney(Cents amount, const MoneyStyle& style) {
    const bool negative = amount < 0;
    // Work in unsigned so that the most negative value formats too.
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
    std::uint64_t scale = 1;
    for (int i = 0; i < style.minorDigits; ++i)
        scale *= 10;
    std::string whole = std::to_string(magnitude / scale);
    std::string out;
    if (negative)
        out += '-';
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && !style.groupSeparator.empty() && (whole.size() - i) % 3 == 0)
            out += style.groupSeparator;
        out += whole[i];
    }
    if (style.minorDigits > 0) {
        std::string frac = std::to_string(magnitude % scale);
        out += style.decimalSeparator;
        out.append(static_cast<std::size_t>(style.minorDigits) - frac.size(), '0');
        out += frac;
    }
    return out;
}

} // namespace cartera
