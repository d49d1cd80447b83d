#include "app/customers/customer_dialog.h"

#include "app/common/display_text.h"
#include "app/session/portfolio_session.h"
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

namespace cartera {

namespace {

QDate toQDate(std::int32_t day) {
    const Ymd d = Date::fromDays(day).ymd();
    return {d.year, d.month, d.day};
}

std::int32_t fromQDate(const QDate& d) {
    return Date::fromYmd(d.year(), d.month(), d.day()).days();
}

const char* kFields[][2] = {{"externalId", "Id"},
                            {"name", "Name"},
                            {"company", "Company"},
                            {"email", "E-mail"},
                            {"phone", "Phone"},
                            {"birthday", "Birthday (YYYY-MM-DD)"},
                            {"customerSince", "Customer since (YYYY-MM-DD)"},
                            {"owner", "Owner"},
                            {"source", "Source"},
                            {"referredBy", "Referred by (customer id)"}};

} // namespace

CustomerDialog::CustomerDialog(PortfolioSession* session, std::int64_t customerId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(customerId), m_title(new QLabel),
      m_status(new QLabel), m_tabs(new QTabWidget), m_notes(new QPlainTextEdit),
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

    auto* contact = new QWidget;
    auto* form = new QFormLayout(contact);
    for (const auto& [name, label] : kFields) {
        auto* edit = new QLineEdit;
        edit->setMaxLength(static_cast<int>(kMaxFieldChars));
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(tr(label));
        form->addRow(tr(label), edit);
    }
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("Notes"), m_notes);
    auto* saveButton = new QPushButton(tr("&Save changes"));
    saveButton->setObjectName(QStringLiteral("save"));
    form->addRow(QString(), saveButton);
    connect(saveButton, &QPushButton::clicked, this, &CustomerDialog::save);
    m_tabs->addTab(contact, tr("&Contact"));

    auto* purchases = new QWidget;
    auto* pl = new QVBoxLayout(purchases);
    m_chart->setMinimumHeight(200);
    m_chart->setRenderHint(QPainter::Antialiasing);
    pl->addWidget(m_chart, 1);
    m_purchases->setColumnCount(2);
    m_purchases->setHorizontalHeaderLabels({tr("Day"), tr("Amount")});
    m_purchases->horizontalHeader()->setStretchLastSection(true);
    m_purchases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_purchases->verticalHeader()->hide();
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
    m_tabs->addTab(log, tr("Interactions"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* lost = buttons->addButton(tr("Mark as &lost"), QDialogButtonBox::ActionRole);
    lost->setObjectName(QStringLiteral("markLost"));
    connect(lost, &QPushButton::clicked, this, &CustomerDialog::markLost);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(session, &PortfolioSession::snapshotChanged, this, &CustomerDialog::refresh);
    loadRecord();
    refresh();
}

QLineEdit* CustomerDialog::field(const QString& name) const {
    return findChild<QLineEdit*>(name);
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
    field(QStringLiteral("externalId"))->setText(QString::fromStdString(r.externalId));
    field(QStringLiteral("name"))->setText(QString::fromStdString(r.name));
    field(QStringLiteral("company"))->setText(QString::fromStdString(r.company));
    field(QStringLiteral("email"))->setText(QString::fromStdString(r.email));
    field(QStringLiteral("phone"))->setText(QString::fromStdString(r.phone));
    field(QStringLiteral("birthday"))->setText(dayText(r.birthday));
    field(QStringLiteral("customerSince"))->setText(dayText(r.customerSince));
    field(QStringLiteral("owner"))->setText(QString::fromStdString(r.owner));
    field(QStringLiteral("source"))->setText(QString::fromStdString(r.source));
    field(QStringLiteral("referredBy"))->setText(QString::fromStdString(r.referredBy));
    m_notes->setPlainText(QString::fromStdString(r.notes));
    // Names come from files: a label shows a line of them, never a book.
    setWindowTitle(tr("Customer %1").arg(QString::fromStdString(clipText(r.externalId, 60))));
    m_title->setText(QString::fromStdString(clipText(r.name.empty() ? r.externalId : r.name, 100)));
}

CustomerRecord CustomerDialog::recordFromFields() const {
    CustomerRecord r;
    // A field the user did not touch keeps its stored value exactly, even one longer than an
    // editor shows: saving another field must not cut it.
    auto text = [this](const char* name, const std::string& stored) {
        const QLineEdit* edit = field(QString::fromLatin1(name));
        const QString shown = QString::fromStdString(stored).left(edit->maxLength());
        return edit->text() == shown ? stored : edit->text().trimmed().toStdString();
    };
    r.externalId = text("externalId", m_record.externalId);
    r.name = text("name", m_record.name);
    r.company = text("company", m_record.company);
    r.email = text("email", m_record.email);
    r.phone = text("phone", m_record.phone);
    r.owner = text("owner", m_record.owner);
    r.source = text("source", m_record.source);
    r.referredBy = text("referredBy", m_record.referredBy);
    r.notes = m_notes->toPlainText() == QString::fromStdString(m_record.notes)
                  ? m_record.notes
                  : m_notes->toPlainText().toStdString();
    for (const char* name : {"birthday", "customerSince"}) {
        const std::string value = field(QString::fromLatin1(name))->text().trimmed().toStdString();
        std::int32_t day = kNoDay;
        if (!value.empty()) {
            const auto d = Date::parseIso(value);
            if (!d)
                throw std::runtime_error(
                    tr("%1 must be a date as YYYY-MM-DD (not '%2')")
                        .arg(tr(std::string(name) == "birthday" ? "Birthday" : "Customer since"),
                             QString::fromStdString(value))
                        .toStdString());
            day = d->days();
        }
        (std::string(name) == "birthday" ? r.birthday : r.customerSince) = day;
    }
    return r;
}

void CustomerDialog::save() {
    try {
        const CustomerRecord after = recordFromFields();
        m_session->editor()->changeCustomer(m_id, m_record, after);
        m_record = after;
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot save"), QString::fromStdString(e.what()));
    }
}

void CustomerDialog::markLost() {
    try {
        m_session->editor()->markLost(m_id, m_session->asOf().days(),
                                      "marked in the customer window");
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot mark as lost"), QString::fromStdString(e.what()));
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
        QMessageBox::warning(this, tr("Cannot add the interaction"),
                             QString::fromStdString(e.what()));
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
                                                .arg(st.tenureMonths)
                                          : QString();
            text += activityReasonText(st, snapshot->settings.atRiskAfterDays,
                                       snapshot->settings.lostAfterDays)
                        .toHtmlEscaped();
            text += rank ? tr(". Pareto rank %1 of %2 in the last 12 months (class %3).")
                               .arg(rank)
                               .arg(snapshot->metrics.pareto.rankedCount())
                               .arg(QString::fromUtf8(
                                   paretoClassName(snapshot->metrics.paretoClassOf(i)).data()))
                         : tr(". Not ranked: no net revenue in the last 12 months.");
            if (const auto c = RecoveryRepository(*m_session->database()).openCaseOf(m_id))
                text += tr("<br>Recovery case %1: <b>%2</b>%3.")
                            .arg(c->id)
                            .arg(QString::fromUtf8(recoveryStateName(c->state).data()),
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
    QChart* old = m_chart->chart();
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
