#include "core/tasks/task_rules.h"

#include "core/analysis/revenue.h"
#include "core/base/parallel_for.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <mutex>

namespace cartera {

namespace {

std::string iso(std::int32_t day) {
    return Date::fromDays(day).toIso();
}

std::string money(Cents amount, const AnalysisSettings& settings) {
    return formatMoney(amount, MoneyStyle{".", ",", settings.minorDigits});
}

// The first day in [lo, hi] where a predicate that turns true and stays true holds, or hi + 1.
template <typename Pred> std::int32_t firstDayWhere(std::int32_t lo, std::int32_t hi, Pred pred) {
    std::int32_t count = hi - lo + 1;
    while (count > 0) {
        const std::int32_t step = count / 2;
        if (!pred(lo + step)) {
            lo += step + 1;
            count -= step + 1;
        } else {
            count = step;
        }
    }
    return lo;
}

// The first day a purchase of day p is no longer in the window of `months` months up to it.
std::int32_t leavesWindow(std::int32_t p, int months) {
    return firstDayWhere(p, p + 31 * months + 31, [&](std::int32_t d) {
        return Date::fromDays(d).addMonths(-months).days() >= p;
    });
}

// The tasks found in one chunk of customers; texts are written only for tasks inside the
// look-back (most occasions found on an old portfolio are older).
struct Found {
    std::int32_t oldest = kNoDay;
    std::vector<Task> tasks;
    std::vector<std::int32_t> days; // scratch, reused from customer to customer
    bool wants(std::int32_t due) const { return due >= oldest; }
    void push_back(Task t) { tasks.push_back(std::move(t)); }
};

Task customerTask(const TaskRuleInputs& in, std::size_t i, const char* rule, TaskKind kind,
                  std::int32_t fire, std::int32_t occurrence, std::string text) {
    Task t;
    t.subject = TaskSubject::Customer;
    t.subjectId = in.portfolio->customerId[i];
    if (in.owners)
        t.owner = std::string((*in.owners)[i]);
    t.due = fire;
    t.kind = kind;
    t.text = std::move(text);
    t.rule = rule;
    t.occurrence = occurrence;
    return t;
}

std::string className(ParetoClass c) {
    return c == ParetoClass::A ? "class A" : c == ParetoClass::B ? "class B" : "class C";
}

std::string halves(std::int32_t times2) {
    return times2 % 2 == 0 ? std::to_string(times2 / 2) : fmt::format("{}.5", times2 / 2);
}

// A Pareto customer at risk: due the first day its silence crossed a threshold.
void paretoAtRisk(const TaskRuleInputs& in, std::size_t i, Found& out) {
    const CustomerStatus& s = in.metrics->status[i];
    if (!s.inPortfolio || s.activity != Activity::AtRisk ||
        in.metrics->paretoClassOf(i) != ParetoClass::A)
        return;
    const std::int32_t reference = s.lastPurchase != kNoDay ? s.lastPurchase : s.acquisition;
    std::int32_t silent = in.settings.atRiskAfterDays + 1;
    const bool cadence = s.purchaseDays >= in.settings.cadenceMinPurchaseDays;
    if (cadence) {
        // The fewest silent days with 2 x silent > factor x (2 x median gap).
        const std::int64_t limit = std::int64_t{in.settings.cadenceFactor} * s.medianGapTimes2;
        silent = std::min<std::int64_t>(silent, limit / 2 + 1);
    }
    if (!out.wants(reference + silent))
        return;
    std::string text = fmt::format("class A, at risk: {} days since last purchase",
                                   s.daysSilent(in.metrics->asOf));
    if (s.medianGapTimes2 > 0)
        text += fmt::format(", usual gap {} days", halves(s.medianGapTimes2));
    out.push_back(customerTask(in, i, "pareto_at_risk", TaskKind::Retention, reference + silent,
                               reference, std::move(text)));
}

// A class A or B customer whose probability of still being a customer fell below the
// threshold: due the first day it did, with the model fitted to the as-of date.
void pAliveLow(const TaskRuleInputs& in, std::size_t i, int percent, Found& out) {
    const ParetoClass cls = in.metrics->paretoClassOf(i);
    if (cls != ParetoClass::A && cls != ParetoClass::B)
        return;
    const double threshold = percent / 100.0;
    const float p = in.clv->pAlive[i];
    if (std::isnan(p) || !(p < threshold))
        return;
    // The report keeps no per-customer histories once its values are computed.
    const ClvCustomer c = clvCustomerOf(*in.portfolio, i, in.metrics->asOf);
    const std::int32_t last = c.firstDay + c.lastRepeatDays;
    const std::int32_t asOf = in.metrics->asOf.days();
    const std::int32_t fire = firstDayWhere(last, asOf, [&](std::int32_t d) {
        return in.clv->bgnbd.pAlive(c.x(), c.tx(), (d - c.firstDay) / 7.0) < threshold;
    });
    if (!out.wants(std::min(fire, asOf)))
        return;
    out.push_back(customerTask(in, i, "p_alive", TaskKind::Retention, std::min(fire, asOf), last,
                               fmt::format("{}, P(alive) {:.0f} % (below {} %), last purchase {}",
                                           className(cls), p * 100.0, percent, iso(last))));
}

// A new customer without a second purchase day, due `days` after the first.
void onboarding(const TaskRuleInputs& in, std::size_t i, int days, Found& out) {
    const CustomerStatus& s = in.metrics->status[i];
    if (!s.inPortfolio || s.stage != Stage::New || s.purchaseDays != 1 ||
        s.activity == Activity::Lost)
        return;
    const std::int32_t fire = s.firstPurchase + days;
    if (fire > in.metrics->asOf.days() || !out.wants(fire))
        return;
    out.push_back(
        customerTask(in, i, "onboarding", TaskKind::Onboarding, fire, s.firstPurchase,
                     fmt::format("new customer, no second purchase {} days after the first ({})",
                                 days, iso(s.firstPurchase))));
}

// The 12-month window's start for each day of the look-back, computed once per run.
struct LookbackWindows {
    std::int32_t first = 0;           // the day before the earliest step looked for
    std::vector<std::int32_t> starts; // startExclusive of first, first + 1, …, the as-of day

