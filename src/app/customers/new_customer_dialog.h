#pragma once

#include "core/import/customer_rows.h"

#include <QDialog>
#include <functional>

class QLabel;

namespace cartera {

class CustomerContactForm;

// "Add customer": the same form as the customer window, empty. Add checks what it can before
// closing (an id, readable dates) and hands the record to `add`, which stores it or throws with
// the reason (a taken id, say); the dialog stays open with that reason shown, nothing typed is
// lost.
class NewCustomerDialog : public QDialog {
    Q_OBJECT
  public:
    using Add = std::function<void(const CustomerRecord&)>;
    NewCustomerDialog(Add add, QWidget* parent = nullptr);

    CustomerContactForm* form() const { return m_form; }
    QString problem() const;
    // What the Add button does; true when the customer was added and the dialog accepted.
    bool tryAdd();

  private:
    Add m_add;
    CustomerContactForm* m_form;
    QLabel* m_problem;
};

} // namespace cartera
