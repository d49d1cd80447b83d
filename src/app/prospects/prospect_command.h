#pragma once

#include "core/prospects/prospect.h"
#include "storage/customer_backup.h"

#include <QUndoCommand>
#include <optional>

namespace cartera {

class PortfolioSession;

// Any change of a prospect as the prospect before and after it; a conversion also carries the
// customer it created, removed on undo and put back on redo. Already applied when pushed.
class ProspectCommand : public QUndoCommand {
  public:
    ProspectCommand(PortfolioSession* session, const QString& text, std::optional<Prospect> before,
                    std::optional<Prospect> after,
                    std::optional<CustomerBackup> createdCustomer = std::nullopt);
    void undo() override;
    void redo() override;

  private:
    void write(const std::optional<Prospect>& state, const std::optional<Prospect>& other,
               bool withCustomer);
    PortfolioSession* m_session;
    std::optional<Prospect> m_before;
    std::optional<Prospect> m_after;
    std::optional<CustomerBackup> m_customer;
    bool m_applied = true;
};

} // namespace cartera
