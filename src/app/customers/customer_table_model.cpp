#include "app/customers/customer_table_model.h"

#include "app/common/display_text.h"
#include "app/common/palette_colors.h"
#include "app/common/sheet_export.h"
#include "app/session/work_pool.h"

#include <QDate>
#include <QGuiApplication>
#include <cmath>

namespace cartera {

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

bool CustomerTableModel::waitsForNames() const {
    return m_snapshot && !m_snapshot->hasNames() && readsDirectory(m_filter, m_sort);
}

bool CustomerTableModel::offThread() const {
    return m_snapshot && m_snapshot->portfolio.customerCount() >= m_offThreadFrom;
}

void CustomerTableModel::startJob(bool sortOnly) {
    const std::uint64_t generation = ++m_generation;
    const SnapshotPtr s = m_snapshot;
    const CustomerFilter filter = m_filter;
    const CustomerSort order = m_sort;
    std::vector<std::uint32_t> rows = sortOnly ? m_rows : std::vector<std::uint32_t>{};
    m_busy = true;
    // A watcher per job: its result is matched to its request by the generation.
    auto* watcher = new QFutureWatcher<std::vector<std::uint32_t>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, sortOnly] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request or snapshot replaced it
        m_busy = false;
        if (sortOnly) {
            applySorted(watcher->result());
        } else {
            beginResetModel();
            m_rows = watcher->result();
            endResetModel();
        }
        emit busyChanged();
    });
    watcher->setFuture(
        runInBackground([s, filter, order, sortOnly, rows = std::move(rows)]() mutable {
            const CustomerQuery q(s->portfolio, s->directory(), s->metrics, s->value.get());
            if (!sortOnly)
                rows = q.filter(filter);
            q.sort(rows, order);
            return rows;
        }));
    emit busyChanged();
}

void CustomerTableModel::setSnapshot(SnapshotPtr snapshot) {
    ++m_generation; // what was computing was for the previous snapshot
    m_busy = false;
    // Rows of the same loaded data name the same customers: they can stay on screen while
    // the new ones are computed.
    const bool sameCustomers = m_snapshot && snapshot && m_snapshot->data == snapshot->data;
    beginResetModel();
    m_snapshot = std::move(snapshot);
    if (!sameCustomers)
        m_rows.clear();
    if (m_snapshot && m_snapshot->list && m_snapshot->list->filter == m_filter &&
        m_snapshot->list->sort == m_sort) {
        m_rows = m_snapshot->list->rows; // filtered and sorted by the worker
    } else if (m_snapshot && !waitsForNames()) {
        if (offThread()) {
            endResetModel();
            startJob(false);
            return;
        }
        const CustomerQuery q(m_snapshot->portfolio, m_snapshot->directory(), m_snapshot->metrics,
                              m_snapshot->value.get());
        m_rows = q.filter(m_filter);
        q.sort(m_rows, m_sort);
    }
    endResetModel();
    emit busyChanged();
}

void CustomerTableModel::setFilter(const CustomerFilter& filter) {
    if (filter == m_filter)
        return; // the rows already answer it
    const bool incremental = filter.narrows(m_filter);
    m_filter = filter;
    refilter(incremental);
    emit queryChanged();
}

