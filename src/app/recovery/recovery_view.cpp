#include "app/recovery/recovery_view.h"

#include "app/common/chart_axes.h"
#include "app/common/chart_export.h"
#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/common/palette_colors.h"
#include "app/recovery/recovery_case_editor.h"
#include "app/recovery/recovery_queue_model.h"
#include "app/session/portfolio_session.h"
#include "app/today/task_dialog.h"
#include "core/base/clock.h"
#include "core/base/text_limits.h"
#include "core/portfolio/contact_channel.h"
#include "core/recovery/recovery_queue_filter.h"
#include "storage/recovery_repository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace cartera {

namespace {

// The state filter's items carry a RecoveryState, or one of these.
constexpr int kAnyState = -1;
constexpr int kNoCaseYet = -2;

} // namespace

RecoveryView::RecoveryView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RecoveryQueueModel(this)),
      m_table(new QTableView), m_ownerFilter(new QComboBox), m_stateFilter(new QComboBox),
      m_reasonFilter(new QComboBox), m_metrics(new QLabel), m_chart(new QChartView),
      m_noLosses(new QLabel), m_editor(new RecoveryCaseEditor),
      m_task(
          this, [this] { return prepare(); },
          [this](std::vector<RecoveryQueueEntry> queue) {
              m_queue = std::make_shared<const std::vector<RecoveryQueueEntry>>(std::move(queue));
              applyFilters();
          }) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    m_ownerFilter->setAccessibleName(tr("Owner filter"));
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_reasonFilter->setAccessibleName(tr("Reason filter"));
    m_stateFilter->addItem(tr("Any state"), kAnyState);
    m_stateFilter->addItem(tr("No case yet"), kNoCaseYet);
    for (int s = 0; s < 3; ++s)
        m_stateFilter->addItem(recoveryStateText(static_cast<RecoveryState>(s)), s);
    auto* openButton = new QPushButton(tr("&Open cases for the selected"));
    openButton->setObjectName(QStringLiteral("openCases"));
    top->addWidget(m_ownerFilter);
    top->addWidget(m_stateFilter);
    top->addWidget(m_reasonFilter);
    top->addStretch();
    auto* taskButton = new QPushButton(tr("New &task…"));
    taskButton->setObjectName(QStringLiteral("newTask"));
    taskButton->setToolTip(tr("A task about the selected recovery case"));
    top->addWidget(taskButton);
    top->addWidget(openButton);
    connect(taskButton, &QPushButton::clicked, this, [this] {
        if (const auto c = currentCase())
            addTaskByHand(this, m_session, tr("Recovery case %1").arg(c->id),
                          TaskSubject::RecoveryCase, c->id, TaskKind::Recovery, c->actionOwner);
        else
            fail(tr("Select a customer with a recovery case first."));
    });
    layout->addLayout(top);

    auto* header = new QHBoxLayout;
    m_metrics->setWordWrap(true);
    m_metrics->setTextFormat(Qt::RichText);
    m_metrics->setObjectName(QStringLiteral("recoveryMetrics"));
    m_metrics->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    header->addWidget(m_metrics, 1);
    m_chart->setMinimumHeight(200);
    m_chart->setMaximumHeight(240);
    m_chart->setMinimumWidth(420);
    m_chart->setAccessibleName(tr("Losses by reason"));
    addChartExportMenu(*m_chart, tr("recovery"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    header->addWidget(m_chart, 1);
    m_noLosses->setObjectName(QStringLiteral("noLosses"));
    m_noLosses->setText(tr("No loss has a reason yet. Open a case for a lost customer and set "
                           "its loss reason: the reasons are counted here."));
    m_noLosses->setWordWrap(true);
    m_noLosses->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noLosses->setEnabled(false);
    header->addWidget(m_noLosses, 1);
    layout->addLayout(header);

    auto* split = new QSplitter;
    m_table->setModel(m_model);
    setUpListTable(*m_table, tr("Recovery queue"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Each column as wide as its widest value or its title in this font and language, so that
    // amounts are never cut; the name can be elided, an amount cannot.
    const QString widest[] = {QStringLiteral("9,999"),
                              QStringLiteral("C0000000"),
                              QStringLiteral("Ελένη Νικολάου"),
                              QStringLiteral("Farid Haddad"),
                              QStringLiteral("A"),
                              QStringLiteral("30/12/2026"),
                              QStringLiteral("1,234,567.00"),
                              QStringLiteral("12,345.00"),
                              QStringLiteral("999"),
                              QStringLiteral("contacted"),
                              QStringLiteral("service failure")};
    for (int c = 0; c < RecoveryQueueModel::ColumnCount; ++c)
        m_table->setColumnWidth(
            c, 16 + std::max(fontMetrics().horizontalAdvance(widest[c]),
                             fontMetrics().horizontalAdvance(
                                 m_model->headerData(c, Qt::Horizontal).toString())));
    split->addWidget(m_table);

    split->addWidget(m_editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 520});
    layout->addWidget(split, 1);

    for (QComboBox* box : {m_ownerFilter, m_stateFilter, m_reasonFilter})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCase(); });
    connect(openButton, &QPushButton::clicked, this, [this] { openCasesForSelection(); });
    connect(m_editor, &RecoveryCaseEditor::saveClicked, this, [this] { saveCase(); });
    connect(m_editor, &RecoveryCaseEditor::verifyClicked, this, [this] { verify(); });
    connect(m_editor, &RecoveryCaseEditor::winBackClicked, this, [this] { winBack(); });
    connect(m_editor, &RecoveryCaseEditor::letGoClicked, this,
            [this] { letGo(m_editor->letGoReason()); });
    connect(m_editor, &RecoveryCaseEditor::logAttemptClicked, this, [this] {
        const RecoveryAttempt a = m_editor->typedAttempt(0);
        addAttempt(QString::fromStdString(a.channel), QString::fromStdString(a.outcome),
                   QString::fromStdString(a.note));
    });
}

