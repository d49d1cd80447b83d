#include "edit_customer_command.h"

#include "portfolio_session.h"
#include "storage/customer_repository.h"

#include <QCoreApplication>

namespace cartera {

EditCustomerCommand::EditCustomerCommand(PortfolioSession* session, std::int64_t id,
                                         CustomerRecord before, CustomerRecord after)
    : m_session(session), m_id(id), m_before(std::move(before)), m_after(std::move(after)) {
    setText(
        QCoreApplication::translate("cartera", "Edit %1")
            .arg(QString::fromStdString(m_after.name.empty() ? m_after.externalId : m_after.name)));
}

void EditCustomerCommand::write(const CustomerRecord& record) {
    try {
        CustomerRepository(*m_session->database()).update(m_id, record);
    } catch (const std::exception& e) {
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void EditCustomerCommand::undo() {
    write(m_before);
}

void EditCustomerCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_after);
}

} // namespace cartera
