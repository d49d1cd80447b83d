#pragma once

#include "core/prospects/prospect.h"

#include <QAbstractTableModel>
#include <vector>

namespace cartera {

// The prospects list; a model rather than widget items so that 100,000 prospects stay quick.
class ProspectTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Id, Name, Company, Source, ReferredBy, Status, Customer, ColumnCount };
    explicit ProspectTableModel(QObject* parent = nullptr);
    void setProspects(std::vector<Prospect> prospects);
    const Prospect& prospect(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<Prospect> m_rows;
};

} // namespace cartera
