#include "app/prospects/prospect_table_model.h"

#include "app/common/display_text.h"
#include "app/common/sheet_export.h"

#include <cmath>

namespace cartera {

ProspectTableModel::ProspectTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProspectTableModel::setProspects(std::vector<Prospect> prospects,
                                      std::vector<ProspectFit::Result> fits) {
    beginResetModel();
    m_rows = std::move(prospects);
    m_fits = std::move(fits);
    m_fits.resize(m_rows.size(), ProspectFit::Result{std::nan(""), {}});
    endResetModel();
}

int ProspectTableModel::rowOf(std::int64_t id) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return static_cast<int>(r);
    return -1;
}

int ProspectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProspectTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProspectTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ProspectFit::Result& fit = m_fits[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && (index.column() == Fit || index.column() == Why))
        return QString::fromStdString(fit.why);
    if (role == Qt::TextAlignmentRole && index.column() == Fit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == kSheetValueRole) {
        if (index.column() == Id)
            return static_cast<qlonglong>(prospect(index.row()).id);
        if (index.column() == Fit)
            return std::isnan(fit.score) ? QVariant(QString()) : QVariant(fit.score);
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    const Prospect& p = prospect(index.row());
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    switch (index.column()) {
    case Id:
        return static_cast<qlonglong>(p.id);
    case Name:
        return q(p.name);
    case Company:
        return q(p.company);
    case Source:
        return q(p.source);
    case ReferredBy:
        return q(p.referredBy);
    case Status:
        return prospectStatusText(p.status);
    case Customer:
        return q(p.customerId);
    case Fit:
        return std::isnan(fit.score) ? QString()
                                     : numberText(fit.score, 'f', 2) + QStringLiteral("×");
    case Why:
        return q(fit.why);
    }
    return {};
}

QVariant ProspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == kSheetKindRole)
        return static_cast<int>(section == Id    ? SheetColumnKind::Integer
                                : section == Fit ? SheetColumnKind::Number
                                                 : SheetColumnKind::Text);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[] = {tr("#"),      tr("Name"),     tr("Company"),
                              tr("Fit"),    tr("Source"),   tr("Referred by"),
                              tr("Status"), tr("Customer"), tr("Why it fits")};
    return titles[section];
}

} // namespace cartera
