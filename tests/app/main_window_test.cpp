#include "app/cohorts/cohorts_view.h"
#include "app/cohorts/flow_chart_widget.h"
#include "app/common/display_text.h"
#include "app/common/stat_card.h"
#include "app/customers/customer_dialog.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/customers/new_customer_dialog.h"
#include "app/import/import_wizard.h"
#include "app/overview/overview_view.h"
#include "app/pareto/pareto_table_model.h"
#include "app/pareto/pareto_view.h"
#include "app/session/work_pool.h"
#include "app/settings/settings_dialog.h"
#include "cli/cli_context.h"
#include "core/customers/customer_query.h"
#include "gui_fixture.h"
#include "storage/activity_repository.h"
#include "storage/customer_repository.h"
#include "storage/sqlite/connection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <sstream>

using namespace cartera;
using cartera::test::GuiFixture;
using cartera::test::named;

namespace {

long long cardValue(MainWindow& w, const char* name) {
    return QLocale().toLongLong(w.overview()->card(QString::fromLatin1(name))->value());
}

std::string dumpAll(const QString& path) {
    auto db = Database::open(path.toStdString());
    std::string out;
    for (const char* table : {"customers", "purchase_chunks", "purchase_ids", "settings",
                              "lost_marks", "interactions"}) {
        SQLite::Statement q(sqlOf(*db), std::string("SELECT * FROM ") + table + " ORDER BY 1");
        while (q.executeStep()) {
            for (int c = 0; c < q.getColumnCount(); ++c)
                out += q.getColumn(c).getString() + "|";
            out += "\n";
        }
    }
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

TEST_CASE("the models pass Qt's model tester") {
    GuiFixture f;
    auto* customers = f.window->customers()->model();
    QAbstractItemModelTester customerTester(customers,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle();
    REQUIRE(f.window->pareto()->table()->model()->rowCount() > 0);
    QAbstractItemModelTester paretoTester(f.window->pareto()->table()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    customers->sort(static_cast<int>(CustomerColumn::Name), Qt::AscendingOrder);
    CustomerFilter filter;
    filter.text = std::string(f.snapshot().directory().name[0]);
    customers->setFilter(filter);
    CHECK(customers->rowCount() > 0);
    CHECK(customers->rowCount() < static_cast<int>(f.snapshot().portfolio.customerCount()));
}

TEST_CASE("the overview's numbers agree with the core and click through to the list") {
    GuiFixture f;
    const StageSummary& s = f.snapshot().metrics.summary;
    CHECK(cardValue(*f.window, "inPortfolio") == s.inPortfolio());
    CHECK(cardValue(*f.window, "lost") == s.activityCount[2]);
    CHECK(cardValue(*f.window, "mature") == s.stageCount[2]);
    for (const char* name : {"mature", "atRisk", "lost", "inflow", "outflow", "pareto"}) {
        f.window->showPage(MainWindow::Overview);
        QTest::mouseClick(f.window->overview()->card(QString::fromLatin1(name)), Qt::LeftButton);
        CHECK(f.window->currentPage() == MainWindow::Customers);
        INFO(name);
        CHECK(f.window->customers()->model()->rowCount() == cardValue(*f.window, name));
    }
}

TEST_CASE("sorting by revenue and filtering by typing") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    auto* view = f.window->customers();
    auto* model = view->model();
    view->table()->sortByColumn(static_cast<int>(CustomerColumn::Revenue12m), Qt::DescendingOrder);
    const auto& m = f.snapshot().metrics;
    for (int r = 1; r < model->rowCount(); ++r)
        REQUIRE(m.revenue12m[model->customerAt(r - 1)] >= m.revenue12m[model->customerAt(r)]);

    // Type a customer's id: the list narrows to it, keystroke by keystroke.
    const std::string id(f.snapshot().portfolio.externalId[123]);
    QTest::keyClicks(view->searchField(), QString::fromStdString(id));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->customerAt(0) == 123);
    view->searchField()->clear();
    CHECK(model->rowCount() == static_cast<int>(f.snapshot().portfolio.customerCount()));
    // Cyrillic names are found whatever their case.
    view->searchField()->setText(QStringLiteral("АННА")); // QTest types ASCII only
    const CustomerQuery q(f.snapshot().portfolio, f.snapshot().directory(), m);
    CustomerFilter filter;
    filter.text = "анна";
    CHECK(model->rowCount() == static_cast<int>(q.filter(filter).size()));
    CHECK(model->rowCount() > 0);
}

TEST_CASE("open a customer, edit a field, undo and redo") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    auto* model = f.window->customers()->model();
    const std::uint32_t customer = model->customerAt(0);
    const std::int64_t id = f.snapshot().portfolio.customerId[customer];
    auto* table = f.window->customers()->table();
    table->setCurrentIndex(model->index(0, 1));
    QTest::keyClick(table, Qt::Key_Return); // opens the current customer
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->customerId() == id);
    CHECK(dialog->statusText().contains(QStringLiteral("days since last purchase")));
    CustomerRepository repo(*f.window->session()->database());
    const std::string before = repo.find(id)->record.name;

