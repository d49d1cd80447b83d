#include "app/common/stat_card.h"
#include "app/customers/customer_dialog.h"
#include "app/overview/overview_view.h"
#include "app/recovery/recovery_view.h"
#include "app/today/task_dialog.h"
#include "app/today/today_view.h"
#include "gui_fixture.h"
#include "storage/task_repository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::GuiFixture;

namespace {

std::size_t openTasks(GuiFixture& f) {
    return TaskRepository(*f.window->session()->database()).openEntries().size();
}

} // namespace

TEST_CASE("the rules fill the Today list on opening, and the Overview counts what it shows") {
    GuiFixture f;
    TodayView* today = f.window->today();
    CHECK(f.window->currentPage() == MainWindow::Today);
    const std::size_t stored = openTasks(f);
    REQUIRE(stored > 0);
    // Everyone's list holds every open task: all are due by today (the rules date them on the
    // day their occasion began).
    today->ownerFilter()->setCurrentIndex(0);
    CHECK(today->entries().size() == stored);
    const TodayCounts counts = today->counts();
    CHECK(counts.dueToday + counts.overdue == stored);
    StatCard* card = f.window->overview()->card(QStringLiteral("tasks"));
    CHECK(QLocale().toLongLong(card->value()) == static_cast<long long>(stored));
    // Birthdays come with the names, read apart from the rest: the rules still see them.
    CHECK(std::any_of(today->entries().begin(), today->entries().end(),
                      [](const TodayEntry& e) { return e.task.kind == TaskKind::Birthday; }));
    // Pareto customers first within each kind.
    for (std::size_t k = 1; k < today->entries().size(); ++k) {
        const TodayEntry& a = today->entries()[k - 1];
        const TodayEntry& b = today->entries()[k];
        if (a.task.kind == b.task.kind)
            CHECK(a.paretoClass <= b.paretoClass);
    }
    // Reopening runs the rules again and adds nothing.
    f.window->openPortfolio(f.path);
    f.window->waitForIdle();
    CHECK(openTasks(f) == stored);

    // One owner's list; the choice is remembered.
    const QString owner = today->ownerFilter()->itemData(1).toString();
    today->ownerFilter()->setCurrentIndex(1);
    for (const TodayEntry& e : today->entries())
        CHECK(QString::fromStdString(e.task.owner) == owner);
    CHECK(card->value() == QLocale().toString(static_cast<qulonglong>(today->entries().size())));
    TodayView again(f.window->session());
    again.setSnapshot(f.window->session()->snapshot());
    CHECK(again.ownerFilter()->currentData().toString() == owner);
}

TEST_CASE("done, snooze and dismiss from the keyboard, each undone with the undo stack") {
    GuiFixture f;
    TodayView* today = f.window->today();
    today->ownerFilter()->setCurrentIndex(0);
    const std::size_t before = today->entries().size();
    REQUIRE(before >= 3);
    today->tree()->setFocus();
    const auto first = today->currentEntry();
    REQUIRE(first);
    QTest::keyClick(today->tree(), Qt::Key_D);
    CHECK(today->entries().size() == before - 1);
    CHECK(TaskRepository(*f.window->session()->database()).find(first->task.id)->state ==
          TaskState::Done);
    // The next task keeps the focus, so D D D works through the list.
    REQUIRE(today->currentEntry());
    CHECK(today->currentEntry()->task.id != first->task.id);
    f.window->session()->undoStack()->undo();
    CHECK(today->entries().size() == before);
    CHECK(TaskRepository(*f.window->session()->database()).find(first->task.id)->state ==
          TaskState::Open);

    today->selectTask(first->task.id);
    REQUIRE(today->snooze(QDate(2026, 7, 7)));
    CHECK(today->entries().size() == before - 1);
    // Back on the day it was snoozed until.
    f.window->setAsOf(QDate(2026, 7, 7));
    f.window->waitForIdle();
    bool back = false;
    for (const TodayEntry& e : today->entries())
        back = back || e.task.id == first->task.id;
    CHECK(back);
    f.window->setAsOf(QDate(2026, 6, 30));
    f.window->waitForIdle();

    const auto second = today->currentEntry();
    REQUIRE(second);
    // Delete asks why; the answer is the reason kept.
    QTimer::singleShot(0, [] {
        if (auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            ask->setTextValue(QStringLiteral("sent a card last week"));
            ask->accept();
        }
    });
    today->tree()->setFocus();
    QTest::keyClick(today->tree(), Qt::Key_Delete);
    CHECK(TaskRepository(*f.window->session()->database()).find(second->task.id)->dismissReason ==
          "sent a card last week");
    f.window->session()->undoStack()->undo();
    today->selectTask(second->task.id);
    CHECK_FALSE(today->dismiss(QStringLiteral("  "))); // a reason is needed
    CHECK(f.window->lastError().contains(QStringLiteral("needs a reason")));
    REQUIRE(today->dismiss(QStringLiteral("called them yesterday")));
    CHECK(TaskRepository(*f.window->session()->database()).find(second->task.id)->dismissReason ==
          "called them yesterday");
    f.window->session()->undoStack()->undo();
    CHECK(TaskRepository(*f.window->session()->database()).find(second->task.id)->state !=
          TaskState::Dismissed);
}

TEST_CASE("Enter on a task opens its customer, a task by hand lands in the list") {
    GuiFixture f;
    TodayView* today = f.window->today();
    today->ownerFilter()->setCurrentIndex(0);
    std::optional<TodayEntry> customerTask;
    for (const TodayEntry& e : today->entries())
        if (e.task.subject == TaskSubject::Customer && !customerTask)
            customerTask = e;
    REQUIRE(customerTask);
    today->selectTask(customerTask->task.id);
    today->tree()->setFocus();
    QTest::keyClick(today->tree(), Qt::Key_Return);
    auto* dialog = f.window->findChild<CustomerDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->customerId() == customerTask->customerId);
    dialog->close();

    Task t;
    t.subject = TaskSubject::Customer;
    t.subjectId = customerTask->customerId;
    t.owner = "Zoe Hand";
    t.due = Date::fromYmd(2026, 6, 30).days();
    t.text = "bring the samples";
    const std::size_t before = openTasks(f);
    REQUIRE(today->addTask(t));
    CHECK(openTasks(f) == before + 1);
    CHECK(today->ownerFilter()->findData(QStringLiteral("Zoe Hand")) >= 0);
    f.window->session()->undoStack()->undo();
    CHECK(openTasks(f) == before);
}

TEST_CASE("the task dialog keeps what it was given and needs a text") {
    GuiFixture f(50);
    Task given;
    given.subject = TaskSubject::RecoveryCase;
    given.subjectId = 7;
    given.kind = TaskKind::Recovery;
    given.owner = "Ana Ruiz";
    given.due = Date::fromYmd(2026, 6, 30).days();
    TaskDialog dialog(QStringLiteral("Recovery case 7"), {"Ana Ruiz", "Ben Okafor"}, given);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.textField()->setText(QStringLiteral("  call about the courier  "));
    CHECK(ok->isEnabled());
    dialog.dueField()->setDate(QDate(2026, 7, 3));
    const Task t = dialog.task();
    CHECK(t.text == "call about the courier");
    CHECK(t.kind == TaskKind::Recovery);
    CHECK(t.subject == TaskSubject::RecoveryCase);
    CHECK(t.subjectId == 7);
    CHECK(t.owner == "Ana Ruiz");
    CHECK(t.due == Date::fromYmd(2026, 7, 3).days());
}
