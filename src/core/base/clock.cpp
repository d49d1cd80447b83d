#include "core/base/clock.h"

#include <atomic>
#include <ctime>

namespace cartera {

namespace {

class SystemClock : public Clock {
  protected:
    Date localToday() const override {
        const std::time_t now = std::time(nullptr);
        std::tm local{};
        localtime_r(&now, &local);
        return Date::fromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    }
};

const SystemClock kSystemClock;
std::atomic<const Clock*> g_clock{&kSystemClock};

} // namespace

Date Clock::today() {
    return g_clock.load()->localToday();
}

void Clock::setInstance(const Clock* clock) {
    g_clock.store(clock ? clock : &kSystemClock);
}

} // namespace cartera