    named<QLineEdit>(dialog, "name")->setText(QStringLiteral("Ольга Смирнова-Müller"));
    dialog->save();
    f.window->waitForIdle();
    CHECK(repo.find(id)->record.name == "Ольга Смирнова-Müller");
    CHECK(f.snapshot().directory().name[customer] == "Ольга Смирнова-Müller");

    QAction* undo = nullptr;
    for (QAction* a : f.window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger(); // Edit > Undo, Ctrl+Z
    f.window->waitForIdle();
    CHECK(repo.find(id)->record.name == before);
    CHECK(named<QLineEdit>(dialog, "name")->text() == QString::fromStdString(before));
    f.window->session()->undoStack()->redo();
    f.window->waitForIdle();
    CHECK(repo.find(id)->record.name == "Ольга Смирнова-Müller");

    // A refused edit (a duplicate id) never reaches the undo stack.
    const int depth = f.window->session()->undoStack()->count();
    named<QLineEdit>(dialog, "externalId")
        ->setText(QString::fromUtf8(f.snapshot().portfolio.externalId[model->customerAt(1)]));
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            box->reject();
    });
    dialog->save();
    CHECK(f.window->session()->undoStack()->count() == depth);
    dialog->close();
}

TEST_CASE("marking a customer lost changes the counts, and undo restores them") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    CustomerFilter active;
    active.activityMask = 0x01;
    f.window->customers()->showFilter(active, QStringLiteral("active"));
    auto* model = f.window->customers()->model();
    REQUIRE(model->rowCount() > 0);
    const long long lostBefore = cardValue(*f.window, "lost");
    const long long activeBefore = cardValue(*f.window, "active");
    f.window->openCustomer(model->customerAt(0));
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    dialog->markLost();
    f.window->waitForIdle();
    CHECK(cardValue(*f.window, "lost") == lostBefore + 1);
    CHECK(cardValue(*f.window, "active") == activeBefore - 1);
    CHECK(dialog->statusText().contains(QStringLiteral("marked lost")));
    f.window->session()->undoStack()->undo();
    f.window->waitForIdle();
    CHECK(cardValue(*f.window, "lost") == lostBefore);
    dialog->addInteraction();
    f.window->waitForIdle();
    auto db = f.window->session()->database();
    CHECK(ActivityRepository(*db).interactions(dialog->customerId()).size() == 1);
    dialog->close();
}

