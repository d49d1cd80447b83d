#pragma once

#include "app/session/portfolio_snapshot.h"
#include "app/session/view_task.h"
#include "core/recovery/recovery_report.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace cartera {

class PortfolioSession;
class RecoveryCaseEditor;
class RecoveryQueueModel;

// From "we lost them" to "won back or let go": the queue of lost customers by priority, the
// case editor with its attempts, and how recovery goes.
class RecoveryView : public QWidget {
    Q_OBJECT
  public:
    explicit RecoveryView(PortfolioSession* session, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    RecoveryQueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString metricsText() const;
    void selectRow(int row);
    // Shows the customer's row (its filters cleared if they hide it), now or once the queue
    // is computed.
    void selectCustomer(std::int64_t customerId);
    void waitForIdle();

    // The actions of the buttons, callable from tests.
    bool openCasesForSelection();
    bool saveCase();
    bool verify();
    bool addAttempt(const QString& channel, const QString& outcome, const QString& note);
    bool winBack();
    bool letGo(const QString& reason);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    std::int32_t stepDay() const;
    std::optional<ViewTask<std::vector<RecoveryQueueEntry>>::Job> prepare();
    void applyFilters();
    void showCase();
    std::optional<RecoveryCase> currentCase() const;
    RecoveryCase withFields(RecoveryCase c) const;
    // Runs one edit of the current case; a refused one is reported and returns false.
    bool change(const std::function<void(const RecoveryCase&)>& edit);
    void fail(const QString& message);

    PortfolioSession* m_session;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const std::vector<RecoveryQueueEntry>> m_queue =
        std::make_shared<const std::vector<RecoveryQueueEntry>>();
    std::int64_t m_pendingCustomer = 0;
    RecoveryQueueModel* m_model;
    QTableView* m_table;
    QComboBox* m_ownerFilter;
    QComboBox* m_stateFilter;
    QComboBox* m_reasonFilter;
    QLabel* m_metrics;
    QChartView* m_chart;
    QLabel* m_noLosses;
    RecoveryCaseEditor* m_editor;
    std::int64_t m_shownCaseId = 0; // the case whose fields the editor holds
    ViewTask<std::vector<RecoveryQueueEntry>> m_task;
};

} // namespace cartera
