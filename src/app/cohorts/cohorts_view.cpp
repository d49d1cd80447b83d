#include "app/cohorts/cohorts_view.h"

#include "app/cohorts/flow_chart_widget.h"
#include "app/cohorts/retention_panel.h"
#include "app/common/chart_axes.h"
#include "app/common/chart_export.h"
#include "app/common/display_text.h"
#include "app/common/palette_colors.h"
#include "core/flow/flow_health.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cartera {

namespace {

QDate toQDate(Date d) {
    const Ymd y = d.ymd();
    return {y.year, y.month, y.day};
}

Date fromQDate(const QDate& d) {
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

CohortsView::CohortsView(QWidget* parent)
    : QWidget(parent), m_from(new QDateEdit), m_to(new QDateEdit), m_step(new QComboBox),
      m_chart(new FlowChartWidget), m_stages(new QChartView), m_summary(new QLabel),
      m_warnings(new QLabel), m_retention(new RetentionPanel),
      m_task(
          this, [this] { return prepare(); }, [this](const Result& r) { showResult(r); }) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* controls = new QHBoxLayout;
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setKeyboardTracking(false); // recompute once the typed date is complete
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("Flow start"));
    m_to->setAccessibleName(tr("Flow end"));
    m_step->addItem(tr("by month"), static_cast<int>(FlowStep::Month));
    m_step->addItem(tr("by quarter"), static_cast<int>(FlowStep::Quarter));
    m_step->addItem(tr("by year"), static_cast<int>(FlowStep::Year));
    m_step->setCurrentIndex(1);
    m_step->setAccessibleName(tr("Period of the stage chart"));
    controls->addWidget(new QLabel(tr("From")));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to")));
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Stage counts")));
    controls->addWidget(m_step);
    controls->addStretch();
    layout->addLayout(controls);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chart);
    m_stages->setRenderHint(QPainter::Antialiasing);
    m_stages->setMinimumHeight(200);
    m_stages->setAccessibleName(tr("Customers per stage over time"));
    addChartExportMenu(*m_stages, tr("stages"));
    addChartExportMenu(*m_chart, tr("cohort-flow"));
    auto* below = new QTabWidget;
    below->setObjectName(QStringLiteral("cohortTabs"));
    below->addTab(m_stages, tr("Stage counts over time"));
    below->addTab(m_retention, tr("Retention by acquisition cohort"));
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_warnings->setWordWrap(true);
    m_warnings->setAccessibleName(tr("Flow health warnings"));
    layout->addWidget(m_warnings);

    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] { m_task.request(); });
    connect(m_step, &QComboBox::currentIndexChanged, this, [this] { m_task.request(); });
    connect(m_retention, &RetentionPanel::showCustomers, this, &CohortsView::showCustomers);
    connect(m_chart, &FlowChartWidget::bandClicked, this, [this](FlowState a, FlowState b) {
        if (!m_result)
            return;
        CustomerFilter f;
        f.only = std::make_shared<std::vector<std::uint32_t>>(
            flowMembers(m_result->before, m_result->after, flowMask(a), flowMask(b)));
        emit showCustomers(f, tr("%1 → %2 between %3 and %4")
                                  .arg(QString::fromUtf8(flowStateName(a).data()),
                                       QString::fromUtf8(flowStateName(b).data()),
                                       dayText(m_result->flow.from.days()),
                                       dayText(m_result->flow.to.days())));
    });
}

void CohortsView::setSnapshot(const SnapshotPtr& snapshot) {
    const SnapshotPtr previous = m_snapshot;
    m_snapshot = snapshot;
    m_retention->setSnapshot(snapshot);
    if (!snapshot)
        return;
    // The range follows the as-of date and the file: a new portfolio or a new as-of date
    // moves it, unless the user chose other dates since. It ends at the as-of date, or at the
    // portfolio's last purchase when that is earlier (a 1998 file opens on 1997-1998).
    const bool followed = !previous || (fromQDate(m_to->date()) == m_rangeEnd &&
                                        fromQDate(m_from->date()) == m_rangeStart);
    const bool moved =
        !previous || previous->asOf() != snapshot->asOf() || previous->data != snapshot->data;
    if (followed && moved) {
        const auto [first, last] = snapshot->portfolio.dayRange();
        Date to = snapshot->asOf();
        if (last && Date::fromDays(*last) < to)
            to = Date::fromDays(*last);
        Date from = to.addMonths(-12);
        if (first && from < Date::fromDays(*first) && Date::fromDays(*first) < to)
            from = Date::fromDays(*first);
        m_rangeStart = from;
        m_rangeEnd = to;
        const QSignalBlocker a(m_from), b(m_to);
        m_to->setDate(toQDate(to));
        m_from->setDate(toQDate(from));
    }
    m_task.request();
}

void CohortsView::setRange(Date from, Date to) {
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(toQDate(from));
    m_to->setDate(toQDate(to));
    m_task.request();
}

QString CohortsView::summaryText() const {
    return m_summary->text();
}

QString CohortsView::warningsText() const {
    return m_warnings->text();
}

Date CohortsView::rangeStart() const {
    return fromQDate(m_from->date());
}

Date CohortsView::rangeEnd() const {
    return fromQDate(m_to->date());
}

void CohortsView::waitForIdle() {
    m_task.wait();
    m_retention->waitForIdle();
}

void CohortsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_task.shown();
}

