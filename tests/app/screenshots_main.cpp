// Renders every screen of a demo portfolio to PNG files, offscreen:
//   cartera-screenshots OUTDIR
#include "app/campaigns/campaigns_view.h"
#include "app/cohorts/cohorts_view.h"
#include "app/common/palette_colors.h"
#include "app/customers/customer_dialog.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/customers/new_customer_dialog.h"
#include "app/help/user_guide_dialog.h"
#include "app/import/import_wizard.h"
#include "app/main_window.h"
#include "app/pareto/pareto_view.h"
#include "app/prospects/prospects_view.h"
#include "app/recovery/recovery_queue_model.h"
#include "app/recovery/recovery_view.h"
#include "app/session/portfolio_session.h"
#include "app/settings/settings_dialog.h"
#include "app/today/today_view.h"
#include "core/base/clock.h"
#include "storage/database.h"
#include "storage/demo_writer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

using namespace cartera;

namespace {

int failures = 0;
// When not empty, only these screens are written (the language sets show the main ones).
QStringList onlyScreens;

// A screen that renders blank (one flat colour, or a few) is a failure: the charts, tables and
// text of every screen give hundreds of colours once antialiased.
void save(QWidget* w, const QString& dir, const QString& suffix, const QString& screen) {
    if (!onlyScreens.isEmpty() && !onlyScreens.contains(screen))
        return;
    const QString name = screen + suffix;
    QCoreApplication::processEvents();
    const QImage image = w->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 64; y += 3)
        for (int x = 0; x < image.width() && colours.size() < 64; x += 3)
            colours.insert(image.pixel(x, y));
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (colours.size() < 64) {
        std::fprintf(stderr, "%s looks blank: %d colours\n", qPrintable(name),
                     static_cast<int>(colours.size()));
        ++failures;
    }
    if (!image.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        ++failures;
    } else {
        std::printf("%s\n", qPrintable(path));
    }
}

