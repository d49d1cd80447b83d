#pragma once

#include "core/csv_import_reader.h"
#include "storage/purchase_importer.h"

#include <QFutureWatcher>
#include <QWizard>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cartera {

// Choose a file, see it parsed, map its columns, run the import off the GUI thread with a
// progress bar and Cancel, then read what was rejected. A failed import changes nothing.
class ImportWizard : public QWizard {
    Q_OBJECT
  public:
    enum class Kind { Purchases, Customers };
    ImportWizard(const QString& portfolioPath, Kind kind, QWidget* parent = nullptr);

    void setFile(const QString& path);
    CsvImportOptions options() const;
    void startImport();
    void waitForImport();
    QString resultText() const;
    bool succeeded() const { return m_succeeded; }

  signals:
    void imported();

  private:
    struct Outcome {
        bool ok = false;
        QString message;
        ImportSummary summary;
    };
    void buildPages();
    void refreshPreview();
    void finish(const Outcome& outcome);

    QString m_portfolio;
    Kind m_kind;
    QLineEdit* m_file;
    QComboBox* m_delimiter;
    QComboBox* m_header;
    QComboBox* m_dateFormat;
    QCheckBox* m_decimalComma;
    QCheckBox* m_skipBad;
    std::vector<std::pair<QString, QComboBox*>> m_roles;
    QTableWidget* m_preview;
    QLabel* m_previewNote;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QPlainTextEdit* m_rejects;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_int> m_percent;
    bool m_succeeded = false;
    bool m_started = false;
};

} // namespace cartera
