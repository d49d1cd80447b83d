#pragma once

#include "app/session/portfolio_editor.h"
#include "app/session/portfolio_snapshot.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUndoStack>
#include <atomic>
#include <functional>
#include <memory>

namespace cartera {

// The open portfolio: its database connection for edits, the undo stack, and the current
// snapshot. Loading and analysis run on a worker thread; `snapshotChanged` tells the views.
class PortfolioSession : public QObject {
    Q_OBJECT
  public:
    explicit PortfolioSession(QObject* parent = nullptr);
    ~PortfolioSession() override;

    // Opens (or, with create, creates) a portfolio; errors come back through `failed`.
    bool open(const QString& path, bool create = false);
    void close();
    QString path() const;

    Database* database() { return m_db.get(); }
    QUndoStack* undoStack() { return &m_undo; }
    // Every edit goes through here.
    PortfolioEditor* editor() { return &m_editor; }
    const SnapshotPtr& snapshot() const { return m_snapshot; }

    Date asOf() const { return m_asOf; }
    void setAsOf(Date asOf);
    // Re-reads the database after an edit and recomputes everything.
    void reload();
    void cancel();
    // The customer list's filter and sort, computed with every new snapshot.
    void setListQuery(const ListQuery& query) { m_listQuery = query; }
    // Blocks until the running load or analysis is done (tests and the benchmark).
    void waitForIdle();
    // Nothing running or waiting to run, and the names and the second phase are in.
    bool isIdle() const;
    // A portfolio of this many customers or more opens without its names, which follow (the
    // widest table takes longer to read than everything else).
    void setNamesLaterFrom(std::size_t customers) { m_namesLaterFrom = customers; }

  signals:
    void busyChanged(bool busy, const QString& what);
    void snapshotChanged();
    void failed(const QString& message);
    // A task was added or changed (by an edit or by the rules): the Today list reloads.
    void tasksChanged();
    // A campaign was created or removed: the Campaigns view reloads.
    void campaignsChanged();
    // Something worth a line in the status bar, not a dialog.
    void message(const QString& text);

  private:
    struct Result {
        SnapshotPtr snapshot;
        QString error;
    };
    using Job = std::function<SnapshotPtr(const std::atomic_bool* cancelled)>;
    // What the worker does, and what waits: a reload outranks a recompute, which outranks
    // reading the names, which outranks the flows of the second phase. Only one request waits;
    // the GUI thread never waits.
    enum class Work { None, Flows, Names, Recompute, Reload };
    void start(Work work, const QString& what, Job job);
    void startNext();
    void request(Work work);
    void finished();
    void reportRuleTasks(const PortfolioSnapshot& snapshot);
    // Makes `next` the snapshot every view shows, and frees the one it replaces on a worker:
    // a million customers' figures take the GUI thread tens of milliseconds to give back.
    void replaceSnapshot(SnapshotPtr next);

    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    PortfolioEditor m_editor{this};
    SnapshotPtr m_snapshot;
    Date m_asOf;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    Work m_running = Work::None;
    Work m_pending = Work::None;
    bool m_userCancelled = false;
    ListQuery m_listQuery;
    std::size_t m_namesLaterFrom = 200'000;
    bool m_opening = false;     // the next reload is the first of a newly opened file
    bool m_namesFailed = false; // reading the names failed: the flows go on without them
};

} // namespace cartera
