#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/customers/customer_query.h"

#include <QAbstractTableModel>
#include <vector>

namespace cartera {

// The customer list over the columnar snapshot: rows are customer indices, filtered and sorted
// by the core's CustomerQuery, so that a million customers cost four bytes each here.
class CustomerTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int kCustomerIndexRole = Qt::UserRole + 1;

    explicit CustomerTableModel(QObject* parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);
    void setFilter(const CustomerFilter& filter);
    const CustomerSort& currentSort() const { return m_sort; }
    const CustomerFilter& filter() const { return m_filter; }
    std::uint32_t customerAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

  signals:
    // The filter or the sort changed: the next snapshot should come with these rows.
    void queryChanged();

  private:
    QVariant sheetValue(const QModelIndex& index) const;
    void refilter(bool incremental);

    SnapshotPtr m_snapshot;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    std::vector<std::uint32_t> m_rows;
};

} // namespace cartera
