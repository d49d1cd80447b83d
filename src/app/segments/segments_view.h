#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/customers/customer_query.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cartera {

class HeatmapWidget;

// Who the customers are by value: the R x F grid, the RFM segments and the reward tiers with
// their rewards and movement; every count clicks through to its customers.
class SegmentsView : public QWidget {
    Q_OBJECT
  public:
    explicit SegmentsView(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    HeatmapWidget* grid() const { return m_grid; }
    QTableWidget* segmentTable() const { return m_segments; }
    QTableWidget* tierTable() const { return m_tiers; }
    // The customers of a segment (index) or tier (index, or -1 for none) as CSV.
    bool exportCustomers(const QString& path, const CustomerFilter& which,
                         QString* error = nullptr) const;

  signals:
    void showCustomers(const CustomerFilter& filter, const QString& title);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void refresh();
    void showGridCell(int row, int column);
    void exportChosen(bool tier);

    SnapshotPtr m_snapshot;
    SnapshotPtr m_pending; // the latest snapshot, shown when the view is
    bool m_stale = false;
    QLabel* m_headline;
    HeatmapWidget* m_grid;
    QTableWidget* m_segments;
    QTableWidget* m_tiers;
    QLabel* m_movement;
};

} // namespace cartera
