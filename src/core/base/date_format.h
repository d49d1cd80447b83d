#pragma once

#include "core/base/date.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cartera {

enum class DateFormat { Iso, Compact, DotDmy, SlashDmy, SlashMdy };

std::string_view dateFormatName(DateFormat format);
std::optional<DateFormat> dateFormatFromName(std::string_view name);

// Reads a day in the given layout. Day and month may have one digit in the D.M and D/M
// layouts (3/7/2024). A time of day may follow and is dropped: " 14:05", " 2:05 PM",
// "T14:05:09", "T14:05:09.123Z", "T14:05:09+02:00", " 14:05:09 -0500".
std::optional<Date> parseDate(std::string_view text, DateFormat format);

// Counts, value after value, which layouts read them all. One value with a first field above
// 12 settles day/month order for the whole file.
class DateFormatDetector {
  public:
    void add(std::string_view value);
    std::size_t values() const { return m_values; }
    // The layout that reads the most values, or nullopt when none reads any or several tie
    // (every value such as 01/02/2024 fits both day-first and month-first).
    std::optional<DateFormat> result() const;
    // True when only day/month order is left open, so that more values could settle it.
    bool undecidedDayMonth() const;

  private:
    std::size_t m_values = 0;
    std::size_t m_counts[5] = {};
};

std::optional<DateFormat> detectDateFormat(std::span<const std::string_view> samples);

} // namespace cartera
