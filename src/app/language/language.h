#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace cartera {

// A language Cartera speaks: its code ("es") and its name in itself ("Español").
struct Language {
    QString code;
    QString name;
};

// English first, then the translations that ship with the app.
QList<Language> availableLanguages();

// The person's choice in Preferences: a code, or empty for the system's language.
QString chosenLanguage();
void setChosenLanguage(const QString& code);

// Loads Cartera's words and Qt's own (buttons, standard dialogs) in the chosen language, or in
// the system's when none is chosen, and makes the matching QLocale the default so that numbers
// and dates follow. Returns the code of the language in use ("en" when no translation fits).
QString installTranslators(QCoreApplication& app);

} // namespace cartera
