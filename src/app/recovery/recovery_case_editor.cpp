#include "app/recovery/recovery_case_editor.h"

#include "app/common/display_text.h"
#include "core/base/text_limits.h"
#include "core/portfolio/contact_channel.h"
#include "ui_recovery_case_editor.h"

#include <QLocale>

namespace cartera {

RecoveryCaseEditor::RecoveryCaseEditor(QWidget* parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::RecoveryCaseEditor>()) {
    m_ui->setupUi(this);
    for (std::string_view c : kContactChannels)
        m_ui->channel->addItem(contactChannelText(c),
                               QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size())));
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setMaxLength(static_cast<int>(kMaxFieldChars));
    connect(m_ui->save, &QPushButton::clicked, this, &RecoveryCaseEditor::saveClicked);
    connect(m_ui->verify, &QPushButton::clicked, this, &RecoveryCaseEditor::verifyClicked);
    connect(m_ui->winBack, &QPushButton::clicked, this, &RecoveryCaseEditor::winBackClicked);
    connect(m_ui->letGo, &QPushButton::clicked, this, &RecoveryCaseEditor::letGoClicked);
    connect(m_ui->logAttempt, &QPushButton::clicked, this, &RecoveryCaseEditor::logAttemptClicked);
    setEnabled(false);
}

RecoveryCaseEditor::~RecoveryCaseEditor() = default;

void RecoveryCaseEditor::setLossReasons(const std::vector<std::string>& reasons) {
    const QString current = m_ui->reason->currentData().toString();
    const QSignalBlocker block(m_ui->reason);
    m_ui->reason->clear();
    m_ui->reason->addItem(tr("(not known yet)"), QString());
    for (const std::string& r : reasons)
        m_ui->reason->addItem(lossReasonText(r), QString::fromStdString(r));
    m_ui->reason->setCurrentIndex(std::max(0, m_ui->reason->findData(current)));
}

void RecoveryCaseEditor::showNoCase(const QString& why) {
    setEnabled(false);
    m_ui->attempts->clear();
    m_ui->caseTitle->setText(why);
}

void RecoveryCaseEditor::showCase(const RecoveryCase& c, const QString& title, int minorDigits,
                                  bool keepTyped) {
    setEnabled(true);
    m_ui->caseTitle->setText(title);
    m_ui->attempts->clear();
    for (const RecoveryAttempt& a : c.attempts)
        m_ui->attempts->addItem(QStringLiteral("%1  %2  %3  %4")
                                    .arg(dayText(a.day), contactChannelText(a.channel),
                                         QString::fromStdString(a.outcome),
                                         QString::fromStdString(a.note)));
    if (keepTyped)
        return;
    m_ui->reason->setCurrentIndex(
        std::max(0, m_ui->reason->findData(QString::fromStdString(c.reason))));
    m_ui->ourFault->setChecked(c.ourFault);
    m_ui->actionDone->setChecked(c.actionDone);
    m_ui->competitor->setText(QString::fromStdString(c.competitor));
    m_ui->detail->setText(QString::fromStdString(c.detail));
    m_ui->action->setText(QString::fromStdString(c.correctiveAction));
    m_ui->actionOwner->setText(QString::fromStdString(c.actionOwner));
    m_ui->actionDue->setText(isoDayText(c.actionDue));
    m_ui->cost->setText(moneyText(c.expectedCost, minorDigits));
    m_ui->letGoReason->setText(QString::fromStdString(c.letGoReason));
}

RecoveryCase RecoveryCaseEditor::withFields(RecoveryCase c, int minorDigits) const {
    c.reason = m_ui->reason->currentData().toString().toStdString();
    c.ourFault = m_ui->ourFault->isChecked();
    c.actionDone = m_ui->actionDone->isChecked();
    c.competitor = m_ui->competitor->text().toStdString();
    c.detail = m_ui->detail->text().toStdString();
    c.correctiveAction = m_ui->action->text().toStdString();
    c.actionOwner = m_ui->actionOwner->text().toStdString();
    c.letGoReason = m_ui->letGoReason->text().toStdString();
    const QString due = m_ui->actionDue->text().trimmed();
    if (due.isEmpty()) {
        c.actionDue = kNoDay;
    } else if (const auto d = Date::parseIso(due.toStdString())) {
        c.actionDue = d->days();
    } else {
        throw std::runtime_error(
            tr("the action's due date must be YYYY-MM-DD (not '%1')").arg(due).toStdString());
    }
    // The cost field shows the locale's separators; read it back the same way.
    const QString costText = m_ui->cost->text().trimmed();
    const auto cost = parseMoney(costText.toStdString(),
                                 {QLocale().decimalPoint().at(0).toLatin1(), minorDigits});
    if (!cost || *cost < 0)
        throw std::runtime_error(tr("the expected cost must be an amount such as 120.00 (not '%1')")
                                     .arg(costText)
                                     .toStdString());
    c.expectedCost = *cost;
    return c;
}

RecoveryAttempt RecoveryCaseEditor::typedAttempt(std::int32_t day) const {
    return {0, day, m_ui->channel->currentData().toString().toStdString(),
            m_ui->outcome->text().toStdString(), m_ui->note->text().toStdString()};
}

QString RecoveryCaseEditor::letGoReason() const {
    return m_ui->letGoReason->text();
}

void RecoveryCaseEditor::setLetGoReason(const QString& reason) {
    m_ui->letGoReason->setText(reason);
}

} // namespace cartera
