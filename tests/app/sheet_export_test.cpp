#include "../common/command_output.h"
#include "app/common/chart_export.h"
#include "app/common/sheet_export.h"
#include "app/common/stat_card.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/overview/overview_view.h"
#include "app/pareto/pareto_table_model.h"
#include "app/pareto/pareto_view.h"
#include "app/prospects/prospects_view.h"
#include "app/recovery/recovery_queue_model.h"
#include "app/recovery/recovery_view.h"
#include "cli/cli_context.h"
#include "gui_fixture.h"

#include <QAction>
#include <QChartView>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QtCharts/QAbstractAxis>
#include <sstream>

using namespace cartera;
using cartera::test::commandOutput;
using namespace cartera::test;

namespace {

QString unzipped(const QString& archive, const QString& member) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    REQUIRE(unzip.waitForFinished(30000));
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

TEST_CASE("the filtered customer list exports to xlsx with its money as numbers") {
    GuiFixture f;
    f.window->showPage(MainWindow::Customers);
    f.window->customers()->searchField()->setText(QStringLiteral("an"));
    const QAbstractItemModel* model = f.window->customers()->table()->model();
    const int rows = model->rowCount();
    REQUIRE(rows > 1);
    REQUIRE(rows < static_cast<int>(f.snapshot().portfolio.customerCount()));

    const QString path = f.dir.filePath(QStringLiteral("customers.xlsx"));
    REQUIRE(f.window->exportTable(path, SheetFormat::Xlsx));
    const QString xml = unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.count(QStringLiteral("<row ")) == rows + 1);
    // The first row's all-time revenue, in cents in the model, is a number in the sheet.
    const int revenueColumn = static_cast<int>(CustomerColumn::RevenueAll);
    const qlonglong cents =
        model->data(model->index(0, revenueColumn), kSheetValueRole).toLongLong();
    const QString cell = QChar(u'A' + revenueColumn) + QStringLiteral("2");
    const QRegularExpression number(
        QStringLiteral("<c r=\"%1\" s=\"\\d+\"><v>%2</v></c>")
            .arg(cell, QString::number(static_cast<double>(cents) / 100.0, 'g', 16)));
    INFO(xml.mid(xml.indexOf(cell) - 10, 80).toStdString());
    CHECK(xml.contains(number));
}

TEST_CASE("the Pareto table exports as CSV for a German spreadsheet: BOM, semicolons, commas") {
    GuiFixture f;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle(); // the Pareto report is computed when its page is first shown
    const QAbstractItemModel* model = f.window->pareto()->table()->model();
    REQUIRE(model->rowCount() > 0);
    const QString path = f.dir.filePath(QStringLiteral("pareto.csv"));
    const bool ok = f.window->exportTable(path, SheetFormat::SpreadsheetCsv);
    QLocale::setDefault(QLocale::c());
    REQUIRE(ok);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    CHECK(lines.size() == model->rowCount() + 2); // header, rows, and the empty tail
    const QList<QByteArray> first = lines.at(1).trimmed().split(';');
    REQUIRE(first.size() == ParetoTableModel::ColumnCount);
    const qlonglong cents =
        model->data(model->index(0, ParetoTableModel::Revenue), kSheetValueRole).toLongLong();
    CHECK(first.at(ParetoTableModel::Revenue) == QStringLiteral("%1,%2")
                                                     .arg(cents / 100)
                                                     .arg(cents % 100, 2, 10, QLatin1Char('0'))
                                                     .toUtf8());
    CHECK(first.at(ParetoTableModel::Rank) == "1");
}

TEST_CASE("a chart saves as PNG at its size and as SVG with its text, from its context menu") {
    GuiFixture f;
    f.window->showPage(MainWindow::Pareto);
    f.window->waitForIdle();
    auto* chart = f.window->pareto()->findChild<QChartView*>();
    REQUIRE(chart);
    QStringList menu;
    for (const QAction* action : chart->actions())
        menu << action->text();
    CHECK(menu == QStringList{QStringLiteral("Save chart as &PNG…"),
                              QStringLiteral("Save chart as &SVG…")});
    CHECK(chart->contextMenuPolicy() == Qt::ActionsContextMenu);

    QString error;
    const QString png = f.dir.filePath(QStringLiteral("curve.png"));
    REQUIRE(saveChartImage(*chart, png, ChartImageFormat::Png, &error));
    const QImage image(png);
    CHECK(image.size() == chart->size() * chart->devicePixelRatioF());

    const QString svg = f.dir.filePath(QStringLiteral("curve.svg"));
    REQUIRE(saveChartImage(*chart, svg, ChartImageFormat::Svg, &error));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    // The axis title is drawn as text, so the drawing stays sharp and searchable.
    const QString title = chart->chart()->axes().constFirst()->titleText();
    REQUIRE_FALSE(title.isEmpty());
    CHECK(text.contains(title));
}

