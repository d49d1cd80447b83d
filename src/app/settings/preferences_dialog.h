#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace cartera {

// The app's own preferences, kept per person (not in the portfolio): the language.
class PreferencesDialog : public QDialog {
    Q_OBJECT
  public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }
    // Stores the choice; the new language applies when Cartera next starts.
    void apply();

  private:
    QComboBox* m_language;
    QLabel* m_note;
};

} // namespace cartera
