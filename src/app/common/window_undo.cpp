#include "app/common/window_undo.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QWidget>

namespace cartera {

namespace {

// Lets Undo and Redo shortcuts past a text field that has nothing of its own to undo or redo.
class TextUndoPassThrough : public QObject {
  public:
    using QObject::QObject;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            return false;
        bool own = true;
        if (const auto* line = qobject_cast<QLineEdit*>(watched))
            own = undo ? line->isUndoAvailable() : line->isRedoAvailable();
        else if (const auto* text = qobject_cast<QPlainTextEdit*>(watched))
            own = undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable();
        // Swallowing the override leaves the key to the window's shortcut.
        return !own;
    }
};

} // namespace

void addWindowUndo(QWidget& window, QUndoStack& stack) {
    QAction* undo = stack.createUndoAction(&window);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    QAction* redo = stack.createRedoAction(&window);
    redo->setShortcuts(QKeySequence::Redo); // Ctrl+Y and Ctrl+Shift+Z alike
    redo->setShortcutContext(Qt::WindowShortcut);
    window.addAction(undo);
    window.addAction(redo);
    auto* filter = new TextUndoPassThrough(&window);
    for (QLineEdit* edit : window.findChildren<QLineEdit*>())
        edit->installEventFilter(filter);
    for (QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>())
        edit->installEventFilter(filter);
}

} // namespace cartera
