#include "app/value/value_view.h"

#include "app/common/chart_axes.h"
#include "app/common/chart_export.h"
#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/common/palette_colors.h"
#include "app/value/holdout_charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

namespace cartera {

namespace {

QDate toQDate(Date d) {
    const Ymd y = d.ymd();
    return {y.year, y.month, y.day};
}

Date fromQDate(const QDate& d) {
    return Date::fromYmd(d.year(), d.month(), d.day());
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    localizeValueAxes(*chart);
    view->setChart(chart);
    delete old;
}

} // namespace

ValueView::ValueView(QWidget* parent)
    : QWidget(parent), m_fit(new QLabel), m_groupBy(new QComboBox), m_groups(new QTableWidget),
      m_distribution(new QChartView), m_calibrationEnd(new QDateEdit),
      m_holdoutCharts(new HoldoutCharts),
      m_task(
          this, [this] { return prepareHoldout(); },
          [this](std::shared_ptr<const ClvReport> r) { showHoldout(std::move(r)); }) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_fit->setWordWrap(true);
    m_fit->setTextFormat(Qt::RichText);
    m_fit->setObjectName(QStringLiteral("fit"));
    layout->addWidget(m_fit);

    auto* grid = new QGridLayout;
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(new QLabel(tr("<b>Lifetime value by</b>")));
    m_groupBy->addItem(tr("lifecycle stage"));
    m_groupBy->addItem(tr("RFM segment"));
    m_groupBy->addItem(tr("reward tier"));
    m_groupBy->addItem(tr("acquisition year"));
    m_groupBy->setAccessibleName(tr("Group lifetime value by"));
    groupRow->addWidget(m_groupBy);
    groupRow->addStretch();
    auto* left = new QVBoxLayout;
    left->addLayout(groupRow);
    m_groups->setColumnCount(6);
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Customers"), tr("Lifetime value"),
                                         tr("Mean"), tr("Mean P(alive)"),
                                         tr("Purchases next 12 weeks")});
    setUpListTable(*m_groups, tr("Lifetime value by group"));
    left->addWidget(m_groups, 1);
    grid->addLayout(left, 0, 0);
    m_distribution->setRenderHint(QPainter::Antialiasing);
    m_distribution->setMinimumHeight(240);
    m_distribution->setAccessibleName(tr("Lifetime value distribution"));
    addChartExportMenu(*m_distribution, tr("lifetime-value"));
    grid->addWidget(m_distribution, 0, 1);

    auto* holdoutRow = new QHBoxLayout;
    holdoutRow->addWidget(new QLabel(tr("<b>Holdout check</b>: fit on purchases up to")));
    m_calibrationEnd->setCalendarPopup(true);
    m_calibrationEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_calibrationEnd->setKeyboardTracking(false);
    m_calibrationEnd->setAccessibleName(tr("Calibration end"));
    holdoutRow->addWidget(m_calibrationEnd);
    holdoutRow->addWidget(new QLabel(tr("and predict the rest up to the as-of day")));
    holdoutRow->addStretch();
    auto* holdoutBox = new QVBoxLayout;
    holdoutBox->addLayout(holdoutRow);
    holdoutBox->addWidget(m_holdoutCharts, 1);
    grid->addLayout(holdoutBox, 1, 0, 1, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] { showGroups(); });
    connect(m_calibrationEnd, &QDateEdit::dateChanged, this, [this] { m_task.request(); });
}

void ValueView::setSnapshot(const SnapshotPtr& snapshot) {
    // Hidden, the view waits: its tables read every customer, on the GUI thread.
    m_pending = snapshot;
    m_stale = true;
    if (isVisible())
        refresh();
}

