#include "app/recovery/recovery_queue_model.h"

#include "app/common/display_text.h"
#include "app/common/palette_colors.h"
#include "app/common/sheet_export.h"

#include <QDate>
#include <QGuiApplication>

namespace cartera {

RecoveryQueueModel::RecoveryQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecoveryQueueModel::setQueue(CustomerLabels labels,
                                  std::shared_ptr<const std::vector<RecoveryQueueEntry>> queue) {
    beginResetModel();
    m_labels = std::move(labels);
    m_queue = std::move(queue);
    endResetModel();
}

const RecoveryCase* RecoveryQueueModel::caseOf(const RecoveryQueueEntry& e) const {
    if (!m_labels.data || e.caseId == 0)
        return nullptr;
    for (const RecoveryCase& c : m_labels.data->cases)
        if (c.id == e.caseId)
            return &c;
    return nullptr;
}

std::int64_t RecoveryQueueModel::customerIdAt(int row) const {
    return m_labels.portfolio().customerId[entry(row).customer];
}

int RecoveryQueueModel::rowOfCustomerId(std::int64_t id) const {
    for (std::size_t r = 0; r < m_queue->size(); ++r)
        if (m_labels.portfolio().customerId[(*m_queue)[r].customer] == id)
            return static_cast<int>(r);
    return -1;
}

int RecoveryQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_queue->size());
}

int RecoveryQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecoveryQueueModel::data(const QModelIndex& index, int role) const {
    if (!m_labels.data || !index.isValid() || index.row() >= rowCount())
        return {};
    const RecoveryQueueEntry& e = entry(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == AtStake || index.column() == Cost || index.column() == Rank
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && e.pareto)
        return paretoClassColor(ParetoClass::A, QGuiApplication::palette());
    // Spreadsheets get numbers, money in minor units and days as dates.
    if (role == kSheetValueRole) {
        switch (index.column()) {
        case Rank:
            return static_cast<qlonglong>(index.row() + 1);
        case LostSince: {
            if (e.lostDay == kNoDay)
                return QString();
            const Ymd d = Date::fromDays(e.lostDay).ymd();
            return QDate(d.year, d.month, d.day);
        }
        case AtStake:
            return static_cast<qlonglong>(e.valueAtStake);
        case Cost:
            return static_cast<qlonglong>(e.expectedCost);
        case Case:
            return e.caseId ? QVariant(static_cast<qlonglong>(e.caseId)) : QVariant(QString());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const int digits = m_labels.minorDigits();
    const RecoveryCase* c = caseOf(e);
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Id:
        return QString::fromUtf8(m_labels.externalId(e.customer));
    case Name:
        return QString::fromUtf8(m_labels.nameOf(e.customer));
    case Owner:
        return QString::fromUtf8(m_labels.ownerOf(e.customer));
    case Pareto:
        return e.pareto ? QStringLiteral("A") : QString();
    case LostSince:
        return dayText(e.lostDay);
    case AtStake:
        return moneyText(e.valueAtStake, digits);
    case Cost:
        return moneyText(e.expectedCost, digits);
    case Case:
        return e.caseId ? QVariant(static_cast<qlonglong>(e.caseId)) : QVariant(QString());
    case State:
        return e.caseId ? recoveryStateText(e.state) : tr("no case");
    case Reason:
        return c ? lossReasonText(c->reason) : QString();
    }
    return {};
}

QVariant RecoveryQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == kSheetKindRole) {
        switch (section) {
        case Rank:
        case Case:
            return static_cast<int>(SheetColumnKind::Integer);
        case LostSince:
            return static_cast<int>(SheetColumnKind::Date);
        case AtStake:
        case Cost:
            return static_cast<int>(SheetColumnKind::Money);
        default:
            return static_cast<int>(SheetColumnKind::Text);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[] = {tr("#"),      tr("Id"),         tr("Name"),     tr("Owner"),
                              tr("Pareto"), tr("Lost since"), tr("At stake"), tr("Cost"),
                              tr("Case"),   tr("State"),      tr("Reason")};
    return titles[section];
}

} // namespace cartera
