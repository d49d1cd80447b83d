#include "app/common/display_text.h"
#include "app/customers/customer_dialog.h"
#include "app/customers/new_customer_dialog.h"
#include "app/import/import_wizard.h"
#include "app/language/language.h"
#include "app/main_window.h"
#include "app/overview/overview_view.h"
#include "app/settings/preferences_dialog.h"
#include "app/settings/settings_dialog.h"
#include "gui_fixture.h"
#include "report/locale_text.h"
#include "storage/customer_repository.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace cartera;
using cartera::test::GuiFixture;

namespace {

// The English words a translation changes (not "Pareto", "RFM" or "F1"), from the .ts file.
QSet<QString> translatedSources(const QString& language) {
    QFile file(
        QStringLiteral(CARTERA_SOURCE_DIR "/resources/translations/cartera_%1.ts").arg(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> out;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") &&
                 xml.readElementText(QXmlStreamReader::IncludeChildElements) != source)
            out.insert(source);
    }
    return out;
}

// Every word a person can read or hear in a window: menus, labels, buttons, choices, tabs,
// column titles, placeholders and screen-reader names.
QStringList wordsOf(const QWidget& window) {
    QStringList words;
    for (const QAction* a : window.findChildren<QAction*>())
        words << a->text();
    for (const QLabel* l : window.findChildren<QLabel*>())
        words << l->text();
    for (const QAbstractButton* b : window.findChildren<QAbstractButton*>())
        words << b->text();
    for (const QGroupBox* g : window.findChildren<QGroupBox*>())
        words << g->title();
    // Segment and tier names are the portfolio's own (edited in its settings), not the app's.
    for (const QComboBox* c : window.findChildren<QComboBox*>())
        if (c->objectName() != QStringLiteral("segmentFilter") &&
            c->objectName() != QStringLiteral("tierFilter"))
            for (int i = 0; i < c->count(); ++i)
                words << c->itemText(i);
    for (const QTabWidget* t : window.findChildren<QTabWidget*>())
        for (int i = 0; i < t->count(); ++i)
            words << t->tabText(i);
    for (const QTableView* t : window.findChildren<QTableView*>())
        if (t->model())
            for (int c = 0; c < t->model()->columnCount(); ++c)
                words << t->model()->headerData(c, Qt::Horizontal).toString();
    for (const QLineEdit* e : window.findChildren<QLineEdit*>())
        words << e->placeholderText();
    for (const QWidget* w : window.findChildren<QWidget*>())
        words << w->accessibleName();
    return words;
}

} // namespace

TEST_CASE("in Spanish and Russian no English word is left on any page or dialog") {
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("ru")}) {
        INFO(language.toStdString());
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/cartera_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        // Qt's own words (Cancel, Close) come from Qt's translations, as in the app.
        QTranslator qt;
        REQUIRE(qt.load(QStringLiteral("qtbase_") + language,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(&qt);
        const QSet<QString> english = translatedSources(language);
        REQUIRE(english.size() > 700);
        {
            GuiFixture f;
            QSet<QString> left;
            for (int page = 0; page < MainWindow::kPageCount; ++page) {
                f.window->showPage(static_cast<MainWindow::Page>(page));
                f.window->waitForIdle();
                for (const QString& word : wordsOf(*f.window))
                    if (english.contains(word))
                        left.insert(word);
            }
            // Flow-health warnings are facts from the core, worded here in the language.
            const QString health = f.window->overview()->warningsText();
            CHECK_FALSE(health.contains(QStringLiteral("earlier periods")));
            CHECK_FALSE(health.contains(QStringLiteral("inflow did not")));
            FlowWarning lost;
            lost.kind = FlowWarning::Kind::ManyLost;
            lost.stage = FlowState::Veteran;
            lost.percent = 39;
            lost.medianPercent = 20;
            lost.from = Date::fromYmd(2025, 6, 30);
            lost.to = Date::fromYmd(2026, 6, 30);
            const QString words = flowWarningWords(lost);
            INFO(words.toStdString());
            CHECK_FALSE(words.contains(QStringLiteral("were lost")));
            CHECK(words.contains(QStringLiteral("39 %")));
            CHECK(words.contains(QStringLiteral("2025-06-30")));
            CHECK(words.contains(translator.translate("cartera", "veterans")));
            // The windows that open from it.
            f.window->openCustomer(0);
            std::vector<std::unique_ptr<QWidget>> dialogs;
            dialogs.emplace_back(f.window->findChild<CustomerDialog*>());
            dialogs.emplace_back(new SettingsDialog(*f.window->session()->database()));
            dialogs.emplace_back(new PreferencesDialog);
            dialogs.emplace_back(
                new ImportWizard(f.path, ImportWizard::Kind::Purchases, f.window.get()));
            dialogs.emplace_back(f.window->addCustomer());
            for (const auto& dialog : dialogs) {
                REQUIRE(dialog);
                for (const QString& word : wordsOf(*dialog))
                    if (english.contains(word))
                        left.insert(word + QStringLiteral(" (") +
                                    QString::fromLatin1(dialog->metaObject()->className()) +
                                    QLatin1Char(')'));
            }
            INFO(QStringList(left.begin(), left.end()).join(QStringLiteral(" | ")).toStdString());
            CHECK(left.isEmpty());
            // And the words are the translation's: the File menu, for one.
            CHECK(f.window->menuBar()->actions().first()->text() ==
                  translator.translate("cartera::MainWindow", "&File"));
        }
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);
    }
}