void ValueView::refresh() {
    if (!m_stale)
        return;
    m_stale = false;
    const SnapshotPtr snapshot = std::move(m_pending);
    const bool firstValue = snapshot && snapshot->value && (!m_snapshot || !m_snapshot->value);
    const bool newDay = !m_snapshot || !snapshot || m_snapshot->asOf() != snapshot->asOf();
    m_snapshot = snapshot;
    const CustomerValue* v = snapshot ? snapshot->value.get() : nullptr;
    if (!v) {
        m_fit->setText(tr("Fitting the lifetime-value models…"));
        m_groups->setRowCount(0);
        return;
    }
    const ClvReport& c = v->clv;
    const BgNbdModel& bg = c.bgnbd;
    const GammaGammaModel& gg = c.gammaGamma;
    QString text =
        tr("<b>Purchases</b> (BG/NBD over %1 customers): r = %2, \u03b1 = %3, a = %4, b = %5, "
           "log-likelihood %6 — %7.<br><b>Spend</b> (Gamma-Gamma over %8 repeat customers): "
           "p = %9, q = %10, \u03b3 = %11 — %12.")
            .arg(numberText(static_cast<qulonglong>(bg.customers)))
            .arg(bg.r, 0, 'f', 4)
            .arg(bg.alpha, 0, 'f', 4)
            .arg(bg.a, 0, 'f', 4)
            .arg(bg.b, 0, 'f', 4)
            .arg(bg.logLikelihood, 0, 'f', 2)
            .arg(bg.converged ? tr("converged")
                              : tr("<b>not converged</b>: %1")
                                    .arg(bg.problem ? ErrorMessage::of(*bg.problem).toHtmlEscaped()
                                                    : QString()))
            .arg(numberText(static_cast<qulonglong>(gg.customers)))
            .arg(gg.p, 0, 'f', 4)
            .arg(gg.q, 0, 'f', 4)
            .arg(gg.gamma, 0, 'f', 4)
            .arg(gg.converged ? tr("converged")
                              : tr("<b>not converged</b>: %1")
                                    .arg(gg.problem ? ErrorMessage::of(*gg.problem).toHtmlEscaped()
                                                    : QString()));
    if (c.usable())
        text += QStringLiteral("<br>") +
                tr("Lifetime value: the purchases expected over the next %1 months times the "
                   "expected spend, discounted %2 a month.")
                    .arg(c.options.horizonMonths)
                    .arg(percentText(c.options.monthlyDiscount, 2));
    else
        text += QStringLiteral("<br>") +
                tr("<b>No lifetime values are shown</b>: a model that did not converge would give "
                   "numbers that mean nothing.");
    m_fit->setText(text);
    showGroups();
    showDistribution();
    if (firstValue || newDay) {
        // Half a year back by default: long enough to see the model predict.
        const QSignalBlocker block(m_calibrationEnd);
        m_calibrationEnd->setDate(toQDate(snapshot->asOf().addMonths(-6)));
    }
    m_task.request();
}

void ValueView::setCalibrationEnd(const QDate& day) {
    m_calibrationEnd->setDate(day);
}

