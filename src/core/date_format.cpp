#include "date_format.h"

#include <array>

namespace cartera {

namespace {

constexpr std::array kFormats = {DateFormat::Iso, DateFormat::Compact, DateFormat::DotDmy,
                                 DateFormat::SlashDmy, DateFormat::SlashMdy};
constexpr std::array<std::string_view, 5> kNames = {"YYYY-MM-DD", "YYYYMMDD", "DD.MM.YYYY",
                                                    "DD/MM/YYYY", "MM/DD/YYYY"};

bool digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

} // namespace

std::string_view dateFormatName(DateFormat format) {
    return kNames[static_cast<std::size_t>(format)];
}

std::optional<DateFormat> dateFormatFromName(std::string_view name) {
    for (std::size_t i = 0; i < kFormats.size(); ++i)
        if (kNames[i] == name)
            return kFormats[i];
    return std::nullopt;
}

std::optional<Date> parseDate(std::string_view text, DateFormat format) {
    int y = 0, m = 0, d = 0;
    switch (format) {
    case DateFormat::Iso:
        if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
            !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
            return std::nullopt;
        break;
    case DateFormat::Compact:
        if (text.size() != 8 || !digits(text, 0, 4, y) || !digits(text, 4, 2, m) ||
            !digits(text, 6, 2, d))
            return std::nullopt;
        break;
    case DateFormat::DotDmy:
    case DateFormat::SlashDmy:
    case DateFormat::SlashMdy: {
        const char sep = format == DateFormat::DotDmy ? '.' : '/';
        if (text.size() != 10 || text[2] != sep || text[5] != sep || !digits(text, 0, 2, d) ||
            !digits(text, 3, 2, m) || !digits(text, 6, 4, y))
            return std::nullopt;
        if (format == DateFormat::SlashMdy)
            std::swap(d, m);
        break;
    }
    }
    return Date::fromYmdChecked(y, m, d);
}

std::optional<DateFormat> detectDateFormat(std::span<const std::string_view> samples) {
    // The format that reads the most samples wins; a tie (01/02/2024 fits day-first and
    // month-first alike) means the file is ambiguous and the user must choose. A stray bad
    // value does not hide the format of the rest: it is reported on its own line later.
    std::optional<DateFormat> best;
    std::size_t bestCount = 0;
    bool tie = false;
    for (DateFormat format : kFormats) {
        std::size_t count = 0;
        for (std::string_view s : samples)
            count += parseDate(s, format).has_value();
        if (count > bestCount) {
            best = format;
            bestCount = count;
            tie = false;
        } else if (count == bestCount && count > 0) {
            tie = true;
        }
    }
    if (tie || bestCount == 0)
        return std::nullopt;
    return best;
}

} // namespace cartera
