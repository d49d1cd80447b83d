#pragma once

#include "storage/customer_backup.h"

#include <QUndoCommand>

namespace cartera {

class PortfolioSession;

// Adding and deleting a customer are the same command seen from either side: one state has the
// customer (restored from its backup, under its old id), the other does not.
class RemoveCustomerCommand : public QUndoCommand {
  public:
    enum class Direction { Delete, Add };
    // The customer is already deleted (or added) when the command is pushed.
    RemoveCustomerCommand(PortfolioSession* session, CustomerBackup backup, Direction direction);
    void undo() override;
    void redo() override;

  private:
    void remove();
    void restore();
    PortfolioSession* m_session;
    CustomerBackup m_backup;
    Direction m_direction;
    bool m_applied = true;
};

} // namespace cartera