TEST_CASE("Preferences choose the language, kept for the next start") {
    setChosenLanguage({});
    PreferencesDialog dialog;
    QComboBox* box = dialog.languageBox();
    CHECK(box->currentIndex() == 0); // the system's language
    box->setCurrentIndex(box->findData(QStringLiteral("ru")));
    dialog.apply();
    CHECK(chosenLanguage() == QStringLiteral("ru"));

    // What the next start does: Russian words and Russian numbers.
    CHECK(installTranslators(*QCoreApplication::instance()) == QStringLiteral("ru"));
    CHECK(QCoreApplication::translate("cartera::MainWindow", "&File") == QStringLiteral("&Файл"));
    CHECK(QLocale().language() == QLocale::Russian);
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
    setChosenLanguage({});
    CHECK(chosenLanguage().isEmpty());
    CHECK(QCoreApplication::translate("cartera::MainWindow", "&File") == QStringLiteral("&File"));
}

TEST_CASE("money reads as each language writes it: grouping, decimal mark, digits") {
    const auto in = [](QLocale::Language language, QLocale::Territory territory, Cents amount) {
        QLocale::setDefault(QLocale(language, territory));
        const QString text = moneyText(amount, 2);
        QLocale::setDefault(QLocale::c());
        return text;
    };
    CHECK(in(QLocale::English, QLocale::UnitedStates, 1234567890) ==
          QStringLiteral("12,345,678.90"));
    CHECK(in(QLocale::German, QLocale::Germany, 1234567890) == QStringLiteral("12.345.678,90"));
    CHECK(in(QLocale::English, QLocale::India, 1234567890) == QStringLiteral("1,23,45,678.90"));
    CHECK(in(QLocale::Russian, QLocale::Russia, -123456) == QStringLiteral("-1\u00A0234,56"));
    CHECK(in(QLocale::Arabic, QLocale::Egypt, 12345).contains(QChar(0x0661))); // Arabic-Indic 1
    QLocale::setDefault(QLocale::c());
    CHECK(moneyText(123456789012345, 2) == QStringLiteral("1,234,567,890,123.45"));
    CHECK(moneyText(5, 0) == QStringLiteral("5"));
}

