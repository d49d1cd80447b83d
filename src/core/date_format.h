#pragma once

#include "date.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cartera {

enum class DateFormat { Iso, Compact, DotDmy, SlashDmy, SlashMdy };

std::string_view dateFormatName(DateFormat format);
std::optional<DateFormat> dateFormatFromName(std::string_view name);

std::optional<Date> parseDate(std::string_view text, DateFormat format);

// The format that parses the most samples, or nullopt when none does or several tie
// (01/02/2024 could be either day-first or month-first: the user must choose).
std::optional<DateFormat> detectDateFormat(std::span<const std::string_view> samples);

} // namespace cartera
