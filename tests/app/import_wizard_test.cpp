#include "app/import/import_wizard.h"
#include "gui_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::GuiFixture;

namespace {

QString writeFile(const GuiFixture& f, const char* name, const QByteArray& bytes) {
    const QString path = f.dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("the wizard pre-fills an invoice-line file as the command line reads it") {
    GuiFixture f(50);
    ImportWizard wizard(f.path, ImportWizard::Kind::Purchases, f.window.get());
    // A typed path, confirmed with Enter, is read like a browsed one.
    auto* path = wizard.findChild<QLineEdit*>();
    REQUIRE(path);
    path->setText(QString::fromUtf8(CARTERA_TEST_DATA "/online_retail_layout.csv"));
    emit path->editingFinished();
    const CsvImportOptions o = wizard.options();
    CHECK(o.columns.at("customer") == "7");
    CHECK(o.columns.at("date") == "5");
    CHECK(o.columns.at("unit_price") == "6");
    CHECK(o.columns.at("quantity") == "4");
    CHECK(o.columns.at("order_id") == "1");
    CHECK(o.columns.count("amount") == 0);
    CHECK(wizard.noteText().contains(QStringLiteral("Dates read as M/D/YYYY (month first)")));
    CHECK(wizard.noteText().contains(QStringLiteral("quantity \u00d7 unit price")));
    wizard.startImport();
    wizard.waitForImport();
    REQUIRE(wizard.succeeded());
    CHECK(wizard.resultText().contains(QStringLiteral("12 lines read: 7 purchases (2 refunds)")));
    CHECK(wizard.resultText().contains(QStringLiteral("2 lines without a customer were skipped")));
    CHECK(wizard.resultText().contains(QStringLiteral("7 added")));
}

TEST_CASE("one column the wizard cannot guess leaves the other guesses in place") {
    GuiFixture f(50);
    // No date column name it knows: customer and amount are still found.
    const QString csv = writeFile(f, "nodate.csv", "Customer ID,Wann,Amount\nK1,2024-01-02,5\n");
    ImportWizard wizard(f.path, ImportWizard::Kind::Purchases, f.window.get());
    wizard.setFile(csv);
    const CsvImportOptions o = wizard.options();
    CHECK(o.columns.at("customer") == "1");
    CHECK(o.columns.at("amount") == "3");
    CHECK(o.columns.count("date") == 0);
    CHECK(wizard.noteText().contains(QStringLiteral("Choose the column for date")));
    // Choosing it updates the explanation to the current choice.
    for (auto* box : wizard.findChildren<QComboBox*>())
        if (box->accessibleName() == QStringLiteral("Column for date"))
            box->setCurrentIndex(box->findData(2));
    CHECK(wizard.options().columns.at("date") == "2");
    CHECK(wizard.noteText().contains(QStringLiteral("Dates read as YYYY-MM-DD")));
    CHECK_FALSE(wizard.noteText().contains(QStringLiteral("Choose the column for date")));
}

TEST_CASE("rejects are grouped by reason, worded for the wizard, and saved as CSV") {
    GuiFixture f(50);
    const QString csv = writeFile(f, "bad.csv",
                                  "customer,date,amount\nK1,2024-01-01,x\nK2,2024-01-01,y\n"
                                  "K3,2024-02-30,1\nK4,2024-01-05,2\n");
    ImportWizard wizard(f.path, ImportWizard::Kind::Purchases, f.window.get());
    wizard.setFile(csv);
    wizard.startImport();
    wizard.waitForImport();
    CHECK_FALSE(wizard.succeeded());
    CHECK(wizard.resultText().contains(QStringLiteral("Skip bad rows")));
    CHECK_FALSE(wizard.resultText().contains(QStringLiteral("--")));

    wizard.findChildren<QCheckBox*>().last()->setChecked(true);
    wizard.startImport();
    wizard.waitForImport();
    REQUIRE(wizard.succeeded());
    const QString rejects = wizard.rejectsText();
    CHECK(rejects.contains(QStringLiteral("2 rows: The amount is not an amount")));
    CHECK(rejects.contains(QStringLiteral("1 row: The date is not a date")));
    const QString out = f.dir.filePath(QStringLiteral("rejects.csv"));
    REQUIRE(wizard.saveRejects(out));
    QFile saved(out);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    CHECK(text.startsWith("line,column,problem,value\r\n2,3,"));
    CHECK(text.count('\n') == 4);
}

TEST_CASE("customer import offers every field the command line imports") {
    GuiFixture f(50);
    ImportWizard wizard(f.path, ImportWizard::Kind::Customers, f.window.get());
    QStringList names;
    for (auto* box : wizard.findChildren<QComboBox*>())
        if (box->accessibleName().startsWith(QStringLiteral("Column for ")))
            names << box->accessibleName().mid(11);
    CHECK(names.size() == 15);
    CHECK(names.contains(QStringLiteral("industry")));
    CHECK(names.contains(QStringLiteral("tags")));
    CHECK(names.contains(QStringLiteral("birthday")));
    CHECK(names.contains(QStringLiteral("referred by")));
    CHECK(names.contains(QStringLiteral("customer since")));
    CHECK(names.contains(QStringLiteral("notes")));
}

TEST_CASE("amounts with a comma and never a point tick the decimal comma, a point keeps it off") {
    GuiFixture f(50);
    ImportWizard wizard(f.path, ImportWizard::Kind::Purchases, f.window.get());
    wizard.setFile(
        writeFile(f, "comma.csv", "customer;date;amount\nK1;02.01.2024;12,50\nK2;03.01.2024;7\n"));
    CHECK(wizard.options().decimalSeparator == ',');
    CHECK(wizard.noteText().contains(QStringLiteral("decimal comma")));
    wizard.startImport();
    wizard.waitForImport();
    REQUIRE(wizard.succeeded());
    CHECK(wizard.resultText().contains(QStringLiteral("2 added")));

    ImportWizard points(f.path, ImportWizard::Kind::Purchases, f.window.get());
    points.setFile(writeFile(f, "points.csv",
                             "customer;date;amount\nK1;02.01.2024;1,250.50\nK2;03.01.2024;7\n"));
    CHECK(points.options().decimalSeparator == '.');
}
