#include "app/customers/customer_dialog.h"

#include "app/common/chart_axes.h"
#include "app/common/chart_export.h"
#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/common/palette_colors.h"
#include "app/common/window_undo.h"
#include "app/customers/customer_contact_form.h"
#include "app/session/portfolio_session.h"
#include "app/today/task_dialog.h"
#include "core/base/text_limits.h"
#include "core/portfolio/portfolio.h"
#include "storage/activity_repository.h"
#include "storage/customer_repository.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace cartera {

namespace {

QDate toQDate(std::int32_t day) {
    const Ymd d = Date::fromDays(day).ymd();
    return {d.year, d.month, d.day};
}

std::int32_t fromQDate(const QDate& d) {
    return Date::fromYmd(d.year(), d.month(), d.day()).days();
}

} // namespace

namespace {

// Segment, tier with the gap to the next, and what the lifetime-value model expects.
QString valueText(const CustomerValue& v, std::size_t i, int digits, const QString& currency) {
    QStringList parts;
    const int segment = v.segmentOf(i);
    if (segment >= 0) {
        const auto& e = v.rfm.entries[v.rfm.entryOf[i]];
        parts << CustomerDialog::tr("RFM %1%2%3: <b>%4</b>")
                     .arg(e.r)
                     .arg(e.f)
                     .arg(e.m)
                     .arg(segmentText(
                              v.settings.segments.segmentName(static_cast<std::size_t>(segment)))
                              .toHtmlEscaped());
    }
    const auto& t = v.tiers.entries[i];
    const RewardTiers& tiers = v.settings.tiers;
    QString tier =
        CustomerDialog::tr("tier <b>%1</b>").arg(tierText(tiers.nameOf(t.tier)).toHtmlEscaped());
    const auto next = static_cast<std::size_t>(t.tier + 1);
    if (next < tiers.tiers().size()) {
        QStringList gap;
        const std::int32_t days = t.daysToNext(tiers);
        if (days > 0)
            gap << (days == 1 ? CustomerDialog::tr("%Ln more purchase", nullptr, 1)
                              : CustomerDialog::tr("%Ln more purchases", nullptr, days));
        if (const Cents revenue = t.revenueToNext(tiers); revenue > 0)
            gap << CustomerDialog::tr("%1 more").arg(currencyText(revenue, digits, currency));
        tier += CustomerDialog::tr(" (%1 to reach %2)")
                    .arg(gap.join(CustomerDialog::tr(" and ")),
                         tierText(tiers.tiers()[next].name).toHtmlEscaped());
    }
    parts << tier;
    if (v.clv.usable() && !std::isnan(v.clv.pAlive[i]))
        parts << CustomerDialog::tr("P(alive) %1: expected %2 purchases in the next 12 weeks, "
                                    "lifetime value %3")
                     .arg(numberText(static_cast<double>(v.clv.pAlive[i]), 'f', 2),
                          numberText(static_cast<double>(v.clv.expectedPurchases[i]), 'f', 1),
                          currencyText(static_cast<Cents>(std::llround(v.clv.clv[i])), digits,
                                       currency));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

CustomerDialog::CustomerDialog(PortfolioSession* session, std::int64_t customerId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(customerId), m_title(new QLabel),
      m_status(new QLabel), m_tabs(new QTabWidget), m_contact(new CustomerContactForm),
      m_purchases(new QTableWidget), m_chart(new QChartView), m_interactions(new QListWidget),
      m_kind(new QComboBox), m_direction(new QComboBox), m_interactionDay(new QDateEdit),
      m_interactionNote(new QLineEdit) {
    setAttribute(Qt::WA_DeleteOnClose);
    m_interactionDay->setKeyboardTracking(false);
    resize(760, 620);
    auto* layout = new QVBoxLayout(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_contact, &CustomerContactForm::saveClicked, this, &CustomerDialog::save);
    m_tabs->addTab(m_contact, tr("&Contact"));

    auto* purchases = new QWidget;
    auto* pl = new QVBoxLayout(purchases);
    m_chart->setMinimumHeight(200);
    m_chart->setAccessibleName(tr("Purchases over time"));
    addChartExportMenu(*m_chart, tr("purchases"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    pl->addWidget(m_chart, 1);
    m_purchases->setColumnCount(2);
    m_purchases->setHorizontalHeaderLabels({tr("Day"), tr("Amount")});
    setUpListTable(*m_purchases, tr("Purchases"));
    pl->addWidget(m_purchases, 1);
    m_tabs->addTab(purchases, tr("&Purchases"));

    auto* log = new QWidget;
    auto* ll = new QVBoxLayout(log);
    ll->addWidget(m_interactions, 1);
    auto* addRow = new QHBoxLayout;
    m_kind->addItem(tr("Call"), QStringLiteral("call"));
    m_kind->addItem(tr("E-mail"), QStringLiteral("email"));
    m_kind->addItem(tr("Letter"), QStringLiteral("letter"));
    m_kind->addItem(tr("Visit"), QStringLiteral("visit"));
    m_kind->addItem(tr("SMS"), QStringLiteral("sms"));
    m_direction->addItem(tr("outgoing"), QStringLiteral("out"));
    m_direction->addItem(tr("incoming"), QStringLiteral("in"));
    m_interactionDay->setCalendarPopup(true);
    m_interactionDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_interactionDay->setDate(toQDate(session->asOf().days()));
    m_interactionNote->setPlaceholderText(tr("What was said"));
    m_interactionNote->setObjectName(QStringLiteral("interactionNote"));
    m_kind->setAccessibleName(tr("Interaction kind"));
    m_direction->setAccessibleName(tr("Direction"));
    m_interactionDay->setAccessibleName(tr("Interaction day"));
    m_interactionNote->setAccessibleName(tr("Interaction note"));
    auto* addButton = new QPushButton(tr("Add &interaction"));
    addButton->setObjectName(QStringLiteral("addInteraction"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_direction, m_interactionDay})
        addRow->addWidget(w);
    addRow->addWidget(m_interactionNote, 1);
    addRow->addWidget(addButton);
    ll->addLayout(addRow);
    connect(addButton, &QPushButton::clicked, this, &CustomerDialog::addInteraction);
    // Enter in the note adds the interaction, as the button does.
    connect(m_interactionNote, &QLineEdit::returnPressed, this, &CustomerDialog::addInteraction);
    m_tabs->addTab(log, tr("Interactions"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* lost = buttons->addButton(tr("Mark as &lost"), QDialogButtonBox::ActionRole);
    lost->setObjectName(QStringLiteral("markLost"));
    connect(lost, &QPushButton::clicked, this, &CustomerDialog::markLost);
    auto* task = buttons->addButton(tr("New &task…"), QDialogButtonBox::ActionRole);
    task->setObjectName(QStringLiteral("newTask"));
    connect(task, &QPushButton::clicked, this, [this] {
        addTaskByHand(this, m_session, m_title->text(), TaskSubject::Customer, m_id,
                      TaskKind::FollowUp, m_record.owner);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    addWindowUndo(*this, *session->undoStack());
    connect(session, &PortfolioSession::snapshotChanged, this, &CustomerDialog::refresh);
    loadRecord();
    refresh();
}

QString CustomerDialog::statusText() const {
    return m_status->text();
}

QString CustomerDialog::titleText() const {
    return m_title->text();
}

void CustomerDialog::loadRecord() {
    const auto c = CustomerRepository(*m_session->database()).find(m_id);
    if (!c)
        return;
    m_record = c->record;
    const CustomerRecord& r = m_record;
    m_contact->showRecord(r);
    // Names come from files: a label shows a line of them, never a book.
    setWindowTitle(tr("Customer %1").arg(QString::fromStdString(clipText(r.externalId, 60))));
    m_title->setText(QString::fromStdString(clipText(r.name.empty() ? r.externalId : r.name, 100)));
}

void CustomerDialog::save() {
    try {
        const CustomerRecord after = m_contact->typedRecord();
        m_session->editor()->changeCustomer(m_id, m_record, after);
        m_record = after;
        // The typing is saved: what Ctrl+Z undoes now is the saved edit, not keystrokes.
        m_contact->showRecord(after);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot save"), ErrorMessage::of(e));
    }
}

void CustomerDialog::markLost() {
    try {
        m_session->editor()->markLost(m_id, m_session->asOf().days(),
                                      "marked in the customer window");
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot mark as lost"), ErrorMessage::of(e));
    }
}

void CustomerDialog::addInteraction() {
    Interaction i;
    i.customerId = m_id;
    i.day = fromQDate(m_interactionDay->date());
    i.kind = m_kind->currentData().toString().toStdString();
    i.direction = m_direction->currentData().toString().toStdString();
    i.note = m_interactionNote->text().toStdString();
    try {
        m_session->editor()->addInteraction(i);
        m_interactionNote->clear();
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot add the interaction"), ErrorMessage::of(e));
    }
}

void CustomerDialog::refresh() {
    if (!m_session->database())
        return;
    // An undo or redo may have changed the fields behind our back.
    if (const auto c = CustomerRepository(*m_session->database()).find(m_id);
        c && !(c->record == m_record))
        loadRecord();
    ActivityRepository activity(*m_session->database());
    const auto& snapshot = m_session->snapshot();
    // Where the customer stands, from the snapshot when it already knows the customer.
    if (snapshot) {
        const auto& ids = snapshot->portfolio.customerId;
        const auto it = std::lower_bound(ids.begin(), ids.end(), m_id);
        if (it != ids.end() && *it == m_id) {
            const auto i = static_cast<std::size_t>(it - ids.begin());
            const CustomerStatus& st = snapshot->metrics.status[i];
            const auto rank = snapshot->metrics.paretoRank[i];
            QString text = st.inPortfolio ? tr("<b>%1</b>, tenure %2 months. ")
                                                .arg(stageText(st.stage))
                                                .arg(st.tenureMonths(snapshot->asOf()))
                                          : QString();
            text += activityReasonText(st, snapshot->asOf(), snapshot->settings.atRiskAfterDays,
                                       snapshot->settings.lostAfterDays)
                        .toHtmlEscaped();
            text += rank ? tr(". Pareto rank %1 of %2 in the last 12 months (class %3).")
                               .arg(numberText(rank), numberText(static_cast<qulonglong>(
                                                          snapshot->metrics.pareto.rankedCount())))
                               .arg(QString::fromUtf8(
                                   paretoClassName(snapshot->metrics.paretoClassOf(i)).data()))
                         : tr(". Not ranked: no net revenue in the last 12 months.");
            if (snapshot->value)
                text += QStringLiteral("<br>") +
                        valueText(*snapshot->value, i, snapshot->settings.minorDigits,
                                  QString::fromStdString(snapshot->settings.currency));
            if (const auto c = RecoveryRepository(*m_session->database()).openCaseOf(m_id))
                text += tr("<br>Recovery case %1: <b>%2</b>%3.")
                            .arg(c->id)
                            .arg(recoveryStateText(c->state),
                                 c->reason.empty()
                                     ? QString()
                                     : tr(", lost over %1").arg(QString::fromStdString(c->reason)));
            const ReferralCredit r =
                ProspectRepository(*m_session->database()).referralCreditOf(m_id);
            if (r.prospects > 0 || r.customers > 0)
                text += tr("<br>Referred %1 prospects (%2 converted) and %3 customers.")
                            .arg(r.prospects)
                            .arg(r.converted)
                            .arg(r.customers);
            m_status->setText(text);
        }
    }
    const int digits = snapshot ? snapshot->settings.minorDigits : 2;
    const auto purchases = activity.purchases(m_id);
    m_purchases->setRowCount(static_cast<int>(purchases.size()));
    auto* series = new QLineSeries;
    series->setName(tr("Cumulative spend"));
    Cents cumulative = 0;
    for (std::size_t k = 0; k < purchases.size(); ++k) {
        const auto& p = purchases[purchases.size() - 1 - k]; // newest first in the table
        m_purchases->setItem(static_cast<int>(k), 0, new QTableWidgetItem(dayText(p.day)));
        auto* amount = new QTableWidgetItem(moneyText(p.amount, digits));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_purchases->setItem(static_cast<int>(k), 1, amount);
    }
    double top = 0;
    double unit = 1; // minor units per major unit: 100 for cents, 1 for yen, 1000 for dinars
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    for (const auto& p : purchases) {
        cumulative += p.amount;
        top = std::max(top, static_cast<double>(cumulative) / unit);
        const QDateTime when(toQDate(p.day), QTime(12, 0));
        series->append(static_cast<qreal>(when.toMSecsSinceEpoch()),
                       static_cast<double>(cumulative) / unit);
    }
    auto* chart = new QChart;
    applyPalette(*chart, palette());
    chart->addSeries(series);
    chart->setTitle(
        tr("Cumulative spend (%1)")
            .arg(snapshot ? QString::fromStdString(snapshot->settings.currency) : QString()));
    chart->legend()->hide();
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->setRange(0, std::max(1.0, top * 1.05)); // after attaching, which resets the range
    y->applyNiceNumbers();                     // ticks at 0, 5000, 10000, not 7113, 14226
    QChart* old = m_chart->chart();
    localizeValueAxes(*chart);
    m_chart->setChart(chart);
    delete old;

    m_interactions->clear();
    for (const auto& i : activity.interactions(m_id))
        m_interactions->addItem(QStringLiteral("%1  %2 (%3)  %4")
                                    .arg(dayText(i.day), QString::fromStdString(i.kind),
                                         QString::fromStdString(i.direction),
                                         QString::fromStdString(i.note)));
    for (const auto& mark : activity.lostMarks(m_id))
        m_interactions->addItem(
            tr("%1  marked lost  %2").arg(dayText(mark.day), QString::fromStdString(mark.note)));
}

} // namespace cartera
