#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cartera {

struct Ymd {
    int year = 1970;
    int month = 1;
    int day = 1;
};

// A calendar day, stored as days since 1970-01-01 so that the analysis can keep
// plain int32 arrays and subtract days without any calendar work.
class Date {
  public:
    constexpr Date() = default;
    static constexpr Date fromDays(std::int32_t days) { return Date(days); }
    static Date fromYmd(int year, int month, int day);
    static std::optional<Date> fromYmdChecked(int year, int month, int day);
    static std::optional<Date> parseIso(std::string_view text);

    constexpr std::int32_t days() const { return m_days; }
    Ymd ymd() const;
    std::string toIso() const;

    // Same day n months later, or the last day of that month when it has no such day.
    Date addMonths(int n) const;

    constexpr auto operator<=>(const Date&) const = default;

  private:
    constexpr explicit Date(std::int32_t days) : m_days(days) {}
    std::int32_t m_days = 0;
};

constexpr std::int32_t operator-(Date a, Date b) {
    return a.days() - b.days();
}

bool isLeapYear(int year);
int daysInMonth(int year, int month);

// Whole months from `from` to `to` as DESIGN.md counts tenure: 31 Jan -> 28 Feb is 0,
// 31 Jan -> 1 Mar is 1. Negative when `to` is before `from`.
int completedMonths(Date from, Date to);

} // namespace cartera
