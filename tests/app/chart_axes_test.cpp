#include "app/common/chart_axes.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <catch2/catch.hpp>

using namespace cartera;

namespace {

// A chart of one line with a value axis on the left, as the views build them.
QChart* lineChart(double top, int ticks, const QString& format, QLineSeries** line) {
    auto* chart = new QChart;
    *line = new QLineSeries;
    (*line)->append(0, 0);
    (*line)->append(1, top * 0.8);
    chart->addSeries(*line);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    y->setTitleText(QStringLiteral("spend"));
    y->setLabelFormat(format);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    (*line)->attachAxis(x);
    (*line)->attachAxis(y);
    y->setRange(0, top);
    y->setTickCount(ticks);
    return chart;
}

QCategoryAxis* leftAxis(QChart& chart) {
    const auto axes = chart.axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    return qobject_cast<QCategoryAxis*>(axes.front());
}

} // namespace

TEST_CASE("chart axes label their ticks as the user's language writes numbers") {
    QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
    QLineSeries* line = nullptr;
    std::unique_ptr<QChart> chart(lineChart(1'500'000, 4, QStringLiteral("%d"), &line));
    localizeValueAxes(*chart);
    QCategoryAxis* y = leftAxis(*chart);
    REQUIRE(y);
    CHECK(y->categoriesLabels() == QStringList{QStringLiteral("0"), QStringLiteral("500.000"),
                                               QStringLiteral("1.000.000"),
                                               QStringLiteral("1.500.000")});
    CHECK(y->endValue(QStringLiteral("1.000.000")) == 1'000'000.0);
    CHECK(y->min() == 0.0);
    CHECK(y->max() == 1'500'000.0);
    CHECK(y->titleText() == QStringLiteral("spend"));
    CHECK(line->attachedAxes().contains(y));
    CHECK(chart->axes(Qt::Horizontal).size() == 1);

    // Ticks closer than the format's precision get the decimals that tell them apart.
    QLocale::setDefault(QLocale(QStringLiteral("ru_RU")));
    std::unique_ptr<QChart> small(lineChart(1, 5, QStringLiteral("%d"), &line));
    localizeValueAxes(*small);
    CHECK(leftAxis(*small)->categoriesLabels().join(QLatin1Char(' ')).toStdString() ==
          "0,00 0,25 0,50 0,75 1,00");
    QLocale::setDefault(QLocale::c());
}
