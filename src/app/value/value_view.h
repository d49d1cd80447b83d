#pragma once

#include "app/session/portfolio_snapshot.h"
#include "app/session/view_task.h"
#include "core/value/clv_report.h"

#include <QWidget>
#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace cartera {

class HoldoutCharts;

// What customers are worth: the fitted models and whether to trust them, lifetime value by
// stage, segment, tier or acquisition year, its distribution, and the holdout check that
// compares the model's predictions with what happened.
class ValueView : public QWidget {
    Q_OBJECT
  public:
    explicit ValueView(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    void setCalibrationEnd(const QDate& day);
    void waitForIdle();

    QString fitText() const;
    QString holdoutText() const;
    QTableWidget* groupTable() const { return m_groups; }

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void refresh();
    void showGroups();
    void showDistribution();
    std::optional<ViewTask<std::shared_ptr<const ClvReport>>::Job> prepareHoldout();
    void showHoldout(std::shared_ptr<const ClvReport> report);

    SnapshotPtr m_snapshot;
    SnapshotPtr m_pending; // the latest snapshot, shown when the view is
    bool m_stale = false;
    QLabel* m_fit;
    QComboBox* m_groupBy;
    QTableWidget* m_groups;
    QChartView* m_distribution;
    QDateEdit* m_calibrationEnd;
    HoldoutCharts* m_holdoutCharts;
    ViewTask<std::shared_ptr<const ClvReport>> m_task;
};

} // namespace cartera
