#include "core/base/date_format.h"

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

namespace {

// One or two digits; returns the count read, 0 when none.
std::size_t shortNumber(std::string_view text, std::size_t pos, int& out) {
    std::size_t n = 0;
    int value = 0;
    while (n < 2 && pos + n < text.size() && text[pos + n] >= '0' && text[pos + n] <= '9') {
        value = value * 10 + (text[pos + n] - '0');
        ++n;
    }
    out = value;
    return n;
}

bool digitsAt(std::string_view text, std::size_t pos, std::size_t count) {
    int ignored = 0;
    return pos + count <= text.size() && digits(text, pos, count, ignored);
}

// " HH:MM[:SS[.fff]][ AM|PM][Z| UTC|[ ]±HH[:]MM]" or the same after 'T'; true when `rest` is
// such a time of day (or empty).
bool isTimeOfDay(std::string_view rest, bool allowT) {
    if (rest.empty())
        return true;
    if (rest.front() == ' ' || (allowT && rest.front() == 'T'))
        rest.remove_prefix(1);
    else
        return false;
    int hour = 0, minute = 0;
    std::size_t n = shortNumber(rest, 0, hour);
    if (n == 0 || n >= rest.size() || rest[n] != ':' || !digitsAt(rest, n + 1, 2))
        return false;
    digits(rest, n + 1, 2, minute);
    rest.remove_prefix(n + 3);
    if (rest.size() >= 3 && rest[0] == ':' && digitsAt(rest, 1, 2)) {
        rest.remove_prefix(3);
        if (!rest.empty() && rest[0] == '.') {
            std::size_t f = 1;
            while (f < rest.size() && rest[f] >= '0' && rest[f] <= '9')
                ++f;
            if (f == 1)
                return false;
            rest.remove_prefix(f);
        }
    }
    if (hour > 23 || minute > 59)
        return false;
    for (std::string_view meridiem : {" AM", " PM", " am", " pm", "AM", "PM", "am", "pm"})
        if (rest.starts_with(meridiem)) {
            if (hour == 0 || hour > 12)
                return false;
            rest.remove_prefix(meridiem.size());
            break;
        }
    if (rest.empty() || rest == "Z" || rest == " UTC" || rest == " GMT")
        return true;
    if (rest.front() == ' ')
        rest.remove_prefix(1);
    if (rest.empty() || (rest.front() != '+' && rest.front() != '-'))
        return false;
    rest.remove_prefix(1);
    if (rest.size() == 5 && rest[2] == ':')
        return digitsAt(rest, 0, 2) && digitsAt(rest, 3, 2);
    return (rest.size() == 4 && digitsAt(rest, 0, 4)) || (rest.size() == 2 && digitsAt(rest, 0, 2));
}

} // namespace

std::optional<Date> parseDate(std::string_view text, DateFormat format) {
    int y = 0, m = 0, d = 0;
    std::string_view rest;
    switch (format) {
    case DateFormat::Iso:
        if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !digits(text, 0, 4, y) ||
            !digits(text, 5, 2, m) || !digits(text, 8, 2, d))
            return std::nullopt;
        rest = text.substr(10);
        if (!isTimeOfDay(rest, true))
            return std::nullopt;
        break;
    case DateFormat::Compact:
        if (text.size() < 8 || !digits(text, 0, 4, y) || !digits(text, 4, 2, m) ||
            !digits(text, 6, 2, d))
            return std::nullopt;
        if (!isTimeOfDay(text.substr(8), true))
            return std::nullopt;
        break;
    case DateFormat::DotDmy:
    case DateFormat::SlashDmy:
    case DateFormat::SlashMdy: {
        const char sep = format == DateFormat::DotDmy ? '.' : '/';
        int first = 0, second = 0;
        std::size_t pos = shortNumber(text, 0, first);
        if (pos == 0 || pos >= text.size() || text[pos] != sep)
            return std::nullopt;
        const std::size_t n = shortNumber(text, pos + 1, second);
        if (n == 0)
            return std::nullopt;
        pos += 1 + n;
        if (pos >= text.size() || text[pos] != sep || !digitsAt(text, pos + 1, 4))
            return std::nullopt;
        digits(text, pos + 1, 4, y);
        if (!isTimeOfDay(text.substr(pos + 5), false))
            return std::nullopt;
        d = first;
        m = second;
        if (format == DateFormat::SlashMdy)
            std::swap(d, m);
        break;
    }
    }
    return Date::fromYmdChecked(y, m, d);
}

void DateFormatDetector::add(std::string_view value) {
    ++m_values;
    for (std::size_t i = 0; i < kFormats.size(); ++i)
        m_counts[i] += parseDate(value, kFormats[i]).has_value();
}

std::optional<DateFormat> DateFormatDetector::result() const {
    // A stray bad value does not hide the format of the rest: it is reported on its own line
    // when the rows are read.
    std::optional<DateFormat> best;
    std::size_t bestCount = 0;
    bool tie = false;
    for (std::size_t i = 0; i < kFormats.size(); ++i) {
        if (m_counts[i] > bestCount) {
            best = kFormats[i];
            bestCount = m_counts[i];
            tie = false;
        } else if (m_counts[i] == bestCount && bestCount > 0) {
            tie = true;
        }
    }
    if (tie || bestCount == 0)
        return std::nullopt;
    return best;
}

bool DateFormatDetector::undecidedDayMonth() const {
    const auto dmy = static_cast<std::size_t>(DateFormat::SlashDmy);
    const auto mdy = static_cast<std::size_t>(DateFormat::SlashMdy);
    if (m_counts[dmy] == 0 || m_counts[dmy] != m_counts[mdy])
        return false;
    for (std::size_t i = 0; i < kFormats.size(); ++i)
        if (i != dmy && i != mdy && m_counts[i] >= m_counts[dmy])
            return false;
    return true;
}

std::optional<DateFormat> detectDateFormat(std::span<const std::string_view> samples) {
    DateFormatDetector detector;
    for (std::string_view s : samples)
        detector.add(s);
    return detector.result();
}

} // namespace cartera
