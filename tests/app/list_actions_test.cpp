#include "app/common/error_message.h"
#include "app/common/sheet_export.h"
#include "app/customers/customer_dialog.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/pareto/pareto_view.h"
#include "gui_fixture.h"
#include "storage/activity_repository.h"
#include "storage/sqlite/connection.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
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
using cartera::test::named;

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

TEST_CASE("a large portfolio shows its list before its names, and what needs them waits") {
    GuiFixture f;
    const PortfolioSnapshot& whole = f.snapshot();
    REQUIRE(whole.hasNames());
    const std::string someName(whole.directory().name[7]);
    const std::size_t customers = whole.portfolio.customerCount();
    CustomersView* view = f.window->customers();
    CustomerTableModel* model = view->model();
    auto* count = named<QLabel>(view, "customerCount");
    f.window->showPage(MainWindow::Customers);

    // Every portfolio counts as large here: it opens without its names.
    PortfolioSession* session = f.window->session();
    session->setNamesLaterFrom(0);
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("contacts.csv"));
    const QString sheet = out.filePath(QStringLiteral("list.xlsx"));
    bool seen = false;
    QObject guard;
    QObject::connect(session, &PortfolioSession::snapshotChanged, &guard, [&] {
        const SnapshotPtr& s = session->snapshot();
        if (seen || !s || s->hasNames())
            return;
        seen = true;
        CHECK(s->directory().size() == 0);
        CHECK(static_cast<std::size_t>(model->rowCount()) == s->list->rows.size());
        CHECK(model->rowCount() > 0);
        const int nameColumn = static_cast<int>(CustomerColumn::Name);
        CHECK(model->index(0, nameColumn).data().toString() == QStringLiteral("…"));
        CHECK_FALSE(
            model->index(0, static_cast<int>(CustomerColumn::Id)).data().toString().isEmpty());
        CHECK(count->text().contains(QStringLiteral("reading names")));
        // Exports refuse, naming why, and write nothing.
        CHECK_FALSE(f.window->exportCustomers(csv));
        CHECK(f.window->lastError().contains(ErrorMessage::namesComing()));
        CHECK_FALSE(f.window->exportTable(sheet, SheetFormat::Xlsx));
        CHECK(f.window->lastError() == ErrorMessage::namesComing());
        CHECK_FALSE(QFileInfo::exists(csv));
        CHECK_FALSE(QFileInfo::exists(sheet));
        // A search typed now waits for the names; the rows stay and are no empty result.
        const int rowsBefore = model->rowCount();
        view->searchField()->setText(QString::fromStdString(someName));
        CHECK(model->waitsForNames());
        CHECK(model->rowCount() == rowsBefore);
        CHECK(count->text() == QStringLiteral("Reading the customers' names…"));
        // A new as-of date meanwhile does not lose the names.
        f.window->setAsOf(QDate(2026, 3, 31));
    });
    f.window->openPortfolio(f.path);
    f.window->waitForIdle();
    REQUIRE(seen);

    const PortfolioSnapshot& s = f.snapshot();
    REQUIRE(s.hasNames());
    CHECK(s.asOf() == Date::fromYmd(2026, 3, 31));
    CHECK(s.directory().size() == customers);
    CHECK_FALSE(model->waitsForNames());
    // The search typed while the names were read has run on them.
    CustomerFilter filter;
    filter.text = someName;
    const CustomerQuery q(s.portfolio, s.directory(), s.metrics, s.value.get());
    CHECK(sorted(rowsOf(*model)) == sorted(q.filter(filter)));
    const std::vector<QString> shown = namesOf(*model);
    CHECK(std::find(shown.begin(), shown.end(), QString::fromStdString(someName)) != shown.end());
    CHECK(count->text() == QStringLiteral("%1 customers").arg(model->rowCount()));
    CHECK(f.window->exportCustomers(csv));
    CHECK(f.window->exportTable(sheet, SheetFormat::Xlsx));
    CHECK(QFileInfo::exists(csv));
    CHECK(QFileInfo::exists(sheet));
}

TEST_CASE("names that cannot be read are said once, and the window goes on without them") {
    GuiFixture f;
    PortfolioSession* session = f.window->session();
    session->setNamesLaterFrom(0);
    QSignalSpy failed(session, &PortfolioSession::failed);
    QObject guard;
    QObject::connect(session, &PortfolioSession::snapshotChanged, &guard, [&] {
        const SnapshotPtr& s = session->snapshot();
        if (!s || s->hasNames() || s->flows)
            return;
        // Another program takes the customers' table away between the list and the names.
        auto other = Database::open(f.path.toStdString());
        sqlOf(*other).exec("ALTER TABLE customers RENAME TO customers_gone");
    });
    f.window->openPortfolio(f.path);
    f.window->waitForIdle(); // returns: nothing waits for names that will not come
    CHECK(failed.count() == 1);
    REQUIRE(session->snapshot());
    CHECK_FALSE(session->snapshot()->hasNames());
    CHECK(session->snapshot()->flows); // the overview's figures still came
    CHECK(session->isIdle());
}
