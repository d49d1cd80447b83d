#include "app/overview/overview_view.h"

#include "app/common/display_text.h"
#include "app/common/stat_card.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <tuple>

namespace cartera {

namespace {

constexpr std::uint8_t kInPortfolioActivity = 0x03; // active and at risk: not lost

CustomerFilter stageFilter(Stage stage) {
    CustomerFilter f;
    f.stageMask = static_cast<std::uint8_t>(1u << static_cast<int>(stage));
    f.activityMask = kInPortfolioActivity;
    return f;
}

CustomerFilter activityFilter(Activity activity) {
    CustomerFilter f;
    f.stageMask = 0x0F;
    f.activityMask = static_cast<std::uint8_t>(1u << static_cast<int>(activity));
    return f;
}

} // namespace

OverviewView::OverviewView(QWidget* parent)
    : QWidget(parent), m_headline(new QLabel), m_pareto(new QLabel), m_warnings(new QLabel),
      m_grid(new QGridLayout) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    QFont h = font();
    h.setPointSizeF(h.pointSizeF() * 1.4);
    h.setBold(true);
    m_headline->setFont(h);
    layout->addWidget(m_headline);
    m_grid->setSpacing(10);
    layout->addLayout(m_grid);

    CustomerFilter inPortfolio;
    inPortfolio.stageMask = 0x0F;
    inPortfolio.activityMask = kInPortfolioActivity;
    auto fixed = [](CustomerFilter f) { return [f] { return f; }; };
    addCard(QStringLiteral("inPortfolio"), tr("Customers in portfolio"), 3, 0, 0,
            fixed(inPortfolio));
    addCard(QStringLiteral("active"), tr("Active"), 2, 0, 1,
            fixed(activityFilter(Activity::Active)));
    addCard(QStringLiteral("atRisk"), tr("At risk"), 4, 0, 2,
            fixed(activityFilter(Activity::AtRisk)));
    addCard(QStringLiteral("lost"), tr("Lost"), 5, 0, 3, fixed(activityFilter(Activity::Lost)));
    addCard(QStringLiteral("new"), tr("New (< 1 year)"), 1, 1, 0, fixed(stageFilter(Stage::New)));
    addCard(QStringLiteral("adolescent"), tr("Adolescent"), 2, 1, 1,
            fixed(stageFilter(Stage::Adolescent)));
    addCard(QStringLiteral("mature"), tr("Mature"), 3, 1, 2, fixed(stageFilter(Stage::Mature)));
    addCard(QStringLiteral("veteran"), tr("Veteran"), 4, 1, 3, fixed(stageFilter(Stage::Veteran)));
    addCard(QStringLiteral("inflow"), tr("Inflow, last 12 months"), 1, 2, 0,
            [this] { return members(&FlowFigures::inflow); });
    addCard(QStringLiteral("outflow"), tr("Outflow, last 12 months"), 5, 2, 1,
            [this] { return members(&FlowFigures::outflow); });
    CustomerFilter classA;
    classA.paretoClassMask = 1u << static_cast<int>(ParetoClass::A);
    addCard(QStringLiteral("pareto"), tr("Pareto customers (class A)"), 3, 2, 2, fixed(classA));
    addCard(QStringLiteral("recovered"), tr("Recovered, last 12 months"), 2, 2, 3,
            [this] { return members(&FlowFigures::recovered); });

    for (const auto& [name, title, column] :
         {std::tuple{"recoveryOpen", tr("Recovery cases open"), 0},
          std::tuple{"wonBack", tr("Won back"), 1}}) {
        auto* card = new StatCard(title, stageColor(column == 0 ? 5 : 2));
        card->setObjectName(QString::fromLatin1(name));
        m_grid->addWidget(card, 3, column);
        connect(card, &QPushButton::clicked, this, &OverviewView::showRecovery);
    }
    auto* tasks = new StatCard(tr("Tasks due today"), stageColor(1));
    tasks->setObjectName(QStringLiteral("tasks"));
    tasks->setFigures(QStringLiteral("0"), tr("nothing overdue"));
    m_grid->addWidget(tasks, 3, 2);
    connect(tasks, &QPushButton::clicked, this, &OverviewView::showToday);

    m_pareto->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_pareto);
    auto* warningsTitle = new QLabel(tr("<b>Flow health</b>"));
    layout->addSpacing(8);
    layout->addWidget(warningsTitle);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setAccessibleName(tr("Flow health warnings"));
    layout->addWidget(m_warnings);
    layout->addStretch();
}

StatCard* OverviewView::addCard(const QString& name, const QString& title, int flowState, int row,
                                int column, std::function<CustomerFilter()> filter) {
    auto* card = new StatCard(title, stageColor(flowState));
    card->setObjectName(name);
    m_grid->addWidget(card, row, column);
    connect(card, &QPushButton::clicked, this,
            [this, filter, title] { emit showCustomers(filter(), title); });
    return card;
}

CustomerFilter
OverviewView::members(std::shared_ptr<const std::vector<std::uint32_t>> FlowFigures::*list) const {
    CustomerFilter f;
    f.only = std::make_shared<const std::vector<std::uint32_t>>();
    if (m_snapshot && m_snapshot->flows)
        f.only = (*m_snapshot->flows).*list;
    return f;
}

