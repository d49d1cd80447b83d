#include "app/settings/preferences_dialog.h"

#include "app/language/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cartera {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox), m_note(new QLabel) {
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const Language& l : availableLanguages())
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    form->addRow(tr("&Language"), m_language);
    layout->addLayout(form);
    m_note->setWordWrap(true);
    m_note->setText(tr("A new language applies the next time Cartera starts. Numbers and dates "
                       "follow the language and your country."));
    layout->addWidget(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::apply() {
    setChosenLanguage(m_language->currentData().toString());
}

} // namespace cartera
