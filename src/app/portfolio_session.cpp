#include "portfolio_session.h"

#include "core/clock.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

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
    cancel();
    m_watcher.waitForFinished();
    try {
        m_db = Database::open(path.toStdString(), create ? Database::OpenMode::CreateNew
                                                         : Database::OpenMode::OpenExisting);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        return false;
    }
    m_undo.clear();
    m_snapshot.reset();
    reload();
    return true;
}

void PortfolioSession::close() {
    cancel();
    m_watcher.waitForFinished();
    m_undo.clear();
    m_snapshot.reset();
    m_db.reset();
    emit snapshotChanged();
}

void PortfolioSession::setAsOf(Date asOf) {
    if (asOf == m_asOf && m_snapshot && m_snapshot->asOf() == asOf)
        return;
    m_asOf = asOf;
    if (!m_snapshot) {
        reload();
        return;
    }
    const SnapshotPtr base = m_snapshot;
    start(tr("Recomputing for %1").arg(QString::fromStdString(asOf.toIso())),
          [base, asOf, list = m_listQuery](const std::atomic_bool*) {
              return reanalyse(base, asOf, list);
          });
}

void PortfolioSession::reload() {
    if (!m_db)
        return;
    if (m_watcher.isRunning()) {
        // An edit landed while a computation runs: compute again once it is done.
        m_reloadPending = true;
        return;
    }
    const std::string path = m_db->path();
    const Date asOf = m_asOf;
    start(tr("Loading %1").arg(QString::fromStdString(path)),
          [path, asOf, list = m_listQuery](const std::atomic_bool* cancelled) {
              return buildSnapshot(path, asOf, list, cancelled);
          });
}

void PortfolioSession::start(const QString& what, Job job) {
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    emit busyChanged(true, what);
    m_watcher.setFuture(QtConcurrent::run([job, cancelled]() -> Result {
        try {
            SnapshotPtr s = job(cancelled.get());
            return {*cancelled ? nullptr : s, {}};
        } catch (const std::exception& e) {
            return {nullptr, QString::fromStdString(e.what())};
        }
    }));
}

void PortfolioSession::cancel() {
    if (m_cancelled)
        *m_cancelled = true;
}

void PortfolioSession::waitForIdle() {
    while (m_watcher.isRunning() || m_reloadPending || (m_snapshot && !m_snapshot->flows)) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

void PortfolioSession::finished() {
    const Result r = m_watcher.result();
    const SnapshotPtr& result = r.snapshot;
    const QString& error = r.error;
    emit busyChanged(false, QString());
    if (!error.isEmpty())
        emit failed(error);
    if (result) {
        m_snapshot = result;
        emit snapshotChanged();
    }
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
    } else if (result && !result->flows) {
        // Second phase: the flows of the last years, for the overview.
        const SnapshotPtr base = result;
        start(tr("Computing the flows of the last five years"),
              [base](const std::atomic_bool*) { return withFlows(base); });
    }
}

} // namespace cartera
