#include "app/session/portfolio_session.h"

#include "app/common/error_message.h"
#include "app/session/work_pool.h"
#include "core/base/clock.h"
#include "report/locale_text.h"
#include "storage/storage_error.h"

#include <QCoreApplication>

namespace cartera {

PortfolioSession::PortfolioSession(QObject* parent) : QObject(parent), m_asOf(Clock::today()) {
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &PortfolioSession::finished);
}

PortfolioSession::~PortfolioSession() {
    cancel();
    m_watcher.waitForFinished();
}

QString PortfolioSession::path() const {
    return m_db ? QString::fromStdString(m_db->path()) : QString();
}

bool PortfolioSession::open(const QString& path, bool create) {
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path.toStdString(), create ? Database::OpenMode::CreateNew
                                                       : Database::OpenMode::OpenExisting);
    } catch (const std::exception& e) {
        emit failed(ErrorMessage::of(e));
        return false;
    }
    // The work of the old file is of no use: drop it, and wait for it only here, where the
    // connection it reads through is about to go.
    cancel();
    m_watcher.waitForFinished();
    m_pending = Work::None;
    m_db = std::move(db);
    m_undo.clear();
    m_snapshot.reset();
    m_opening = true;
    reload();
    return true;
}

void PortfolioSession::close() {
    cancel();
    m_watcher.waitForFinished();
    m_pending = Work::None;
    m_undo.clear();
    m_snapshot.reset();
    m_db.reset();
    emit snapshotChanged();
}

void PortfolioSession::setAsOf(Date asOf) {
    if (asOf == m_asOf && m_snapshot && m_snapshot->asOf() == asOf)
        return;
    m_asOf = asOf;
    request(Work::Recompute);
}

void PortfolioSession::reload() {
    if (!m_db)
        return;
    request(Work::Reload);
}

void PortfolioSession::request(Work work) {
    m_pending = std::max(m_pending, work);
    // Running until finished() has taken the result: a job done in its thread whose result
    // still waits in the event queue would be lost to a new setFuture (an edit's reload was).
    if (m_running == Work::None) {
        startNext();
        return;
    }
    // Outdated work stops early; what it had read stays valid only if it was no reload. Names
    // stay valid for every as-of date: only a reload stops their reading.
    if (m_running == Work::Names && work != Work::Reload)
        return;
    if (m_running <= work) {
        if (m_running == Work::Reload)
            m_pending = Work::Reload; // the edit it was loading must not be lost
        if (m_cancelled)
            *m_cancelled = true;
    }
}

void PortfolioSession::startNext() {
    const Work work = std::exchange(m_pending, Work::None);
    if (work == Work::None || !m_db)
        return;
    const Date asOf = m_asOf;
    const ListQuery list = m_listQuery;
    const std::string path = m_db->path();
    if (work == Work::Reload || !m_snapshot) {
        // Only a newly opened file shows its list before its names: after an edit, the old
        // snapshot stays on screen until the new one is whole.
        const std::size_t namesLaterFrom =
            std::exchange(m_opening, false) ? m_namesLaterFrom : static_cast<std::size_t>(-1);
        m_namesFailed = false;
        start(Work::Reload, tr("Loading %1").arg(QString::fromStdString(path)),
              [path, asOf, list, namesLaterFrom](const std::atomic_bool* cancelled) {
                  return buildSnapshot(path, asOf, list, cancelled, namesLaterFrom);
              });
    } else if (work == Work::Names) {
        const SnapshotPtr base = m_snapshot;
        start(Work::Names, tr("Reading the customers' names"),
              [base, path, list](const std::atomic_bool* cancelled) {
                  if (SnapshotPtr s = withNames(base, list))
                      return s;
                  // Another program changed the customers since the load: load again, whole.
                  return buildSnapshot(path, base->asOf(), list, cancelled);
              });
    } else if (work == Work::Recompute) {
        const SnapshotPtr base = m_snapshot;
        start(Work::Recompute, tr("Recomputing for %1").arg(dayText(asOf.days())),
              [base, asOf, list](const std::atomic_bool*) { return reanalyse(base, asOf, list); });
    } else {
        const SnapshotPtr base = m_snapshot;
        // The rules write tasks for today only: replaying a past day must not.
        const bool runRules = base->asOf() == Clock::today();
        start(Work::Flows, tr("Computing the flows of the last five years"),
              [base, runRules](const std::atomic_bool*) { return withFlows(base, runRules); });
    }
}

