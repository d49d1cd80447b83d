#include "app/pareto/pareto_view.h"

#include "app/common/chart_axes.h"
#include "app/common/chart_export.h"
#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/common/palette_colors.h"
#include "app/common/save_file.h"
#include "app/pareto/pareto_table_model.h"
#include "core/base/csv_writer.h"
#include "core/pareto/pareto_csv.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <sstream>

namespace cartera {

ParetoView::ParetoView(QWidget* parent)
    : QWidget(parent), m_window(new QComboBox), m_days(new QSpinBox), m_cut(new QDoubleSpinBox),
      m_headline(new QLabel), m_curve(new QChartView), m_model(new ParetoTableModel(this)),
      m_table(new QTableView), m_candidates(new QListWidget),
      m_task(
          this, [this] { return prepare(); },
          [this](std::shared_ptr<const ParetoReport> r) { showReport(std::move(r)); }) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* controls = new QHBoxLayout;
    m_window->addItem(tr("Last 12 months"), QStringLiteral("12m"));
    m_window->addItem(tr("All time"), QStringLiteral("all"));
    m_window->addItem(tr("Last N days"), QStringLiteral("days"));
    m_window->setAccessibleName(tr("Revenue window"));
    m_days->setRange(1, 36500);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    m_days->setEnabled(false);
    m_days->setAccessibleName(tr("Window length in days"));
    m_cut->setRange(1, 100);
    m_cut->setDecimals(1);
    m_cut->setValue(80);
    m_cut->setSuffix(QStringLiteral(" %"));
    m_cut->setAccessibleName(tr("Pareto cut"));
    auto* exportButton = new QPushButton(tr("&Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    auto* copyButton = new QPushButton(tr("&Copy"));
    controls->addWidget(new QLabel(tr("Window")));
    controls->addWidget(m_window);
    controls->addWidget(m_days);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Cut")));
    controls->addWidget(m_cut);
    controls->addStretch();
    controls->addWidget(copyButton);
    controls->addWidget(exportButton);
    layout->addLayout(controls);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    layout->addWidget(m_headline);

    auto* split = new QSplitter(Qt::Horizontal);
    m_curve->setRenderHint(QPainter::Antialiasing);
    m_curve->setMinimumWidth(360);
    m_curve->setAccessibleName(tr("Pareto curve"));
    addChartExportMenu(*m_curve, tr("pareto-curve"));
    split->addWidget(m_curve);
    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_table->setModel(m_model);
    setUpListTable(*m_table, tr("Ranked customers"));
    // The name takes the room left over; every other column is as wide as its widest value.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ParetoTableModel::Name, QHeaderView::Stretch);
    const QString widest[] = {
        QStringLiteral("1,000,000"),     QStringLiteral("C0000000"), {},
        QStringLiteral("12,345,678.00"), QStringLiteral("100.00 %"), QStringLiteral("100.00 %"),
        QStringLiteral("100.00 %"),      QStringLiteral("Class")};
    for (int c = 0; c < ParetoTableModel::ColumnCount; ++c)
        if (c != ParetoTableModel::Name)
            m_table->setColumnWidth(
                c, 18 + std::max(fontMetrics().horizontalAdvance(widest[c]),
                                 fontMetrics().horizontalAdvance(
                                     m_model->headerData(c, Qt::Horizontal).toString())));
    rl->addWidget(m_table, 3);
    rl->addWidget(new QLabel(tr("<b>Promotion candidates</b>: the customers just below the cut")));
    m_candidates->setAccessibleName(tr("Promotion candidates"));
    connect(m_candidates, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openCustomer(item->data(Qt::UserRole).toUInt());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_report && index.row() < static_cast<int>(m_report->rankedCount()))
            emit openCustomer(static_cast<std::uint32_t>(
                m_report->entries()[static_cast<std::size_t>(index.row())].customer));
    });
    rl->addWidget(m_candidates, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_days->setEnabled(m_window->currentData().toString() == QStringLiteral("days"));
        m_task.request();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] { m_task.request(); });
    connect(m_cut, &QDoubleSpinBox::valueChanged, this, [this] { m_task.request(); });
    connect(copyButton, &QPushButton::clicked, this, &ParetoView::copySelection);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Pareto report"),
                                                          tr("pareto.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
}

