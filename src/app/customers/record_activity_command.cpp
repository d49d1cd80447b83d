#include "app/customers/record_activity_command.h"

#include "app/session/portfolio_session.h"

#include <QCoreApplication>

namespace cartera {

RecordActivityCommand::RecordActivityCommand(PortfolioSession* session, Entry entry)
    : m_session(session), m_entry(std::move(entry)) {
    setText(std::holds_alternative<MarkLost>(m_entry)
                ? QCoreApplication::translate("cartera", "Mark as lost")
                : QCoreApplication::translate("cartera", "Add interaction"));
    m_rowId = write();
    m_session->reload();
}

std::int64_t RecordActivityCommand::write() {
    ActivityRepository activity(*m_session->database());
    if (const auto* mark = std::get_if<MarkLost>(&m_entry))
        return activity.markLost(mark->customerId, mark->day, mark->note);
    return activity.addInteraction(std::get<Interaction>(m_entry));
}

void RecordActivityCommand::undo() {
    try {
        ActivityRepository activity(*m_session->database());
        if (std::holds_alternative<MarkLost>(m_entry))
            activity.removeLostMark(m_rowId);
        else
            activity.removeInteraction(m_rowId);
    } catch (const std::exception& e) {
        setObsolete(true); // the stack must not claim a state the file does not have
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

void RecordActivityCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        m_rowId = write();
    } catch (const std::exception& e) {
        setObsolete(true); // the stack must not claim a state the file does not have
        emit m_session->failed(QString::fromStdString(e.what()));
    }
    m_session->reload();
}

} // namespace cartera
