#include "app/today/today_view.h"

#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/session/portfolio_session.h"
#include "app/today/task_dialog.h"
#include "storage/task_repository.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace cartera {

namespace {

enum Column { Subject, Class, Reason, Due, Owner, ColumnCount };
constexpr int kTaskIdRole = Qt::UserRole + 1;
const QString kOwnerKey = QStringLiteral("today/owner");

QString kindTitle(TaskKind kind) {
    switch (kind) {
    case TaskKind::Retention:
        return TodayView::tr("Keep valuable customers");
    case TaskKind::Onboarding:
        return TodayView::tr("Welcome new customers");
    case TaskKind::Decline:
        return TodayView::tr("Customers spending less");
    case TaskKind::Birthday:
        return TodayView::tr("Birthdays");
    case TaskKind::Recovery:
        return TodayView::tr("Recovery cases");
    case TaskKind::Prospect:
        return TodayView::tr("Prospects");
    case TaskKind::FollowUp:
        break;
    }
    return TodayView::tr("Follow-ups");
}

QString classText(ParetoClass c) {
    switch (c) {
    case ParetoClass::A:
        return QStringLiteral("A");
    case ParetoClass::B:
        return QStringLiteral("B");
    case ParetoClass::C:
        return QStringLiteral("C");
    case ParetoClass::Unranked:
        break;
    }
    return {};
}

} // namespace

TodayView::TodayView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_owner(new QComboBox), m_summary(new QLabel),
      m_model(new QStandardItemModel(this)), m_tree(new QTreeView) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* ownerLabel = new QLabel(tr("&Owner:"));
    ownerLabel->setBuddy(m_owner);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addSpacing(12);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_model->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Class"), tr("Why"), tr("Due"), tr("Owner")});
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Tasks due today"));
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_tree->setColumnWidth(Subject, 260);
    m_tree->setColumnWidth(Class, 50);
    m_tree->setColumnWidth(Due, 190);
    m_tree->setColumnWidth(Owner, 120);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open"));
    auto* done = new QPushButton(tr("&Done"));
    auto* snoozeButton = new QPushButton(tr("&Snooze…"));
    auto* dismissButton = new QPushButton(tr("D&ismiss…"));
    auto* add = new QPushButton(tr("&New task…"));
    for (QPushButton* b : {open, done, snoozeButton, dismissButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(add);
    layout->addLayout(buttons);
    auto* hint = new QLabel(
        tr("Keys: Enter opens, D marks done, S snoozes, Delete dismisses. Tasks come from the "
           "rules (Settings → Task rules) and from the New task buttons."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    connect(open, &QPushButton::clicked, this, &TodayView::openCurrent);
    connect(done, &QPushButton::clicked, this, &TodayView::markDone);
    connect(snoozeButton, &QPushButton::clicked, this, &TodayView::askSnooze);
    connect(dismissButton, &QPushButton::clicked, this, &TodayView::askDismiss);
    connect(add, &QPushButton::clicked, this, &TodayView::askNewTask);
    connect(m_tree, &QTreeView::activated, this, &TodayView::openCurrent);
    auto addKey = [this](const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_tree->addAction(a);
    };
    addKey(QKeySequence(Qt::Key_D), &TodayView::markDone);
    addKey(QKeySequence(Qt::Key_S), &TodayView::askSnooze);
    // Delete through a filter: the view takes that key before any shortcut sees it.
    m_tree->installEventFilter(this);

    m_owner->addItem(tr("Everyone"), QString());
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kOwnerKey, m_owner->currentData().toString());
        rebuild();
    });
    connect(m_session, &PortfolioSession::tasksChanged, this, &TodayView::reloadTasks);
}

void TodayView::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    reloadTasks();
}

void TodayView::reloadTasks() {
    m_all.clear();
    if (Database* db = m_session->database(); db && m_snapshot) {
        try {
            m_all = TaskRepository(*db).openEntries();
        } catch (const std::exception& e) {
            emit m_session->failed(ErrorMessage::of(e));
        }
    }
    if (m_snapshot)
        describeTodayEntries(m_all, m_snapshot->portfolio, m_snapshot->directory(),
                             m_snapshot->metrics);
    // Owners: the portfolio's and whoever has a task.
    std::set<QString> owners;
    if (m_snapshot)
        for (const std::string& o : m_snapshot->owners())
            owners.insert(QString::fromStdString(o));
    for (const TodayEntry& e : m_all)
        if (!e.task.owner.empty())
            owners.insert(QString::fromStdString(e.task.owner));
    const QString wanted = QSettings().value(kOwnerKey).toString();
    {
        const QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("Everyone"), QString());
        for (const QString& o : owners)
            m_owner->addItem(o, o);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(wanted)));
    }
    rebuild();
}

