#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/pareto/pareto_report.h"

#include <QAbstractTableModel>

namespace cartera {

// The ranked customers of one Pareto report.
class ParetoTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Rank, Id, Name, Revenue, Share, Cumulative, CustomerShare, Class, ColumnCount };
    // The value as a spreadsheet should read it: plain numbers (1234.56, percentages as 12.34)
    // and text as it is.
    static constexpr int RawRole = Qt::UserRole + 1;
    explicit ParetoTableModel(QObject* parent = nullptr);
    void setReport(CustomerLabels labels, std::shared_ptr<const ParetoReport> report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    CustomerLabels m_labels;
    std::shared_ptr<const ParetoReport> m_report;
};

} // namespace cartera
