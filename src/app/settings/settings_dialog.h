#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace cartera {

class Database;
class TaskRulesPage;

// The portfolio's rules (stage boundaries, at-risk and lost days, Pareto cut, currency), stored
// in the database in one transaction on OK.
class SettingsDialog : public QDialog {
    Q_OBJECT
  public:
    SettingsDialog(Database& db, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Stores the values; on a refused value shows why and keeps the dialog open.
    void accept() override;
    QString lastError() const { return m_lastError; }

  private:
    Database& m_db;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_lastError;
    TaskRulesPage* m_rules;
};

} // namespace cartera