// Every screen, as NAME + suffix + ".png".
void renderAll(const QString& out, const QString& suffix) {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.cartera"));
    const Date asOf = Date::fromYmd(2026, 6, 30);
    // The screens show a working day of the demo: what people do is dated on the as-of day.
    FixedClock clock(asOf);
    Clock::setInstance(&clock);
    {
        auto db = Database::open(path.toStdString(), Database::OpenMode::CreateNew);
        writeDemo(*db, {5000, 1, asOf, 8});
    }
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    window.setAsOf(QDate(2026, 6, 30));
    // The list of a large portfolio before its names are in: this one opens as if it were.
    window.session()->setNamesLaterFrom(0);
    window.showPage(MainWindow::Customers);
    const auto early =
        QObject::connect(window.session(), &PortfolioSession::snapshotChanged, &window, [&] {
            const SnapshotPtr& s = window.session()->snapshot();
            if (s && !s->hasNames())
                save(&window, out, suffix, QStringLiteral("customers-reading-names"));
        });
    window.openPortfolio(path);
    window.waitForIdle();
    QObject::disconnect(early);

    window.showPage(MainWindow::Overview);
    save(&window, out, suffix, QStringLiteral("overview"));
    window.showPage(MainWindow::Customers);
    save(&window, out, suffix, QStringLiteral("customers"));
    window.showPage(MainWindow::Cohorts);
    window.cohorts()->setRange(Date::fromYmd(2025, 6, 30), asOf);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("cohorts"));
    window.cohorts()->findChild<QTabWidget*>(QStringLiteral("cohortTabs"))->setCurrentIndex(1);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("cohorts-retention"));
    window.cohorts()->findChild<QTabWidget*>(QStringLiteral("cohortTabs"))->setCurrentIndex(0);
    window.showPage(MainWindow::Pareto);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("pareto"));
    window.showPage(MainWindow::Segments);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("segments"));
    window.showPage(MainWindow::Value);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("value"));

    // Recovery: a few cases at different steps, so that the view shows a working queue.
    window.showPage(MainWindow::Recovery);
    window.waitForIdle();
    auto* recovery = window.recovery();
    recovery->table()->selectionModel()->clearSelection();
    for (int r = 0; r < 6; ++r)
        recovery->table()->selectionModel()->select(recovery->model()->index(r, 0),
                                                    QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
    recovery->openCasesForSelection();
    window.waitForIdle();
    const char* reasons[] = {"price", "service failure", "competitor offer",
                             "price", "moved or closed", "service failure"};
    for (int k = 0; k < 6; ++k) {
        int row = -1;
        for (int r = 0; r < recovery->model()->rowCount() && row < 0; ++r)
            if (recovery->model()->entry(r).caseId == k + 1)
                row = r;
        if (row < 0)
            continue;
        recovery->selectRow(row);
        recovery->findChild<QComboBox*>(QStringLiteral("reason"))
            ->setCurrentIndex(recovery->findChild<QComboBox*>(QStringLiteral("reason"))
                                  ->findData(QString::fromLatin1(reasons[k])));
        if (k % 2 == 1)
            recovery->findChild<QLineEdit*>(QStringLiteral("action"))
                ->setText(QStringLiteral("call the courier"));
        if (k == 5)
            continue;
        recovery->verify();
        window.waitForIdle();
        recovery->selectRow(row);
        if (k >= 1) {
            recovery->addAttempt(QStringLiteral("call"), QStringLiteral("interested"),
                                 QStringLiteral("wants a discount"));
            window.waitForIdle();
            recovery->selectRow(row);
        }
        if (k == 1)
            recovery->winBack();
        if (k == 4)
            recovery->letGo(QStringLiteral("the shop closed"));
        window.waitForIdle();
    }
    for (int r = 0; r < recovery->model()->rowCount(); ++r)
        if (recovery->model()->entry(r).caseId == 3)
            recovery->selectRow(r);
    save(&window, out, suffix, QStringLiteral("recovery"));

    window.showPage(MainWindow::Prospects);
    auto* prospects = window.prospects();
    const char* names[][6] = {
        {"Ελένη Οικονόμου", "Helix Α.Ε.", "referral", "C0000002", "Hospitality", "Athens"},
        {"Jürgen Weiß", "Atlas GmbH", "press", "", "Wholesale", "Berlin"},
        {"Анна Смирнова", "Verde ООО", "event", "", "Education", "Warsaw"},
        {"Olivia Clarke", "Orion Ltd", "referral", "C0000002", "Retail", "Lyon"},
        {"José Núñez", "Solano S.L.", "web", "", "Hospitality", "Madrid"},
        {"Marta Vidal", "Nexo S.A.", "list", "", "Construction", "Madrid"},
        {"Piotr Nowak", "Wisła sp. z o.o.", "directory", "", "", ""}};
    for (const auto& n : names) {
        Prospect p;
        p.name = n[0];
        p.company = n[1];
        p.source = n[2];
        p.referredBy = n[3];
        p.profile.industry = n[4];
        p.profile.region = n[5];
        p.owner = "Ana Ruiz";
        prospects->addProspect(p);
    }
    prospects->selectProspect(1);
    prospects->setStatus(ProspectStatus::Contacted);
    prospects->setStatus(ProspectStatus::Qualified);
    prospects->convert(QStringLiteral("C9000001"));
    prospects->selectProspect(2);
    prospects->setStatus(ProspectStatus::Contacted);
    prospects->selectProspect(5);
    prospects->setStatus(ProspectStatus::Dropped);
    prospects->selectProspect(4);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("prospects"));

    // Two campaigns to saved lists, one over and one still running.
    window.session()->editor()->saveList({"Active class A", "activity=active; class=A"});
    window.session()->editor()->saveList({"At risk", "activity=at risk"});
    window.waitForIdle();
    {
        Campaign spring;
        spring.name = "Spring catalogue";
        spring.list = "Active class A";
        spring.channel = "email";
        spring.offer = "10 % off the spring collection";
        spring.start = Date::fromYmd(2026, 3, 2).days();
        window.campaigns()->create(spring);
        Campaign calls;
        calls.name = "Win-back calls";
        calls.list = "At risk";
        calls.channel = "call";
        calls.offer = "free delivery for a year";
        calls.controlPercent = 20;
        calls.start = Date::fromYmd(2026, 6, 1).days();
        window.campaigns()->create(calls);
    }
    window.showPage(MainWindow::Campaigns);
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("campaigns"));

    window.showPage(MainWindow::Today);
    auto* owner = window.today()->ownerFilter();
    owner->setCurrentIndex(owner->findData(QStringLiteral("Ana Ruiz")));
    window.waitForIdle();
    save(&window, out, suffix, QStringLiteral("today"));

    window.showPage(MainWindow::Customers);
    const auto top = window.customers()->model()->customerAt(3);
    window.openCustomer(top);
    QCoreApplication::processEvents();
    if (auto* dialog = window.findChild<CustomerDialog*>()) {
        dialog->resize(820, 660);
        save(dialog, out, suffix, QStringLiteral("customer"));
        if (auto* tabs = dialog->findChild<QTabWidget*>()) {
            tabs->setCurrentIndex(1);
            save(dialog, out, suffix, QStringLiteral("customer-purchases"));
        }
        dialog->close();
    }
    if (NewCustomerDialog* add = window.addCustomer()) {
        add->resize(520, 560);
        save(add, out, suffix, QStringLiteral("customer-new"));
        add->close();
    }
    SettingsDialog settings(*window.session()->database(), &window);
    settings.show();
    save(&settings, out, suffix, QStringLiteral("settings"));
    settings.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
    save(&settings, out, suffix, QStringLiteral("settings-value"));
    settings.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(2);
    save(&settings, out, suffix, QStringLiteral("settings-rules"));
    settings.close();

    UserGuideDialog guide(&window);
    guide.show();
    save(&guide, out, suffix, QStringLiteral("help-user-guide"));
    guide.close();

    const QString csv = tmp.filePath(QStringLiteral("sales.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        // Invoice lines as a shop exports them: Windows-1252, date-times, NA customers, a
        // credit note, and one line with a quantity no one can read.
        f.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
                "Country\r\n"
                "536365,85123A,CAF\xc9 T-LIGHT HOLDER,6,1/12/2026 8:26,2.55,C0000001,Espa\xf1"
                "a\r\n"
                "536365,71053,WHITE METAL LANTERN,6,1/12/2026 8:26,3.39,C0000001,Espa\xf1"
                "a\r\n"
                "536366,22633,HAND WARMER,6,1/13/2026 8:28,1.85,C0000002,France\r\n"
                "536367,22960,JAM MAKING SET,3,1/13/2026 9:34,4.25,NA,France\r\n"
                "C536379,D,Discount,-1,1/14/2026 9:41,27.50,C0000003,France\r\n"
                "536380,22961,JAM SET PRINTED,two,1/14/2026 9:41,1.45,C0000004,France\r\n");
    }
    ImportWizard wizard(path, ImportWizard::Kind::Purchases, &window);
    wizard.resize(900, 760);
    wizard.show();
    wizard.setFile(csv);
    wizard.next();
    save(&wizard, out, suffix, QStringLiteral("import-mapping"));
    wizard.findChildren<QCheckBox*>().last()->setChecked(true); // skip bad rows
    wizard.next();
    wizard.waitForImport();
    save(&wizard, out, suffix, QStringLiteral("import-result"));
    Clock::setInstance(nullptr);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cartera-screenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QApplication::setStyle(QStringLiteral("Fusion"));
    renderAll(out, {});
    // The same screens on a dark desktop.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    renderAll(out, QStringLiteral("-dark"));
    QApplication::setPalette(light);
    // The main screens in Spanish and Russian, with each language's numbers.
    onlyScreens = {QStringLiteral("overview"), QStringLiteral("customers"),
                   QStringLiteral("cohorts"),  QStringLiteral("pareto"),
                   QStringLiteral("recovery"), QStringLiteral("customer")};
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("ru")}) {
        QTranslator ours, qt;
        if (!ours.load(QStringLiteral(":/i18n/cartera_%1.qm").arg(language))) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
            ++failures;
            continue;
        }
        // Qt's own words (Cancel) when Debian's Qt translations are installed.
        if (!qt.load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            std::fprintf(stderr, "no Qt translation for %s\n", qPrintable(language));
        QCoreApplication::installTranslator(&ours);
        QCoreApplication::installTranslator(&qt);
        QLocale::setDefault(QLocale(language));
        renderAll(out, QLatin1Char('-') + language);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&ours);
    }
    QLocale::setDefault(QLocale::c());
    return failures == 0 ? 0 : 1;
}