TEST_CASE("deleting a customer asks nothing in tests, undo brings it back, adding uses the form") {
    GuiFixture f;
    const std::size_t before = f.snapshot().portfolio.customerCount();
    const std::string id(f.snapshot().portfolio.externalId[5]);
    f.window->deleteCustomer(5, false);
    f.window->waitForIdle();
    CHECK(f.snapshot().portfolio.customerCount() == before - 1);
    f.window->session()->undoStack()->undo();
    f.window->waitForIdle();
    CHECK(f.snapshot().portfolio.customerCount() == before);
    CHECK(CustomerRepository(*f.window->session()->database()).findByExternalId(id));
    // Add customer is the customer form, empty; what it refuses it says, keeping the typing.
    NewCustomerDialog* add = f.window->addCustomer();
    REQUIRE(add);
    named<QLineEdit>(add, "name")->setText(QStringLiteral("Zoë Nouvelle"));
    named<QLineEdit>(add, "birthday")->setText(QStringLiteral("31/12/1980"));
    CHECK_FALSE(add->tryAdd());
    CHECK(add->problem().contains(QStringLiteral("Birthday")));
    named<QLineEdit>(add, "birthday")->setText(QStringLiteral("1980-12-31"));
    CHECK_FALSE(add->tryAdd());
    CHECK(add->problem().contains(QStringLiteral("needs an id")));
    named<QLineEdit>(add, "externalId")->setText(QString::fromStdString(id)); // taken
    CHECK_FALSE(add->tryAdd());
    CHECK_FALSE(add->problem().isEmpty());
    CHECK(add->isVisible());
    CHECK(named<QLineEdit>(add, "name")->text() == QStringLiteral("Zoë Nouvelle"));
    named<QLineEdit>(add, "externalId")->setText(QStringLiteral("NEW-1"));
    named<QLineEdit>(add, "company")->setText(QStringLiteral("Nouvelle SARL"));
    CHECK(add->tryAdd());
    f.window->waitForIdle();
    CHECK(f.snapshot().portfolio.customerCount() == before + 1);
    const auto added =
        CustomerRepository(*f.window->session()->database()).findByExternalId("NEW-1");
    REQUIRE(added);
    CHECK(added->record.name == "Zoë Nouvelle");
    CHECK(added->record.company == "Nouvelle SARL");
    CHECK(added->record.birthday == Date::fromYmd(1980, 12, 31).days());
    f.window->session()->undoStack()->undo();
    f.window->waitForIdle();
    CHECK(f.snapshot().portfolio.customerCount() == before);
}

TEST_CASE("a failing import leaves the portfolio unchanged and says why") {
    GuiFixture f;
    const std::string before = dumpAll(f.path);
    const QString csv = f.dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write("customer,date,amount\nNEW-1,2026-01-01,10.00\nNEW-2,2026-01-02,ten\n");
    }
    ImportWizard wizard(f.path, ImportWizard::Kind::Purchases, f.window.get());
    wizard.show();
    wizard.setFile(csv);
    wizard.startImport();
    wizard.waitForImport();
    CHECK_FALSE(wizard.succeeded());
    CHECK(wizard.resultText().contains(QStringLiteral("Nothing was imported")));
    CHECK(wizard.resultText().contains(QStringLiteral("bad.csv, line 3, column 3: ")));
    CHECK(dumpAll(f.path) == before);

    // A European file: the wizard sees the semicolons, day-first dates and decimal commas.
    const QString eu = f.dir.filePath(QStringLiteral("eu.csv"));
    {
        QFile file(eu);
        file.open(QIODevice::WriteOnly);
        file.write("Kunde;Datum;Betrag\nK1;31.01.2026;1 234,56\nK2;01.02.2026;19,90\n");
    }
    ImportWizard european(f.path, ImportWizard::Kind::Purchases, f.window.get());
    european.setFile(eu);
    const CsvImportOptions euOptions = european.options();
    CHECK(euOptions.decimalSeparator == ',');
    CHECK(euOptions.columns.at("customer") == "1");
    european.startImport();
    european.waitForImport();
    CHECK(european.succeeded());
    CHECK(european.resultText().contains(QStringLiteral("2 added")));

    // The same file with "skip bad rows" imports the good row and lists the bad one.
    const QString good = f.dir.filePath(QStringLiteral("good.csv"));
    QFile::copy(csv, good);
    ImportWizard again(f.path, ImportWizard::Kind::Purchases, f.window.get());
    again.setFile(good);
    auto options = again.options();
    CHECK(options.columns.at("amount") == "3");
    again.findChildren<QCheckBox*>().last()->setChecked(true);
    bool reloaded = false;
    QObject::connect(&again, &ImportWizard::imported, [&] { reloaded = true; });
    again.startImport();
    again.waitForImport();
    CHECK(again.succeeded());
    CHECK(reloaded);
    CHECK(again.resultText().contains(QStringLiteral("1 added")));
}

