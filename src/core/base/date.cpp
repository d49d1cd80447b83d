#include "core/base/date.h"

#include <chrono>
#include <fmt/format.h>

namespace cartera {

namespace chr = std::chrono;

Date Date::fromYmd(int year, int month, int day) {
    const chr::year_month_day ymd{chr::year(year), chr::month(static_cast<unsigned>(month)),
                                  chr::day(static_cast<unsigned>(day))};
    return Date(static_cast<std::int32_t>(chr::sys_days(ymd).time_since_epoch().count()));
}

std::optional<Date> Date::fromYmdChecked(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month))
        return std::nullopt;
    return fromYmd(year, month, day);
}

std::optional<Date> Date::parseIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char c = text[static_cast<std::size_t>(starts[p] + i)];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    return fromYmdChecked(parts[0], parts[1], parts[2]);
}

Ymd Date::ymd() const {
    const chr::year_month_day ymd{chr::sys_days(chr::days(m_days))};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string Date::toIso() const {
    const Ymd d = ymd();
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

Date Date::addMonths(int n) const {
    const Ymd d = ymd();
    const int monthIndex = d.year * 12 + (d.month - 1) + n;
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int day = std::min(d.day, daysInMonth(year, month));
    return fromYmd(year, month, day);
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return lengths[month - 1];
}

int completedMonths(Date from, Date to) {
    const Ymd a = from.ymd();
    const Ymd t = to.ymd();
    int months = 12 * (t.year - a.year) + (t.month - a.month);
    if (t.day < a.day)
        --months;
    return months;
}

} // namespace cartera