void TodayView::rebuild() {
    const std::int64_t current = currentEntry() ? currentEntry()->task.id : 0;
    const std::int32_t day = m_snapshot ? m_snapshot->asOf().days() : 0;
    m_list = todayList(m_all, m_owner->currentData().toString().toStdString(), day);
    m_model->removeRows(0, m_model->rowCount());
    QStandardItem* group = nullptr;
    std::optional<TaskKind> kind;
    int inGroup = 0;
    auto closeGroup = [&] {
        if (group)
            group->setText(QStringLiteral("%1 (%2)").arg(kindTitle(*kind)).arg(inGroup));
    };
    for (const TodayEntry& e : m_list) {
        if (e.task.kind != kind) {
            closeGroup();
            kind = e.task.kind;
            inGroup = 0;
            group = new QStandardItem;
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            QList<QStandardItem*> row{group};
            for (int c = 1; c < ColumnCount; ++c)
                row.append(new QStandardItem);
            m_model->appendRow(row);
        }
        ++inGroup;
        const QString who =
            QString::fromStdString(e.subjectName.empty() ? e.subjectRef : e.subjectName);
        auto* subject = new QStandardItem(who);
        subject->setToolTip(QString::fromStdString(e.subjectRef));
        subject->setData(QVariant::fromValue<qlonglong>(e.task.id), kTaskIdRole);
        auto* cls = new QStandardItem(classText(e.paretoClass));
        cls->setTextAlignment(Qt::AlignCenter);
        if (e.paretoClass == ParetoClass::A) {
            QFont bold = cls->font();
            bold.setBold(true);
            cls->setFont(bold);
        }
        auto* reason = new QStandardItem(QString::fromStdString(e.task.text));
        reason->setToolTip(reason->text());
        const std::int32_t late = day - e.task.dueDay();
        const QString dueDay = dayText(e.task.dueDay());
        auto* due = new QStandardItem(late <= 0   ? tr("today")
                                      : late == 1 ? tr("%1, a day late").arg(dueDay)
                                                  : tr("%1, %2 days late").arg(dueDay).arg(late));
        if (late > 0)
            due->setForeground(stageColor(5));
        auto* owner = new QStandardItem(QString::fromStdString(e.task.owner));
        group->appendRow({subject, cls, reason, due, owner});
    }
    closeGroup();
    m_tree->expandAll();
    const TodayCounts c = counts();
    m_summary->setText(m_list.empty() ? tr("Nothing due today.")
                                      : tr("%1 due today, %2 overdue")
                                            .arg(numberText(static_cast<qulonglong>(c.dueToday)),
                                                 numberText(static_cast<qulonglong>(c.overdue))));
    if (current)
        selectTask(current);
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0 &&
        m_model->item(0)->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    emit countsChanged(c.dueToday, c.overdue, m_owner->currentData().toString());
}

std::optional<TodayEntry> TodayView::currentEntry() const {
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || !i.parent().isValid())
        return std::nullopt;
    const qlonglong id = i.siblingAtColumn(Subject).data(kTaskIdRole).toLongLong();
    for (const TodayEntry& e : m_list)
        if (e.task.id == id)
            return e;
    return std::nullopt;
}

void TodayView::selectTask(std::int64_t id) {
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex i = m_model->index(r, 0, group);
            if (i.data(kTaskIdRole).toLongLong() == id) {
                m_tree->setCurrentIndex(i);
                return;
            }
        }
    }
}

bool TodayView::change(const std::function<void(Task&)>& edit) {
    const auto e = currentEntry();
    if (!e || !m_snapshot)
        return false;
    // The next row keeps the focus once this one leaves the list.
    const QModelIndex i = m_tree->currentIndex();
    const QModelIndex next =
        i.sibling(i.row() + 1, 0).isValid() ? i.sibling(i.row() + 1, 0) : i.sibling(i.row() - 1, 0);
    const qlonglong nextId = next.isValid() ? next.data(kTaskIdRole).toLongLong() : 0;
    Task t = e->task;
    edit(t);
    try {
        m_session->editor()->changeTask(t);
    } catch (const std::exception& ex) {
        emit m_session->failed(ErrorMessage::of(ex));
        return false;
    }
    if (nextId)
        selectTask(nextId);
    return true;
}

bool TodayView::markDone() {
    const std::int32_t day = m_snapshot ? m_snapshot->asOf().days() : 0;
    return change([day](Task& t) {
        t.state = TaskState::Done;
        t.closed = day;
    });
}

bool TodayView::snooze(const QDate& until) {
    const std::int32_t day = Date::fromYmd(until.year(), until.month(), until.day()).days();
    return change([day](Task& t) {
        t.state = TaskState::Snoozed;
        t.snoozedUntil = day;
    });
}

bool TodayView::dismiss(const QString& reason) {
    const std::int32_t day = m_snapshot ? m_snapshot->asOf().days() : 0;
    return change([&](Task& t) {
        t.state = TaskState::Dismissed;
        t.dismissReason = reason.trimmed().toStdString();
        t.closed = day;
    });
}

bool TodayView::addTask(const Task& task) {
    try {
        m_session->editor()->addTask(task);
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

void TodayView::openCurrent() {
    const auto e = currentEntry();
    if (!e || !m_snapshot)
        return;
    switch (e->task.subject) {
    case TaskSubject::Customer: {
        const auto& ids = m_snapshot->portfolio.customerId;
        const auto it = std::lower_bound(ids.begin(), ids.end(), e->customerId);
        if (it != ids.end() && *it == e->customerId)
            emit openCustomer(static_cast<std::uint32_t>(it - ids.begin()));
        break;
    }
    case TaskSubject::RecoveryCase:
        emit openCase(e->customerId);
        break;
    case TaskSubject::Prospect:
        emit openProspect(e->task.subjectId);
        break;
    }
}

void TodayView::askSnooze() {
    const auto e = currentEntry();
    if (!e || !m_snapshot)
        return;
    const Ymd y = m_snapshot->asOf().ymd();
    const QDate today(y.year, y.month, y.day);
    QDate until;
    if (askSnoozeDay(this, today, until))
        snooze(until);
}

void TodayView::askDismiss() {
    if (!currentEntry())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Dismiss task"),
        tr("Why is this task not needed? The rule will not bring it back for this occasion."),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        dismiss(reason);
}

void TodayView::askNewTask() {
    const auto e = currentEntry();
    if (!e || !m_snapshot) {
        emit m_session->message(
            tr("Select a task's customer here, or use New task in the customer window."));
        return;
    }
    addTaskByHand(this, m_session, QString::fromStdString(e->subjectName), e->task.subject,
                  e->task.subjectId, TaskKind::FollowUp, e->task.owner);
}

bool TodayView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        askDismiss();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cartera