void OverviewView::setTaskCounts(std::size_t dueToday, std::size_t overdue, const QString& owner) {
    const QString whose = owner.isEmpty() ? tr("everyone's") : owner;
    card(QStringLiteral("tasks"))
        ->setFigures(numberText(static_cast<qulonglong>(dueToday + overdue)),
                     overdue == 0 ? tr("%1, nothing overdue").arg(whose)
                                  : tr("%1, %2 of them overdue")
                                        .arg(whose, numberText(static_cast<qulonglong>(overdue))));
}

StatCard* OverviewView::card(const QString& name) const {
    return findChild<StatCard*>(name);
}

void OverviewView::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    const auto& s = *snapshot;
    const StageSummary& sum = s.metrics.summary;
    const int digits = s.settings.minorDigits;
    auto count = [&](std::int64_t n) { return numberText(static_cast<qlonglong>(n)); };
    const QString currency = QString::fromStdString(s.settings.currency);
    auto money = [&](Cents amount) { return currencyText(amount, digits, currency); };
    m_headline->setText(tr("Portfolio as of %1").arg(dayText(s.asOf().days())));

    const auto act = [&](Activity a) { return static_cast<std::size_t>(a); };
    Cents revenue12m = 0;
    for (Cents c : sum.stageRevenue12m)
        revenue12m += c;
    card(QStringLiteral("inPortfolio"))
        ->setFigures(count(sum.inPortfolio()),
                     tr("%1 in the last 12 months").arg(money(revenue12m)));
    card(QStringLiteral("active"))
        ->setFigures(
            count(sum.activityCount[act(Activity::Active)]),
            tr("%1 in 12 months").arg(money(sum.activityRevenue12m[act(Activity::Active)])));
    card(QStringLiteral("atRisk"))
        ->setFigures(
            count(sum.activityCount[act(Activity::AtRisk)]),
            tr("%1 in 12 months").arg(money(sum.activityRevenue12m[act(Activity::AtRisk)])));
    card(QStringLiteral("lost"))
        ->setFigures(count(sum.activityCount[act(Activity::Lost)]),
                     tr("%1 all time").arg(money(sum.activityRevenue[act(Activity::Lost)])));
    const char* stageNames[] = {"new", "adolescent", "mature", "veteran"};
    for (int g = 0; g < kStageCount; ++g) {
        const auto i = static_cast<std::size_t>(g);
        card(QString::fromLatin1(stageNames[g]))
            ->setFigures(count(sum.stageCount[i]),
                         tr("%1 in 12 months").arg(money(sum.stageRevenue12m[i])));
    }
    if (s.flows) {
        const CohortFlow& f = s.flows->lastYear;
        card(QStringLiteral("inflow"))
            ->setFigures(count(f.inflow()),
                         tr("new customers since %1").arg(dayText(f.from.days())));
        card(QStringLiteral("outflow"))
            ->setFigures(count(f.outflow()),
                         tr("customers lost since %1").arg(dayText(f.from.days())));
        card(QStringLiteral("recovered"))
            ->setFigures(count(f.recovered()), tr("lost customers who bought again"));
    } else {
        for (const char* name : {"inflow", "outflow", "recovered"})
            card(QString::fromLatin1(name))->setFigures(QStringLiteral("…"), tr("computing"));
    }
    const RecoveryMetrics& r = s.recovery;
    card(QStringLiteral("recoveryOpen"))
        ->setFigures(count(static_cast<std::int64_t>(r.open)),
                     tr("%1 corrective actions overdue").arg(r.actionsOverdue));
    card(QStringLiteral("wonBack"))
        ->setFigures(count(static_cast<std::int64_t>(r.wonBack)),
                     tr("recovery rate %1, %2 won back")
                         .arg(percentText(r.recoveryRate, 0), money(r.revenueWonBack)));
    const ParetoReport& p = s.metrics.pareto;
    card(QStringLiteral("pareto"))
        ->setFigures(
            count(static_cast<std::int64_t>(p.paretoCount())),
            tr("of %1 buying in 12 months").arg(count(static_cast<std::int64_t>(p.rankedCount()))));
    if (p.rankedCount() > 0)
        m_pareto->setText(tr("<span style='font-size:large'><b>%1 of customers make %2 of "
                             "revenue</b></span> (last 12 months; Gini %3)")
                              .arg(percentText(p.paretoCustomerShare(), 0),
                                   percentText(p.cut().toDouble(), 0),
                                   numberText(p.gini(), 'f', 2)));
    else
        m_pareto->setText(tr("No revenue in the last 12 months."));
    QString warnings;
    if (!s.flows)
        warnings = s.flowsCancelled
                       ? tr("<p>The flows of the last five years were not computed (cancelled); "
                            "they are computed again with the next change, or with View → "
                            "Reload.</p>")
                       : tr("<p>Computing the flows of the last five years…</p>");
    for (const FlowWarning& w : s.flows ? s.flows->warnings : std::vector<FlowWarning>{})
        warnings +=
            QStringLiteral("<p>⚠ ") + flowWarningWords(w).toHtmlEscaped() + QStringLiteral("</p>");
    if (warnings.isEmpty() && s.flows)
        warnings = tr("<p>No warnings: every stage moved on and left at its usual rate, and "
                      "inflow covered outflow.</p>");
    m_warnings->setText(warnings);
}

QString OverviewView::warningsText() const {
    return m_warnings->text();
}

} // namespace cartera
