#pragma once

#include "core/prospects/prospect.h"
#include "core/prospects/prospect_fit.h"

#include <QAbstractTableModel>
#include <vector>

namespace cartera {

// The prospects list; a model rather than widget items so that 100,000 prospects stay quick.
class ProspectTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Id, Name, Company, Fit, Source, ReferredBy, Status, Customer, Why, ColumnCount };
    explicit ProspectTableModel(QObject* parent = nullptr);
    // With each prospect's fit (as many as prospects, or none).
    void setProspects(std::vector<Prospect> prospects, std::vector<ProspectFit::Result> fits = {});
    const Prospect& prospect(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<Prospect> m_rows;
    std::vector<ProspectFit::Result> m_fits;
};

} // namespace cartera
