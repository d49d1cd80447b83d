#pragma once

#include "core/recovery/recovery_case.h"

#include <QUndoCommand>
#include <optional>

namespace cartera {

class PortfolioSession;

// Any change of a recovery case, as the case before and after it: undo writes the case back
// as it was (or removes a case that was opened), redo writes it as it became. The change is
// already in the database when the command is pushed.
class RecoveryCaseCommand : public QUndoCommand {
  public:
    RecoveryCaseCommand(PortfolioSession* session, const QString& text,
                        std::optional<RecoveryCase> before, RecoveryCase after);
    void undo() override;
    void redo() override;

  private:
    PortfolioSession* m_session;
    std::optional<RecoveryCase> m_before;
    RecoveryCase m_after;
    bool m_applied = true;
};

} // namespace cartera
