#pragma once

#include "core/prospects/prospect.h"

#include <QGroupBox>
#include <memory>
#include <optional>

namespace Ui {
class ProspectEditor;
}

namespace cartera {

// One prospect: its contact fields, the steps that move it on, and the contacts with it. It
// shows a prospect and reads the fields back; the view decides what the buttons do.
class ProspectEditor : public QGroupBox {
    Q_OBJECT
  public:
    explicit ProspectEditor(QWidget* parent = nullptr);
    ~ProspectEditor() override;

    void showProspect(const std::optional<Prospect>& prospect);
    // The prospect with the contact fields as typed.
    Prospect withFields(Prospect p) const;
    QString contactKind() const;
    QString contactNote() const;
    void clearContactNote();

  signals:
    void saveClicked();
    void contactedClicked();
    void qualifiedClicked();
    void dropClicked();
    void convertClicked();
    void logContactClicked();

  private:
    std::unique_ptr<Ui::ProspectEditor> m_ui;
};

} // namespace cartera
