#pragma once

#include "storage/activity_repository.h"

#include <QUndoCommand>
#include <variant>

namespace cartera {

class PortfolioSession;

// A lost mark or an interaction logged for a customer; undo removes it again.
class RecordActivityCommand : public QUndoCommand {
  public:
    struct MarkLost {
        std::int64_t customerId;
        std::int32_t day;
        std::string note;
    };
    using Entry = std::variant<MarkLost, Interaction>;

    // Writes the entry now; throws StorageError when the database refuses it.
    RecordActivityCommand(PortfolioSession* session, Entry entry);
    void undo() override;
    void redo() override;

  private:
    std::int64_t write();
    PortfolioSession* m_session;
    Entry m_entry;
    std::int64_t m_rowId = 0;
    bool m_applied = true;
};

} // namespace cartera
