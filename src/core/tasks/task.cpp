#include "core/tasks/task.h"

#include "core/base/text_limits.h"

#include <array>

namespace cartera {

namespace {

constexpr std::array<std::string_view, 3> kSubjects = {"customer", "recovery case", "prospect"};
constexpr std::array<std::string_view, kTaskKindCount> kKinds = {
    "retention", "onboarding", "decline", "birthday", "recovery", "prospect", "follow-up"};
constexpr std::array<std::string_view, 4> kStates = {"open", "done", "snoozed", "dismissed"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name)
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

std::string_view taskSubjectName(TaskSubject subject) {
    return kSubjects[static_cast<std::size_t>(subject)];
}
std::optional<TaskSubject> taskSubjectFromName(std::string_view name) {
    return fromName<TaskSubject>(kSubjects, name);
}
std::string_view taskKindName(TaskKind kind) {
    return kKinds[static_cast<std::size_t>(kind)];
}
std::optional<TaskKind> taskKindFromName(std::string_view name) {
    return fromName<TaskKind>(kKinds, name);
}
std::string_view taskStateName(TaskState state) {
    return kStates[static_cast<std::size_t>(state)];
}
std::optional<TaskState> taskStateFromName(std::string_view name) {
    return fromName<TaskState>(kStates, name);
}

std::optional<ErrorFact> taskError(const Task& task) {
    if (task.text.empty())
        return errorFact(ErrorKind::TaskNeedsText);
    if (auto e = lengthError("task_text", task.text))
        return e;
    if (auto e = lengthError("owner", task.owner))
        return e;
    if (task.state == TaskState::Snoozed && task.snoozedUntil == kNoDay)
        return errorFact(ErrorKind::TaskSnoozeNeedsDay);
    if (task.state == TaskState::Dismissed && task.dismissReason.empty())
        return errorFact(ErrorKind::TaskDismissNeedsReason);
    if (auto e = lengthError("reason", task.dismissReason))
        return e;
    return std::nullopt;
}

} // namespace cartera