void ParetoView::setSnapshot(const SnapshotPtr& snapshot) {
    const bool first = !m_snapshot;
    m_snapshot = snapshot;
    if (snapshot && first) {
        const QSignalBlocker block(m_cut);
        m_cut->setValue(snapshot->settings.paretoCut.toDouble() * 100.0);
    }
    m_task.request();
}

void ParetoView::setWindow(const RevenueWindow& w) {
    const QSignalBlocker a(m_window), b(m_days);
    if (w.kind == RevenueWindow::Kind::AllTime) {
        m_window->setCurrentIndex(1);
    } else if (w.kind == RevenueWindow::Kind::Days) {
        m_window->setCurrentIndex(2);
        m_days->setValue(w.length);
    } else {
        m_window->setCurrentIndex(0);
    }
    m_days->setEnabled(w.kind == RevenueWindow::Kind::Days);
    m_task.request();
}

void ParetoView::setCut(double percent) {
    m_cut->setValue(percent);
}

RevenueWindow ParetoView::chosenWindow() const {
    const QString w = m_window->currentData().toString();
    if (w == QStringLiteral("all"))
        return {RevenueWindow::Kind::AllTime, 0};
    if (w == QStringLiteral("days"))
        return {RevenueWindow::Kind::Days, m_days->value()};
    return {};
}

Ratio ParetoView::cut() const {
    // Tenths of a percent, exactly: 80.0 % is 800/1000.
    const auto permille = static_cast<std::int64_t>(std::llround(m_cut->value() * 10.0));
    return *Ratio::parse(std::to_string(permille) + "/1000");
}

void ParetoView::waitForIdle() {
    m_task.wait();
}

void ParetoView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_task.shown();
}

std::optional<ViewTask<std::shared_ptr<const ParetoReport>>::Job> ParetoView::prepare() {
    if (!m_snapshot)
        return std::nullopt;
    const SnapshotPtr s = m_snapshot;
    const RevenueWindow w = chosenWindow();
    const Ratio c = cut();
    return [s, w, c]() -> std::shared_ptr<const ParetoReport> {
        return std::make_shared<ParetoReport>(
            ParetoReport::compute(s->portfolio, s->asOf(), w, c, s->settings.classBCut));
    };
}

QString ParetoView::headline() const {
    return m_headline->text();
}

