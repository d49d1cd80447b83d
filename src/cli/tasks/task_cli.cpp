#include "cli/tasks/task_cli.h"

#include "core/base/csv_writer.h"
#include "storage/task_repository.h"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace cartera {

namespace {

std::string_view classLetter(ParetoClass c) {
    switch (c) {
    case ParetoClass::A:
        return "A";
    case ParetoClass::B:
        return "B";
    case ParetoClass::C:
        return "C";
    case ParetoClass::Unranked:
        break;
    }
    return "";
}

std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += fmt::format("\\u{:04x}", static_cast<int>(c));
            else
                out += c;
        }
    }
    return out + "\"";
}

std::int32_t daysOverdue(const TodayEntry& e, Date day) {
    return std::max(0, day.days() - e.task.dueDay());
}

} // namespace

std::vector<TodayEntry> todayEntries(RecoveryData& data, const std::optional<std::string>& owner) {
    std::vector<TodayEntry> entries = TaskRepository(*data.db).openEntries(owner);
    describeTodayEntries(entries, data.portfolio, data.directory, data.metrics);
    return entries;
}

void writeTodayCsv(std::ostream& out, const std::vector<TodayEntry>& list, Date day) {
    CsvWriter csv(out);
    for (const char* h : {"task_id", "kind", "due", "days_overdue", "owner", "subject",
                          "subject_id", "name", "pareto_class", "text"})
        csv.text(h);
    csv.endRow();
    for (const TodayEntry& e : list) {
        csv.number(std::to_string(e.task.id));
        csv.text(taskKindName(e.task.kind));
        csv.text(Date::fromDays(e.task.dueDay()).toIso());
        csv.number(std::to_string(daysOverdue(e, day)));
        csv.text(e.task.owner);
        csv.text(taskSubjectName(e.task.subject));
        csv.text(e.subjectRef);
        csv.text(e.subjectName);
        csv.text(classLetter(e.paretoClass));
        csv.text(e.task.text);
        csv.endRow();
    }
}

void writeTodayJson(std::ostream& out, const std::vector<TodayEntry>& list, Date day) {
    out << fmt::format("{{\"day\": \"{}\", \"tasks\": [", day.toIso());
    for (std::size_t k = 0; k < list.size(); ++k) {
        const TodayEntry& e = list[k];
        out << fmt::format(
            "{}{{\"id\": {}, \"kind\": {}, \"due\": \"{}\", \"days_overdue\": {}, \"owner\": {}, "
            "\"subject\": {}, \"subject_id\": {}, \"name\": {}, \"pareto_class\": {}, "
            "\"text\": {}}}",
            k ? ", " : "", e.task.id, jsonString(taskKindName(e.task.kind)),
            Date::fromDays(e.task.dueDay()).toIso(), daysOverdue(e, day), jsonString(e.task.owner),
            jsonString(taskSubjectName(e.task.subject)), jsonString(e.subjectRef),
            jsonString(e.subjectName),
            e.paretoClass == ParetoClass::Unranked ? "null"
                                                   : jsonString(classLetter(e.paretoClass)),
            jsonString(e.task.text));
    }
    out << "]}\n";
}

void writeTodayText(std::ostream& out, const std::vector<TodayEntry>& list, Date day,
                    const std::string& owner) {
    const TodayCounts counts = countToday(list);
    out << fmt::format("Today {}{}: {} due, {} overdue\n", day.toIso(),
                       owner.empty() ? std::string() : " for " + owner, counts.dueToday,
                       counts.overdue);
    std::optional<TaskKind> kind;
    for (const TodayEntry& e : list) {
        if (e.task.kind != kind) {
            kind = e.task.kind;
            out << '\n' << taskKindName(*kind) << '\n';
        }
        const std::string_view cls = classLetter(e.paretoClass);
        out << fmt::format("  #{:<5} {:<3}{} {}: {}", e.task.id, cls.empty() ? "-" : cls,
                           e.subjectRef, e.subjectName, e.task.text);
        if (const std::int32_t late = daysOverdue(e, day))
            out << fmt::format(" [overdue {} days]", late);
        out << '\n';
    }
}

} // namespace cartera
