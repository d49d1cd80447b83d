#include "app/customers/remove_customer_command.h"

#include "app/session/portfolio_session.h"

#include <QCoreApplication>

namespace cartera {

RemoveCustomerCommand::RemoveCustomerCommand(PortfolioSession* session, CustomerBackup backup,
                                             Direction direction)
    : m_session(session), m_backup(std::move(backup)), m_direction(direction) {
    const QString who = QString::fromStdString(m_backup.customer.record.name.empty()
                                                   ? m_backup.customer.record.externalId
                                                   : m_backup.customer.record.name);
    setText(direction == Direction::Delete
                ? QCoreApplication::translate("cartera", "Delete %1").arg(who)
                : QCoreApplication::translate("cartera", "Add %1").arg(who));
}

void RemoveCustomerCommand::remove() {
    try {
        CustomerRepository(*m_session->database()).remove(m_backup.customer.id);
    } catch (const std::exception& e) {
        setObsolete(true);
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void RemoveCustomerCommand::restore() {
    try {
        restoreCustomer(*m_session->database(), m_backup);
    } catch (const std::exception& e) {
        setObsolete(true);
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void RemoveCustomerCommand::undo() {
    if (m_direction == Direction::Delete)
        restore();
    else
        remove();
}

void RemoveCustomerCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (m_direction == Direction::Delete)
        remove();
    else
        restore();
}

} // namespace cartera
