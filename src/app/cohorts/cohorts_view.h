#pragma once

#include "app/session/portfolio_snapshot.h"
#include "app/session/view_task.h"
#include "core/customers/customer_query.h"
#include "core/flow/cohort_flow.h"
#include "core/flow/flow_health.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QChartView;

namespace cartera {

class FlowChartWidget;
class RetentionPanel;

// How customers moved between two dates, and stage counts over time, for a marketing lead.
class CohortsView : public QWidget {
    Q_OBJECT
  public:
    explicit CohortsView(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    void setRange(Date from, Date to);

    FlowChartWidget* chart() const { return m_chart; }
    RetentionPanel* retention() const { return m_retention; }
    QString summaryText() const;
    QString warningsText() const;
    Date rangeStart() const;
    Date rangeEnd() const;
    void waitForIdle();

  signals:
    void showCustomers(const cartera::CustomerFilter& filter, const QString& title);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    struct Result {
        CohortFlow flow;
        std::vector<FlowState> before;
        std::vector<FlowState> after;
        std::vector<CohortFlow> series;
        std::vector<FlowWarning> warnings;
    };
    std::optional<ViewTask<Result>::Job> prepare();
    void showResult(const Result& r);

    SnapshotPtr m_snapshot;
    Date m_rangeStart; // the range this view chose itself, to tell it from the user's
    Date m_rangeEnd;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_step;
    FlowChartWidget* m_chart;
    QChartView* m_stages;
    QLabel* m_summary;
    QLabel* m_warnings;
    RetentionPanel* m_retention;
    std::shared_ptr<Result> m_result;
    ViewTask<Result> m_task;
};

} // namespace cartera
