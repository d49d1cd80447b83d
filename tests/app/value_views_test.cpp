#include "app/cohorts/cohorts_view.h"
#include "app/cohorts/retention_panel.h"
#include "app/common/display_text.h"
#include "app/common/heatmap_widget.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/segments/segments_view.h"
#include "app/value/value_view.h"
#include "gui_fixture.h"

#include <QFile>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <sstream>

using namespace cartera;
using cartera::test::GuiFixture;

namespace {

long long number(const QTableWidget* t, int row, int column) {
    return QLocale().toLongLong(t->item(row, column)->text());
}

} // namespace

TEST_CASE("the Segments view agrees with the core and clicks through to the same customers") {
    GuiFixture f;
    f.window->showPage(MainWindow::Segments);
    f.window->waitForIdle();
    const PortfolioSnapshot& s = f.snapshot();
    REQUIRE(s.value);
    const RfmReport expected = RfmReport::compute(
        s.portfolio, s.asOf(), {RevenueWindow::Kind::AllTime, 0}, RfmSegmentTable::defaults());
    REQUIRE(expected.entries.size() == s.value->rfm.entries.size());
    SegmentsView* view = f.window->segments();

    // Segment counts add up to the scored customers, and match the core's.
    QTableWidget* segments = view->segmentTable();
    REQUIRE(segments->rowCount() == 11);
    long long total = 0;
    std::vector<long long> count(11, 0);
    for (const auto& e : expected.entries)
        ++count[RfmSegmentTable::defaults().segmentOf(e.r, e.f, e.m)];
    for (int r = 0; r < segments->rowCount(); ++r) {
        CHECK(number(segments, r, 1) == count[static_cast<std::size_t>(r)]);
        total += number(segments, r, 1);
    }
    CHECK(total == static_cast<long long>(expected.entries.size()));

    // A double-click on the first non-empty segment lists exactly its customers.
    int row = 0;
    while (number(segments, row, 1) == 0)
        ++row;
    emit segments->cellDoubleClicked(row, 0);
    f.window->waitForIdle();
    CHECK(f.window->currentPage() == MainWindow::Customers);
    CHECK(f.window->customers()->model()->rowCount() == number(segments, row, 1));

    // The grid: R5 F1 is row 0, column 0; its count is the core's, and a click lists them.
    f.window->showPage(MainWindow::Segments);
    const HeatmapWidget::Cell* cell = view->grid()->cellAt(0, 0);
    REQUIRE(cell);
    CHECK(QLocale().toLongLong(cell->text) == expected.grid[4][0]);
    QTest::mouseClick(view->grid(), Qt::LeftButton, {}, view->grid()->cellRect(0, 0).center());
    f.window->waitForIdle();
    CHECK(f.window->currentPage() == MainWindow::Customers);
    CHECK(f.window->customers()->model()->rowCount() == static_cast<int>(expected.grid[4][0]));

    // Tiers: counts add up to every customer.
    QTableWidget* tiers = view->tierTable();
    long long inTiers = 0;
    for (int r = 0; r < tiers->rowCount(); ++r)
        inTiers += number(tiers, r, 3);
    CHECK(inTiers == static_cast<long long>(s.portfolio.customerCount()));
}

TEST_CASE("the Value view shows the fit, value by stage adding up, and the holdout verdict") {
    GuiFixture f;
    f.window->showPage(MainWindow::Value);
    f.window->waitForIdle();
    const PortfolioSnapshot& s = f.snapshot();
    REQUIRE(s.value);
    REQUIRE(s.value->clv.usable());
    ValueView* view = f.window->value();
    CHECK(view->fitText().contains(QStringLiteral("converged")));
    CHECK_FALSE(view->fitText().contains(QStringLiteral("not converged")));
    // By stage: the customers with a value who are in the portfolio.
    std::size_t valued = 0;
    for (std::size_t i = 0; i < s.portfolio.customerCount(); ++i)
        if (s.metrics.status[i].inPortfolio && !std::isnan(s.value->clv.clv[i]))
            ++valued;
    long long listed = 0;
    for (int r = 0; r < view->groupTable()->rowCount(); ++r)
        listed += number(view->groupTable(), r, 1);
    CHECK(listed == static_cast<long long>(valued));
    const QString holdout = view->holdoutText();
    CHECK(
        (holdout.contains(QStringLiteral("Passed")) || holdout.contains(QStringLiteral("Failed"))));

    // The customer list shows each customer's segment and lifetime value from the same snapshot.
    f.window->showPage(MainWindow::Customers);
    f.window->waitForIdle();
    CustomerTableModel* model = f.window->customers()->model();
    REQUIRE(model->rowCount() > 0);
    const std::uint32_t first = model->customerAt(0);
    const int segment = s.value->segmentOf(first);
    const QString shown =
        model->index(0, static_cast<int>(CustomerColumn::Segment)).data().toString();
    CHECK(shown == (segment < 0
                        ? QString()
                        : QString::fromStdString(std::string(s.value->settings.segments.segmentName(
                              static_cast<std::size_t>(segment))))));
    // Sorting by lifetime value puts the largest first.
    model->sort(static_cast<int>(CustomerColumn::Clv), Qt::DescendingOrder);
    double best = 0;
    for (double v : s.value->clv.clv)
        if (!std::isnan(v))
            best = std::max(best, v);
    CHECK(s.value->clv.clv[model->customerAt(0)] == best);
}

