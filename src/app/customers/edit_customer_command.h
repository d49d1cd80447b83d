#pragma once

#include "core/import/customer_rows.h"

#include <QUndoCommand>

namespace cartera {

class PortfolioSession;

// A saved change of contact fields. The change is already in the database when the command is
// pushed (so that a refused edit never reaches the stack); redo after undo writes it again.
class EditCustomerCommand : public QUndoCommand {
  public:
    EditCustomerCommand(PortfolioSession* session, std::int64_t id, CustomerRecord before,
                        CustomerRecord after);
    void undo() override;
    void redo() override;

  private:
    void write(const CustomerRecord& from, const CustomerRecord& to);
    PortfolioSession* m_session;
    std::int64_t m_id;
    CustomerRecord m_before;
    CustomerRecord m_after;
    bool m_applied = true;
};

} // namespace cartera
