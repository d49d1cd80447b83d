#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/recovery/recovery_report.h"

#include <QAbstractTableModel>

namespace cartera {

// The recovery queue, in priority order.
class RecoveryQueueModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Rank,
        Id,
        Name,
        Owner,
        Pareto,
        LostSince,
        AtStake,
        Cost,
        Case,
        State,
        Reason,
        ColumnCount
    };
    explicit RecoveryQueueModel(QObject* parent = nullptr);
    // The queue is shared with the view while no filter narrows it (half a million lost
    // customers' lines are 20 MB).
    void setQueue(CustomerLabels labels,
                  std::shared_ptr<const std::vector<RecoveryQueueEntry>> queue);
    const RecoveryQueueEntry& entry(int row) const {
        return (*m_queue)[static_cast<std::size_t>(row)];
    }
    const RecoveryCase* caseOf(const RecoveryQueueEntry& e) const;
    // The database id of the customer on a row: stable across snapshots, unlike row numbers.
    std::int64_t customerIdAt(int row) const;
    int rowOfCustomerId(std::int64_t id) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    CustomerLabels m_labels;
    std::shared_ptr<const std::vector<RecoveryQueueEntry>> m_queue =
        std::make_shared<const std::vector<RecoveryQueueEntry>>();
};

} // namespace cartera
