#include "app/segments/segments_view.h"

#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/heatmap_widget.h"
#include "app/common/list_table.h"
#include "app/common/save_file.h"
#include "core/base/csv_writer.h"
#include "core/value/reward_tiers.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <sstream>

namespace cartera {

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name) {
    auto* t = new QTableWidget;
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    setUpListTable(*t, name);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

SegmentsView::SegmentsView(QWidget* parent)
    : QWidget(parent), m_headline(new QLabel), m_grid(new HeatmapWidget),
      m_segments(makeTable(
          {tr("Segment"), tr("Customers"), tr("Revenue"), tr("Share"), tr("Mean lifetime value")},
          tr("RFM segments"))),
      m_tiers(makeTable({tr("Tier"), tr("From revenue"), tr("Purchase days"), tr("Customers"),
                         tr("Revenue 12 m"), tr("Mean lifetime value"), tr("Reward")},
                        tr("Reward tiers"))),
      m_movement(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    layout->addWidget(m_headline);
    auto* split = new QSplitter;
    auto* left = new QWidget;
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(new QLabel(tr("<b>Customers by recency and frequency</b> (click a cell for "
                                "its customers)")));
    m_grid->setAccessibleName(tr("Recency by frequency grid"));
    ll->addWidget(m_grid, 1);
    split->addWidget(left);
    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto* segmentHead = new QHBoxLayout;
    segmentHead->addWidget(new QLabel(tr("<b>RFM segments</b> (double-click for the customers)")),
                           1);
    auto* exportSegment = new QPushButton(tr("Export segment…"));
    exportSegment->setObjectName(QStringLiteral("exportSegment"));
    segmentHead->addWidget(exportSegment);
    rl->addLayout(segmentHead);
    rl->addWidget(m_segments, 3);
    auto* tierHead = new QHBoxLayout;
    tierHead->addWidget(new QLabel(tr("<b>Reward tiers</b> over the last 12 months")), 1);
    auto* exportTier = new QPushButton(tr("Export tier…"));
    exportTier->setObjectName(QStringLiteral("exportTier"));
    tierHead->addWidget(exportTier);
    rl->addLayout(tierHead);
    rl->addWidget(m_tiers, 2);
    m_movement->setWordWrap(true);
    rl->addWidget(m_movement);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_grid, &HeatmapWidget::cellClicked, this, &SegmentsView::showGridCell);
    connect(m_segments, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        CustomerFilter f;
        f.segment = row;
        emit showCustomers(f, tr("Segment: %1").arg(m_segments->item(row, 0)->text()));
    });
    connect(m_tiers, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        CustomerFilter f;
        f.tier = row < m_tiers->rowCount() - 1 ? row : kNoTier;
        emit showCustomers(f, tr("Tier: %1").arg(m_tiers->item(row, 0)->text()));
    });
    connect(exportSegment, &QPushButton::clicked, this, [this] { exportChosen(false); });
    connect(exportTier, &QPushButton::clicked, this, [this] { exportChosen(true); });
}

void SegmentsView::setSnapshot(const SnapshotPtr& snapshot) {
    // Hidden, the view waits: its tables read every customer, on the GUI thread.
    m_pending = snapshot;
    m_stale = true;
    if (isVisible())
        refresh();
}

