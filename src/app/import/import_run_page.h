#pragma once

#include <QWizardPage>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cartera {

// The wizard's last page: the import's progress with Cancel, then what it did and the rows it
// rejected. The wizard runs the import; this page shows it.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
  public:
    explicit ImportRunPage(QWidget* parent = nullptr);

    std::function<void()> onShow;   // called when the page is first shown
    std::function<bool()> finished; // whether the wizard may finish

    void showStarted();
    void setProgress(int percent);
    void showFailure(const QString& message, const QString& hint);
    // `result` is rich text; `rejects` one line a rejected row.
    void showResult(const QString& result, const QString& rejects, bool canSaveRejects);
    void refreshComplete() { emit completeChanged(); }

    QString statusText() const;
    QString rejectsText() const;

    void initializePage() override;
    bool isComplete() const override;

  signals:
    void cancelClicked();
    void saveRejectsClicked();

  private:
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QPlainTextEdit* m_rejects;
    QPushButton* m_saveRejects;
};

} // namespace cartera