TEST_CASE("the Pareto export has the same bytes as the command line's") {
    GuiFixture f;
    f.window->showPage(MainWindow::Pareto);
    f.window->pareto()->setWindow({RevenueWindow::Kind::AllTime, 0});
    f.window->pareto()->setCut(75.0);
    f.window->waitForIdle();
    CHECK(f.window->pareto()->headline().contains(QStringLiteral("75.0 % of revenue")));
    const QString gui = f.dir.filePath(QStringLiteral("gui.csv"));
    REQUIRE(f.window->pareto()->exportCsv(gui));

    const QString cli = f.dir.filePath(QStringLiteral("cli.csv"));
    const std::string db = f.path.toStdString();
    const std::string out = cli.toStdString();
    const char* argv[] = {"cartera-cli", "pareto", db.c_str(), "--as-of", "2026-06-30", "--window",
                          "all",         "--cut",  "0.75",     "--csv",   out.c_str()};
    std::ostringstream o, e;
    CliContext ctx{o, e, false, Date::fromYmd(2026, 6, 30), {}};
    REQUIRE(runCli(11, argv, ctx) == 0);
    const QByteArray a = readAll(gui);
    CHECK(a.size() > 1000);
    CHECK(a == readAll(cli));
}

TEST_CASE("a new as-of date recomputes every view") {
    GuiFixture f;
    const long long before = cardValue(*f.window, "inPortfolio");
    f.window->asOfEdit()->setDate(QDate(2022, 6, 30));
    f.window->waitForIdle();
    CHECK(f.snapshot().asOf() == Date::fromYmd(2022, 6, 30));
    const auto expected = computeCustomerMetrics(f.snapshot().portfolio, f.snapshot().settings,
                                                 Date::fromYmd(2022, 6, 30));
    CHECK(cardValue(*f.window, "inPortfolio") == expected.summary.inPortfolio());
    CHECK(cardValue(*f.window, "inPortfolio") != before);
    f.window->showPage(MainWindow::Pareto); // hidden views catch up when shown
    f.window->waitForIdle();
    REQUIRE(f.window->pareto()->report());
    CHECK(f.window->pareto()->report()->asOf() == Date::fromYmd(2022, 6, 30));
}

TEST_CASE("a past as-of date's figures are freed although hidden views have not caught up") {
    GuiFixture f;
    // Every page shown once, so that each one's tables hold rows of the first date.
    for (const auto page : {MainWindow::Overview, MainWindow::Cohorts, MainWindow::Pareto,
                            MainWindow::Recovery, MainWindow::Customers}) {
        f.window->showPage(page);
        f.window->waitForIdle();
    }
    REQUIRE(f.window->pareto()->report());
    const std::weak_ptr<const PortfolioSnapshot> first = f.window->session()->snapshot();
    const std::weak_ptr<const CustomerMetrics> firstMetrics = f.snapshot().dayMetrics;
    REQUIRE(f.snapshot().flows);
    f.window->asOfEdit()->setDate(QDate(2025, 12, 31));
    f.window->waitForIdle();
    REQUIRE(f.snapshot().asOf() == Date::fromYmd(2025, 12, 31));
    workPool()->waitForDone(); // where the session frees what it replaced
    CHECK(first.expired());
    CHECK(firstMetrics.expired());
    // The Pareto table still shows its rows of the first date, named, until it is shown.
    REQUIRE(f.window->pareto()->report());
    CHECK(f.window->pareto()->report()->asOf() == Date::fromYmd(2026, 6, 30));
    const QAbstractItemModel* pareto = f.window->pareto()->table()->model();
    REQUIRE(pareto->rowCount() > 0);
    CHECK_FALSE(pareto->index(0, ParetoTableModel::Name).data().toString().isEmpty());
}

TEST_CASE("the snapshots of one as-of date share its metrics") {
    GuiFixture f;
    const SnapshotPtr withEverything = f.window->session()->snapshot();
    REQUIRE(withEverything->flows);
    REQUIRE(withEverything->hasNames());
    const SnapshotPtr bare =
        reanalyse(withEverything, withEverything->asOf(), {CustomerFilter{}, CustomerSort{}});
    const SnapshotPtr flowed = withFlows(bare, false);
    CHECK(flowed->dayMetrics == bare->dayMetrics);
    CHECK(&flowed->metrics == &bare->metrics);
    CHECK(bare->dayMetrics != withEverything->dayMetrics);
}

