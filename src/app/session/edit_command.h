#pragma once

#include <QString>
#include <QUndoCommand>
#include <concepts>
#include <utility>

namespace cartera {

class Database;
class PortfolioSession;

// What an edit changes besides the file: by default the analysed portfolio (everything
// reloads); tasks and campaigns are read by their own views only.
enum class EditRefresh { Portfolio, Tasks, Campaigns };
// Tells the views that read only tasks or campaigns (defined where the session is known).
void refreshOnly(PortfolioSession* session, EditRefresh what);

// The varying part of an edit: how to write it and how to take it back, each inside the
// transaction the command opens.
template <typename Edit>
concept StoredEdit = requires(Edit edit, Database& db) {
    edit.apply(db);
    edit.revert(db);
};

// Every edit on the undo stack. The edit is already written when the command is pushed (so a
// refused edit never reaches the stack): the first redo does nothing. Undo and redo write in
// one transaction, report a failure and reload the views; a failed write makes the command
// obsolete, so the stack never claims a state the file does not have.
class EditCommandBase : public QUndoCommand {
  public:
    void undo() final { write(false); }
    void redo() final;

  protected:
    EditCommandBase(PortfolioSession* session, const QString& text);
    virtual void apply(Database& db) = 0;
    virtual void revert(Database& db) = 0;
    // What the views re-read after a write: everything, unless the edit says otherwise.
    virtual void refresh();
    PortfolioSession* session() const { return m_session; }

  private:
    void write(bool forward);
    PortfolioSession* m_session;
    bool m_pushed = false;
};

template <StoredEdit Edit> class EditCommand final : public EditCommandBase {
  public:
    EditCommand(PortfolioSession* session, const QString& text, Edit edit)
        : EditCommandBase(session, text), m_edit(std::move(edit)) {}

  private:
    void apply(Database& db) override { m_edit.apply(db); }
    void revert(Database& db) override { m_edit.revert(db); }
    void refresh() override {
        if constexpr (requires { Edit::kRefresh; })
            refreshOnly(session(), Edit::kRefresh);
        else
            EditCommandBase::refresh();
    }
    Edit m_edit;
};

} // namespace cartera
