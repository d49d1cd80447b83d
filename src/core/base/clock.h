#pragma once

#include "core/base/date.h"

namespace cartera {

// Where "today" comes from. Every default as-of date, every "opened today" asks Clock::today(),
// so that tests can fix the day and the app and the command line agree on it.
class Clock {
  public:
    virtual ~Clock() = default;
    // The local calendar day: a user in Madrid at 00:30 is on the new day, not on UTC's.
    static Date today();
    // Replaces the clock (nullptr restores the system clock); for tests.
    static void setInstance(const Clock* clock);

  protected:
    virtual Date localToday() const = 0;
};

// A clock that always says the same day.
class FixedClock : public Clock {
  public:
    explicit FixedClock(Date day) : m_day(day) {}

  protected:
    Date localToday() const override { return m_day; }

  private:
    Date m_day;
};

} // namespace cartera