void CustomerTableModel::refilter(bool incremental) {
    if (!m_snapshot)
        return;
    if (waitsForNames()) {
        ++m_generation; // a job for an earlier filter must not land
        m_busy = false;
        emit busyChanged();
        return;
    }
    // Narrowing the rows on screen is cheap; rows still being computed are no base for it.
    if (offThread() && (m_busy || !incremental || m_rows.size() >= m_offThreadFrom)) {
        startJob(false);
        return;
    }
    beginResetModel();
    const CustomerQuery q(m_snapshot->portfolio, m_snapshot->directory(), m_snapshot->metrics,
                          m_snapshot->value.get());
    // Narrowing keeps the order: filter the sorted rows and skip sorting again.
    if (incremental) {
        m_rows = q.filter(m_filter, &m_rows);
    } else {
        m_rows = q.filter(m_filter);
        q.sort(m_rows, m_sort);
    }
    endResetModel();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kCustomerColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!m_snapshot || !index.isValid() || index.row() >= rowCount())
        return {};
    const std::uint32_t i = m_rows[static_cast<std::size_t>(index.row())];
    const auto& s = *m_snapshot;
    const auto& m = s.metrics;
    const CustomerStatus& st = m.status[i];
    const auto column = static_cast<CustomerColumn>(index.column());
    if (role == kCustomerIndexRole)
        return QVariant::fromValue(i);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case CustomerColumn::Purchases:
        case CustomerColumn::Revenue12m:
        case CustomerColumn::RevenueAll:
        case CustomerColumn::ParetoRank:
        case CustomerColumn::PAlive:
        case CustomerColumn::Clv:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::BackgroundRole && column == CustomerColumn::ParetoClass) {
        const QColor c = paretoClassColor(m.paretoClassOf(i), QGuiApplication::palette());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ForegroundRole && column == CustomerColumn::Name && !s.hasNames())
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole && column == CustomerColumn::Activity && st.inPortfolio &&
        st.activity != Activity::Active)
        return activityColor(st.activity, QGuiApplication::palette());
    if (role == kSheetValueRole)
        return sheetValue(index);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const int digits = s.settings.minorDigits;
    switch (column) {
    case CustomerColumn::Id:
        return QString::fromUtf8(s.portfolio.externalId[i]);
    case CustomerColumn::Name:
        // An ellipsis, not a blank: the name is coming.
        return s.hasNames() ? QString::fromUtf8(s.directory().name[i]) : QStringLiteral("…");
    case CustomerColumn::Company:
        return s.hasNames() ? QString::fromUtf8(s.directory().company[i]) : QString();
    case CustomerColumn::Owner:
        return s.hasNames() ? QString::fromUtf8(s.directory().owner[i]) : QString();
    case CustomerColumn::Stage:
        return st.inPortfolio ? stageText(st.stage) : tr("not yet");
    case CustomerColumn::Activity:
        return st.inPortfolio ? activityText(st.activity) : QString();
    case CustomerColumn::FirstPurchase:
        return dayText(st.firstPurchase);
    case CustomerColumn::LastPurchase:
        return dayText(st.lastPurchase);
    case CustomerColumn::Purchases:
        return m.purchaseCount[i];
    case CustomerColumn::Revenue12m:
        return moneyText(m.revenue12m[i], digits);
    case CustomerColumn::RevenueAll:
        return moneyText(m.revenueAll[i], digits);
    case CustomerColumn::ParetoClass:
        return QString::fromUtf8(
            paretoClassName(m.paretoClassOf(i)).data(),
            static_cast<qsizetype>(paretoClassName(m.paretoClassOf(i)).size()));
    case CustomerColumn::ParetoRank:
        return m.paretoRank[i] ? QVariant(m.paretoRank[i]) : QVariant(QString());
    case CustomerColumn::RfmScore: {
        if (!s.value || s.value->rfm.entryOf[i] == kNotScored)
            return QString();
        const auto& e = s.value->rfm.entries[s.value->rfm.entryOf[i]];
        return QStringLiteral("%1%2%3").arg(e.r).arg(e.f).arg(e.m);
    }
    case CustomerColumn::Segment: {
        if (!s.value)
            return QString();
        const int segment = s.value->segmentOf(i);
        return segment < 0 ? QString()
                           : segmentText(s.value->settings.segments.segmentName(
                                 static_cast<std::size_t>(segment)));
    }
    case CustomerColumn::Tier:
        return s.value ? tierText(s.value->settings.tiers.nameOf(s.value->tiers.entries[i].tier))
                       : QString();
    case CustomerColumn::PAlive:
        if (!s.value || !s.value->clv.usable() || std::isnan(s.value->clv.pAlive[i]))
            return QString();
        return QString::number(static_cast<double>(s.value->clv.pAlive[i]), 'f', 2);
    case CustomerColumn::Clv:
        if (!s.value || !s.value->clv.usable() || std::isnan(s.value->clv.clv[i]))
            return QString();
        return moneyText(static_cast<Cents>(std::llround(s.value->clv.clv[i])), digits);
    }
    return {};
}

