#include "app/customers/edit_customer_command.h"

#include "app/session/portfolio_session.h"
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

void EditCustomerCommand::write(const CustomerRecord& from, const CustomerRecord& to) {
    try {
        // Only the fields this edit changed: an import since then keeps what it wrote.
        CustomerRepository repo(*m_session->database());
        const auto current = repo.find(m_id);
        if (!current)
            throw std::runtime_error("the customer no longer exists");
        repo.update(m_id, applyChange(current->record, from, to));
    } catch (const std::exception& e) {
        // The stack must not claim a state the file does not have.
        setObsolete(true);
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void EditCustomerCommand::undo() {
    write(m_after, m_before);
}

void EditCustomerCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_before, m_after);
}

} // namespace cartera
