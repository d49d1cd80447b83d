#include "app/cohorts/cohorts_view.h"
#include "app/cohorts/flow_chart_widget.h"
#include "app/common/display_text.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "gui_fixture.h"

#include <QFontMetrics>
#include <QImage>
#include <QLocale>
#include <QTest>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::GuiFixture;

namespace {

// A flow a unit test can reason about: 1,000,000 new customers arrive, so the longest label is
// "new customers  1,000,000"; a few move between stages.
CohortFlow bigFlow() {
    CohortFlow flow;
    flow.from = Date::fromYmd(2025, 6, 30);
    flow.to = Date::fromYmd(2026, 6, 30);
    const auto set = [&flow](FlowState a, FlowState b, std::int64_t n) {
        flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = n;
    };
    set(FlowState::NotYet, FlowState::New, 1000000);
    set(FlowState::New, FlowState::Adolescent, 300000);
    set(FlowState::Mature, FlowState::Lost, 200000);
    return flow;
}

// Where a label's ink lies: the pixels that differ from the background in a strip, on one
// side of a column.
std::pair<int, int> inkSpan(const QImage& image, int top, int bottom, int from, int to, QRgb base) {
    int left = image.width(), right = -1;
    for (int y = std::max(0, top); y < std::min(bottom, image.height()); ++y)
        for (int x = std::max(0, from); x < std::min(to, image.width()); ++x)
            if (image.pixel(x, y) != base) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    return {left, right};
}

} // namespace

TEST_CASE("the flow chart's labels fit their text, on the side of their bars, in both directions") {
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        INFO((direction == Qt::RightToLeft ? "right to left" : "left to right"));
        FlowChartWidget chart;
        chart.setLayoutDirection(direction);
        chart.resize(700, 400);
        chart.setFlow(bigFlow(), 2);
        const QImage image = chart.grab().toImage();
        const QRgb base = chart.palette().base().color().rgb();
        // The first start bar ("new customers") is solid grey; find its columns at y = 60.
        const QRgb grey = stageColor(0).rgb();
        int barLeft = -1, barRight = -1;
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, 60) == grey) {
                barLeft = barLeft < 0 ? x : barLeft;
                barRight = x;
            }
        REQUIRE(barLeft >= 0);
        int barBottom = 60;
        while (barBottom + 1 < image.height() && image.pixel(barLeft + 2, barBottom + 1) == grey)
            ++barBottom;
        const int middle = (40 + barBottom) / 2;
        const int h = chart.fontMetrics().height();
        const QString label = QStringLiteral("new customers  %1").arg(QLocale().toString(1000000));
        const int textWidth = chart.fontMetrics().horizontalAdvance(label);
        // Ink beside the bar, outside it: the whole text, not a clipped tail ("ew customers").
        const auto [left, right] =
            direction == Qt::LeftToRight
                ? inkSpan(image, middle - h, middle + h, 0, barLeft - 1, base)
                : inkSpan(image, middle - h, middle + h, barRight + 2, image.width(), base);
        REQUIRE(right > left);
        CHECK(right - left + 1 >= textWidth - 4);
        if (direction == Qt::LeftToRight)
            CHECK(barLeft < chart.width() / 2);
        else
            CHECK(barRight > chart.width() / 2);
    }
}

TEST_CASE("the flow chart works from the keyboard and names each band for screen readers") {
    GuiFixture f;
    f.window->showPage(MainWindow::Cohorts);
    f.window->cohorts()->setRange(Date::fromYmd(2025, 6, 30), Date::fromYmd(2026, 6, 30));
    f.window->waitForIdle();
    FlowChartWidget* chart = f.window->cohorts()->chart();
    CHECK(chart->focusPolicy() == Qt::StrongFocus);
    CHECK_FALSE(chart->accessibleName().isEmpty());
    CHECK_FALSE(chart->focusedBand());

    QTest::keyClick(chart, Qt::Key_Down);
    const auto first = chart->focusedBand();
    REQUIRE(first);
    QTest::keyClick(chart, Qt::Key_Down);
    const auto second = chart->focusedBand();
    REQUIRE(second);
    CHECK(*second != *first);
    QTest::keyClick(chart, Qt::Key_Up);
    CHECK(chart->focusedBand() == first);
    QTest::keyClick(chart, Qt::Key_End);
    const auto last = chart->focusedBand();
    REQUIRE(last);
    // The last band runs into "lost", the bottom of the end column.
    CHECK(last->second == FlowState::Lost);
    CHECK(chart->accessibleDescription() == chart->focusedBandText());
    const CohortFlow& flow = chart->flow();
    const std::int64_t n = flow.at(last->first, last->second);
    CHECK(chart->accessibleDescription().contains(QLocale().toString(static_cast<qlonglong>(n))));

    QTest::keyClick(chart, Qt::Key_Return);
    CHECK(f.window->currentPage() == MainWindow::Customers);
    CHECK(f.window->customers()->model()->rowCount() == n);
}

TEST_CASE("an empty flow says 'no customers' only once nothing is being computed") {
    FlowChartWidget chart;
    CHECK(chart.placeholderText() == QStringLiteral("Computing the flow…"));
    chart.setFlow(CohortFlow{}, 2);
    CHECK(chart.placeholderText() == QStringLiteral("No customers in this period"));
    chart.setComputing(true); // a new range or as-of day is on its way
    CHECK(chart.placeholderText() == QStringLiteral("Computing the flow…"));
    chart.setFlow(bigFlow(), 2);
    CHECK(chart.placeholderText().isEmpty()); // a drawn diagram stays while the next computes
    chart.setComputing(false);
    CHECK(chart.placeholderText().isEmpty());
}