    LookbackWindows(Date asOf, std::int32_t lookback) : first(asOf.days() - lookback - 1) {
        for (std::int32_t d = first; d <= asOf.days(); ++d)
            starts.push_back(RevenueWindow{}.startExclusive(Date::fromDays(d)));
    }
    std::int32_t startOf(std::int32_t d) const {
        return starts[static_cast<std::size_t>(d - first)];
    }
};

// A step down a reward tier within the look-back, not made good since: due the day of the
// step.
void tierDown(const TaskRuleInputs& in, std::size_t i, const LookbackWindows& windows, Found& out) {
    const Portfolio& p = *in.portfolio;
    const std::int32_t t = in.metrics->asOf.days();
    const std::int32_t first = windows.first;
    const auto days = p.daysOf(i);
    const auto amounts = p.amountsOf(i);
    // A tier falls only on a day a purchase leaves the window or a refund comes in.
    std::vector<std::int32_t>& steps = out.days;
    steps.clear();
    for (std::size_t k = 0; k < days.size() && days[k] <= t; ++k) {
        if (amounts[k] < 0 && days[k] > first)
            steps.push_back(days[k]);
        if (days[k] > windows.startOf(first) && days[k] <= windows.startOf(t)) {
            const auto leaves =
                std::lower_bound(windows.starts.begin(), windows.starts.end(), days[k]);
            steps.push_back(first + static_cast<std::int32_t>(leaves - windows.starts.begin()));
        }
    }
    if (steps.empty())
        return;
    std::sort(steps.begin(), steps.end(), std::greater<>());
    auto tierOn = [&](std::int32_t d) {
        const auto [revenue, purchaseDays] = revenueAndPurchaseDays(p, i, windows.startOf(d), d);
        return in.tiers->tierFor(revenue, purchaseDays);
    };
    const std::int8_t now = tierOn(t);
    for (const std::int32_t d : steps) {
        const std::int8_t before = tierOn(d - 1);
        if (!out.wants(d))
            return;
        if (!(tierOn(d) < before && now < before))
            continue;
        const auto [revenue, purchaseDays] = revenueAndPurchaseDays(p, i, windows.startOf(t), t);
        out.push_back(customerTask(
            in, i, "tier_down", TaskKind::Decline, d, d,
            fmt::format("down from {} to {} on {} (12-month revenue {}, {} purchase days)",
                        in.tiers->nameOf(before),
                        now == kNoTier ? std::string_view("no tier") : in.tiers->nameOf(now),
                        iso(d), money(revenue, in.settings), purchaseDays)));
        return;
    }
}

// A veteran whose 12-month revenue fell more than `percent` against the 12 months before:
// due the day the fall began, or the day it became a veteran if later.
void decline(const TaskRuleInputs& in, std::size_t i, int percent,
             const std::pair<std::int32_t, std::int32_t>& windowsOfT, Found& out) {
    const CustomerStatus& s = in.metrics->status[i];
    if (!s.inPortfolio || s.stage != Stage::Veteran || s.activity == Activity::Lost)
        return;
    const Portfolio& p = *in.portfolio;
    const std::int32_t t = in.metrics->asOf.days();
    auto revenues = [&](std::int32_t d) {
        const Date day = Date::fromDays(d);
        const auto [yearAgo, twoYearsAgo] =
            d == t ? windowsOfT : std::pair{day.addMonths(-12).days(), day.addMonths(-24).days()};
        return std::pair{netRevenue(p, i, yearAgo, d), netRevenue(p, i, twoYearsAgo, yearAgo)};
    };
    auto fallen = [&](std::int32_t d) {
        const auto [current, previous] = revenues(d);
        return previous > 0 && current * 100 < previous * (100 - percent);
    };
    if (!fallen(t))
        return;
    // The condition changes only when a purchase enters a window or leaves one.
    std::vector<std::int32_t> changes;
    for (const std::int32_t d : p.daysOf(i)) {
        for (const std::int32_t c : {d, leavesWindow(d, 12), leavesWindow(d, 24)})
            if (c <= t)
                changes.push_back(c);
    }
    std::sort(changes.begin(), changes.end(), std::greater<>());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    std::int32_t start = t;
    for (const std::int32_t c : changes) {
        if (c > start)
            continue;
        if (!fallen(c - 1)) {
            start = c;
            break;
        }
        start = c - 1;
    }
    const std::int32_t acquisition = s.acquisition;
    const std::int32_t veteran = firstDayWhere(acquisition, t, [&](std::int32_t d) {
        return completedMonths(Date::fromDays(acquisition), Date::fromDays(d)) >=
               in.settings.veteranFromMonths;
    });
    const std::int32_t fire = std::max(start, veteran);
    if (!out.wants(fire))
        return;
    const auto [current, previous] = revenues(t);
    out.push_back(customerTask(
        in, i, "decline", TaskKind::Decline, fire, fire,
        fmt::format("veteran, 12-month revenue {} against {} the 12 months before ({:+.0f} %)",
                    money(current, in.settings), money(previous, in.settings),
                    100.0 * static_cast<double>(current - previous) /
                        static_cast<double>(previous))));
}

// A birthday within `days`: due `days` before it.
void birthday(const TaskRuleInputs& in, std::size_t i, int days, Found& out) {
    const std::int32_t born = in.birthdays[i];
    const CustomerStatus& s = in.metrics->status[i];
    if (born == kNoDay || !s.inPortfolio || s.activity == Activity::Lost)
        return;
    const Ymd b = Date::fromDays(born).ymd();
    const Date asOf = in.metrics->asOf;
    auto birthdayIn = [&](int year) {
        const int day = std::min(b.day, daysInMonth(year, b.month)); // 29 Feb: 28 Feb
        return Date::fromYmd(year, b.month, day);
    };
    Date next = birthdayIn(asOf.ymd().year);
    if (next < asOf)
        next = birthdayIn(asOf.ymd().year + 1);
    const std::int32_t fire = next.days() - days;
    if (fire > asOf.days() || next.ymd().year <= b.year || !out.wants(fire))
        return;
    out.push_back(customerTask(
        in, i, "birthday", TaskKind::Birthday, fire, next.days(),
        fmt::format("birthday on {} (turns {})", next.toIso(), next.ymd().year - b.year)));
}

std::string caseOwner(const TaskRuleInputs& in, const RecoveryCase& c) {
    if (!c.actionOwner.empty() || !in.owners)
        return c.actionOwner;
    const auto i = in.portfolio->indexOf(c.customerId);
    if (!i || *i >= in.owners->size())
        return {};
    return std::string((*in.owners)[*i]);
}

Task caseTask(const TaskRuleInputs& in, const RecoveryCase& c, const char* rule, std::int32_t fire,
              std::int32_t occurrence, std::string text) {
    Task t;
    t.subject = TaskSubject::RecoveryCase;
    t.subjectId = c.id;
    t.owner = caseOwner(in, c);
    t.due = fire;
    t.kind = TaskKind::Recovery;
    t.text = std::move(text);
    t.rule = rule;
    t.occurrence = occurrence;
    return t;
}

void recoveryRules(const TaskRuleInputs& in, const TaskRuleSettings& rules,
                   std::vector<Task>& out) {
    const Date asOf = in.metrics->asOf;
    const std::vector<RecoveryCase> cases =
        casesAsOf(std::vector<RecoveryCase>(in.cases.begin(), in.cases.end()), asOf);
    for (const RecoveryCase& c : cases) {
        if (isClosed(c.state))
            continue;
        if (rules.actionOverdue && !c.correctiveAction.empty() && c.actionDue != kNoDay &&
            !c.actionDone && c.actionDue < asOf.days())
            out.push_back(caseTask(
                in, c, "action_overdue", c.actionDue + 1, c.actionDue,
                fmt::format("corrective action due {}: {}", iso(c.actionDue), c.correctiveAction)));
        if (rules.contactedQuietDays && c.state == RecoveryState::Contacted &&
            !c.attempts.empty()) {
            std::int32_t last = c.attempts.front().day;
            for (const RecoveryAttempt& a : c.attempts)
                last = std::max(last, a.day);
            const std::int32_t fire = last + *rules.contactedQuietDays;
            if (fire <= asOf.days())
                out.push_back(caseTask(in, c, "contacted_quiet", fire, last,
                                       fmt::format("contacted, no attempt for {} days (last {})",
                                                   asOf.days() - last, iso(last))));
        }
    }
}

void prospectRule(const TaskRuleInputs& in, int days, std::vector<Task>& out) {
    const std::int32_t t = in.metrics->asOf.days();
    for (const ProspectFollowUp& p : in.prospects) {
        if (p.status == ProspectStatus::Converted || p.status == ProspectStatus::Dropped)
            continue;
        const std::int32_t fire = p.lastContact + days;
        if (fire > t)
            continue;
        Task task;
        task.subject = TaskSubject::Prospect;
        task.subjectId = p.id;
        task.owner = p.owner;
        task.due = fire;
        task.kind = TaskKind::Prospect;
        task.text =
            fmt::format("{} prospect, no contact for {} days (last {})",
                        prospectStatusName(p.status), t - p.lastContact, iso(p.lastContact));
        task.rule = "prospect_quiet";
        task.occurrence = p.lastContact;
        out.push_back(std::move(task));
    }
}

} // namespace

std::vector<Task> evaluateTaskRules(const TaskRuleInputs& in, const TaskRuleSettings& rules) {
    std::vector<Task> out;
    std::mutex merge;
    const std::int32_t oldest =
        rules.lookbackDays ? in.metrics->asOf.days() - *rules.lookbackDays : kNoDay;
    const bool pAlive = rules.pAliveBelowPercent && in.clv && in.clv->usable();
    const bool birthdays = rules.birthdayDays && !in.birthdays.empty();
    const bool tiers = rules.tierDown && in.tiers && !in.tiers->tiers().empty();
    // Without a limit, steps down are still looked for only in the last year.
    const LookbackWindows windows(in.metrics->asOf, rules.lookbackDays.value_or(366));
    const std::pair windowsOfT{in.metrics->asOf.addMonths(-12).days(),
                               in.metrics->asOf.addMonths(-24).days()};
    parallelFor(in.portfolio->customerCount(), [&](std::size_t begin, std::size_t end) {
        Found found{oldest, {}, {}};
        for (std::size_t i = begin; i < end; ++i) {
            if (rules.paretoAtRisk)
                paretoAtRisk(in, i, found);
            // A class A customer at risk already has its retention task.
            const bool atRisk = rules.paretoAtRisk && in.metrics->status[i].inPortfolio &&
                                in.metrics->status[i].activity == Activity::AtRisk &&
                                in.metrics->paretoClassOf(i) == ParetoClass::A;
            if (pAlive && !atRisk)
                pAliveLow(in, i, *rules.pAliveBelowPercent, found);
            if (rules.onboardingDays)
                onboarding(in, i, *rules.onboardingDays, found);
            if (tiers)
                tierDown(in, i, windows, found);
            if (rules.declinePercent)
                decline(in, i, *rules.declinePercent, windowsOfT, found);
            if (birthdays)
                birthday(in, i, *rules.birthdayDays, found);
        }
        const std::lock_guard lock(merge);
        std::move(found.tasks.begin(), found.tasks.end(), std::back_inserter(out));
    });
    recoveryRules(in, rules, out);
    if (rules.prospectQuietDays)
        prospectRule(in, *rules.prospectQuietDays, out);
    std::erase_if(out, [&](const Task& t) { return t.due < oldest; });
    std::sort(out.begin(), out.end(), [](const Task& a, const Task& b) {
        return std::tie(a.due, a.subject, a.subjectId, a.rule) <
               std::tie(b.due, b.subject, b.subjectId, b.rule);
    });
    return out;
}

} // namespace cartera
