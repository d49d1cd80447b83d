#include "app/common/column_chooser.h"
#include "app/common/empty_state.h"
#include "app/common/palette_colors.h"
#include "app/common/stat_card.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/overview/overview_view.h"
#include "app/pareto/pareto_view.h"
#include "app/recovery/recovery_queue_model.h"
#include "app/recovery/recovery_view.h"
#include "gui_fixture.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::GuiFixture;

namespace {

int visibleWidth(const QTableView& table) {
    int width = 0;
    for (int c = 0; c < table.model()->columnCount(); ++c)
        if (!table.isColumnHidden(c))
            width += table.columnWidth(c);
    return width;
}

} // namespace

TEST_CASE("the customer list fits 1280 pixels and its columns come back from the header menu") {
    QSettings().remove(QStringLiteral("customers/hiddenColumns"));
    const int rank = static_cast<int>(CustomerColumn::ParetoRank);
    {
        GuiFixture f; // 1280 × 800
        f.window->showPage(MainWindow::Customers);
        QTableView* table = f.window->customers()->table();
        CHECK(table->isColumnHidden(rank));
        CHECK_FALSE(table->isColumnHidden(static_cast<int>(CustomerColumn::Name)));
        // No horizontal scrolling, and the name is not squeezed below what a name needs.
        CHECK(table->horizontalScrollBar()->maximum() == 0);
        CHECK(visibleWidth(*table) <= table->viewport()->width());
        CHECK(table->columnWidth(static_cast<int>(CustomerColumn::Name)) >=
              table->fontMetrics().horizontalAdvance(QStringLiteral("Małgorzata Kowalczyk")));

        QMenu menu;
        fillColumnMenu(menu, *table, QStringLiteral("customers/hiddenColumns"));
        REQUIRE(menu.actions().size() == kCustomerColumnCount);
        QAction* rankAction = menu.actions().at(rank);
        CHECK(rankAction->text() == QStringLiteral("Rank"));
        CHECK_FALSE(rankAction->isChecked());
        rankAction->setChecked(true);
        CHECK_FALSE(table->isColumnHidden(rank));
        menu.actions().at(static_cast<int>(CustomerColumn::Company))->setChecked(false);
        CHECK(table->isColumnHidden(static_cast<int>(CustomerColumn::Company)));
    }
    {
        // The choice outlives the window.
        GuiFixture f;
        QTableView* table = f.window->customers()->table();
        CHECK_FALSE(table->isColumnHidden(rank));
        CHECK(table->isColumnHidden(static_cast<int>(CustomerColumn::Company)));
    }
    QSettings().remove(QStringLiteral("customers/hiddenColumns"));
}

TEST_CASE("a filter that matches nothing says so and offers to clear the filters") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    CustomersView* view = f.window->customers();
    auto* empty = view->findChild<EmptyState*>(QStringLiteral("emptyState"));
    REQUIRE(empty);
    CHECK_FALSE(empty->isVisible());
    const int all = view->model()->rowCount();
    REQUIRE(all > 0);

    view->searchField()->setText(QStringLiteral("no such customer anywhere"));
    REQUIRE(view->model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No customer matches")));
    CHECK(empty->geometry() == view->table()->viewport()->rect());

    emit empty->linkActivated(QStringLiteral("clear"));
    CHECK(view->searchField()->text().isEmpty());
    CHECK(view->model()->rowCount() == all);
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("the Pareto table gives its room to the name") {
    GuiFixture f;
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle();
    QTableView* table = f.window->pareto()->table();
    QHeaderView* header = table->horizontalHeader();
    CHECK_FALSE(header->stretchLastSection());
    CHECK(header->sectionResizeMode(2) == QHeaderView::Stretch); // Name
    // Class holds one letter: it no longer takes the width the name needs.
    const int classColumn = table->model()->columnCount() - 1;
    CHECK(table->columnWidth(classColumn) < table->columnWidth(2));
    CHECK(table->horizontalScrollBar()->maximum() == 0);
}

TEST_CASE("no list turns its header titles bold when a row is selected") {
    GuiFixture f;
    const auto tables = f.window->findChildren<QTableView*>();
    REQUIRE(tables.size() >= 8);
    for (const QTableView* table : tables) {
        INFO(table->accessibleName().toStdString());
        CHECK_FALSE(table->accessibleName().isEmpty());
        CHECK_FALSE(table->horizontalHeader()->highlightSections());
    }
}

TEST_CASE("on a dark palette every figure, tint and chart stays readable") {
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        INFO((dark ? "dark" : "light"));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QPalette p = QApplication::palette();
        CHECK(isDark(p) == dark);
        GuiFixture f;
        // Overview cards: the big figure against the card (4.5:1 is WCAG AA for text).
        StatCard* card = f.window->overview()->card(QStringLiteral("inPortfolio"));
        REQUIRE(card);
        CHECK(contrastRatio(card->valueColor(), card->background()) >= 4.5);
        CHECK(card->background() == p.color(QPalette::Base));
        // Class tints under the list's text, warnings against the list's background.
        for (const ParetoClass c : {ParetoClass::A, ParetoClass::B, ParetoClass::C})
            CHECK(contrastRatio(paretoClassColor(c, p), p.color(QPalette::Text)) >= 4.5);
        for (const Activity a : {Activity::AtRisk, Activity::Lost})
            CHECK(contrastRatio(activityColor(a, p), p.color(QPalette::Base)) >= 4.5);
        for (const double shade : {0.0, 0.5, 1.0})
            CHECK(contrastRatio(heatColor(shade, p), textOn(heatColor(shade, p))) >= 4.5);
        // The list shows the tint the palette asks for.
        CustomerTableModel* model = f.window->customers()->model();
        bool tinted = false;
        for (int r = 0; r < model->rowCount() && !tinted; ++r) {
            const QVariant v = model->index(r, static_cast<int>(CustomerColumn::ParetoClass))
                                   .data(Qt::BackgroundRole);
            if (v.isValid()) {
                CHECK(v.value<QColor>() == paretoClassColor(ParetoClass::A, p));
                tinted = v.value<QColor>() == paretoClassColor(ParetoClass::A, p);
            }
        }
        CHECK(tinted);
        // Charts paint on the palette's base, with the theme that matches it.
        f.window->showPage(MainWindow::Pareto);
        f.window->waitForIdle();
        const auto views = f.window->findChildren<QChartView*>();
        REQUIRE_FALSE(views.isEmpty());
        int checked = 0;
        for (const QChartView* view : views)
            if (view->chart() && !view->chart()->series().isEmpty()) {
                CHECK(view->chart()->backgroundBrush().color() == p.color(QPalette::Base));
                CHECK(view->chart()->theme() ==
                      (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight));
                ++checked;
            }
        CHECK(checked >= 2); // Overview and Pareto have drawn; the others wait to be shown
    }
    QApplication::setPalette(light);
}

