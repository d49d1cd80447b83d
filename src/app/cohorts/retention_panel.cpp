#include "app/cohorts/retention_panel.h"

#include "app/common/display_text.h"
#include "app/common/heatmap_widget.h"
#include "app/common/save_file.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <cmath>
#include <sstream>

namespace cartera {

RetentionPanel::RetentionPanel(QWidget* parent)
    : QWidget(parent), m_period(new QComboBox), m_revenue(new QCheckBox(tr("&Revenue retention"))),
      m_note(new QLabel), m_heatmap(new HeatmapWidget),
      m_task(
          this, [this] { return prepare(); },
          [this](std::shared_ptr<const RetentionTriangle> t) {
              m_triangle = std::move(t);
              showTriangle();
          }) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Acquisition cohorts")));
    m_period->addItem(tr("by month"), static_cast<int>(CohortPeriod::Month));
    m_period->addItem(tr("by quarter"), static_cast<int>(CohortPeriod::Quarter));
    m_period->addItem(tr("by year"), static_cast<int>(CohortPeriod::Year));
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Cohort period"));
    controls->addWidget(m_period);
    controls->addWidget(m_revenue);
    m_note->setWordWrap(true);
    controls->addWidget(m_note, 1);
    auto* exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportRetention"));
    controls->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export retention"),
                                                          tr("retention.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    layout->addLayout(controls);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_heatmap->setAccessibleName(tr("Retention by acquisition cohort"));
    scroll->setWidget(m_heatmap);
    layout->addWidget(scroll, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { m_task.request(); });
    connect(m_revenue, &QCheckBox::toggled, this, [this] { showTriangle(); });
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, [this](int row, int column) {
        if (!m_triangle || !m_snapshot)
            return;
        CustomerFilter f;
        f.only = std::make_shared<std::vector<std::uint32_t>>(
            m_triangle->customersOf(m_snapshot->portfolio, static_cast<std::size_t>(row),
                                    static_cast<std::size_t>(column)));
        emit showCustomers(f, tr("cohort %1 who bought in %2 %3 after acquisition")
                                  .arg(QString::fromStdString(
                                      m_triangle->cohorts[static_cast<std::size_t>(row)].label))
                                  .arg(column)
                                  .arg(m_period->currentText().mid(3)));
    });
}

void RetentionPanel::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    m_task.request();
}

void RetentionPanel::setPeriod(CohortPeriod period) {
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(period))));
}

void RetentionPanel::setRevenue(bool revenue) {
    m_revenue->setChecked(revenue);
}

std::optional<ViewTask<std::shared_ptr<const RetentionTriangle>>::Job> RetentionPanel::prepare() {
    if (!m_snapshot)
        return std::nullopt;
    const SnapshotPtr s = m_snapshot;
    const auto period = static_cast<CohortPeriod>(m_period->currentData().toInt());
    return [s, period] {
        return std::make_shared<const RetentionTriangle>(
            RetentionTriangle::compute(s->portfolio, s->asOf(), period));
    };
}

void RetentionPanel::showTriangle() {
    if (!m_triangle)
        return;
    const RetentionTriangle& t = *m_triangle;
    const bool revenue = m_revenue->isChecked();
    std::size_t columns = 0;
    for (const auto& c : t.cohorts)
        columns = std::max(columns, c.active.size());
    QStringList rows, headers;
    std::vector<std::vector<HeatmapWidget::Cell>> cells(t.cohorts.size());
    for (std::size_t r = 0; r < t.cohorts.size(); ++r) {
        const auto& cohort = t.cohorts[r];
        rows << tr("%1 (%2)")
                    .arg(QString::fromStdString(cohort.label))
                    .arg(numberText(static_cast<qulonglong>(cohort.customers)));
        cells[r].resize(columns);
        for (std::size_t k = 0; k < cohort.active.size(); ++k) {
            const double v = revenue ? t.revenueRetention(r, k) : t.share(r, k);
            auto& cell = cells[r][k];
            if (std::isnan(v)) {
                cell.shade = -1;
                continue;
            }
            // Period 0 is 100 % by definition; shade the rest against a readable scale.
            cell.shade = k == 0 ? 1.0 : std::min(1.0, v * 2);
            cell.text = percentText(v, 0);
            cell.toolTip = tr("%1 customers bought; revenue %2")
                               .arg(cohort.active[k])
                               .arg(moneyText(cohort.revenue[k], m_snapshot->settings.minorDigits));
        }
    }
    for (std::size_t k = 0; k < columns; ++k)
        headers << QString::number(k);
    m_heatmap->setGrid(rows, headers, std::move(cells), tr("cohort"));
    m_note->setText(revenue ? tr("Revenue in each period as a share of the cohort's first "
                                 "period; columns count periods since acquisition.")
                            : tr("Share of each cohort that bought in the period; columns count "
                                 "periods since acquisition. Click a cell for its customers."));
}

bool RetentionPanel::exportCsv(const QString& path, QString* error) const {
    if (!m_triangle)
        return false;
    std::ostringstream out;
    writeRetentionCsv(out, *m_triangle, m_revenue->isChecked());
    return saveFile(path, out.str(), error);
}

void RetentionPanel::waitForIdle() {
    m_task.wait();
}

void RetentionPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_task.shown();
}

} // namespace cartera