TEST_CASE("money carries its currency as the locale writes money") {
    const auto in = [](const char* locale, Cents amount, const char* currency) {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        const QString text = currencyText(amount, 2, QString::fromLatin1(currency));
        QLocale::setDefault(QLocale::c());
        return text;
    };
    // The local currency takes its symbol, where the language puts it.
    CHECK(in("es_ES", 138959280, "EUR") == QStringLiteral("1.389.592,80\u00A0€"));
    CHECK(in("ru_RU", 123456, "RUB") == QStringLiteral("1\u00A0234,56\u00A0₽"));
    CHECK(in("en_US", 123456, "USD") == QStringLiteral("$1,234.56"));
    CHECK(in("en_IN", 1234567890, "INR") == QStringLiteral("₹1,23,45,678.90"));
    // A foreign currency keeps its code, apart from the digits.
    CHECK(in("en_US", 123456, "EUR") == QStringLiteral("EUR\u00A01,234.56"));
    CHECK(in("de_DE", 123456, "USD") == QStringLiteral("1.234,56\u00A0USD"));
    // Refunds: the language's own way of writing a negative amount.
    CHECK(in("es_ES", -123456, "EUR") == QStringLiteral("-1234,56\u00A0€"));
    CHECK(in("en_US", -123456, "USD") == QStringLiteral("($1,234.56)"));
    // Scripts and tests (the C locale) keep "amount CODE".
    CHECK(currencyText(123456, 2, QStringLiteral("EUR")) == QStringLiteral("1,234.56 EUR"));
}

TEST_CASE("counts and amounts are grouped the way each language groups them") {
    const auto in = [](const char* locale, auto value) {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        const QString text = numberText(value);
        QLocale::setDefault(QLocale::c());
        return text;
    };
    // Spanish leaves four digits alone but groups the rest, as CLDR says (Qt 6.4 did not).
    CHECK(in("es_ES", 2448LL) == QStringLiteral("2448"));
    CHECK(in("es_ES", 12345LL) == QStringLiteral("12.345"));
    CHECK(in("es_ES", 1389592LL) == QStringLiteral("1.389.592"));
    CHECK(in("es_ES", -1389592LL) == QStringLiteral("-1.389.592"));
    CHECK(in("pl_PL", 1000000LL) == QStringLiteral("1\u00A0000\u00A0000"));
    CHECK(in("de_DE", 2448LL) == QStringLiteral("2.448"));
    CHECK(in("en_IN", 1234567LL) == QStringLiteral("12,34,567"));
    QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
    CHECK(moneyText(138959280, 2) == QStringLiteral("1.389.592,80"));
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("shares read as each language writes them") {
    const auto in = [](const char* locale, double share) {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        const QString text = percentText(share, 1);
        QLocale::setDefault(QLocale::c());
        return text;
    };
    CHECK(in("en_US", 0.286) == QStringLiteral("28.6%"));
    CHECK(in("es_ES", 0.286) == QStringLiteral("28,6\u00A0%"));
    CHECK(in("ru_RU", 0.286) == QStringLiteral("28,6\u00A0%"));
    CHECK(percentText(0.286, 1) == QStringLiteral("28.6 %")); // C: scripts and tests
}

TEST_CASE("days read as each language writes them, and fields keep the form they read back") {
    const std::int32_t day = Date::fromYmd(2026, 6, 30).days();
    const auto in = [day](const char* locale) {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        const QString text = dayText(day);
        QLocale::setDefault(QLocale::c());
        return text;
    };
    CHECK(in("es_ES") == QStringLiteral("30/6/2026"));
    CHECK(in("ru_RU") == QStringLiteral("30.06.2026"));
    CHECK(in("en_US") == QStringLiteral("6/30/2026"));
    CHECK(dayText(day) == QStringLiteral("2026-06-30"));
    CHECK(dayText(kNoDay).isEmpty());

    // A customer's birthday is typed as YYYY-MM-DD whatever the language, so it shows that way
    // and saving another field reads it back.
    QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
    GuiFixture f;
    f.window->openCustomer(0);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    auto* birthday = dialog->findChild<QLineEdit*>(QStringLiteral("birthday"));
    REQUIRE(birthday);
    birthday->setText(QStringLiteral("1980-12-31"));
    dialog->save();
    f.window->waitForIdle();
    CHECK(birthday->text() == QStringLiteral("1980-12-31"));
    dialog->findChild<QLineEdit*>(QStringLiteral("company"))->setText(QStringLiteral("Nexo"));
    dialog->save();
    f.window->waitForIdle();
    CustomerRepository repo(*f.window->session()->database());
    const auto stored = repo.find(dialog->customerId());
    REQUIRE(stored);
    CHECK(stored->record.birthday == Date::fromYmd(1980, 12, 31).days());
    CHECK(stored->record.company == "Nexo");
    dialog->close();
    QLocale::setDefault(QLocale::c());
}