TEST_CASE("Down from the filter box enters the list, and Tab leaves it") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    f.window->activateWindow();
    CustomersView* view = f.window->customers();
    view->searchField()->setFocus();
    QTest::keyClicks(view->searchField(), QStringLiteral("a"));
    REQUIRE(view->model()->rowCount() > 1);
    QTest::keyClick(view->searchField(), Qt::Key_Down);
    CHECK(view->table()->hasFocus());
    CHECK(view->table()->currentIndex().row() == 0);
    QTest::keyClick(view->table(), Qt::Key_Tab);
    CHECK_FALSE(view->table()->hasFocus());
    CHECK(view->table()->currentIndex().row() == 0);
}

TEST_CASE("every chart has a name a screen reader can say, and saves from its menu") {
    GuiFixture f;
    const auto charts = f.window->findChildren<QChartView*>();
    REQUIRE(charts.size() >= 6);
    for (const QChartView* chart : charts) {
        INFO(chart->objectName().toStdString());
        CHECK_FALSE(chart->accessibleName().isEmpty());
        CHECK(chart->contextMenuPolicy() == Qt::ActionsContextMenu);
        CHECK(chart->actions().size() >= 2);
    }
}

TEST_CASE("the File menu exports the charts of the page on screen") {
    GuiFixture f;
    auto* menu = f.window->findChild<QMenu*>(QStringLiteral("exportChartMenu"));
    REQUIRE(menu);
    const auto texts = [menu] {
        emit menu->aboutToShow();
        QStringList t;
        for (const QAction* a : menu->actions())
            t << a->text() + (a->isEnabled() ? QString() : QStringLiteral(" (off)"));
        return t;
    };
    f.window->showPage(MainWindow::Overview);
    CHECK(texts() == QStringList{QStringLiteral("No chart on this page (off)")});
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle();
    CHECK(texts() == QStringList{QStringLiteral("Pareto curve: Save chart as PNG…"),
                                 QStringLiteral("Pareto curve: Save chart as SVG…")});
    f.window->showPage(MainWindow::Value);
    f.window->waitForIdle();
    const QStringList value = texts();
    CHECK(value.size() == 6);
    CHECK(value.first() == QStringLiteral("Lifetime value distribution: Save chart as PNG…"));
    CHECK(value.contains(QStringLiteral("Repeat purchases by week: Save chart as SVG…")));
}

TEST_CASE("the recovery queue's amounts are never cut") {
    GuiFixture f;
    f.window->showPage(MainWindow::Recovery);
    f.window->waitForIdle();
    QTableView* table = f.window->recovery()->table();
    REQUIRE(table->model()->rowCount() > 0);
    const int stake = RecoveryQueueModel::AtStake;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QString text = table->model()->index(r, stake).data().toString();
        REQUIRE(table->fontMetrics().horizontalAdvance(text) + 8 <= table->columnWidth(stake));
    }
}