TEST_CASE("a click on a flow band lists exactly its customers") {
    GuiFixture f;
    f.window->showPage(MainWindow::Cohorts);
    f.window->cohorts()->setRange(Date::fromYmd(2025, 6, 30), Date::fromYmd(2026, 6, 30));
    f.window->waitForIdle();
    auto* chart = f.window->cohorts()->chart();
    const CohortFlow& flow = chart->flow();
    REQUIRE(flow.at(FlowState::New, FlowState::Adolescent) > 0);
    // Find a point inside the new -> adolescent band and click it.
    std::optional<QPoint> hit;
    for (int y = 0; y < chart->height() && !hit; y += 2)
        if (const auto band = chart->bandAt(QPointF(chart->width() / 2.0, y));
            band && band->first == FlowState::New && band->second == FlowState::Adolescent)
            hit = QPoint(chart->width() / 2, y);
    REQUIRE(hit);
    QTest::mouseClick(chart, Qt::LeftButton, {}, *hit);
    CHECK(f.window->currentPage() == MainWindow::Customers);
    CHECK(f.window->customers()->model()->rowCount() ==
          flow.at(FlowState::New, FlowState::Adolescent));
}

TEST_CASE("settings are stored in the portfolio and the views follow them") {
    GuiFixture f;
    const long long lost = cardValue(*f.window, "lost");
    SettingsDialog dialog(*f.window->session()->database(), f.window.get());
    auto* lostAfter = dialog.findChild<QSpinBox*>(QStringLiteral("lostAfterDays"));
    auto* atRiskAfter = dialog.findChild<QSpinBox*>(QStringLiteral("atRiskAfterDays"));
    REQUIRE(lostAfter);
    REQUIRE(atRiskAfter);
    lostAfter->setValue(250);
    atRiskAfter->setValue(120);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    f.window->session()->reload();
    f.window->waitForIdle();
    CHECK(f.snapshot().settings.lostAfterDays == 250);
    CHECK(cardValue(*f.window, "lost") > lost);

    // The class B cut and the cadence factor are there too, shown as stored.
    const long long atRisk = cardValue(*f.window, "atRisk");
    SettingsDialog more(*f.window->session()->database(), f.window.get());
    auto* classB = named<QDoubleSpinBox>(&more, "classBCut");
    auto* cadence = named<QSpinBox>(&more, "cadenceFactor");
    CHECK(classB->value() == Approx(95.0));
    CHECK(cadence->value() == 3);
    classB->setValue(90.0);
    cadence->setValue(2); // a shorter silence breaks the cadence: more customers at risk
    more.accept();
    CHECK(more.result() == QDialog::Accepted);
    f.window->session()->reload();
    f.window->waitForIdle();
    CHECK(f.snapshot().settings.classBCut.toDouble() == Approx(0.9));
    CHECK(f.snapshot().settings.cadenceFactor == 2);
    CHECK(cardValue(*f.window, "atRisk") > atRisk);
}

