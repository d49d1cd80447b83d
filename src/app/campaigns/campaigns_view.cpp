#include "app/campaigns/campaigns_view.h"

#include "app/campaigns/campaign_dialog.h"
#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/common/sheet_export.h"
#include "app/customers/customer_export.h"
#include "app/session/portfolio_session.h"
#include "core/customers/customer_list_filter.h"
#include "core/customers/customer_query.h"
#include "storage/campaign_repository.h"

#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace cartera {

namespace {

enum Column {
    Name,
    List,
    Channel,
    Start,
    Treated,
    Control,
    ResponseTreated,
    ResponseControl,
    ResponseUplift,
    RevenueUplift,
    Status,
    ColumnCount
};

QString pointsText(const std::optional<Interval>& i) {
    if (!i)
        return CampaignsView::tr("too few customers");
    auto p = [](double v) {
        return QStringLiteral("%1%2")
            .arg(v >= 0 ? QStringLiteral("+") : QString())
            .arg(v * 100, 0, 'f', 1);
    };
    return CampaignsView::tr("%1 pts [%2, %3]").arg(p(i->estimate), p(i->low), p(i->high));
}

QString moneyInterval(const std::optional<Interval>& i, int digits) {
    if (!i)
        return CampaignsView::tr("too few customers");
    auto m = [digits](double v) {
        const QString s = moneyText(static_cast<Cents>(std::llround(v)), digits);
        return v >= 0 ? QStringLiteral("+") + s : s;
    };
    return CampaignsView::tr("%1 [%2, %3]").arg(m(i->estimate), m(i->low), m(i->high));
}

} // namespace

CampaignsView::CampaignsView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_table(new QTableWidget), m_detail(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Each campaign holds out a random control group that is not contacted. What the "
           "campaign did is the difference between the two groups, with its 95 % interval: "
           "when the interval spans zero, the campaign cannot be told from chance."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Campaign"), tr("List"), tr("Channel"), tr("Start"),
                                        tr("Treated"), tr("Control"), tr("Bought, treated"),
                                        tr("Bought, control"), tr("Response uplift"),
                                        tr("Revenue per customer uplift"), tr("Status")});
    setUpListTable(*m_table, tr("Campaigns"));
    // What a spreadsheet export gets: counts as integers, shares as percentages, the start as a
    // date; the intervals stay text.
    const std::pair<int, SheetColumnKind> kinds[] = {{Start, SheetColumnKind::Date},
                                                     {Treated, SheetColumnKind::Integer},
                                                     {Control, SheetColumnKind::Integer},
                                                     {ResponseTreated, SheetColumnKind::Percent},
                                                     {ResponseControl, SheetColumnKind::Percent}};
    for (const auto& [column, kind] : kinds)
        m_table->horizontalHeaderItem(column)->setData(kSheetKindRole, static_cast<int>(kind));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    layout->addWidget(m_detail);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New campaign…"));
    auto* exportButton = new QPushButton(tr("&Export treated…"));
    auto* remove = new QPushButton(tr("&Remove campaign"));
    buttons->addWidget(add);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CampaignsView::askCreate);
    connect(exportButton, &QPushButton::clicked, this, &CampaignsView::askExport);
    connect(remove, &QPushButton::clicked, this, &CampaignsView::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CampaignsView::showDetail);
    connect(m_session, &PortfolioSession::campaignsChanged, this, &CampaignsView::reload);
}

void CampaignsView::showDetail() {
    {
        const auto row = currentRow();
        if (!row) {
            m_detail->clear();
            return;
        }
        const Campaign& c = m_rows[*row].campaign;
        m_detail->setText(tr("<b>%1</b>: %2 to the list <i>%3</i> (%4) from %5; purchases up to "
                             "%6 count. Offer: %7. Control group %8 % drawn with seed %9.")
                              .arg(QString::fromStdString(c.name).toHtmlEscaped(),
                                   QString::fromStdString(c.channel),
                                   QString::fromStdString(c.list).toHtmlEscaped(),
                                   QString::fromStdString(c.filter).toHtmlEscaped(),
                                   dayText(c.start), dayText(c.windowEnd()),
                                   QString::fromStdString(c.offer).toHtmlEscaped())
                              .arg(c.controlPercent)
                              .arg(c.seed));
    }
}

void CampaignsView::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    reload();
}

