#pragma once

#include "app/session/portfolio_snapshot.h"
#include "app/session/view_task.h"
#include "core/pareto/pareto_report.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableView;

namespace cartera {

class ParetoTableModel;

// The Pareto report: window and cut, the curve, the headline figures, the ranking with class
// colours and the customers just below the cut; export to CSV and copy.
class ParetoView : public QWidget {
    Q_OBJECT
  public:
    explicit ParetoView(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    void setWindow(const RevenueWindow& window);
    void setCut(double percent);
    // Writes the same bytes as `cartera-cli pareto --csv FILE` with the same settings.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    void copySelection() const;

    std::shared_ptr<const ParetoReport> report() const { return m_report; }
    QString headline() const;
    QTableView* table() const { return m_table; }
    void waitForIdle();

  signals:
    // A row of the ranking or a promotion candidate was opened (Enter or double-click).
    void openCustomer(std::uint32_t customer);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    std::optional<ViewTask<std::shared_ptr<const ParetoReport>>::Job> prepare();
    void showReport(std::shared_ptr<const ParetoReport> report);
    RevenueWindow chosenWindow() const;
    Ratio cut() const;

    SnapshotPtr m_snapshot;
    std::shared_ptr<const ParetoReport> m_report;
    QComboBox* m_window;
    QSpinBox* m_days;
    QDoubleSpinBox* m_cut;
    QLabel* m_headline;
    QChartView* m_curve;
    ParetoTableModel* m_model;
    QTableView* m_table;
    QListWidget* m_candidates;
    ViewTask<std::shared_ptr<const ParetoReport>> m_task;
};

} // namespace cartera