TEST_CASE("segments and tiers are edited in the settings, refused with the line, restorable") {
    GuiFixture f;
    f.window->setInteractive(false);
    {
        SettingsDialog dialog(*f.window->session()->database(), f.window.get());
        dialog.setAttribute(Qt::WA_DontShowOnScreen);
        auto* segments = named<QPlainTextEdit>(&dialog, "rfmSegments");
        CHECK(segments->toPlainText().startsWith(QStringLiteral("Champions: R4-5 F4-5 M4-5")));
        segments->setPlainText(QStringLiteral("Best: R5 F5\nEveryone: R1-5\n"));
        named<QPlainTextEdit>(&dialog, "rewardTiers")
            ->setPlainText(QStringLiteral("Member | 0 | 1 | thanks\n"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    f.window->session()->reload();
    f.window->waitForIdle();
    REQUIRE(f.snapshot().value);
    CHECK(f.snapshot().value->settings.segments.rules().size() == 2);
    CHECK(f.snapshot().value->settings.tiers.tiers().size() == 1);

    SettingsDialog bad(*f.window->session()->database(), f.window.get());
    bad.setAttribute(Qt::WA_DontShowOnScreen);
    named<QPlainTextEdit>(&bad, "rfmSegments")->setPlainText(QStringLiteral("Best: R5\nOops\n"));
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    bad.accept();
    CHECK(bad.result() != QDialog::Accepted);
    CHECK(bad.lastError().contains(QStringLiteral("line 2")));
    // Restoring the defaults puts the package's table back.
    named<QPushButton>(&bad, "defaultSegments")->click();
    CHECK(named<QPlainTextEdit>(&bad, "rfmSegments")
              ->toPlainText()
              .startsWith(QStringLiteral("Champions: R4-5 F4-5 M4-5")));
}

TEST_CASE("a damaged file is refused with a clear message and left untouched") {
    GuiFixture f;
    const QString junk = f.dir.filePath(QStringLiteral("junk.cartera"));
    {
        QFile file(junk);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(8192, 'x'));
    }
    CHECK_FALSE(f.window->openPortfolio(junk));
    CHECK(f.window->lastError().contains(QStringLiteral("damaged or not a Cartera portfolio")));
    CHECK(readAll(junk) == QByteArray(8192, 'x'));
    // The open portfolio stays usable.
    CHECK(f.window->session()->snapshot() != nullptr);
}

TEST_CASE("a huge name is shown as one clipped line and survives an edit of another field") {
    GuiFixture f(50);
    const std::int64_t id = f.snapshot().portfolio.customerId[0];
    // Stored before limits existed (or by another program): 200,000 characters.
    const std::string huge(200'000, 'N');
    {
        SQLite::Statement q(sqlOf(*f.window->session()->database()),
                            "UPDATE customers SET name = ? WHERE id = ?");
        q.bind(1, huge);
        q.bind(2, id);
        q.exec();
    }
    f.window->session()->reload();
    f.window->waitForIdle();
    f.window->openCustomer(0);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->titleText().size() <= 101);
    named<QLineEdit>(dialog, "phone")->setText(QStringLiteral("+34 600 000 000"));
    dialog->save();
    f.window->waitForIdle();
    CustomerRepository repo(*f.window->session()->database());
    CHECK(repo.find(id)->record.phone == "+34 600 000 000");
    CHECK(repo.find(id)->record.name == huge);
    dialog->close();
}

TEST_CASE("copied Pareto rows cannot run as formulas, refreshed charts keep no stray series") {
    GuiFixture f(50);
    {
        SQLite::Statement q(sqlOf(*f.window->session()->database()),
                            "UPDATE customers SET external_id = '=1+2', name = '@SUM(A1)' WHERE "
                            "id = (SELECT min(id) FROM customers)");
        REQUIRE(q.exec() == 1);
    }
    f.window->session()->reload();
    f.window->waitForIdle();
    f.window->showPage(MainWindow::Pareto);
    f.window->pareto()->setWindow({RevenueWindow::Kind::AllTime, 0});
    f.window->waitForIdle();
    f.window->pareto()->table()->selectAll();
    f.window->pareto()->copySelection();
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(QStringLiteral("\t'=1+2\t'@SUM(A1)\t")));
    CHECK_FALSE(copied.contains(QStringLiteral("\t=1+2")));
    // A header first, then plain numbers a spreadsheet reads as numbers.
    CHECK(copied.startsWith(QStringLiteral("Rank\tId\tName\tRevenue\tShare (%)\t")));
    const QString firstRow = copied.section(QLatin1Char('\n'), 1, 1);
    const QString revenue = firstRow.section(QLatin1Char('\t'), 3, 3);
    CHECK_FALSE(revenue.contains(QLatin1Char(',')));
    bool number = false;
    revenue.toDouble(&number);
    CHECK(number);
    // With nothing selected the clipboard keeps what it had.
    f.window->pareto()->table()->clearSelection();
    f.window->pareto()->copySelection();
    CHECK(QApplication::clipboard()->text() == copied);

    f.window->showPage(MainWindow::Cohorts);
    for (int i = 0; i < 3; ++i) {
        f.window->cohorts()->setRange(Date::fromYmd(2025 - i, 1, 1), Date::fromYmd(2026, 6, 30));
        f.window->waitForIdle(); // the session's second phase too, which refreshes the view
    }
    // The boundary lines belong to the chart, so they go with it at the next refresh.
    const auto views = f.window->cohorts()->findChildren<QChartView*>();
    REQUIRE(views.size() == 1);
    CHECK(views[0]->chart()->findChildren<QLineSeries*>().size() == 4);
}

TEST_CASE("the Overview and the Cohorts view tell the same story for the same year") {
    GuiFixture f;
    f.window->showPage(MainWindow::Cohorts);
    CohortsView* cohorts = f.window->cohorts();
    cohorts->waitForIdle();
    f.window->waitForIdle();
    // The range opens on the twelve months to the as-of date.
    CHECK(cohorts->rangeEnd() == Date::fromYmd(2026, 6, 30));
    CHECK(cohorts->rangeStart() == Date::fromYmd(2025, 6, 30));
    const CohortFlow& flow = cohorts->chart()->flow();
    // The headline's numbers are the chart's band sums, and the Overview's cards.
    const QLocale locale;
    CHECK(cohorts->summaryText().contains(locale.toString(static_cast<qlonglong>(flow.inflow())) +
                                          QStringLiteral(" new customers came in")));
    CHECK(cohorts->summaryText().contains(locale.toString(static_cast<qlonglong>(flow.outflow())) +
                                          QStringLiteral(" customers were lost")));
    CHECK(cardValue(*f.window, "inflow") == flow.inflow());
    CHECK(cardValue(*f.window, "outflow") == flow.outflow());
    CHECK(cardValue(*f.window, "recovered") == flow.recovered());
    // The same warnings, word for word.
    const auto& warnings = f.snapshot().flows->warnings;
    for (const FlowWarning& w : warnings)
        CHECK(cohorts->warningsText().contains(flowWarningWords(w).toHtmlEscaped()));
    CHECK(cohorts->warningsText().count(QStringLiteral("⚠")) == static_cast<int>(warnings.size()));

    // A new as-of date moves the range with it.
    f.window->setAsOf(QDate(2025, 12, 31));
    f.window->waitForIdle();
    cohorts->waitForIdle();
    CHECK(cohorts->rangeEnd() == Date::fromYmd(2025, 12, 31));
    CHECK(cohorts->rangeStart() == Date::fromYmd(2024, 12, 31));
}

TEST_CASE("a portfolio whose purchases ended long ago opens its Cohorts view on them") {
    GuiFixture f(50);
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("cdnow.cartera"));
    {
        auto db = Database::open(old.toStdString(), Database::OpenMode::CreateNew);
        writeDemo(*db, {80, 3, Date::fromYmd(1998, 6, 30), 2});
    }
    f.window->openPortfolio(old);
    f.window->waitForIdle();
    f.window->showPage(MainWindow::Cohorts);
    f.window->waitForIdle();
    CHECK(f.window->cohorts()->rangeEnd() <= Date::fromYmd(1998, 6, 30));
    CHECK(f.window->cohorts()->rangeEnd() > Date::fromYmd(1998, 1, 1));
}

