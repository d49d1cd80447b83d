#include "app/session/portfolio_snapshot.h"

#include "app/common/error_message.h"
#include "core/flow/flow_health.h"
#include "core/tasks/task_rules.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/portfolio_loader.h"
#include "storage/recovery_repository.h"

#include <future>
#include <set>

namespace cartera {

namespace {

// The list's rows; none when they depend on names that are not read yet.
std::shared_ptr<const PortfolioSnapshot::ListRows>
listRows(const PortfolioSnapshot& s, const CustomerFilter& filter, const CustomerSort& sort) {
    if (!s.hasNames() && readsDirectory(filter, sort))
        return nullptr;
    const CustomerQuery query(s.portfolio, s.directory(), s.metrics, s.value.get());
    auto rows = std::make_shared<PortfolioSnapshot::ListRows>();
    rows->filter = filter;
    rows->sort = sort;
    rows->rows = query.filter(filter);
    query.sort(rows->rows, sort);
    return rows;
}

SnapshotPtr analysed(std::shared_ptr<const PortfolioData> data,
                     std::shared_ptr<const CustomerNames> names, Date asOf, const ListQuery& list) {
    auto metrics = std::make_shared<const CustomerMetrics>(
        computeCustomerMetrics(data->portfolio, data->settings, asOf));
    auto s = std::make_shared<PortfolioSnapshot>(std::move(data), std::move(metrics));
    s->names = std::move(names);
    s->recovery = recoveryMetrics(s->portfolio, s->cases, asOf);
    s->list = listRows(*s, list.filter, list.sort);
    return s;
}

std::shared_ptr<const CustomerNames> readNames(const std::string& path) {
    auto names = std::make_shared<CustomerNames>();
    {
        auto db = Database::open(path);
        names->directory = loadCustomerDirectory(*db, &names->profiles, &names->birthdays);
    }
    std::set<std::string_view> owners;
    for (std::size_t i = 0; i < names->directory.size(); ++i)
        if (!names->directory.owner[i].empty())
            owners.insert(names->directory.owner[i]);
    names->owners.assign(owners.begin(), owners.end());
    return names;
}

const CustomerNames& noNames() {
    static const CustomerNames none;
    return none;
}

} // namespace

const CustomerDirectory& PortfolioSnapshot::directory() const {
    return (names ? *names : noNames()).directory;
}

const std::vector<std::string>& PortfolioSnapshot::owners() const {
    return (names ? *names : noNames()).owners;
}

std::string_view PortfolioSnapshot::nameOf(std::size_t customer) const {
    return names ? names->directory.name[customer] : std::string_view();
}

std::string_view CustomerLabels::nameOf(std::size_t customer) const {
    return names ? names->directory.name[customer] : std::string_view();
}

std::string_view CustomerLabels::ownerOf(std::size_t customer) const {
    return names ? names->directory.owner[customer] : std::string_view();
}

SnapshotPtr buildSnapshot(const std::string& path, Date asOf, const ListQuery& list,
                          const std::atomic_bool* cancelled, std::size_t namesLaterFrom) {
    auto data = std::make_shared<PortfolioData>();
    data->path = path;
    bool namesNow = true;
    {
        auto db = Database::open(path);
        data->settings = db->analysisSettings();
        data->value = db->valueSettings();
        data->lists = CustomerListRepository(*db).lists();
        data->ruleData = loadTaskRuleData(*db, false);
        if (namesLaterFrom != static_cast<std::size_t>(-1))
            namesNow = static_cast<std::size_t>(CustomerRepository(*db).count()) < namesLaterFrom;
    }
    // Purchases and names come from two connections at once: the two halves of the load take
    // about the same time.
    std::future<std::shared_ptr<const CustomerNames>> names;
    if (namesNow)
        names = std::async(std::launch::async, [&path] { return readNames(path); });
    {
        auto db = Database::open(path);
        data->portfolio = loadPortfolio(*db);
        // Reading never writes: win-backs were applied when the purchases were imported.
        RecoveryRepository recovery(*db);
        data->cases = recovery.cases();
        data->lossReasons = recovery.lossReasons();
    }
    std::shared_ptr<const CustomerNames> read = namesNow ? names.get() : nullptr;
    if (cancelled && *cancelled)
        return nullptr;
    return analysed(std::move(data), std::move(read), asOf, list);
}

SnapshotPtr reanalyse(const SnapshotPtr& base, Date asOf, const ListQuery& list) {
    return analysed(base->data, base->names, asOf, list);
}

SnapshotPtr withNames(const SnapshotPtr& base, const ListQuery& list) {
    auto s = std::make_shared<PortfolioSnapshot>(*base);
    s->names = readNames(s->data->path);
    if (s->names->directory.size() != s->portfolio.customerCount())
        return nullptr; // another program changed the file since it was loaded
    // Rows made without names stay only if they are for this query and never needed them.
    const bool keep = base->list && base->list->filter == list.filter &&
                      base->list->sort == list.sort && !readsDirectory(list.filter, list.sort);
    if (!keep)
        s->list = listRows(*s, list.filter, list.sort);
    return s;
}

namespace {

std::vector<Task> ruleTasksOf(const PortfolioSnapshot& s) {
    const TaskRuleData& extra = s.data->ruleData;
    TaskRuleInputs in;
    in.portfolio = &s.portfolio;
    in.metrics = &s.metrics;
    in.settings = s.settings;
    in.owners = &s.directory().owner;
    in.birthdays = s.names->birthdays;
    in.tiers = &s.data->value.tiers;
    in.clv = &s.value->clv;
    in.cases = s.cases;
    in.prospects = extra.prospects;
    return evaluateTaskRules(in, extra.rules);
}

} // namespace

SnapshotPtr withFlows(const SnapshotPtr& base, bool runRules) {
    const Portfolio& p = base->portfolio;
    const AnalysisSettings& settings = base->settings;
    const Date asOf = base->asOf();
    const std::vector<Date> bounds =
        flowBoundaries(asOf.addMonths(-kHealthMonths), asOf, FlowStep::Year);

    // Customer value meanwhile, on its own thread.
    auto value = std::async(std::launch::async, [&] {
        return std::make_shared<const CustomerValue>(
            CustomerValue::compute(p, asOf, base->data->value, base->settings.minorDigits));
    });
    // Classify every boundary but the last (the metrics have it), two at a time.
    std::vector<std::vector<FlowState>> states(bounds.size());
    std::vector<std::future<std::vector<FlowState>>> jobs;
    for (std::size_t k = 0; k + 1 < bounds.size(); ++k)
        jobs.push_back(std::async(std::launch::async,
                                  [&, k] { return flowStatesAt(p, settings, bounds[k]); }));
    states.back().resize(base->metrics.status.size());
    for (std::size_t i = 0; i < states.back().size(); ++i)
        states.back()[i] = flowStateOf(base->metrics.status[i]);
    for (std::size_t k = 0; k < jobs.size(); ++k)
        states[k] = jobs[k].get();

    auto flows = std::make_shared<FlowFigures>();
    for (std::size_t k = 1; k < bounds.size(); ++k)
        flows->yearlySeries.push_back(
            computeFlowFromStates(p, states[k - 1], states[k], bounds[k - 1], bounds[k]));
    flows->warnings = flowHealthWarnings(flows->yearlySeries);
    flows->lastYear = flows->yearlySeries.back();
    const auto& before = states[states.size() - 2];
    const auto& after = states.back();
    flows->inflow = std::make_shared<std::vector<std::uint32_t>>(
        flowMembers(before, after, kNotYetMask, kStagesMask));
    flows->outflow = std::make_shared<std::vector<std::uint32_t>>(
        flowMembers(before, after, kStagesMask, kLostMask));
    flows->recovered = std::make_shared<std::vector<std::uint32_t>>(
        flowMembers(before, after, kLostMask, kStagesMask));

    // The prospects' fit compares with the class A customers of the day.
    std::vector<bool> classA(p.customerCount());
    for (std::size_t i = 0; i < classA.size(); ++i)
        classA[i] = base->metrics.paretoClassOf(i) == ParetoClass::A;
    // The session reads the names before it asks for the flows.
    auto fit = base->hasNames() ? std::make_shared<const ProspectFit>(base->names->profiles, classA)
                                : nullptr;

    auto s = std::make_shared<PortfolioSnapshot>(*base);
    s->flows = std::move(flows);
    s->value = value.get();
    s->prospectFit = std::move(fit);
    if (runRules && s->hasNames() && s->names->birthdays.size() == p.customerCount()) {
        // Written here, on the worker's own connection: a first run on a large portfolio
        // stores a hundred thousand tasks, which must not stall the window.
        try {
            auto db = Database::open(s->data->path);
            for (const auto& [rule, count] : TaskRepository(*db).addRuleTasks(ruleTasksOf(*s)))
                s->ruleTasksCreated += count;
        } catch (const std::exception& e) {
            s->ruleTasksError = ErrorMessage::of(e);
        }
    }
    // Rows sorted or filtered by value were made without it: make them again, here.
    const auto& list = *base->list;
    const bool byValue = list.filter.segment != CustomerFilter::kAny ||
                         list.filter.tier != CustomerFilter::kAny ||
                         list.sort.column >= CustomerColumn::RfmScore;
    if (byValue) {
        const CustomerQuery query(s->portfolio, s->directory(), s->metrics, s->value.get());
        auto rows = std::make_shared<PortfolioSnapshot::ListRows>(list);
        rows->rows = query.filter(list.filter);
        query.sort(rows->rows, list.sort);
        s->list = std::move(rows);
    }
    return s;
}

} // namespace cartera