QVariant CustomerTableModel::sheetValue(const QModelIndex& index) const {
    const std::uint32_t i = m_rows[static_cast<std::size_t>(index.row())];
    const auto& s = *m_snapshot;
    const auto& m = s.metrics;
    const CustomerStatus& st = m.status[i];
    const auto day = [](std::int32_t d) {
        if (d == kNoDay)
            return QVariant();
        const Ymd ymd = Date::fromDays(d).ymd();
        return QVariant(QDate(ymd.year, ymd.month, ymd.day));
    };
    switch (static_cast<CustomerColumn>(index.column())) {
    case CustomerColumn::FirstPurchase:
        return day(st.firstPurchase);
    case CustomerColumn::LastPurchase:
        return day(st.lastPurchase);
    case CustomerColumn::Purchases:
        return static_cast<qlonglong>(m.purchaseCount[i]);
    case CustomerColumn::Revenue12m:
        return static_cast<qlonglong>(m.revenue12m[i]);
    case CustomerColumn::RevenueAll:
        return static_cast<qlonglong>(m.revenueAll[i]);
    case CustomerColumn::ParetoRank:
        return m.paretoRank[i] ? QVariant(static_cast<qlonglong>(m.paretoRank[i])) : QVariant();
    case CustomerColumn::PAlive:
        if (!s.value || !s.value->clv.usable() || std::isnan(s.value->clv.pAlive[i]))
            return {};
        return static_cast<double>(s.value->clv.pAlive[i]);
    case CustomerColumn::Clv:
        if (!s.value || !s.value->clv.usable() || std::isnan(s.value->clv.clv[i]))
            return {};
        return static_cast<qlonglong>(std::llround(s.value->clv.clv[i]));
    default:
        return data(index, Qt::DisplayRole);
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == kSheetKindRole) {
        switch (static_cast<CustomerColumn>(section)) {
        case CustomerColumn::FirstPurchase:
        case CustomerColumn::LastPurchase:
            return static_cast<int>(SheetColumnKind::Date);
        case CustomerColumn::Purchases:
        case CustomerColumn::ParetoRank:
            return static_cast<int>(SheetColumnKind::Integer);
        case CustomerColumn::Revenue12m:
        case CustomerColumn::RevenueAll:
        case CustomerColumn::Clv:
            return static_cast<int>(SheetColumnKind::Money);
        case CustomerColumn::PAlive:
            return static_cast<int>(SheetColumnKind::Number);
        default:
            return static_cast<int>(SheetColumnKind::Text);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<CustomerColumn>(section)) {
    case CustomerColumn::Id:
        return tr("Id");
    case CustomerColumn::Name:
        return tr("Name");
    case CustomerColumn::Company:
        return tr("Company");
    case CustomerColumn::Owner:
        return tr("Owner");
    case CustomerColumn::Stage:
        return tr("Stage");
    case CustomerColumn::Activity:
        return tr("Activity");
    case CustomerColumn::FirstPurchase:
        return tr("First purchase");
    case CustomerColumn::LastPurchase:
        return tr("Last purchase");
    case CustomerColumn::Purchases:
        return tr("Purchases");
    case CustomerColumn::Revenue12m:
        return tr("Revenue 12 m");
    case CustomerColumn::RevenueAll:
        return tr("Revenue all time");
    case CustomerColumn::ParetoClass:
        return tr("Class");
    case CustomerColumn::ParetoRank:
        return tr("Rank");
    case CustomerColumn::RfmScore:
        return tr("RFM");
    case CustomerColumn::Segment:
        return tr("Segment");
    case CustomerColumn::Tier:
        return tr("Tier");
    case CustomerColumn::PAlive:
        return tr("P(alive)");
    case CustomerColumn::Clv:
        return tr("Lifetime value");
    }
    return {};
}

void CustomerTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= kCustomerColumnCount)
        return;
    m_sort = {static_cast<CustomerColumn>(column), order == Qt::DescendingOrder};
    emit queryChanged();
    if (!m_snapshot)
        return;
    if (waitsForNames()) {
        ++m_generation;
        m_busy = false;
        emit busyChanged();
        return;
    }
    if (offThread()) {
        // Rows still being filtered are sorted by that job when it is redone.
        startJob(!m_busy);
        return;
    }
    const CustomerQuery q(m_snapshot->portfolio, m_snapshot->directory(), m_snapshot->metrics,
                          m_snapshot->value.get());
    std::vector<std::uint32_t> rows = m_rows;
    q.sort(rows, m_sort);
    applySorted(std::move(rows));
}

void CustomerTableModel::applySorted(std::vector<std::uint32_t> rows) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> customers;
    for (const QModelIndex& idx : before)
        customers.push_back(m_rows[static_cast<std::size_t>(idx.row())]);
    m_rows = std::move(rows);
    // Persistent indexes (the selection) follow their customers; they are few.
    if (!before.isEmpty()) {
        std::vector<int> rowOf(m_snapshot->portfolio.customerCount(), -1);
        for (std::size_t r = 0; r < m_rows.size(); ++r)
            rowOf[m_rows[r]] = static_cast<int>(r);
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after.push_back(
                index(rowOf[customers[static_cast<std::size_t>(k)]], before[k].column()));
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cartera
