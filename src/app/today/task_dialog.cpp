#include "app/today/task_dialog.h"

#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/session/portfolio_session.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cartera {

namespace {

QDate qdate(std::int32_t day) {
    const Ymd y = Date::fromDays(day).ymd();
    return {y.year, y.month, y.day};
}

std::int32_t dayOf(const QDate& d) {
    return Date::fromYmd(d.year(), d.month(), d.day()).days();
}

} // namespace

TaskDialog::TaskDialog(const QString& about, const std::vector<std::string>& owners,
                       const Task& task, QWidget* parent)
    : QDialog(parent), m_task(task), m_text(new QLineEdit), m_due(new QDateEdit),
      m_owner(new QComboBox), m_kind(new QComboBox) {
    setWindowTitle(tr("New task"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("About:"), new QLabel(about.toHtmlEscaped()));
    m_text->setPlaceholderText(tr("What to do, e.g. call about the new catalogue"));
    form->addRow(tr("&Task:"), m_text);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(qdate(task.due));
    form->addRow(tr("&Due:"), m_due);
    m_owner->setEditable(true);
    for (const std::string& o : owners)
        m_owner->addItem(QString::fromStdString(o));
    m_owner->setCurrentText(QString::fromStdString(task.owner));
    form->addRow(tr("&Owner:"), m_owner);
    for (int k = 0; k < kTaskKindCount; ++k)
        m_kind->addItem(taskKindText(static_cast<TaskKind>(k)), k);
    m_kind->setCurrentIndex(static_cast<int>(task.kind));
    form->addRow(tr("&Kind:"), m_kind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_text, &QLineEdit::textChanged, this,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

Task TaskDialog::task() const {
    Task t = m_task;
    t.text = m_text->text().trimmed().toStdString();
    t.due = dayOf(m_due->date());
    t.owner = m_owner->currentText().trimmed().toStdString();
    t.kind = static_cast<TaskKind>(m_kind->currentData().toInt());
    return t;
}

bool askTask(QWidget* parent, const QString& about, const std::vector<std::string>& owners,
             Task& task) {
    TaskDialog dialog(about, owners, task, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    task = dialog.task();
    return true;
}

bool addTaskByHand(QWidget* parent, PortfolioSession* session, const QString& about,
                   TaskSubject subject, std::int64_t subjectId, TaskKind kind,
                   const std::string& owner) {
    Task t;
    t.subject = subject;
    t.subjectId = subjectId;
    t.kind = kind;
    t.owner = owner;
    t.due = session->asOf().days();
    const auto& owners =
        session->snapshot() ? session->snapshot()->owners() : std::vector<std::string>{};
    if (!askTask(parent, about, owners, t))
        return false;
    try {
        session->editor()->addTask(t);
        return true;
    } catch (const std::exception& e) {
        emit session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool askSnoozeDay(QWidget* parent, const QDate& today, QDate& until) {
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Snooze task"));
    auto* form = new QFormLayout(&dialog);
    auto* date = new QDateEdit(today.addDays(7));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMinimumDate(today.addDays(1));
    form->addRow(QObject::tr("Show it again on:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    until = date->date();
    return true;
}

} // namespace cartera
