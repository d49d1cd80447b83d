#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/customers/customer_query.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
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

    // From this many customers on, a new filter or sort runs on a worker and the rows shown
    // until it is done are the previous ones (a million rows take a fifth of a second).
    void setOffThreadFrom(std::size_t customers) { m_offThreadFrom = customers; }
    // A filter or sort is being computed off the GUI thread.
    bool isBusy() const { return m_busy; }
    // The filter or sort needs the names, which the snapshot does not have yet: the rows
    // shown are the previous ones (none after opening) until a snapshot brings them.
    bool waitsForNames() const;

  signals:
    // The filter or the sort changed: the next snapshot should come with these rows.
    void queryChanged();
    // A filter or sort started off the GUI thread, or its rows are in.
    void busyChanged();

  private:
    QVariant sheetValue(const QModelIndex& index) const;
    void refilter(bool incremental);
    bool offThread() const;
    // Runs the current filter (or only the sort) on a worker; the newest request wins.
    void startJob(bool sortOnly);
    void applySorted(std::vector<std::uint32_t> rows);

    SnapshotPtr m_snapshot;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    std::vector<std::uint32_t> m_rows;
    std::size_t m_offThreadFrom = 200'000;
    std::uint64_t m_generation = 0; // of the newest request; older results are dropped
    bool m_busy = false;
};

} // namespace cartera
