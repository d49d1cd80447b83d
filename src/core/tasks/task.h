#pragma once

#include "core/base/error_fact.h"
#include "core/portfolio/portfolio.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cartera {

// What a task is about: a customer, a recovery case or a prospect (by database row id).
enum class TaskSubject : std::uint8_t { Customer, RecoveryCase, Prospect };

// What kind of work it is; the Today list groups by it.
enum class TaskKind : std::uint8_t {
    Retention,  // a valuable customer slipping away
    Onboarding, // a new customer without a second purchase
    Decline,    // down a reward tier, or a veteran spending less
    Birthday,
    Recovery, // a recovery case waiting for its next step
    Prospect, // a prospect nobody has contacted for a while
    FollowUp, // anything written by hand
};
inline constexpr int kTaskKindCount = 7;

enum class TaskState : std::uint8_t { Open, Done, Snoozed, Dismissed };

std::string_view taskSubjectName(TaskSubject subject);
std::optional<TaskSubject> taskSubjectFromName(std::string_view name);
std::string_view taskKindName(TaskKind kind);
std::optional<TaskKind> taskKindFromName(std::string_view name);
std::string_view taskStateName(TaskState state);
std::optional<TaskState> taskStateFromName(std::string_view name);

struct Task {
    std::int64_t id = 0;
    TaskSubject subject = TaskSubject::Customer;
    std::int64_t subjectId = 0;
    std::string owner;
    std::int32_t due = 0;
    TaskKind kind = TaskKind::FollowUp;
    std::string text;
    TaskState state = TaskState::Open;
    std::int32_t snoozedUntil = kNoDay;
    std::string dismissReason;
    std::int32_t closed = kNoDay; // the day it was done or dismissed
    // Rule-made tasks: the rule and the day its condition began, so that a rule never makes
    // two tasks for one occurrence. Empty and kNoDay for tasks written by hand.
    std::string rule;
    std::int32_t occurrence = kNoDay;

    // The day it is due again: a snoozed task comes back on the day it was snoozed until.
    std::int32_t dueDay() const { return state == TaskState::Snoozed ? snoozedUntil : due; }
    // Open, or snoozed and back by `day`.
    bool isOpenOn(std::int32_t day) const {
        return state == TaskState::Open || (state == TaskState::Snoozed && snoozedUntil <= day);
    }
};

// Why a task cannot be stored as given, or nullopt.
std::optional<ErrorFact> taskError(const Task& task);

} // namespace cartera