QString RecoveryView::metricsText() const {
    return m_metrics->text();
}

void RecoveryView::selectRow(int row) {
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void RecoveryView::selectCustomer(std::int64_t customerId) {
    m_pendingCustomer = customerId;
    for (QComboBox* filter : {m_ownerFilter, m_reasonFilter, m_stateFilter}) {
        const QSignalBlocker block(filter);
        filter->setCurrentIndex(0);
    }
    if (!m_queue->empty())
        applyFilters();
}

void RecoveryView::waitForIdle() {
    m_task.wait();
}

void RecoveryView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_task.shown();
}

void RecoveryView::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    const QString owner = m_ownerFilter->currentData().toString();
    const QString reason = m_reasonFilter->currentData().toString();
    const QSignalBlocker a(m_ownerFilter), b(m_reasonFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Any owner"), QString());
    for (const std::string& o : snapshot->owners())
        m_ownerFilter->addItem(QString::fromStdString(o), QString::fromStdString(o));
    m_ownerFilter->setCurrentIndex(std::max(0, m_ownerFilter->findData(owner)));
    m_reasonFilter->clear();
    m_reasonFilter->addItem(tr("Any reason"), QString());
    for (const std::string& r : snapshot->data->lossReasons)
        m_reasonFilter->addItem(lossReasonText(r), QString::fromStdString(r));
    m_editor->setLossReasons(snapshot->data->lossReasons);
    m_reasonFilter->setCurrentIndex(std::max(0, m_reasonFilter->findData(reason)));

    // Metrics and the chart of losses by reason.
    const RecoveryMetrics& m = snapshot->recovery;
    const int digits = snapshot->settings.minorDigits;
    const QString currency = QString::fromStdString(snapshot->settings.currency);
    m_metrics->setText(
        tr("<b>%1 open cases</b>, %2 closed: %3 won back, %4 let go.<br>Recovery rate "
           "<b>%5</b> · revenue won back %6 · median %7 days to win back.<br>Losses that were "
           "our fault: %8 (%9) · corrective actions: %10 open, %11 overdue.")
            .arg(m.open)
            .arg(m.closed)
            .arg(m.wonBack)
            .arg(m.letGo)
            .arg(percentText(m.recoveryRate, 0), currencyText(m.revenueWonBack, digits, currency))
            .arg(m.medianDaysToWinBack, 0, 'f', 0)
            .arg(m.ourFault)
            .arg(percentText(m.ourFaultShare, 0))
            .arg(m.actionsOpen)
            .arg(m.actionsOverdue));
    auto* chart = new QChart;
    applyPalette(*chart, palette());
    chart->setTitle(tr("Losses by reason"));
    // The reasons that occurred, most frequent at the top, each named on its bar: a legend of
    // reasons with no loss was noise, and an empty chart said nothing.
    std::vector<std::pair<int, QString>> counts;
    for (const std::string& r : snapshot->data->lossReasons) {
        const auto it = m.lossesByReason.find(r);
        if (it != m.lossesByReason.end() && it->second > 0)
            counts.emplace_back(static_cast<int>(it->second), lossReasonText(r));
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    auto* set = new QBarSet(tr("Losses"));
    set->setColor(stageColor(5)); // the colour of "lost" everywhere
    QStringList reasons;
    int top = 1;
    for (const auto& [n, reason] : counts) {
        *set << n;
        reasons << reason;
        top = std::max(top, n);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(reasons);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    // Counts: one tick a loss while few, round steps (0, 10, 20) beyond.
    if (top <= 5) {
        y->setRange(0, top + 1);
        y->setTickCount(top + 2);
    } else {
        y->setRange(0, top);
        y->applyNiceNumbers();
    }
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    m_chart->setVisible(!counts.empty());
    m_noLosses->setVisible(counts.empty());
    QChart* old = m_chart->chart();
    localizeValueAxes(*chart);
    m_chart->setChart(chart);
    delete old;
    m_task.request();
}

std::optional<ViewTask<std::vector<RecoveryQueueEntry>>::Job> RecoveryView::prepare() {
    if (!m_snapshot)
        return std::nullopt;
    const SnapshotPtr s = m_snapshot;
    // The cases as they stood on the as-of day, as the metrics and the command line see them.
    return [s] {
        return recoveryQueue(s->portfolio, s->metrics, s->settings, casesAsOf(s->cases, s->asOf()));
    };
}

void RecoveryView::applyFilters() {
    if (!m_snapshot)
        return;
    RecoveryQueueFilter filter;
    // Owners come with the names; the owner box offers none before them.
    if (m_snapshot->hasNames())
        filter.owner = m_ownerFilter->currentData().toString().toStdString();
    filter.reason = m_reasonFilter->currentData().toString().toStdString();
    if (const int state = m_stateFilter->currentData().toInt(); state == kNoCaseYet) {
        filter.cases = RecoveryQueueFilter::Cases::NoCaseYet;
    } else if (state >= 0) {
        filter.cases = RecoveryQueueFilter::Cases::InState;
        filter.state = static_cast<RecoveryState>(state);
    }
    auto shown = filter.keepsAll()
                     ? m_queue
                     : std::make_shared<const std::vector<RecoveryQueueEntry>>(filterRecoveryQueue(
                           *m_queue, filter, m_snapshot->directory(), m_snapshot->cases));
    // A new snapshot keeps what the person had selected and the case they were editing:
    // rows are found again by customer, not by number.
    std::vector<std::int64_t> selected;
    std::int64_t current = 0;
    if (m_model->rowCount() > 0) {
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
            selected.push_back(m_model->customerIdAt(row.row()));
        if (m_table->currentIndex().isValid())
            current = m_model->customerIdAt(m_table->currentIndex().row());
    }
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setQueue(m_snapshot->labels(), std::move(shown));
        QItemSelection selection;
        for (std::int64_t id : selected)
            if (const int row = m_model->rowOfCustomerId(id); row >= 0)
                selection.select(m_model->index(row, 0),
                                 m_model->index(row, RecoveryQueueModel::ColumnCount - 1));
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (const int row = current ? m_model->rowOfCustomerId(current) : -1; row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::NoUpdate);
    }
    if (const int row = m_pendingCustomer ? m_model->rowOfCustomerId(m_pendingCustomer) : -1;
        row >= 0) {
        m_pendingCustomer = 0;
        selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    showCase();
}

std::optional<RecoveryCase> RecoveryView::currentCase() const {
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !m_session->database())
        return std::nullopt;
    const auto& e = m_model->entry(i.row());
    if (e.caseId == 0)
        return std::nullopt;
    return RecoveryRepository(*m_session->database()).find(e.caseId);
}

void RecoveryView::showCase() {
    const auto c = currentCase();
    // The same case again (a new snapshot, a step just taken): the fields keep what is being
    // typed; title, state and attempts follow the file.
    const bool sameCase = c && c->id == m_shownCaseId;
    m_shownCaseId = c ? c->id : 0;
    if (!c) {
        m_editor->showNoCase(
            tr("Select a customer with a case, or open cases for the selected customers."));
        return;
    }
    const int digits = m_snapshot->settings.minorDigits;
    const auto& e = m_model->entry(m_table->currentIndex().row());
    const QString title =
        tr("<b>Case %1</b> · %2 %3 · <b>%4</b><br>opened %5, lost since %6, %7 at stake")
            .arg(c->id)
            // Names from files go into rich text: one clipped line, escaped.
            .arg(QString::fromStdString(clipText(m_snapshot->portfolio.externalId[e.customer], 40))
                     .toHtmlEscaped(),
                 QString::fromStdString(clipText(m_snapshot->nameOf(e.customer), 80))
                     .toHtmlEscaped(),
                 recoveryStateText(c->state), dayText(c->opened), dayText(c->lostDay),
                 moneyText(c->valueAtStake, digits));
    m_editor->showCase(*c, title, digits, sameCase);
}

RecoveryCase RecoveryView::withFields(RecoveryCase c) const {
    return m_editor->withFields(std::move(c), m_snapshot->settings.minorDigits);
}

void RecoveryView::fail(const QString& message) {
    emit m_session->failed(message);
}

bool RecoveryView::change(const std::function<void(const RecoveryCase&)>& edit) {
    const auto stored = currentCase();
    if (!stored)
        return false;
    try {
        edit(*stored);
        return true;
    } catch (const std::exception& e) {
        fail(ErrorMessage::of(e));
        return false;
    }
}

bool RecoveryView::saveCase() {
    return change([this](const RecoveryCase& stored) {
        m_session->editor()->saveRecoveryCase(withFields(stored));
    });
}

std::int32_t RecoveryView::stepDay() const {
    // What people do happens today, whatever day the views replay; the status bar says so
    // when the two differ.
    const Date today = Clock::today();
    if (m_session->asOf() != today)
        emit m_session->message(tr("Dated today, %1: the views show %2.")
                                    .arg(dayText(today.days()), dayText(m_session->asOf().days())));
    return today.days();
}

bool RecoveryView::verify() {
    return change([this](const RecoveryCase& stored) {
        m_session->editor()->moveRecoveryCase(withFields(stored), RecoveryState::Verified,
                                              stepDay());
    });
}

bool RecoveryView::addAttempt(const QString& channel, const QString& outcome, const QString& note) {
    return change([&](const RecoveryCase& stored) {
        m_session->editor()->logRecoveryAttempt(
            stored.id,
            {0, stepDay(), channel.toStdString(), outcome.toStdString(), note.toStdString()});
    });
}

bool RecoveryView::winBack() {
    return change([this](const RecoveryCase& stored) {
        m_session->editor()->moveRecoveryCase(withFields(stored), RecoveryState::WonBack,
                                              stepDay());
    });
}

bool RecoveryView::letGo(const QString& reason) {
    m_editor->setLetGoReason(reason);
    return change([this](const RecoveryCase& stored) {
        m_session->editor()->moveRecoveryCase(withFields(stored), RecoveryState::LetGo, stepDay());
    });
}

bool RecoveryView::openCasesForSelection() {
    if (!m_session->database())
        return false;
    std::vector<PortfolioEditor::CaseOpening> chosen;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (const auto& e = m_model->entry(row.row()); e.caseId == 0)
            chosen.push_back(
                {m_snapshot->portfolio.customerId[e.customer], e.lostDay, e.valueAtStake});
    if (chosen.empty())
        return false;
    try {
        m_session->editor()->openRecoveryCases(chosen, stepDay());
        return true;
    } catch (const std::exception& e) {
        fail(ErrorMessage::of(e));
        return false;
    }
}

} // namespace cartera
