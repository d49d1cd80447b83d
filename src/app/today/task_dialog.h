#pragma once

#include "core/tasks/task.h"

#include <QCoreApplication>
#include <QDialog>
#include <string>
#include <vector>

class QComboBox;
class QDate;
class QDateEdit;
class QLineEdit;

namespace cartera {

class PortfolioSession;

// A task written by hand: what to do, when, whose, and what kind of work it is.
class TaskDialog : public QDialog {
    // No moc for this header (its includes trip moc's parser); it has no signals of its own.
    Q_DECLARE_TR_FUNCTIONS(TaskDialog)

  public:
    TaskDialog(const QString& about, const std::vector<std::string>& owners, const Task& task,
               QWidget* parent = nullptr);
    // The task with the form's fields.
    Task task() const;

    QLineEdit* textField() const { return m_text; }
    QDateEdit* dueField() const { return m_due; }

  private:
    Task m_task;
    QLineEdit* m_text;
    QDateEdit* m_due;
    QComboBox* m_owner;
    QComboBox* m_kind;
};

// Asks for a task about `about`; fills `task` and returns true when the person confirms.
bool askTask(QWidget* parent, const QString& about, const std::vector<std::string>& owners,
             Task& task);
// Asks for a new task about one subject (due on the as-of day, with the subject's owner) and
// adds it through the editor; a refusal is reported through the session. True when added.
bool addTaskByHand(QWidget* parent, PortfolioSession* session, const QString& about,
                   TaskSubject subject, std::int64_t subjectId, TaskKind kind,
                   const std::string& owner);
// Asks until when to snooze (a week by default).
bool askSnoozeDay(QWidget* parent, const QDate& today, QDate& until);

} // namespace cartera
