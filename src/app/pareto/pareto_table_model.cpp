#include "app/pareto/pareto_table_model.h"

#include "app/common/display_text.h"
#include "app/common/palette_colors.h"
#include "app/common/sheet_export.h"

#include <QGuiApplication>

namespace cartera {

ParetoTableModel::ParetoTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParetoTableModel::setReport(CustomerLabels labels,
                                 std::shared_ptr<const ParetoReport> report) {
    beginResetModel();
    m_labels = std::move(labels);
    m_report = std::move(report);
    endResetModel();
}

int ParetoTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_report ? 0 : static_cast<int>(m_report->rankedCount());
}

int ParetoTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParetoTableModel::data(const QModelIndex& index, int role) const {
    if (!m_report || !index.isValid() || index.row() >= rowCount())
        return {};
    const auto rank = static_cast<std::size_t>(index.row()) + 1;
    const ParetoEntry& e = m_report->entries()[rank - 1];
    const ParetoClass cls = m_report->classOfRank(rank);
    if (role == Qt::BackgroundRole)
        return paretoClassColor(cls, QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id || index.column() == Name || index.column() == Class
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == kSheetValueRole) {
        switch (index.column()) {
        case Rank:
            return static_cast<qlonglong>(rank);
        case Revenue:
            return static_cast<qlonglong>(e.revenue);
        case Share:
            return m_report->share(rank);
        case Cumulative:
            return m_report->cumulativeShare(rank);
        case CustomerShare:
            return m_report->cumulativeCustomerShare(rank);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == RawRole) {
        const auto percent = [](double share) { return QString::number(share * 100.0, 'f', 4); };
        switch (index.column()) {
        case Revenue:
            return QString::fromStdString(
                formatMoney(e.revenue, {".", "", m_labels.minorDigits()}));
        case Share:
            return percent(m_report->share(rank));
        case Cumulative:
            return percent(m_report->cumulativeShare(rank));
        case CustomerShare:
            return percent(m_report->cumulativeCustomerShare(rank));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return static_cast<qulonglong>(rank);
    case Id:
        return QString::fromUtf8(m_labels.externalId(e.customer));
    case Name:
        return QString::fromUtf8(m_labels.nameOf(e.customer));
    case Revenue:
        return moneyText(e.revenue, m_labels.minorDigits());
    case Share:
        return percentText(m_report->share(rank), 2);
    case Cumulative:
        return percentText(m_report->cumulativeShare(rank), 2);
    case CustomerShare:
        return percentText(m_report->cumulativeCustomerShare(rank), 2);
    case Class:
        return QString::fromUtf8(paretoClassName(cls).data(),
                                 static_cast<qsizetype>(paretoClassName(cls).size()));
    }
    return {};
}

QVariant ParetoTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == kSheetKindRole) {
        switch (section) {
        case Rank:
            return static_cast<int>(SheetColumnKind::Integer);
        case Revenue:
            return static_cast<int>(SheetColumnKind::Money);
        case Share:
        case Cumulative:
        case CustomerShare:
            return static_cast<int>(SheetColumnKind::Percent);
        default:
            return static_cast<int>(SheetColumnKind::Text);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Id:
        return tr("Id");
    case Name:
        return tr("Name");
    case Revenue:
        return tr("Revenue");
    case Share:
        return tr("Share");
    case Cumulative:
        return tr("Cumulative");
    case CustomerShare:
        return tr("Customers");
    case Class:
        return tr("Class");
    }
    return {};
}

} // namespace cartera
