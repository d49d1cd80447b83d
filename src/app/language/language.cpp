#include "app/language/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cartera {

namespace {

const char* const kLanguageKey = "language";

} // namespace

QList<Language> availableLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QString chosenLanguage() {
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void setChosenLanguage(const QString& code) {
    if (code.isEmpty())
        QSettings().remove(QLatin1String(kLanguageKey));
    else
        QSettings().setValue(QLatin1String(kLanguageKey), code);
}

QString installTranslators(QCoreApplication& app) {
    const QString chosen = chosenLanguage();
    // A chosen language keeps the system's country, so that an English interface in Spain
    // still writes 1.234,56.
    const QLocale locale = chosen.isEmpty()
                               ? QLocale::system()
                               : QLocale(QLocale(chosen).language(), QLocale::system().territory());
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("cartera"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale(ours->language()).name().section(QLatin1Char('_'), 0, 0);
}

} // namespace cartera
