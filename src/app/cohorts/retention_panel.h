#pragma once

#include "app/session/portfolio_snapshot.h"
#include "app/session/view_task.h"
#include "core/customers/customer_query.h"
#include "core/value/retention_triangle.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace cartera {

class HeatmapWidget;

// The retention triangle as a heatmap: acquisition cohorts down, periods since acquisition
// across; a cell clicks through to the customers who bought in it.
class RetentionPanel : public QWidget {
    Q_OBJECT
  public:
    explicit RetentionPanel(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    void setPeriod(CohortPeriod period);
    void setRevenue(bool revenue);
    HeatmapWidget* heatmap() const { return m_heatmap; }
    std::shared_ptr<const RetentionTriangle> triangle() const { return m_triangle; }
    // The triangle as shown (shares or revenue retention) as CSV, as `cartera-cli retention`.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    void waitForIdle();

  signals:
    void showCustomers(const cartera::CustomerFilter& filter, const QString& title);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    std::optional<ViewTask<std::shared_ptr<const RetentionTriangle>>::Job> prepare();
    void showTriangle();

    SnapshotPtr m_snapshot;
    QComboBox* m_period;
    QCheckBox* m_revenue;
    QLabel* m_note;
    HeatmapWidget* m_heatmap;
    std::shared_ptr<const RetentionTriangle> m_triangle;
    ViewTask<std::shared_ptr<const RetentionTriangle>> m_task;
};

} // namespace cartera