void ValueView::showGroups() {
    m_groups->setRowCount(0);
    if (!m_snapshot || !m_snapshot->value || !m_snapshot->value->clv.usable())
        return;
    const CustomerValue& v = *m_snapshot->value;
    const auto& status = m_snapshot->metrics.status;
    struct Sum {
        std::size_t customers = 0;
        double value = 0, alive = 0, purchases = 0;
    };
    std::map<int, Sum> sums;
    std::map<int, QString> names;
    const int by = m_groupBy->currentIndex();
    for (std::size_t i = 0; i < status.size(); ++i) {
        if (std::isnan(v.clv.clv[i]))
            continue;
        int key = 0;
        switch (by) {
        case 0:
            if (!status[i].inPortfolio)
                continue;
            key = static_cast<int>(status[i].stage);
            names.try_emplace(key, stageText(status[i].stage));
            break;
        case 1:
            key = v.segmentOf(i);
            names.try_emplace(key, key < 0 ? tr("not scored")
                                           : segmentText(v.settings.segments.segmentName(
                                                 static_cast<std::size_t>(key))));
            break;
        case 2:
            key = v.tiers.entries[i].tier;
            names.try_emplace(key, tierText(v.settings.tiers.nameOf(v.tiers.entries[i].tier)));
            break;
        default:
            if (!status[i].inPortfolio)
                continue;
            key = Date::fromDays(status[i].acquisition).ymd().year;
            names.try_emplace(key, QString::number(key));
            break;
        }
        Sum& s = sums[key];
        ++s.customers;
        s.value += v.clv.clv[i];
        s.alive += v.clv.pAlive[i];
        s.purchases += v.clv.expectedPurchases[i];
    }
    const int digits = m_snapshot->settings.minorDigits;
    int row = 0;
    m_groups->setRowCount(static_cast<int>(sums.size()));
    // Tiers read best on top.
    std::vector<std::pair<int, Sum>> ordered(sums.begin(), sums.end());
    if (by == 2)
        std::reverse(ordered.begin(), ordered.end());
    for (const auto& [key, s] : ordered) {
        const double n = static_cast<double>(s.customers);
        const QStringList cells{names[key],
                                numberText(static_cast<qulonglong>(s.customers)),
                                moneyText(static_cast<Cents>(std::llround(s.value)), digits),
                                moneyText(static_cast<Cents>(std::llround(s.value / n)), digits),
                                QString::number(s.alive / n, 'f', 2),
                                QString::number(s.purchases, 'f', 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_groups->setItem(row, c, item);
        }
        ++row;
    }
    m_groups->resizeColumnsToContents();
}

void ValueView::showDistribution() {
    auto* chart = new QChart;
    applyPalette(*chart, palette());
    chart->setTitle(tr("How lifetime value is spread (customers per band)"));
    if (m_snapshot && m_snapshot->value && m_snapshot->value->clv.usable()) {
        std::vector<double> values;
        for (double v : m_snapshot->value->clv.clv)
            if (!std::isnan(v))
                values.push_back(v);
        if (!values.empty()) {
            std::sort(values.begin(), values.end());
            // Ten bands of a round width (1, 2 or 5 times a power of ten in the currency) up to
            // about the 95th percentile, and one for the rest.
            const double unit = std::pow(10.0, m_snapshot->settings.minorDigits);
            const double raw = std::max(1.0, values[values.size() * 95 / 100]) / unit / 10;
            const double power = std::pow(10.0, std::floor(std::log10(raw)));
            const double step = raw <= power       ? power
                                : raw <= 2 * power ? 2 * power
                                : raw <= 5 * power ? 5 * power
                                                   : 10 * power;
            const double width = step * unit;
            std::vector<int> counts(11, 0);
            for (double v : values)
                ++counts[static_cast<std::size_t>(std::min(10.0, std::floor(v / width)))];
            // Band edges in whole units of the currency.
            auto edge = [&](double minor) { return numberText(std::llround(minor / unit)); };
            auto* set = new QBarSet(tr("customers"));
            QStringList labels;
            for (int b = 0; b < 11; ++b) {
                *set << counts[static_cast<std::size_t>(b)];
                labels << (b < 10 ? edge(b * width) : tr("more"));
            }
            set->setColor(seriesColor(palette()));
            auto* series = new QBarSeries;
            series->append(set);
            chart->addSeries(series);
            auto* x = new QBarCategoryAxis;
            x->append(labels);
            x->setTitleText(tr("lifetime value from (%1)")
                                .arg(QString::fromStdString(m_snapshot->settings.currency)));
            auto* y = new QValueAxis;
            y->setLabelFormat(QStringLiteral("%d"));
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            series->attachAxis(x);
            series->attachAxis(y);
            y->applyNiceNumbers();
            chart->legend()->hide();
        }
    }
    replaceChart(m_distribution, chart);
}

std::optional<ViewTask<std::shared_ptr<const ClvReport>>::Job> ValueView::prepareHoldout() {
    if (!m_snapshot)
        return std::nullopt;
    const SnapshotPtr s = m_snapshot;
    const Date end = fromQDate(m_calibrationEnd->date());
    if (!(end < s->asOf()))
        return std::nullopt;
    ClvOptions options;
    options.minorDigits = s->settings.minorDigits;
    return [s, end, options] {
        return std::make_shared<const ClvReport>(
            ClvReport::compute(s->portfolio, end, s->asOf(), options));
    };
}

void ValueView::showHoldout(std::shared_ptr<const ClvReport> report) {
    m_holdoutCharts->showReport(report);
}

QString ValueView::fitText() const {
    return m_fit->text();
}

QString ValueView::holdoutText() const {
    return m_holdoutCharts->verdictText();
}

void ValueView::waitForIdle() {
    m_task.wait();
}

void ValueView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
    m_task.shown();
}

} // namespace cartera
