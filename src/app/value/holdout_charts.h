#pragma once

#include <QWidget>
#include <memory>

class QChartView;
class QLabel;

namespace cartera {

struct ClvReport;

// The holdout check of a lifetime-value model: the verdict, predicted against actual repeat
// purchases by how often customers bought before the holdout, and week by week.
class HoldoutCharts : public QWidget {
    Q_OBJECT
  public:
    explicit HoldoutCharts(QWidget* parent = nullptr);
    // A report computed with a holdout end; null clears the charts.
    void showReport(const std::shared_ptr<const ClvReport>& report);
    QString verdictText() const;

  private:
    QLabel* m_holdout;
    QChartView* m_buckets;
    QChartView* m_tracking;
};

} // namespace cartera
