#include "app/recovery/recovery_case_command.h"

#include "app/session/portfolio_session.h"
#include "storage/recovery_repository.h"

namespace cartera {

RecoveryCaseCommand::RecoveryCaseCommand(PortfolioSession* session, const QString& text,
                                         std::optional<RecoveryCase> before, RecoveryCase after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)) {
    setText(text);
}

void RecoveryCaseCommand::undo() {
    try {
        RecoveryRepository repo(*m_session->database());
        if (m_before)
            repo.restore(*m_before);
        else
            repo.removeCase(m_after.id);
    } catch (const std::exception& e) {
        setObsolete(true); // the stack must not claim a state the file does not have
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void RecoveryCaseCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        RecoveryRepository(*m_session->database()).restore(m_after);
    } catch (const std::exception& e) {
        setObsolete(true); // the stack must not claim a state the file does not have
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

} // namespace cartera
