#include "core/tasks/today_list.h"

#include "core/base/date.h"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace cartera {

void describeTodayEntries(std::vector<TodayEntry>& entries, const Portfolio& portfolio,
                          const CustomerDirectory& directory, const CustomerMetrics& metrics) {
    for (TodayEntry& e : entries) {
        if (e.customerId == 0)
            continue;
        const auto found = portfolio.indexOf(e.customerId);
        if (!found)
            continue;
        const std::size_t i = *found;
        // The directory is empty while an app still reads the names.
        if (i < directory.size())
            e.subjectName = std::string(directory.name[i]);
        e.subjectRef = std::string(portfolio.externalId[i]);
        if (e.task.subject == TaskSubject::RecoveryCase)
            e.subjectRef += fmt::format(" (case {})", e.task.subjectId);
        if (i < metrics.status.size())
            e.paretoClass = metrics.paretoClassOf(i);
    }
}

std::vector<TodayEntry> todayList(std::vector<TodayEntry> entries, std::string_view owner,
                                  std::int32_t day) {
    std::erase_if(entries, [&](const TodayEntry& e) {
        return !e.task.isOpenOn(day) || e.task.dueDay() > day ||
               (!owner.empty() && e.task.owner != owner);
    });
    // Sorted by small keys, then moved once: entries are large (several strings each).
    using Key = std::tuple<TaskKind, ParetoClass, std::int32_t, std::int64_t, std::size_t>;
    std::vector<Key> keys;
    keys.reserve(entries.size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
        TodayEntry& e = entries[k];
        e.overdue = e.task.dueDay() < day;
        keys.emplace_back(e.task.kind, e.paretoClass, e.task.dueDay(), e.task.id, k);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<TodayEntry> out;
    out.reserve(entries.size());
    for (const Key& key : keys)
        out.push_back(std::move(entries[std::get<4>(key)]));
    return out;
}

TodayCounts countToday(std::span<const TodayEntry> entries) {
    TodayCounts counts;
    for (const TodayEntry& e : entries)
        ++(e.overdue ? counts.overdue : counts.dueToday);
    return counts;
}

namespace {

// RFC 5545 text: backslash, semicolon and comma escaped, line breaks as \n.
std::string icsText(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == ';' || c == ',')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r')
            continue;
        out += c;
    }
    return out;
}

// Lines longer than 75 octets fold onto continuation lines that start with a space, never
// inside a UTF-8 sequence.
void addLine(std::string& out, std::string_view line) {
    std::size_t width = 0;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const auto c = static_cast<unsigned char>(line[k]);
        const bool continuation = (c & 0xC0) == 0x80;
        if (!continuation && width >= 74) {
            out += "\r\n ";
            width = 1;
        }
        out += line[k];
        ++width;
    }
    out += "\r\n";
}

std::string compact(Date d) {
    const Ymd y = d.ymd();
    return fmt::format("{:04}{:02}{:02}", y.year, y.month, y.day);
}

} // namespace

std::string todayCalendar(std::span<const TodayEntry> entries, std::int32_t day,
                          std::string_view portfolioName) {
    std::string out;
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//Cartera//Today list//EN");
    addLine(out, "CALSCALE:GREGORIAN");
    const std::string stamp = compact(Date::fromDays(day)) + "T000000Z";
    for (const TodayEntry& e : entries) {
        const Date on = Date::fromDays(std::max(e.task.dueDay(), day));
        addLine(out, "BEGIN:VEVENT");
        addLine(out, fmt::format("UID:task-{}@{}", e.task.id, icsText(portfolioName)));
        addLine(out, "DTSTAMP:" + stamp);
        addLine(out, "DTSTART;VALUE=DATE:" + compact(on));
        addLine(out, "DTEND;VALUE=DATE:" + compact(Date::fromDays(on.days() + 1)));
        const std::string who = e.subjectName.empty() ? e.subjectRef : e.subjectName;
        addLine(out, "SUMMARY:" + icsText(fmt::format("{}: {}", taskKindName(e.task.kind), who)));
        addLine(out, "DESCRIPTION:" + icsText(fmt::format("{} ({})", e.task.text, e.subjectRef)));
        addLine(out, "END:VEVENT");
    }
    addLine(out, "END:VCALENDAR");
    return out;
}

} // namespace cartera
