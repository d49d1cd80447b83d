#pragma once

#include "core/import/customer_rows.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CustomerContactForm;
}

namespace cartera {

// A customer's contact fields as a form: shows a record and reads back what was typed.
class CustomerContactForm : public QWidget {
    Q_OBJECT
  public:
    explicit CustomerContactForm(QWidget* parent = nullptr);
    ~CustomerContactForm() override;

    void showRecord(const CustomerRecord& record);
    // The record as typed. A field the user did not touch keeps its shown value exactly, even
    // one longer than an editor holds: saving another field must not cut it. Throws with a
    // message naming the field when a date cannot be read.
    CustomerRecord typedRecord() const;

  signals:
    void saveClicked();

  private:
    std::unique_ptr<Ui::CustomerContactForm> m_ui;
    CustomerRecord m_shown;
};

} // namespace cartera