TEST_CASE(
    "an edit survives an as-of change during its reload, Cancel in the second phase says so") {
    GuiFixture f(300);
    PortfolioSession* session = f.window->session();
    const std::int64_t id = f.snapshot().portfolio.customerId[0];
    CustomerRepository repo(*session->database());
    CustomerRecord r = repo.find(id)->record;
    r.name = "Edited while loading";
    repo.update(id, r);
    session->reload();
    session->setAsOf(Date::fromYmd(2026, 1, 31)); // while the reload runs
    f.window->waitForIdle();
    INFO(f.window->lastError().toStdString());
    CHECK(f.snapshot().asOf() == Date::fromYmd(2026, 1, 31));
    CHECK(f.snapshot().directory().name[0] == "Edited while loading");

    // A new as-of date, then Cancel once the list is there but the flows are not.
    session->setAsOf(Date::fromYmd(2026, 2, 28));
    QObject::connect(session, &PortfolioSession::busyChanged, session,
                     [session](bool busy, const QString& what) {
                         if (busy && what.contains(QStringLiteral("flows")))
                             session->cancel(); // the Cancel button of the status bar
                     });
    f.window->waitForIdle(); // used to wait forever for flows that never came
    REQUIRE(session->snapshot());
    CHECK(session->snapshot()->asOf() == Date::fromYmd(2026, 2, 28));
    CHECK_FALSE(session->snapshot()->flows);
    CHECK(session->snapshot()->flowsCancelled);
    CHECK(f.window->overview()->warningsText().contains(QStringLiteral("cancelled")));
}