std::optional<ViewTask<CohortsView::Result>::Job> CohortsView::prepare() {
    if (!m_snapshot)
        return std::nullopt;
    const Date from = fromQDate(m_from->date());
    const Date to = fromQDate(m_to->date());
    if (!(from < to)) {
        m_summary->setText(tr("<b>Choose a start before the end.</b>"));
        return std::nullopt;
    }
    const auto step = static_cast<FlowStep>(m_step->currentData().toInt());
    const SnapshotPtr s = m_snapshot;
    m_summary->setText(tr("Computing…"));
    m_chart->setComputing(true);
    return [s, from, to, step] {
        Result r;
        r.before = flowStatesAt(s->portfolio, s->settings, from);
        r.after = flowStatesAt(s->portfolio, s->settings, to);
        r.flow = computeFlowFromStates(s->portfolio, r.before, r.after, from, to);
        r.series = computeFlowSeries(s->portfolio, s->settings, from, to, step);
        // Health compares years, as the Overview does: the five years up to the end of the
        // range, so that both views say the same for the same day.
        r.warnings = flowHealthWarnings(computeFlowSeries(
            s->portfolio, s->settings, to.addMonths(-kHealthMonths), to, FlowStep::Year));
        return r;
    };
}

void CohortsView::showResult(const Result& r) {
    m_result = std::make_shared<Result>(r);
    const int digits = m_snapshot ? m_snapshot->settings.minorDigits : 2;
    m_chart->setFlow(r.flow, digits);
    m_chart->setComputing(false);
    // Every number here is a sum of bands of the chart below.
    const auto notYetToLost = r.flow.count[static_cast<std::size_t>(FlowState::NotYet)]
                                          [static_cast<std::size_t>(FlowState::Lost)];
    QString summary =
        tr("<b>%1 → %2</b>: %3 new customers came in, %4 customers were lost, %5 lost customers "
           "came back.")
            .arg(dayText(r.flow.from.days()), dayText(r.flow.to.days()),
                 numberText(static_cast<qlonglong>(r.flow.inflow())),
                 numberText(static_cast<qlonglong>(r.flow.outflow())),
                 numberText(static_cast<qlonglong>(r.flow.recovered())));
    if (notYetToLost > 0)
        summary += QLatin1Char(' ') + tr("%1 more came in and were lost again within the period.")
                                          .arg(numberText(static_cast<qlonglong>(notYetToLost)));
    summary += QLatin1Char(' ') + tr("Hover a band for its numbers; click it for its customers.");
    m_summary->setText(summary);

    // Stage counts at every period boundary, stacked.
    auto* chart = new QChart;
    applyPalette(*chart, palette());
    chart->setTitle(tr("Customers per stage over time (lost customers not included)"));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::vector<QLineSeries*> upper;
    QLineSeries* lower = nullptr;
    double maxTotal = 0;
    const char* names[] = {"new", "adolescent", "mature", "veteran"};
    std::vector<std::pair<Date, std::array<std::int64_t, 4>>> points;
    for (std::size_t k = 0; k < r.series.size(); ++k) {
        const CohortFlow& f = r.series[k];
        std::array<std::int64_t, 4> c{};
        for (int s = 0; s < 4; ++s)
            c[static_cast<std::size_t>(s)] = f.rowTotal(static_cast<FlowState>(s + 1));
        points.emplace_back(f.from, c);
        if (k + 1 == r.series.size()) {
            for (int s = 0; s < 4; ++s)
                c[static_cast<std::size_t>(s)] = f.columnTotal(static_cast<FlowState>(s + 1));
            points.emplace_back(f.to, c);
        }
    }
    for (int s = 0; s < 4; ++s) {
        // The area series does not own its boundary lines: the chart does, so that they go
        // with it at the next refresh.
        auto* top = new QLineSeries(chart);
        for (const auto& [day, counts] : points) {
            double cumulative = 0;
            for (int t = 0; t <= s; ++t)
                cumulative += static_cast<double>(counts[static_cast<std::size_t>(t)]);
            maxTotal = std::max(maxTotal, cumulative);
            top->append(
                static_cast<qreal>(QDateTime(toQDate(day), QTime(0, 0)).toMSecsSinceEpoch()),
                cumulative);
        }
        auto* area = new QAreaSeries(top, lower);
        area->setName(QCoreApplication::translate("cartera", names[s]));
        QColor c = stageColor(s + 1);
        area->setColor(c);
        area->setBorderColor(c.darker(120));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        upper.push_back(top);
        lower = top;
    }
    y->setRange(0, std::max(1.0, maxTotal * 1.05));
    y->applyNiceNumbers(); // ticks at 0, 500, 1000, not 642, 1285
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart* old = m_stages->chart();
    localizeValueAxes(*chart);
    m_stages->setChart(chart);
    delete old;

    QString warnings;
    for (const FlowWarning& w : r.warnings)
        warnings += QStringLiteral("⚠ ") + flowWarningWords(w) + QLatin1Char('\n');
    m_warnings->setText(
        tr("<b>Flow health, five years to %1</b><br>").arg(dayText(r.flow.to.days())) +
        (warnings.isEmpty() ? tr("No warnings: every stage moved on and left at its usual rate, "
                                 "and inflow covered outflow.")
                            : warnings.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                         QStringLiteral("<br>"))));
}

} // namespace cartera
