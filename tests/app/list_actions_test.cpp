#include "app/customers/customer_dialog.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/pareto/pareto_view.h"
#include "gui_fixture.h"
#include "storage/activity_repository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::GuiFixture;

TEST_CASE("Enter on a Pareto row or a promotion candidate opens the customer, Delete asks first") {
    GuiFixture f;
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle();
    ParetoView* pareto = f.window->pareto();
    REQUIRE(pareto->report());
    REQUIRE(pareto->report()->rankedCount() > 3);
    pareto->table()->setFocus();
    pareto->table()->setCurrentIndex(pareto->table()->model()->index(2, 0));
    QTest::keyClick(pareto->table(), Qt::Key_Return);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    const std::uint32_t third = pareto->report()->entries()[2].customer;
    CHECK(dialog->customerId() == f.snapshot().portfolio.customerId[third]);
    dialog->close();
    delete dialog;

    f.window->showPage(MainWindow::Customers);
    f.window->waitForIdle();
    CustomersView* customers = f.window->customers();
    const std::size_t before = f.snapshot().portfolio.customerCount();
    customers->table()->setFocus();
    customers->table()->setCurrentIndex(customers->model()->index(0, 0));
    QSignalSpy asked(customers, &CustomersView::deleteCustomerRequested);
    // The question comes first; answering No keeps the customer, Yes deletes it.
    for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
        QTimer::singleShot(0, [answer] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(answer)->click();
        });
        QTest::keyClick(customers->table(), Qt::Key_Delete);
        f.window->waitForIdle();
    }
    CHECK(asked.count() == 2);
    CHECK(f.snapshot().portfolio.customerCount() == before - 1);
}

TEST_CASE("Enter in a note logs the interaction, and recent files show their folder") {
    GuiFixture f;
    const std::uint32_t first = f.window->customers()->model()->customerAt(0);
    f.window->openCustomer(first);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("interactionNote"));
    REQUIRE(note);
    Database& db = *f.window->session()->database();
    const std::size_t before = ActivityRepository(db).interactions(dialog->customerId()).size();
    note->setText(QStringLiteral("asked for the spring catalogue"));
    QTest::keyClick(note, Qt::Key_Return);
    const auto after = ActivityRepository(db).interactions(dialog->customerId());
    REQUIRE(after.size() == before + 1);
    CHECK(after.front().note == "asked for the spring catalogue");
    dialog->close();

    const QString folder = QDir::toNativeSeparators(QFileInfo(f.path).absolutePath());
    bool shown = false;
    for (const QMenu* menu : f.window->findChildren<QMenu*>())
        for (const QAction* a : menu->actions())
            shown = shown || (a->text().contains(QStringLiteral("demo.cartera")) &&
                              a->text().contains(folder));
    CHECK(shown);
}

namespace {

std::vector<std::uint32_t> rowsOf(const CustomerTableModel& model) {
    std::vector<std::uint32_t> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.push_back(model.customerAt(r));
    return rows;
}

// The names down the list: equal names may come in any order, the sequence may not.
std::vector<QString> namesOf(const CustomerTableModel& model) {
    std::vector<QString> names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.push_back(model.index(r, static_cast<int>(CustomerColumn::Name)).data().toString());
    return names;
}

std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> rows) {
    std::sort(rows.begin(), rows.end());
    return rows;
}

void waitUntilIdle(const CustomerTableModel& model) {
    for (int k = 0; k < 500 && model.isBusy(); ++k)
        QTest::qWait(10);
}

} // namespace

TEST_CASE("a large list sorts and filters on a worker and keeps its rows until they are in") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    CustomersView* view = f.window->customers();
    CustomerTableModel* model = view->model();
    // The same queries, computed on the GUI thread, are the reference.
    CustomerTableModel reference;
    reference.setSnapshot(f.window->session()->snapshot());
    reference.sort(static_cast<int>(CustomerColumn::Name), Qt::AscendingOrder);

    model->setOffThreadFrom(0);
    const std::vector<std::uint32_t> before = rowsOf(*model);
    QSignalSpy busy(model, &CustomerTableModel::busyChanged);
    view->table()->sortByColumn(static_cast<int>(CustomerColumn::Name), Qt::AscendingOrder);
    CHECK(model->isBusy());
    CHECK(rowsOf(*model) == before); // the old order stays until the new one is in
    waitUntilIdle(*model);
    REQUIRE_FALSE(model->isBusy());
    CHECK(busy.count() >= 2);
    CHECK(namesOf(*model) == namesOf(reference));
    const std::vector<QString> names = namesOf(reference);
    CHECK(names.front() < names.back()); // really sorted by name, A first

    // Two keystrokes in a row: only the newest filter's rows land.
    CustomerFilter filter;
    filter.text = "c00001";
    reference.setFilter(filter);
    view->searchField()->setText(QStringLiteral("c0000"));
    view->searchField()->setText(QStringLiteral("c00001"));
    CHECK(model->isBusy());
    waitUntilIdle(*model);
    REQUIRE_FALSE(model->isBusy());
    CHECK(sorted(rowsOf(*model)) == sorted(rowsOf(reference)));
    CHECK(namesOf(*model) == namesOf(reference));
    CHECK(rowsOf(*model).size() == 100);
}
