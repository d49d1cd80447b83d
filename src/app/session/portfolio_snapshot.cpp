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

SnapshotPtr analysed(std::shared_ptr<const PortfolioData> data, Date asOf, const ListQuery& list) {
    auto s = std::make_shared<PortfolioSnapshot>(std::move(data));
    s->metrics = computeCustomerMetrics(s->portfolio, s->settings, asOf);
    s->recovery = recoveryMetrics(s->portfolio, s->cases, asOf);
    const CustomerQuery query(s->portfolio, s->directory, s->metrics);
    auto rows = std::make_shared<PortfolioSnapshot::ListRows>();
    rows->filter = list.filter;
    rows->sort = list.sort;
    rows->rows = query.filter(list.filter);
    query.sort(rows->rows, list.sort);
    s->list = std::move(rows);
    return s;
}

} // namespace

SnapshotPtr buildSnapshot(const std::string& path, Date asOf, const ListQuery& list,
                          const std::atomic_bool* cancelled) {
    auto data = std::make_shared<PortfolioData>();
    data->path = path;
    {
        auto db = Database::open(path);
        data->settings = db->analysisSettings();
        data->value = db->valueSettings();
        data->lists = CustomerListRepository(*db).lists();
        data->ruleData = loadTaskRuleData(*db);
    }
    // Purchases and names come from two connections at once: the two halves of the load take
    // about the same time.
    auto directory = std::async(std::launch::async, [&path, &data] {
        auto db = Database::open(path);
        return loadCustomerDirectory(*db, &data->profiles);
    });
    {
        auto db = Database::open(path);
        data->portfolio = loadPortfolio(*db);
        // Reading never writes: win-backs were applied when the purchases were imported.
        RecoveryRepository recovery(*db);
        data->cases = recovery.cases();
        data->lossReasons = recovery.lossReasons();
    }
    data->directory = directory.get();
    if (cancelled && *cancelled)
        return nullptr;
    std::set<std::string_view> owners;
    for (std::size_t i = 0; i < data->directory.size(); ++i)
        if (!data->directory.owner[i].empty())
            owners.insert(data->directory.owner[i]);
    data->owners.assign(owners.begin(), owners.end());
    return analysed(std::move(data), asOf, list);
}

SnapshotPtr reanalyse(const SnapshotPtr& base, Date asOf, const ListQuery& list) {
    return analysed(base->data, asOf, list);
}

namespace {

std::vector<Task> ruleTasksOf(const PortfolioSnapshot& s) {
    const TaskRuleData& extra = s.data->ruleData;
    TaskRuleInputs in;
    in.portfolio = &s.portfolio;
    in.metrics = &s.metrics;
    in.settings = s.settings;
    in.owners = &s.directory.owner;
    in.birthdays = extra.birthdays;
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
    auto fit = std::make_shared<const ProspectFit>(base->data->profiles, classA);

    auto s = std::make_shared<PortfolioSnapshot>(*base);
    s->flows = std::move(flows);
    s->value = value.get();
    s->prospectFit = std::move(fit);
    if (runRules && s->data->ruleData.birthdays.size() == p.customerCount()) {
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
        const CustomerQuery query(s->portfolio, s->directory, s->metrics, s->value.get());
        auto rows = std::make_shared<PortfolioSnapshot::ListRows>(list);
        rows->rows = query.filter(list.filter);
        query.sort(rows->rows, list.sort);
        s->list = std::move(rows);
    }
    return s;
}

} // namespace cartera