void ParetoView::showReport(std::shared_ptr<const ParetoReport> report) {
    m_report = std::move(report);
    m_model->setReport(m_snapshot->labels(), m_report);
    const ParetoReport& r = *m_report;
    const int digits = m_snapshot->settings.minorDigits;
    const QString currency = QString::fromStdString(m_snapshot->settings.currency);
    if (r.rankedCount() == 0) {
        m_headline->setText(tr("No customer has net revenue in this window."));
    } else {
        m_headline->setText(
            tr("<span style='font-size:large'><b>%1 of customers make %2 of revenue</b></span>"
               "<br>Pareto set: %3 of %4 ranked customers · total %5 · class B ends at rank "
               "%6 · Gini %7")
                .arg(percentText(r.paretoCustomerShare(), 1), percentText(r.cut().toDouble(), 1),
                     numberText(static_cast<qulonglong>(r.paretoCount())),
                     numberText(static_cast<qulonglong>(r.rankedCount())),
                     currencyText(r.total(), digits, currency),
                     numberText(static_cast<qulonglong>(r.classBEnd())),
                     numberText(r.gini(), 'f', 4)));
    }

    auto* chart = new QChart;
    applyPalette(*chart, palette());
    // Short words: the chart shares the page with the table, and Qt Charts elides a title or a
    // legend entry that does not fit rather than wrapping it.
    chart->setTitle(tr("Revenue concentration"));
    auto* curve = new QLineSeries;
    curve->setName(tr("Customers"));
    for (const auto& [x, y] : r.curve(400))
        curve->append(x * 100.0, y * 100.0);
    auto* equal = new QLineSeries;
    equal->setName(tr("Equality"));
    equal->append(0, 0);
    equal->append(100, 100);
    QPen dashed(Qt::gray);
    dashed.setStyle(Qt::DashLine);
    equal->setPen(dashed);
    auto* cutPoint = new QScatterSeries;
    cutPoint->setName(tr("Cut"));
    cutPoint->setMarkerSize(11);
    if (r.paretoCount() > 0)
        cutPoint->append(r.paretoCustomerShare() * 100.0,
                         r.cumulativeShare(r.paretoCount()) * 100.0);
    auto* cutLine = new QLineSeries;
    cutLine->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.5, Qt::DotLine));
    cutLine->append(0, r.cut().toDouble() * 100.0);
    cutLine->append(100, r.cut().toDouble() * 100.0);
    cutLine->setName(percentText(r.cut().toDouble(), 0));
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTitleText(tr("% of customers"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("% of revenue"));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{equal, cutLine, curve, cutPoint}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    QChart* old = m_curve->chart();
    localizeValueAxes(*chart);
    m_curve->setChart(chart);
    delete old;

    m_candidates->clear();
    for (const ParetoEntry& e : r.promotionCandidates(20)) {
        const std::size_t rank = static_cast<std::size_t>(&e - r.entries().data()) + 1;
        const Cents missing = r.entries()[r.paretoCount() - 1].revenue - e.revenue;
        auto* item = new QListWidgetItem(
            tr("#%1  %2 %3: %4 (%5 below the last Pareto customer)")
                .arg(rank)
                .arg(QString::fromUtf8(m_snapshot->portfolio.externalId[e.customer]),
                     QString::fromUtf8(m_snapshot->nameOf(e.customer)),
                     moneyText(e.revenue, digits), moneyText(missing, digits)));
        item->setData(Qt::UserRole, static_cast<uint>(e.customer));
        m_candidates->addItem(item);
    }
}

bool ParetoView::exportCsv(const QString& path, QString* error) const {
    if (!m_report || !m_snapshot)
        return false;
    if (!m_snapshot->hasNames()) {
        if (error)
            *error = ErrorMessage::namesComing();
        return false;
    }
    std::ostringstream out;
    writeParetoCsv(out, *m_report, m_snapshot->portfolio, m_snapshot->directory(),
                   m_snapshot->settings.minorDigits);
    return saveFile(path, out.str(), error);
}

void ParetoView::copySelection() const {
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    // Nothing selected: the clipboard keeps what it had.
    if (rows.isEmpty())
        return;
    QStringList header;
    for (int c = 0; c < ParetoTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const bool percent = c == ParetoTableModel::Share || c == ParetoTableModel::Cumulative ||
                             c == ParetoTableModel::CustomerShare;
        header << (percent ? title + QStringLiteral(" (%)") : title);
    }
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int c = 0; c < ParetoTableModel::ColumnCount; ++c) {
            QString cell = m_model->index(row.row(), c).data(ParetoTableModel::RawRole).toString();
            // Ids and names come from files: a spreadsheet must not run them as formulas. Tabs
            // and line breaks inside would split the pasted row.
            if (c == ParetoTableModel::Id || c == ParetoTableModel::Name) {
                for (const char16_t breaking : {u'\t', u'\n', u'\r'})
                    cell.replace(QChar(breaking), QLatin1Char(' '));
                cell = QString::fromStdString(neutraliseFormula(cell.toStdString()));
            }
            cells << cell;
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

} // namespace cartera
