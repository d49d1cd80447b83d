#include "app/common/sheet_export.h"
#include "app/common/stat_card.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/overview/overview_view.h"
#include "app/prospects/prospect_table_model.h"
#include "app/prospects/prospects_view.h"
#include "app/recovery/recovery_queue_model.h"
#include "app/recovery/recovery_view.h"
#include "gui_fixture.h"
#include "storage/activity_repository.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <catch2/catch.hpp>
#include <cmath>

using namespace cartera;
using cartera::test::GuiFixture;
using cartera::test::named;

namespace {

long long card(MainWindow& w, const char* name) {
    return QLocale().toLongLong(w.overview()->card(QString::fromLatin1(name))->value());
}

int rowOfCase(RecoveryView* view, std::int64_t caseId) {
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->entry(r).caseId == caseId)
            return r;
    return -1;
}

// Opens a case for the queue's row `row` and selects it; returns the case's id.
std::int64_t openCaseAt(GuiFixture& f, RecoveryView* view, int row) {
    view->selectRow(row);
    REQUIRE(view->openCasesForSelection());
    f.window->waitForIdle();
    const std::int64_t id = RecoveryRepository(*f.window->session()->database()).cases().front().id;
    view->selectRow(rowOfCase(view, id));
    return id;
}

} // namespace

TEST_CASE("recovery in the app: open a case from the queue, verify, try, win back") {
    GuiFixture f;
    f.window->showPage(MainWindow::Recovery);
    f.window->waitForIdle();
    auto* view = f.window->recovery();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view->model()->rowCount() > 10);
    CHECK(view->model()->rowCount() ==
          static_cast<int>(f.snapshot().metrics.summary.activityCount[2])); // every lost one
    CHECK(card(*f.window, "recoveryOpen") == 0);
    // No case, no reason: the chart gives way to a sentence saying how it fills.
    CHECK_FALSE(named<QLabel>(view, "noLosses")->isHidden());
    CHECK(view->findChild<QChartView*>()->isHidden());

    view->selectRow(0);
    const std::string customer(f.snapshot().portfolio.externalId[view->model()->entry(0).customer]);
    REQUIRE(view->openCasesForSelection());
    f.window->waitForIdle();
    CHECK(card(*f.window, "recoveryOpen") == 1);
    RecoveryRepository repo(*f.window->session()->database());
    const std::int64_t id = repo.cases().front().id;
    const int row = rowOfCase(view, id);
    REQUIRE(row >= 0);
    view->selectRow(row);

    // Trying before verifying is refused, and says why.
    CHECK_FALSE(view->addAttempt(QStringLiteral("call"), QStringLiteral("no answer"), {}));
    CHECK(
        f.window->lastError().contains(QStringLiteral("Verify that the customer is really lost")));
    named<QComboBox>(view, "reason")
        ->setCurrentIndex(named<QComboBox>(view, "reason")->findData(QStringLiteral("price")));
    named<QLineEdit>(view, "cost")->setText(QStringLiteral("25.00"));
    REQUIRE(view->verify());
    f.window->waitForIdle();
    CHECK(named<QLabel>(view, "noLosses")->isHidden());
    CHECK_FALSE(view->findChild<QChartView*>()->isHidden());
    view->selectRow(rowOfCase(view, id));
    REQUIRE(view->addAttempt(QStringLiteral("visit"), QStringLiteral("wants a discount"),
                             QStringLiteral("call back Friday")));
    f.window->waitForIdle();
    CHECK(repo.find(id)->state == RecoveryState::Contacted);
    CHECK(repo.find(id)->expectedCost == 2500);
    view->selectRow(rowOfCase(view, id));
    REQUIRE(view->winBack());
    f.window->waitForIdle();
    CHECK(repo.find(id)->state == RecoveryState::WonBack);
    CHECK(card(*f.window, "recoveryOpen") == 0);
    CHECK(card(*f.window, "wonBack") == 1);
    CHECK(view->metricsText().contains(QStringLiteral("1 won back")));
    // Won back by hand without a purchase: the customer stays in the queue, shown as won back,
    // until a purchase confirms it.
    REQUIRE(rowOfCase(view, id) >= 0);
    CHECK(view->model()->entry(rowOfCase(view, id)).state == RecoveryState::WonBack);

    // Every step undoes: back to contacted.
    f.window->session()->undoStack()->undo();
    f.window->waitForIdle();
    CHECK(repo.find(id)->state == RecoveryState::Contacted);
    CHECK(card(*f.window, "wonBack") == 0);
}

