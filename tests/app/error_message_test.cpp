#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/import/import_text.h"
#include "core/import/purchase_rows.h"
#include "core/value/reward_tiers.h"
#include "core/value/rfm_report.h"
#include "storage/customer_repository.h"
#include "storage/database.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace cartera;

namespace {

// Values that each wording can show: numbers where a kind counts, codes where it words one.
ErrorFact sampleFact(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::CaseClosed:
        return errorFact(kind, "let go");
    case ErrorKind::CaseTransition:
        return errorFact(kind, "identified", "won back");
    case ErrorKind::ProspectClosed:
        return errorFact(kind, "converted");
    case ErrorKind::ProspectTransition:
        return errorFact(kind, "new", "converted");
    case ErrorKind::CaseStepBeforeOpened:
    case ErrorKind::CaseStepAfterToday:
        return errorFact(kind, "2026-06-30");
    default:
        return errorFact(kind, "V1", 2, 3, "V4");
    }
}

struct Translated {
    explicit Translated(const QString& language) {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/cartera_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~Translated() {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    QTranslator m_translator;
};

} // namespace

TEST_CASE("every error the core reports is worded by the app, in English, Spanish and Russian") {
    const int count = static_cast<int>(ErrorKind::Count);
    QStringList english;
    for (int k = 0; k < count; ++k) {
        const ErrorFact fact = sampleFact(static_cast<ErrorKind>(k));
        const QString text = ErrorMessage::of(fact);
        INFO(errorText(fact));
        CHECK_FALSE(text.isEmpty());
        // Every value the core's English shows, the app's English shows too.
        for (const std::string& v : fact.values)
            if (errorText(fact).find(v) != std::string::npos)
                CHECK(text.contains(QString::fromStdString(v)));
        english << text;
    }
    for (const char* language : {"es", "ru"}) {
        Translated t(QString::fromLatin1(language));
        for (int k = 0; k < count; ++k) {
            const ErrorFact fact = sampleFact(static_cast<ErrorKind>(k));
            const QString text = ErrorMessage::of(fact);
            INFO(language << ": " << errorText(fact) << " -> " << text.toStdString());
            CHECK(text != english[k]);
            CHECK(text != QString::fromStdString(errorText(fact)));
        }
    }
}

TEST_CASE("refusals reach the user in the language with their values worded there") {
    Translated spanish(QStringLiteral("es"));
    // A recovery state is a code in the core and a word in the message.
    CHECK(ErrorMessage::of(errorFact(ErrorKind::CaseTransition, "identified", "won back")) ==
          QStringLiteral("Un caso en estado «identificado» no puede pasar a «recuperado» (el orden "
                         "es identificado → verificado → contactado → recuperado o dejado ir)."));
    // A field code becomes its word; numbers take the locale's grouping.
    CHECK(ErrorMessage::of(errorFact(ErrorKind::FieldTooLong, "referred_by", 1000, 12345)) ==
          QStringLiteral("El campo recomendado por tiene más de 1000 caracteres (12.345)."));

    // A real refusal from the storage, caught as the app catches it.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.cartera")).toStdString(),
                             Database::OpenMode::CreateNew);
    CustomerRecord r;
    r.externalId = "C1";
    CustomerRepository(*db).add(r);
    try {
        CustomerRepository(*db).add(r);
        FAIL("a second customer C1 was added");
    } catch (const std::exception& e) {
        CHECK(ErrorMessage::of(e) == QStringLiteral("Ya existe un cliente con el id «C1»."));
    }
    // An import problem names its place and value, in the language.
    CsvImportOptions o;
    o.fileName = "ventas.csv";
    try {
        parsePurchaseCsv("customer,date,amount\nC1,2024-01-01,abc\n", o, 2);
        FAIL("a bad amount was read");
    } catch (const std::exception& e) {
        CHECK(ErrorMessage::of(e).toStdString() ==
              QStringLiteral("ventas.csv, línea 2, columna 3: El campo importe no es un importe "
                             "con separador decimal «.» y como mucho 2 decimales. («abc»)")
                  .toStdString());
    }
}

TEST_CASE(
    "built-in segment, tier and loss-reason names read in the language, typed names as typed") {
    Translated russian(QStringLiteral("ru"));
    CHECK(segmentText("Champions") == QStringLiteral("Чемпионы"));
    CHECK(segmentText("Others") == QStringLiteral("Прочие"));
    CHECK(tierText("Gold") == QStringLiteral("Золото"));
    CHECK(rewardText("10 % off and free delivery") ==
          QStringLiteral("Скидка 10 % и бесплатная доставка"));
    CHECK(lossReasonText("service failure") == QStringLiteral("сбой в обслуживании"));
    // Every built-in name is the core's own: a renamed default table would leave these behind.
    const RfmSegmentTable segments = RfmSegmentTable::defaults();
    for (std::size_t s = 0; s < segments.segmentCount(); ++s)
        CHECK(segmentText(segments.segmentName(s)) !=
              QString::fromStdString(std::string(segments.segmentName(s))));
    const RewardTiers tiers = RewardTiers::defaults(2);
    for (const RewardTier& t : tiers.tiers()) {
        CHECK(tierText(t.name) != QString::fromStdString(t.name));
        CHECK(rewardText(t.reward) != QString::fromStdString(t.reward));
    }
    for (const std::string& r : defaultLossReasons())
        CHECK(lossReasonText(r) != QString::fromStdString(r));
    CHECK(segmentText("Clientes VIP") == QStringLiteral("Clientes VIP"));
    CHECK(lossReasonText("mudanza") == QStringLiteral("mudanza"));
}

TEST_CASE("import counts take each language's plural forms") {
    ImportSummary s;
    s.rows = 1;
    for (const auto& [n, english] : std::vector<std::pair<std::size_t, const char*>>{
             {1, "1 line"}, {2, "2 lines"}, {21, "21 lines"}}) {
        s.lines = n;
        CHECK(ImportText::result(true, s).contains(QString::fromUtf8(english)));
    }
    CHECK(ImportText::result(true, s).contains(QStringLiteral("1 purchase (0 refunds)")));
    Translated russian(QStringLiteral("ru"));
    for (const auto& [n, words] :
         std::vector<std::pair<std::size_t, const char*>>{{1, "1 строка"},
                                                          {3, "3 строки"},
                                                          {5, "5 строк"},
                                                          {21, "21 строка"},
                                                          {22, "22 строки"}}) {
        s.lines = n;
        INFO(ImportText::result(true, s).toStdString());
        CHECK(ImportText::result(true, s).contains(QString::fromUtf8(words)));
    }
}