void SegmentsView::refresh() {
    if (!m_stale)
        return;
    m_stale = false;
    const SnapshotPtr snapshot = std::move(m_pending);
    m_snapshot = snapshot;
    const CustomerValue* v = snapshot ? snapshot->value.get() : nullptr;
    if (!v) {
        m_headline->setText(tr("Scoring customers…"));
        m_grid->setGrid({}, {}, {});
        m_segments->setRowCount(0);
        m_tiers->setRowCount(0);
        m_movement->clear();
        return;
    }
    const int digits = snapshot->settings.minorDigits;
    const RfmReport& rfm = v->rfm;
    const bool clv = v->clv.usable();
    m_headline->setText(
        tr("<b>%1 customers</b> scored on recency, frequency and spend over all time up to %2. "
           "Scores run from 1 to 5; equal values get equal scores.")
            .arg(numberText(static_cast<qulonglong>(rfm.entries.size())),
                 dayText(snapshot->asOf().days())));

    // The grid: rows R5 (most recent) to R1, columns F1 to F5.
    std::uint32_t top = 1;
    for (const auto& row : rfm.grid)
        for (std::uint32_t n : row)
            top = std::max(top, n);
    std::vector<std::vector<HeatmapWidget::Cell>> cells(5, std::vector<HeatmapWidget::Cell>(5));
    for (int r = 0; r < 5; ++r)
        for (int f = 0; f < 5; ++f) {
            const std::uint32_t n =
                rfm.grid[static_cast<std::size_t>(4 - r)][static_cast<std::size_t>(f)];
            const Cents revenue =
                rfm.gridRevenue[static_cast<std::size_t>(4 - r)][static_cast<std::size_t>(f)];
            auto& cell = cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(f)];
            cell.shade = std::sqrt(static_cast<double>(n) / top);
            cell.text = numberText(n);
            cell.toolTip = tr("R%1 F%2: %3 customers, revenue %4, mean spend %5")
                               .arg(5 - r)
                               .arg(f + 1)
                               .arg(n)
                               .arg(moneyText(revenue, digits),
                                    moneyText(n ? revenue / static_cast<Cents>(n) : 0, digits));
        }
    m_grid->setGrid({tr("R5"), tr("R4"), tr("R3"), tr("R2"), tr("R1")},
                    {tr("F1"), tr("F2"), tr("F3"), tr("F4"), tr("F5")}, std::move(cells),
                    tr("R \\ F"));

    // Segments.
    const RfmSegmentTable& table = v->settings.segments;
    std::vector<std::size_t> count(table.segmentCount(), 0);
    std::vector<Cents> revenue(table.segmentCount(), 0);
    std::vector<double> value(table.segmentCount(), 0);
    std::vector<std::size_t> valued(table.segmentCount(), 0);
    Cents total = 0;
    for (const auto& e : rfm.entries) {
        const std::size_t segment = rfm.segmentOf(e);
        ++count[segment];
        revenue[segment] += e.monetary;
        total += e.monetary;
        if (clv && !std::isnan(v->clv.clv[e.customer])) {
            value[segment] += v->clv.clv[e.customer];
            ++valued[segment];
        }
    }
    m_segments->setRowCount(static_cast<int>(table.segmentCount()));
    for (std::size_t s = 0; s < table.segmentCount(); ++s)
        setRow(m_segments, static_cast<int>(s),
               {segmentText(table.segmentName(s)), numberText(static_cast<qulonglong>(count[s])),
                moneyText(revenue[s], digits),
                percentText(total > 0 ? static_cast<double>(revenue[s]) / total : 0.0),
                valued[s]
                    ? moneyText(static_cast<Cents>(std::llround(value[s] / valued[s])), digits)
                    : QString()});
    m_segments->resizeColumnsToContents();
    m_segments->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    // Tiers, and the customers in none.
    const RewardTiers& tiers = v->settings.tiers;
    const std::size_t k = tiers.tiers().size();
    std::vector<double> tierValue(k + 1, 0);
    std::vector<std::size_t> tierValued(k + 1, 0);
    if (clv)
        for (std::size_t i = 0; i < v->tiers.entries.size(); ++i) {
            const std::int8_t t = v->tiers.entries[i].tier;
            const std::size_t slot = t == kNoTier ? k : static_cast<std::size_t>(t);
            if (!std::isnan(v->clv.clv[i])) {
                tierValue[slot] += v->clv.clv[i];
                ++tierValued[slot];
            }
        }
    auto meanValue = [&](std::size_t slot) {
        return tierValued[slot]
                   ? moneyText(static_cast<Cents>(std::llround(tierValue[slot] / tierValued[slot])),
                               digits)
                   : QString();
    };
    m_tiers->setRowCount(static_cast<int>(k + 1));
    for (std::size_t t = 0; t < k; ++t) {
        const RewardTier& tier = tiers.tiers()[t];
        setRow(m_tiers, static_cast<int>(t),
               {tierText(tier.name), moneyText(tier.minRevenue, digits),
                QString::number(tier.minPurchaseDays),
                numberText(static_cast<qulonglong>(v->tiers.counts[t])),
                moneyText(v->tiers.revenue[t], digits), meanValue(t), rewardText(tier.reward)});
        m_tiers->item(static_cast<int>(t), 6)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    setRow(m_tiers, static_cast<int>(k),
           {tr("no tier"), QString(), QString(),
            numberText(static_cast<qulonglong>(v->tiers.withoutTier)), QString(), meanValue(k),
            QString()});
    m_tiers->resizeColumnsToContents();
    // The reward takes what is left, elided, with the whole text on hover.
    m_tiers->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    for (int r = 0; r < m_tiers->rowCount(); ++r)
        if (QTableWidgetItem* item = m_tiers->item(r, 6))
            item->setToolTip(item->text());
    const TierMovement& m = v->tierMovement;
    m_movement->setText(tr("In the last 12 months %1 customers moved up a tier (they bought %2 "
                           "in that time) and %3 moved down (%4).")
                            .arg(numberText(static_cast<qulonglong>(m.upgrades)))
                            .arg(moneyText(m.upgradeRevenue, digits))
                            .arg(numberText(static_cast<qulonglong>(m.downgrades)))
                            .arg(moneyText(m.downgradeRevenue, digits)));
}

void SegmentsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void SegmentsView::showGridCell(int row, int column) {
    if (!m_snapshot || !m_snapshot->value)
        return;
    const int r = 5 - row, f = column + 1;
    auto only = std::make_shared<std::vector<std::uint32_t>>();
    for (const auto& e : m_snapshot->value->rfm.entries)
        if (e.r == r && e.f == f)
            only->push_back(e.customer);
    CustomerFilter filter;
    filter.only = std::move(only);
    emit showCustomers(filter, tr("R%1 F%2").arg(r).arg(f));
}

bool SegmentsView::exportCustomers(const QString& path, const CustomerFilter& which,
                                   QString* error) const {
    if (!m_snapshot || !m_snapshot->value)
        return false;
    if (!m_snapshot->hasNames()) {
        if (error)
            *error = ErrorMessage::namesComing();
        return false;
    }
    const CustomerValue& v = *m_snapshot->value;
    const int digits = m_snapshot->settings.minorDigits;
    std::ostringstream out;
    CsvWriter csv(out);
    for (const char* h : {"customer_id", "name", "segment", "r", "f", "m", "tier", "revenue_12m",
                          "purchase_days_12m", "p_alive", "clv"})
        csv.text(h);
    csv.endRow();
    for (std::size_t i = 0; i < m_snapshot->portfolio.customerCount(); ++i) {
        const int segment = v.segmentOf(i);
        const auto& t = v.tiers.entries[i];
        if (which.segment != CustomerFilter::kAny && segment != which.segment)
            continue;
        if (which.tier != CustomerFilter::kAny && t.tier != which.tier)
            continue;
        csv.text(m_snapshot->portfolio.externalId[i]).text(m_snapshot->directory().name[i]);
        if (segment >= 0) {
            const auto& e = v.rfm.entries[v.rfm.entryOf[i]];
            csv.text(v.settings.segments.segmentName(static_cast<std::size_t>(segment)));
            csv.number(std::to_string(e.r)).number(std::to_string(e.f));
            csv.number(std::to_string(e.m));
        } else {
            csv.text("").text("").text("").text("");
        }
        csv.text(v.settings.tiers.nameOf(t.tier));
        csv.number(formatMoney(t.revenue, {".", "", digits}));
        csv.number(std::to_string(t.purchaseDays));
        const bool valued = v.clv.usable() && !std::isnan(v.clv.clv[i]);
        csv.number(valued ? QString::number(v.clv.pAlive[i], 'f', 4).toStdString() : "");
        csv.number(
            valued ? formatMoney(static_cast<Cents>(std::llround(v.clv.clv[i])), {".", "", digits})
                   : "");
        csv.endRow();
    }
    return saveFile(path, out.str(), error);
}

void SegmentsView::exportChosen(bool tier) {
    QTableWidget* table = tier ? m_tiers : m_segments;
    const int row = table->currentRow();
    if (row < 0) {
        QMessageBox::information(this, tr("Export"),
                                 tier ? tr("Choose a tier first.") : tr("Choose a segment first."));
        return;
    }
    CustomerFilter which;
    if (tier)
        which.tier = row < table->rowCount() - 1 ? row : kNoTier;
    else
        which.segment = row;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export customers"), table->item(row, 0)->text() + QStringLiteral(".csv"),
        tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCustomers(path, which, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace cartera