TEST_CASE("prospects in the app: qualify, convert, and find the new customer in the list") {
    GuiFixture f;
    f.window->showPage(MainWindow::Prospects);
    auto* view = f.window->prospects();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::string referrer(f.snapshot().portfolio.externalId[0]);
    Prospect p;
    p.name = "Ελένη Οικονόμου";
    p.company = "Helix Α.Ε.";
    p.source = "referral";
    p.referredBy = referrer;
    REQUIRE(view->addProspect(p));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK_FALSE(view->convert(QStringLiteral("NEW-1"))); // only qualified prospects convert
    REQUIRE(view->setStatus(ProspectStatus::Contacted));
    REQUIRE(view->addContact(QStringLiteral("call"), QStringLiteral("out"),
                             QStringLiteral("wants a catalogue")));
    REQUIRE(view->setStatus(ProspectStatus::Qualified));
    REQUIRE(view->convert(QStringLiteral("NEW-1")));
    f.window->waitForIdle();
    CHECK(view->model()->index(0, ProspectTableModel::Status).data().toString() ==
          QStringLiteral("converted"));
    REQUIRE(view->referrals()->rowCount() >= 1); // demo customers refer customers too
    // The only converted referral ranks first.
    CHECK(view->referrals()->item(0, 0)->text() == QString::fromStdString(referrer));
    CHECK(view->referrals()->item(0, 3)->text() == QStringLiteral("1"));

    f.window->showPage(MainWindow::Customers);
    f.window->customers()->searchField()->setText(QStringLiteral("NEW-1"));
    auto* model = f.window->customers()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 1).data().toString() == QStringLiteral("Ελένη Οικονόμου"));
    // The prospect's history came along.
    const std::int64_t newId = f.snapshot().portfolio.customerId[model->customerAt(0)];
    REQUIRE(ActivityRepository(*f.window->session()->database()).interactions(newId).size() == 1);

    // Undoing the conversion removes the customer and reopens the prospect.
    f.window->session()->undoStack()->undo();
    f.window->waitForIdle();
    f.window->customers()->searchField()->setText(QStringLiteral("NEW-1 "));
    f.window->customers()->searchField()->setText(QStringLiteral("NEW-1"));
    CHECK(model->rowCount() == 0);
    CHECK(ProspectRepository(*f.window->session()->database()).list().front().status ==
          ProspectStatus::Qualified);
}

TEST_CASE("a recovery step keeps the row selected and the case open in the editor") {
    GuiFixture f;
    f.window->showPage(MainWindow::Recovery);
    f.window->waitForIdle();
    auto* view = f.window->recovery();
    const std::int64_t id = openCaseAt(f, view, 3);
    RecoveryRepository repo(*f.window->session()->database());
    named<QComboBox>(view, "reason")
        ->setCurrentIndex(named<QComboBox>(view, "reason")->findData(QStringLiteral("price")));
    REQUIRE(view->verify());
    f.window->waitForIdle();
    // No re-selection here: the new snapshot found the row again by its customer.
    auto* table = view->findChild<QTableView*>();
    REQUIRE(table);
    REQUIRE(table->currentIndex().isValid());
    CHECK(table->currentIndex().row() == rowOfCase(view, id));
    CHECK(table->selectionModel()->isRowSelected(rowOfCase(view, id), {}));
    auto* editor = view->findChild<QGroupBox*>();
    REQUIRE(editor);
    CHECK(editor->isEnabled());
    // What is being typed survives the next snapshot.
    named<QLineEdit>(view, "detail")->setText(QStringLiteral("half-typed"));
    f.window->session()->reload();
    f.window->waitForIdle();
    CHECK(named<QLineEdit>(view, "detail")->text() == QStringLiteral("half-typed"));
}

TEST_CASE("a grouped cost in the user's language is read back to the cent") {
    QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
    GuiFixture f;
    f.window->showPage(MainWindow::Recovery);
    f.window->waitForIdle();
    auto* view = f.window->recovery();
    const std::int64_t id = openCaseAt(f, view, 0);
    RecoveryRepository repo(*f.window->session()->database());
    named<QComboBox>(view, "reason")
        ->setCurrentIndex(named<QComboBox>(view, "reason")->findData(QStringLiteral("price")));
    named<QLineEdit>(view, "cost")->setText(QStringLiteral("12.345,67"));
    INFO(f.window->lastError().toStdString());
    REQUIRE(view->verify());
    f.window->waitForIdle();
    CHECK(repo.find(id)->expectedCost == 1234567);
    // Shown grouped again; saving another field keeps it.
    view->selectRow(rowOfCase(view, id));
    CHECK(named<QLineEdit>(view, "cost")->text() == QStringLiteral("12.345,67"));
    named<QLineEdit>(view, "competitor")->setText(QStringLiteral("Nexo"));
    REQUIRE(view->saveCase());
    f.window->waitForIdle();
    CHECK(repo.find(id)->expectedCost == 1234567);
    CHECK(repo.find(id)->competitor == "Nexo");
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("a prospect's fit arrives with the second phase and matches the core's") {
    GuiFixture f;
    f.window->showPage(MainWindow::Prospects);
    auto* view = f.window->prospects();
    const SnapshotPtr s = f.window->session()->snapshot();
    REQUIRE(s->prospectFit);
    std::string industry;
    for (std::size_t i = 0; i < s->names->profiles.size() && industry.empty(); ++i)
        industry = std::string(s->names->profiles.industry[i]);
    REQUIRE_FALSE(industry.empty());
    Prospect p;
    p.name = "Jonas Berg";
    p.profile.industry = industry;
    REQUIRE(view->addProspect(p));
    f.window->waitForIdle();
    REQUIRE(view->model()->rowCount() == 1);
    const ProspectFit::Result expected = s->prospectFit->fitOf(p.profile);
    REQUIRE_FALSE(std::isnan(expected.score));
    CHECK(view->model()->index(0, ProspectTableModel::Fit).data(kSheetValueRole).toDouble() ==
          Approx(expected.score));
    CHECK(view->model()->index(0, ProspectTableModel::Why).data().toString() ==
          QString::fromStdString(expected.why));
}