void CampaignsView::reload() {
    m_rows.clear();
    Database* db = m_session->database();
    if (db && m_snapshot) {
        try {
            CampaignRepository repo(*db);
            const auto& ids = m_snapshot->portfolio.customerId;
            for (const Campaign& c : repo.list()) {
                Row row{c, {}, {}};
                std::vector<std::uint32_t> members;
                std::vector<bool> control;
                for (const CampaignMember& m : repo.members(c.id)) {
                    const auto it = std::lower_bound(ids.begin(), ids.end(), m.customerId);
                    if (it == ids.end() || *it != m.customerId)
                        continue;
                    const auto i = static_cast<std::uint32_t>(it - ids.begin());
                    members.push_back(i);
                    control.push_back(m.control);
                    if (!m.control)
                        row.treated.push_back(i);
                }
                row.result = evaluateCampaign(m_snapshot->portfolio, members, control, c,
                                              m_snapshot->asOf());
                m_rows.push_back(std::move(row));
            }
        } catch (const std::exception& e) {
            emit m_session->failed(ErrorMessage::of(e));
        }
    }
    const int digits = m_snapshot ? m_snapshot->settings.minorDigits : 2;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const Row& row = m_rows[static_cast<std::size_t>(r)];
        const CampaignResult& res = row.result;
        const QString cells[ColumnCount] = {
            QString::fromStdString(row.campaign.name),
            QString::fromStdString(row.campaign.list),
            QString::fromStdString(row.campaign.channel),
            dayText(row.campaign.start),
            numberText(static_cast<qulonglong>(res.treated.customers)),
            numberText(static_cast<qulonglong>(res.control.customers)),
            percentText(res.treated.responseRate()),
            percentText(res.control.responseRate()),
            pointsText(res.responseUplift),
            moneyInterval(res.revenueUplift, digits),
            res.final ? tr("final")
                      : tr("in progress to %1").arg(dayText(row.campaign.windowEnd()))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= Treated && c <= RevenueUplift)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(kSheetValueRole, cells[c]);
            m_table->setItem(r, c, item);
        }
        const Ymd start = Date::fromDays(row.campaign.start).ymd();
        m_table->item(r, Start)->setData(kSheetValueRole,
                                         QDate(start.year, start.month, start.day));
        m_table->item(r, Treated)
            ->setData(kSheetValueRole, static_cast<qlonglong>(res.treated.customers));
        m_table->item(r, Control)
            ->setData(kSheetValueRole, static_cast<qlonglong>(res.control.customers));
        m_table->item(r, ResponseTreated)->setData(kSheetValueRole, res.treated.responseRate());
        m_table->item(r, ResponseControl)->setData(kSheetValueRole, res.control.responseRate());
    }
    if (!m_rows.empty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
    showDetail();
}

std::optional<std::size_t> CampaignsView::currentRow() const {
    const int r = m_table->currentRow();
    if (r < 0 || r >= static_cast<int>(m_rows.size()))
        return std::nullopt;
    return static_cast<std::size_t>(r);
}

bool CampaignsView::create(const Campaign& wanted) {
    if (!m_snapshot || !m_session->database())
        return false;
    if (!m_snapshot->hasNames()) {
        emit m_session->failed(ErrorMessage::namesComing());
        return false;
    }
    try {
        const auto& lists = m_snapshot->data->lists;
        const auto list = std::find_if(lists.begin(), lists.end(),
                                       [&](const SavedList& l) { return l.name == wanted.list; });
        if (list == lists.end())
            throw CarteraError(ErrorKind::ListMissing, wanted.list);
        Campaign c = wanted;
        c.filter = list->filter;
        if (const auto error = campaignError(c))
            throw CarteraError(*error);
        // The list's members on the start day: the snapshot's when it is that day.
        const Portfolio& p = m_snapshot->portfolio;
        const Date start = Date::fromDays(c.start);
        std::optional<CustomerMetrics> own;
        std::optional<CustomerValue> ownValue;
        const CustomerMetrics* metrics = &m_snapshot->metrics;
        const CustomerValue* value = m_snapshot->value.get();
        if (start != m_snapshot->asOf() || !value) {
            if (start != m_snapshot->asOf()) {
                own = computeCustomerMetrics(p, m_snapshot->settings, start);
                metrics = &*own;
            }
            ownValue = CustomerValue::compute(p, start, m_snapshot->data->value,
                                              m_snapshot->settings.minorDigits, false);
            value = &*ownValue;
        }
        const CustomerFilter filter = CustomerListFilter::parse(c.filter, m_snapshot->data->value);
        const CustomerQuery query(p, m_snapshot->directory(), *metrics, value);
        std::vector<std::int64_t> ids;
        for (const std::uint32_t i : query.filter(filter))
            ids.push_back(p.customerId[i]);
        if (ids.empty())
            throw CarteraError(ErrorKind::ListEmpty, c.list);
        const Campaign made = m_session->editor()->createCampaign(c, ids);
        emit m_session->message(tr("Campaign %1: %2 treated, %3 held out as the control group.")
                                    .arg(QString::fromStdString(made.name))
                                    .arg(made.treated)
                                    .arg(made.control));
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool CampaignsView::removeCurrent() {
    const auto row = currentRow();
    if (!row)
        return false;
    try {
        m_session->editor()->removeCampaign(m_rows[*row].campaign.name);
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool CampaignsView::exportTreated(const QString& path) {
    const auto row = currentRow();
    if (!row || !m_snapshot || !m_session->database())
        return false;
    QString error;
    if (!exportCustomerContacts(*m_snapshot, *m_session->database(), m_rows[*row].treated, path,
                                &error)) {
        emit m_session->failed(error);
        return false;
    }
    emit m_session->message(
        tr("Exported %1 treated customers to %2.").arg(m_rows[*row].treated.size()).arg(path));
    return true;
}

void CampaignsView::askCreate() {
    if (!m_snapshot)
        return;
    std::vector<std::string> lists;
    for (const SavedList& l : m_snapshot->data->lists)
        lists.push_back(l.name);
    if (lists.empty()) {
        emit m_session->failed(tr("A campaign targets a saved list: save one first in Customers "
                                  "(Save list…)."));
        return;
    }
    CampaignDialog dialog(lists, m_snapshot->asOf().days(), this);
    if (dialog.exec() == QDialog::Accepted)
        create(dialog.campaign());
}

void CampaignsView::askExport() {
    const auto row = currentRow();
    if (!row)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export treated customers"),
        QString::fromStdString(m_rows[*row].campaign.name) + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTreated(path);
}

} // namespace cartera