TEST_CASE("the app's portfolio review says what the command line's says") {
    GuiFixture f;
    f.window->showPage(MainWindow::Overview);
    const QString app = f.dir.filePath(QStringLiteral("app.pdf"));
    REQUIRE(f.window->exportReview(app));
    const std::string cli = f.dir.filePath(QStringLiteral("cli.pdf")).toStdString();
    const std::string db = f.path.toStdString();
    const char* argv[] = {"cartera-cli", "report", db.c_str(), "--as-of",
                          "2026-06-30",  "--pdf",  cli.c_str()};
    std::ostringstream o, e;
    CliContext ctx{o, e, false, Date::fromYmd(2026, 6, 30), {}};
    REQUIRE(runCli(7, argv, ctx) == 0);
    const std::string appText = commandOutput("pdftotext '" + app.toStdString() + "' -");
    const std::string cliText = commandOutput("pdftotext '" + cli + "' -");
    CHECK(appText.size() > 2000);
    CHECK(appText == cliText);
    // The overview's own figure is in it.
    CHECK(appText.find(
              f.window->overview()->card(QStringLiteral("inPortfolio"))->value().toStdString()) !=
          std::string::npos);
}

TEST_CASE("the recovery queue and the prospects export their numbers and days as such") {
    GuiFixture f;
    f.window->showPage(MainWindow::Recovery);
    f.window->waitForIdle();
    const QAbstractItemModel* queue = f.window->recovery()->table()->model();
    REQUIRE(queue->rowCount() > 0);
    const QString path = f.dir.filePath(QStringLiteral("recovery.xlsx"));
    REQUIRE(f.window->exportTable(path, SheetFormat::Xlsx));
    const QString xml = unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.count(QStringLiteral("<row ")) == queue->rowCount() + 1);
    // At stake (column G) is the model's minor units as a number; Lost since (F) a date serial.
    const qlonglong stake =
        queue->data(queue->index(0, RecoveryQueueModel::AtStake), kSheetValueRole).toLongLong();
    CHECK(xml.contains(QRegularExpression(
        QStringLiteral("<c r=\"G2\" s=\"\\d+\"><v>%1</v></c>")
            .arg(QString::number(static_cast<double>(stake) / 100.0, 'g', 16)))));
    const QDate lost =
        queue->data(queue->index(0, RecoveryQueueModel::LostSince), kSheetValueRole).toDate();
    REQUIRE(lost.isValid());
    const qint64 serial = QDate(1899, 12, 30).daysTo(lost);
    CHECK(xml.contains(
        QRegularExpression(QStringLiteral("<c r=\"F2\" s=\"\\d+\"><v>%1</v></c>").arg(serial))));
    CHECK(xml.contains(QRegularExpression(QStringLiteral("<c r=\"A2\" s=\"\\d+\"><v>1</v></c>"))));

    // A prospect's id is a number in the sheet; its name stays text.
    f.window->showPage(MainWindow::Prospects);
    Prospect p;
    p.name = "Marta Vidal";
    p.company = "Nexo S.A.";
    p.source = "web";
    f.window->prospects()->addProspect(p);
    f.window->waitForIdle();
    const QString prospects = f.dir.filePath(QStringLiteral("prospects.xlsx"));
    REQUIRE(f.window->exportTable(prospects, SheetFormat::Xlsx));
    const QString pxml = unzipped(prospects, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(pxml.contains(
        QRegularExpression(QStringLiteral("<c r=\"A2\" s=\"\\d+\"><v>\\d+</v></c>"))));
    CHECK(pxml.contains(QStringLiteral("<t>Marta Vidal</t>")));
}
