#include "app/customers/new_customer_dialog.h"

#include "app/common/error_message.h"
#include "app/customers/customer_contact_form.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cartera {

NewCustomerDialog::NewCustomerDialog(Add add, QWidget* parent)
    : QDialog(parent), m_add(std::move(add)), m_form(new CustomerContactForm),
      m_problem(new QLabel) {
    setWindowTitle(tr("Add customer"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    // The form's own Save button belongs to the customer window; here Add and Cancel do.
    if (auto* save = m_form->findChild<QPushButton*>(QStringLiteral("save")))
        save->hide();
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* addButton = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    addButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { tryAdd(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (auto* id = m_form->findChild<QLineEdit*>(QStringLiteral("externalId")))
        id->setFocus();
}

QString NewCustomerDialog::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool NewCustomerDialog::tryAdd() {
    const auto refuse = [this](const QString& why) {
        m_problem->setText(why);
        m_problem->show();
        return false;
    };
    CustomerRecord record;
    try {
        record = m_form->typedRecord();
    } catch (const std::exception& e) {
        return refuse(ErrorMessage::of(e));
    }
    if (record.externalId.empty())
        return refuse(tr("A customer needs an id: the one your invoices use, so that their "
                         "purchases find the customer."));
    try {
        m_add(record);
    } catch (const std::exception& e) {
        return refuse(ErrorMessage::of(e));
    }
    accept();
    return true;
}

} // namespace cartera
