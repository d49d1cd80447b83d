#include "app/value/holdout_charts.h"

#include "app/common/chart_axes.h"
#include "app/common/chart_export.h"
#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/palette_colors.h"
#include "core/value/clv_report.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace cartera {

namespace {} // namespace

HoldoutCharts::HoldoutCharts(QWidget* parent)
    : QWidget(parent), m_holdout(new QLabel), m_buckets(new QChartView),
      m_tracking(new QChartView) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_holdout->setWordWrap(true);
    m_holdout->setTextFormat(Qt::RichText);
    m_holdout->setObjectName(QStringLiteral("holdout"));
    layout->addWidget(m_holdout);
    auto* charts = new QHBoxLayout;
    for (QChartView* v : {m_buckets, m_tracking}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(260);
        charts->addWidget(v, 1);
    }
    m_buckets->setAccessibleName(tr("Repeat purchases in the holdout"));
    m_tracking->setAccessibleName(tr("Repeat purchases by week"));
    addChartExportMenu(*m_buckets, tr("holdout"));
    addChartExportMenu(*m_tracking, tr("holdout-weeks"));
    layout->addLayout(charts, 1);
}

QString HoldoutCharts::verdictText() const {
    return m_holdout->text();
}

void HoldoutCharts::showReport(const std::shared_ptr<const ClvReport>& report) {
    // setChart keeps the old chart alive (it belongs to the caller): delete it ourselves.
    std::unique_ptr<QChart> oldBuckets(m_buckets->chart()), oldTracking(m_tracking->chart());
    auto* buckets = new QChart;
    auto* tracking = new QChart;
    applyPalette(*buckets, palette());
    applyPalette(*tracking, palette());
    buckets->setTitle(tr("Repeat purchases in the holdout, by purchases before it"));
    tracking->setTitle(tr("Repeat purchases, cumulative by week"));
    if (!report || !report->holdout) {
        m_holdout->setText(report ? tr("<b>No check</b>: %1")
                                        .arg(report->bgnbd.problem
                                                 ? ErrorMessage::of(*report->bgnbd.problem)
                                                 : QString())
                                  : QString());
        m_buckets->setChart(buckets);
        m_tracking->setChart(tracking);
        return;
    }
    const HoldoutCheck& h = *report->holdout;
    const double off = h.actual > 0 ? (h.predicted - h.actual) / h.actual : 0.0;
    m_holdout->setText(
        tr("Fitted on %1 customers up to %2, the model predicted <b>%3</b> repeat purchases up "
           "to %4; there were <b>%5</b> (%6). %7")
            .arg(numberText(static_cast<qulonglong>(report->bgnbd.customers)))
            .arg(dayText(report->data.calibrationEnd.days()))
            .arg(numberText(h.predicted, 'f', 0))
            .arg(dayText(report->data.holdoutEnd->days()))
            .arg(numberText(h.actual, 'f', 0))
            .arg((off >= 0 ? QStringLiteral("+") : QString()) + percentText(off))
            .arg(h.passed() ? tr("<span style='color:%1'><b>Passed</b></span>: within 20 %.")
                                  .arg(verdictColor(true, palette()).name())
                            : tr("<span style='color:%1'><b>Failed</b></span>: off by more than "
                                 "20 %; do not plan on these values.")
                                  .arg(verdictColor(false, palette()).name())));
    auto* predicted = new QBarSet(tr("predicted"));
    auto* actual = new QBarSet(tr("actual"));
    QStringList labels;
    double top = 1;
    for (std::size_t k = 0; k < h.buckets.size(); ++k) {
        *predicted << h.buckets[k].predicted;
        *actual << h.buckets[k].actual;
        top = std::max({top, h.buckets[k].predicted, h.buckets[k].actual});
        labels << (k + 1 == h.buckets.size() ? QStringLiteral("%1+").arg(k) : QString::number(k));
    }
    predicted->setColor(QColor(0x90, 0xA4, 0xAE));
    actual->setColor(seriesColor(palette()));
    auto* bars = new QBarSeries;
    bars->append(predicted);
    bars->append(actual);
    buckets->addSeries(bars);
    auto* bx = new QBarCategoryAxis;
    bx->append(labels);
    bx->setTitleText(tr("purchases before the holdout"));
    auto* by = new QValueAxis;
    by->setRange(0, top * 1.1);
    by->setLabelFormat(QStringLiteral("%d"));
    by->applyNiceNumbers();
    buckets->addAxis(bx, Qt::AlignBottom);
    buckets->addAxis(by, Qt::AlignLeft);
    bars->attachAxis(bx);
    bars->attachAxis(by);
    buckets->legend()->setAlignment(Qt::AlignBottom);

    auto* linePredicted = new QLineSeries;
    auto* lineActual = new QLineSeries;
    linePredicted->setName(tr("predicted"));
    lineActual->setName(tr("actual"));
    for (std::size_t w = 0; w < h.weeklyActual.size(); ++w) {
        linePredicted->append(static_cast<double>(w + 1), h.weeklyPredicted[w]);
        lineActual->append(static_cast<double>(w + 1), h.weeklyActual[w]);
    }
    linePredicted->setColor(QColor(0x90, 0xA4, 0xAE));
    lineActual->setColor(seriesColor(palette()));
    tracking->addSeries(linePredicted);
    tracking->addSeries(lineActual);
    auto* tx = new QValueAxis;
    tx->setTitleText(tr("weeks since %1").arg(dayText(h.firstWeekStart.days())));
    tx->setLabelFormat(QStringLiteral("%d"));
    auto* ty = new QValueAxis;
    ty->setLabelFormat(QStringLiteral("%d"));
    tracking->addAxis(tx, Qt::AlignBottom);
    tracking->addAxis(ty, Qt::AlignLeft);
    for (auto* s : {linePredicted, lineActual}) {
        s->attachAxis(tx);
        s->attachAxis(ty);
    }
    // A vertical mark where the holdout begins.
    const double start = (report->data.calibrationEnd.days() - h.firstWeekStart.days()) / 7.0;
    auto* mark = new QLineSeries;
    mark->setName(tr("holdout begins"));
    const double height =
        h.weeklyActual.empty() ? 1 : std::max(h.weeklyActual.back(), h.weeklyPredicted.back());
    mark->append(start, 0);
    mark->append(start, height);
    mark->setColor(QColor(0xE6, 0x7E, 0x22));
    tracking->addSeries(mark);
    mark->attachAxis(tx);
    mark->attachAxis(ty);
    tx->setRange(0, static_cast<double>(h.weeklyActual.size()));
    ty->setRange(0, height * 1.05);
    tx->applyNiceNumbers();
    ty->applyNiceNumbers();
    tracking->legend()->setAlignment(Qt::AlignBottom);
    localizeValueAxes(*buckets);
    localizeValueAxes(*tracking);
    m_buckets->setChart(buckets);
    m_tracking->setChart(tracking);
}

} // namespace cartera
