#pragma once

class QUndoStack;
class QWidget;

namespace cartera {

// Ctrl+Z and Ctrl+Shift+Z in a secondary window (a customer's) undo and redo the portfolio's
// edits, as in the main window. A text field keeps its own undo while it has typing to undo;
// once it has none (just saved, say) the keys reach the portfolio's edits.
void addWindowUndo(QWidget& window, QUndoStack& stack);

} // namespace cartera
