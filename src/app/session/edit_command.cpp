#include "app/session/edit_command.h"

#include "app/common/error_message.h"
#include "app/session/portfolio_session.h"

namespace cartera {

EditCommandBase::EditCommandBase(PortfolioSession* session, const QString& text)
    : m_session(session) {
    setText(text);
}

void EditCommandBase::redo() {
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    write(true);
}

void EditCommandBase::write(bool forward) {
    try {
        Database& db = *m_session->database();
        db.write([&] { forward ? apply(db) : revert(db); });
    } catch (const std::exception& e) {
        setObsolete(true);
        emit m_session->failed(ErrorMessage::of(e));
    }
    refresh();
}

void EditCommandBase::refresh() {
    m_session->reload();
}

void refreshOnly(PortfolioSession* session, EditRefresh what) {
    if (what == EditRefresh::Tasks)
        emit session->tasksChanged();
    else if (what == EditRefresh::Campaigns)
        emit session->campaignsChanged();
    else
        session->reload();
}

} // namespace cartera
