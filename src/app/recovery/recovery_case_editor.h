#pragma once

#include "core/recovery/recovery_case.h"

#include <QGroupBox>
#include <memory>
#include <string>
#include <vector>

namespace Ui {
class RecoveryCaseEditor;
}

namespace cartera {

// One recovery case: its fields, the steps that move it on, and its attempts. It shows a case
// and reads the fields back; the view decides what the buttons do.
class RecoveryCaseEditor : public QGroupBox {
    Q_OBJECT
  public:
    explicit RecoveryCaseEditor(QWidget* parent = nullptr);
    ~RecoveryCaseEditor() override;

    void setLossReasons(const std::vector<std::string>& reasons);
    // No case: the fields are disabled and the title says why.
    void showNoCase(const QString& why);
    // A case under a title (rich text). With keepTyped, the fields keep what is being typed
    // (the same case again after a new snapshot); the title and attempts follow the case.
    void showCase(const RecoveryCase& c, const QString& title, int minorDigits, bool keepTyped);
    // The case with the editable fields as typed; throws with a message naming the field when
    // one cannot be read.
    RecoveryCase withFields(RecoveryCase c, int minorDigits) const;
    RecoveryAttempt typedAttempt(std::int32_t day) const;
    QString letGoReason() const;
    void setLetGoReason(const QString& reason);

  signals:
    void saveClicked();
    void verifyClicked();
    void winBackClicked();
    void letGoClicked();
    void logAttemptClicked();

  private:
    std::unique_ptr<Ui::RecoveryCaseEditor> m_ui;
};

} // namespace cartera