void PortfolioSession::start(Work work, const QString& what, Job job) {
    m_running = work;
    m_userCancelled = false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    emit busyChanged(true, what);
    m_watcher.setFuture(runInBackground([job, cancelled]() -> Result {
        try {
            SnapshotPtr s = job(cancelled.get());
            return {*cancelled ? nullptr : s, {}};
        } catch (const std::exception& e) {
            return {nullptr, ErrorMessage::of(e)};
        }
    }));
}

void PortfolioSession::cancel() {
    m_userCancelled = true;
    if (m_cancelled)
        *m_cancelled = true;
}

bool PortfolioSession::isIdle() const {
    return m_running == Work::None && m_pending == Work::None &&
           !(m_snapshot && !m_snapshot->hasNames() && !m_namesFailed) &&
           !(m_snapshot && !m_snapshot->flows && !m_snapshot->flowsCancelled);
}

void PortfolioSession::waitForIdle() {
    while (!isIdle()) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

void PortfolioSession::reportRuleTasks(const PortfolioSnapshot& s) {
    if (!s.ruleTasksError.isEmpty()) {
        // The next load runs the rules again; a status line is enough.
        emit message(tr("The rules' tasks could not be stored: %1").arg(s.ruleTasksError));
        return;
    }
    if (s.ruleTasksCreated == 0)
        return;
    emit tasksChanged();
    emit message(s.ruleTasksCreated == 1
                     ? tr("The rules added a task to the Today list.")
                     : tr("The rules added %1 tasks to the Today list.")
                           .arg(numberText(static_cast<qulonglong>(s.ruleTasksCreated))));
}

void PortfolioSession::replaceSnapshot(SnapshotPtr next) {
    SnapshotPtr previous = std::exchange(m_snapshot, std::move(next));
    emit snapshotChanged(); // the views let go of the previous one
    if (previous.use_count() == 1)
        workPool()->start([previous = std::move(previous)]() mutable {
            yieldToWindow();
            previous.reset();
        });
}

void PortfolioSession::finished() {
    const Result r = m_watcher.result();
    const Work ran = std::exchange(m_running, Work::None);
    emit busyChanged(false, QString());
    if (!r.error.isEmpty())
        emit failed(r.error);
    if (r.snapshot) {
        replaceSnapshot(r.snapshot);
        reportRuleTasks(*r.snapshot);
    } else if (ran == Work::Names) {
        // Every view needs the names: a cancel only delays them (a reload brings its own). A
        // failure was said once; asking again at once would only say it again.
        m_namesFailed = !r.error.isEmpty();
        if (!m_namesFailed && m_pending == Work::None && m_snapshot && !m_snapshot->hasNames())
            m_pending = Work::Names;
        else if (m_namesFailed && m_pending == Work::None && m_snapshot && !m_snapshot->flows)
            m_pending = Work::Flows;
    } else if (m_userCancelled && m_pending == Work::None && m_snapshot && !m_snapshot->flows) {
        // Cancelled by the person, not replaced by newer work: say so instead of "computing".
        auto copy = std::make_shared<PortfolioSnapshot>(*m_snapshot);
        copy->flowsCancelled = true;
        replaceSnapshot(std::move(copy));
    }
    if (m_pending == Work::None && r.snapshot && !r.snapshot->hasNames() && !m_namesFailed)
        m_pending = Work::Names;
    else if (m_pending == Work::None && r.snapshot && !r.snapshot->flows && ran != Work::Flows)
        m_pending = Work::Flows; // second phase: the flows of the last years, for the overview
    // A view that answered snapshotChanged with a new as-of date or an edit has started work.
    if (m_running == Work::None)
        startNext();
}

} // namespace cartera