TEST_CASE("the retention heatmap shows the core's triangle and clicks through to a cell") {
    GuiFixture f;
    f.window->showPage(MainWindow::Cohorts);
    auto* tabs = f.window->cohorts()->findChild<QTabWidget*>(QStringLiteral("cohortTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    RetentionPanel* panel = f.window->cohorts()->retention();
    panel->setPeriod(CohortPeriod::Year);
    f.window->waitForIdle();
    const PortfolioSnapshot& s = f.snapshot();
    const RetentionTriangle expected =
        RetentionTriangle::compute(s.portfolio, s.asOf(), CohortPeriod::Year);
    REQUIRE(panel->triangle());
    REQUIRE(panel->triangle()->cohorts.size() == expected.cohorts.size());
    const std::size_t row = expected.cohorts.size() - 2; // last year's cohort, a full year on
    const HeatmapWidget::Cell* cell = panel->heatmap()->cellAt(static_cast<int>(row), 1);
    REQUIRE(cell);
    CHECK(cell->text == percentText(expected.share(row, 1), 0));
    QTest::mouseClick(panel->heatmap(), Qt::LeftButton, {},
                      panel->heatmap()->cellRect(static_cast<int>(row), 1).center());
    f.window->waitForIdle();
    CHECK(f.window->currentPage() == MainWindow::Customers);
    CHECK(f.window->customers()->model()->rowCount() ==
          static_cast<int>(expected.cohorts[row].active[1]));

    // The export is the command line's CSV of the same triangle.
    const QString path = f.dir.filePath(QStringLiteral("retention.csv"));
    REQUIRE(panel->exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::ostringstream csv;
    writeRetentionCsv(csv, expected, false);
    CHECK(file.readAll().toStdString() == csv.str());
}

TEST_CASE("a list filter saved in the app comes back by name, undoes, and exports contacts") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    f.window->waitForIdle();
    CustomersView* view = f.window->customers();
    CustomerFilter filter;
    filter.stageMask = 0x04;       // mature
    filter.paretoClassMask = 0x01; // A
    view->showFilter(filter, QStringLiteral("test"));
    f.window->waitForIdle();
    const int rows = view->model()->rowCount();
    REQUIRE(rows > 0);
    const auto text = view->filterText();
    REQUIRE(text);
    CHECK(*text == "stage=mature; class=A");
    emit view->saveListRequested(QStringLiteral("Mature A"), QString::fromStdString(*text));
    f.window->waitForIdle();
    REQUIRE(f.snapshot().data->lists.size() == 1);

    view->showFilter(CustomerFilter{}, QStringLiteral("everyone"));
    CHECK(view->model()->rowCount() > rows);
    REQUIRE(view->applyList(QStringLiteral("Mature A")));
    CHECK(view->model()->rowCount() == rows);

    // The export has a header and one row per listed customer, phones included.
    const QString path = f.dir.filePath(QStringLiteral("mature-a.csv"));
    REQUIRE(f.window->exportCustomers(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.count('\n') == rows + 1);
    CHECK(csv.startsWith("customer_id,name,company,email,phone,owner,stage,activity,class"));

    f.window->session()->undoStack()->undo();
    f.window->waitForIdle();
    CHECK(f.snapshot().data->lists.empty());
    CHECK_FALSE(view->applyList(QStringLiteral("Mature A")));
}