TEST_CASE("undo of an edit writes back only what the edit changed, a failed undo drops it") {
    GuiFixture f(50);
    f.window->openCustomer(0);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    const std::int64_t id = dialog->customerId();
    CustomerRepository repo(*f.window->session()->database());
    const std::string oldName = repo.find(id)->record.name;
    named<QLineEdit>(dialog, "name")->setText(QStringLiteral("Renamed"));
    dialog->save();
    f.window->waitForIdle();
    // Meanwhile an import (from the command line, say) changes the e-mail.
    CustomerRecord imported = repo.find(id)->record;
    imported.email = "new@example.com";
    repo.update(id, imported);
    QUndoStack* stack = f.window->session()->undoStack();
    stack->undo();
    f.window->waitForIdle();
    CHECK(repo.find(id)->record.name == oldName);
    CHECK(repo.find(id)->record.email == "new@example.com");

    // Redo, then the customer disappears behind the app's back: undo cannot write.
    stack->redo();
    f.window->waitForIdle();
    const int depth = stack->count();
    sqlOf(*f.window->session()->database())
        .exec("DELETE FROM customers WHERE id = " + std::to_string(id));
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            box->reject();
    });
    stack->undo();
    f.window->waitForIdle();
    CHECK(stack->count() == depth - 1); // obsolete: gone from the stack, not half-applied
    dialog->close();
}

TEST_CASE("a date typed into the as-of field replays that day, once, when complete") {
    GuiFixture f(50);
    QDateEdit* asOf = nullptr;
    for (auto* edit : f.window->findChildren<QDateEdit*>())
        if (edit->accessibleName() == QStringLiteral("As-of date"))
            asOf = edit;
    REQUIRE(asOf);
    int recomputes = 0;
    QObject::connect(f.window->session(), &PortfolioSession::busyChanged,
                     [&](bool busy, const QString& what) {
                         if (busy && what.startsWith(QStringLiteral("Recomputing")))
                             ++recomputes;
                     });
    asOf->setFocus();
    asOf->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(asOf, QStringLiteral("2024"));
    QTest::keyClick(asOf, Qt::Key_Return);
    f.window->waitForIdle();
    CHECK(f.snapshot().asOf() == Date::fromYmd(2024, 6, 30));
    CHECK(recomputes == 1); // not for 2, 20 and 202 on the way
}

TEST_CASE("the app's Pareto export never overwrites the portfolio and is owner-only") {
    GuiFixture f(50);
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle();
    QFile db(f.path);
    REQUIRE(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();
    QString error;
    CHECK_FALSE(f.window->pareto()->exportCsv(f.path, &error));
    CHECK(error.contains(QStringLiteral("is a database")));
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK(db.readAll() == before);
    db.close();
    const QString out = f.dir.filePath(QStringLiteral("pareto.csv"));
    REQUIRE(f.window->pareto()->exportCsv(out));
    CHECK(QFile::permissions(out) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("Ctrl+Z in the customer window undoes the typing, then the saved edit") {
    GuiFixture f;
    f.window->openCustomer(0);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    CustomerRepository repo(*f.window->session()->database());
    const std::string before = repo.find(dialog->customerId())->record.name;
    auto* name = named<QLineEdit>(dialog, "name");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Nadia"));
    // Unsaved typing: Ctrl+Z is the field's own.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    CHECK(name->text() != QStringLiteral("Nadia"));
    name->setText(QStringLiteral("Nadia"));
    dialog->save();
    f.window->waitForIdle();
    REQUIRE(repo.find(dialog->customerId())->record.name == "Nadia");
    // Saved: Ctrl+Z in the same field takes the save back, in the file and on screen.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    f.window->waitForIdle();
    CHECK(repo.find(dialog->customerId())->record.name == before);
    CHECK(name->text() == QString::fromStdString(before));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    f.window->waitForIdle();
    CHECK(repo.find(dialog->customerId())->record.name == "Nadia");
    dialog->close();
}
