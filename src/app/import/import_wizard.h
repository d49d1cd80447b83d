#pragma once

#include "app/import/import_job.h"

#include <QFutureWatcher>
#include <QWizard>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cartera {

class ImportPreviewModel;
class ImportRunPage;

// Choose a file, see it parsed, map its columns, run the import off the GUI thread with a
// progress bar and Cancel, then read what was rejected. A failed import changes nothing.
class ImportWizard : public QWizard {
    Q_OBJECT
  public:
    enum class Kind { Purchases, Customers };
    ImportWizard(const QString& portfolioPath, Kind kind, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString& path);
    QString file() const { return m_dataPath; }
    Kind kind() const { return m_kind; }
    CsvImportOptions options() const;
    void startImport();
    void waitForImport();
    QString resultText() const;
    QString noteText() const;
    QString rejectsText() const;
    bool succeeded() const { return m_succeeded; }
    // The rejected rows of the last import as CSV (line, column, problem, value).
    bool saveRejects(const QString& path, QString* error = nullptr) const;
    void done(int result) override;

  signals:
    void imported();

  private:
    void buildPages();
    void refreshPreview();
    void updateNote();
    void finish(const ImportJob::Outcome& outcome);

    QString m_portfolio;
    Kind m_kind;
    QLineEdit* m_file;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_header;
    QComboBox* m_dateFormat;
    QCheckBox* m_decimalComma;
    QCheckBox* m_skipBad;
    std::vector<std::pair<QString, QComboBox*>> m_roles;
    QTableView* m_preview;
    ImportPreviewModel* m_previewRows;
    QLabel* m_previewNote;
    ImportRunPage* m_run;
    std::vector<ImportIssue> m_lastRejects;
    QString m_dataPath;  // the file m_data was read from
    std::string m_data;  // its text as UTF-8
    QString m_loadError; // why it could not be read
    QString m_encodingNote;
    QFutureWatcher<ImportJob::Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_int> m_percent;
    bool m_succeeded = false;
    bool m_started = false;
    bool m_reported = false; // finish() ran for the current import
};

} // namespace cartera
