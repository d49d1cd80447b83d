#include "app/prospects/prospect_command.h"

#include "app/session/portfolio_session.h"
#include "storage/prospect_repository.h"

namespace cartera {

ProspectCommand::ProspectCommand(PortfolioSession* session, const QString& text,
                                 std::optional<Prospect> before, std::optional<Prospect> after,
                                 std::optional<CustomerBackup> createdCustomer)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_customer(std::move(createdCustomer)) {
    setText(text);
}

void ProspectCommand::write(const std::optional<Prospect>& state,
                            const std::optional<Prospect>& other, bool withCustomer) {
    try {
        Database& db = *m_session->database();
        db.write([&] {
            ProspectRepository repo(db);
            if (m_customer) {
                if (withCustomer)
                    restoreCustomer(db, *m_customer);
                else
                    CustomerRepository(db).remove(m_customer->customer.id);
            }
            if (state)
                repo.restore(*state);
            else if (other)
                repo.remove(other->id);
        });
    } catch (const std::exception& e) {
        setObsolete(true); // the stack must not claim a state the file does not have
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void ProspectCommand::undo() {
    write(m_before, m_after, false);
}

void ProspectCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_after, m_before, true);
}

} // namespace cartera
