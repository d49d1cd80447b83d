#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/tasks/today_list.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace cartera {

class PortfolioSession;

// The first thing an account manager sees: their open tasks due today or overdue, grouped by
// kind, Pareto customers first, each with its reason; done, snooze and dismiss from the
// keyboard (D, S, Delete), Enter opens what the task is about.
class TodayView : public QWidget {
    Q_OBJECT
  public:
    explicit TodayView(PortfolioSession* session, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    // Re-reads the tasks (after an edit of a task, or the rules' run).
    void reloadTasks();

    QTreeView* tree() const { return m_tree; }
    QComboBox* ownerFilter() const { return m_owner; }
    const std::vector<TodayEntry>& entries() const { return m_list; }
    TodayCounts counts() const { return countToday(m_list); }
    // The task on the current row, if the row is a task.
    std::optional<TodayEntry> currentEntry() const;
    void selectTask(std::int64_t id);

    // The actions, callable from tests (the buttons and keys ask first, then call these).
    bool markDone();
    bool snooze(const QDate& until);
    bool dismiss(const QString& reason);
    bool addTask(const Task& task);
    void openCurrent();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  signals:
    // The counts of the list as shown: of one owner, or everyone's when owner is empty.
    void countsChanged(std::size_t dueToday, std::size_t overdue, const QString& owner);
    void openCustomer(std::uint32_t customer);
    void openCase(std::int64_t customerId);
    void openProspect(std::int64_t prospectId);

  private:
    void rebuild();
    bool change(const std::function<void(Task&)>& edit);
    void askSnooze();
    void askDismiss();
    void askNewTask();

    PortfolioSession* m_session;
    SnapshotPtr m_snapshot;
    std::vector<TodayEntry> m_all;  // every open task, with names and classes
    std::vector<TodayEntry> m_list; // what is shown
    QComboBox* m_owner;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QTreeView* m_tree;
};

} // namespace cartera
