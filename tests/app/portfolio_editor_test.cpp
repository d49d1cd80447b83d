#include "app/session/portfolio_editor.h"
#include "app/session/portfolio_session.h"
#include "storage/activity_repository.h"
#include "storage/campaign_repository.h"
#include "storage/customer_list_repository.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"
#include "storage/task_repository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace cartera;

namespace {

// A session on an empty portfolio, edited without any widget.
struct EditorFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("edits.cartera"));
    PortfolioSession session;

    EditorFixture() {
        REQUIRE(session.open(path, true));
        session.waitForIdle();
    }
    PortfolioEditor& editor() { return *session.editor(); }
    Database& db() { return *session.database(); }
    QUndoStack& undo() { return *session.undoStack(); }
    std::optional<Customer> customer(std::int64_t id) { return CustomerRepository(db()).find(id); }
};

CustomerRecord record(const char* externalId, const char* name) {
    CustomerRecord r;
    r.externalId = externalId;
    r.name = name;
    return r;
}

Prospect prospect(std::int64_t id, const char* name, const char* email = "") {
    Prospect p;
    p.id = id;
    p.name = name;
    p.email = email;
    return p;
}

} // namespace

TEST_CASE("customer edits are undone and redone through the one edit path") {
    EditorFixture f;
    const std::int64_t id = f.editor().addCustomer(record("C1", "Ana"));
    REQUIRE(f.customer(id));
    CHECK(f.undo().count() == 1);
    CHECK(f.undo().undoText() == QStringLiteral("Add Ana"));

    CustomerRecord after = f.customer(id)->record;
    after.email = "ana@example.com";
    f.editor().changeCustomer(id, f.customer(id)->record, after);
    f.editor().addInteraction({0, id, 20000, "call", "out", "asked about the order"});
    f.editor().markLost(id, 20010, "moved away");
    CHECK(f.customer(id)->record.email == "ana@example.com");
    CHECK(ActivityRepository(f.db()).interactions(id).size() == 1);
    CHECK(ActivityRepository(f.db()).lostMarks(id).size() == 1);
    CHECK(f.undo().count() == 4);

    f.undo().undo(); // the lost mark
    CHECK(ActivityRepository(f.db()).lostMarks(id).empty());
    f.undo().undo(); // the interaction
    CHECK(ActivityRepository(f.db()).interactions(id).empty());
    f.undo().undo(); // the e-mail
    CHECK(f.customer(id)->record.email.empty());
    f.undo().undo(); // the customer
    CHECK_FALSE(f.customer(id));

    f.undo().redo();
    REQUIRE(f.customer(id)); // back under its old id
    f.undo().redo();
    f.undo().redo();
    f.undo().redo();
    CHECK(f.customer(id)->record.email == "ana@example.com");
    CHECK(ActivityRepository(f.db()).interactions(id).size() == 1);
    CHECK(ActivityRepository(f.db()).lostMarks(id).size() == 1);

    f.editor().deleteCustomer(id);
    CHECK_FALSE(f.customer(id));
    CHECK(f.undo().undoText() == QStringLiteral("Delete Ana"));
    f.undo().undo();
    REQUIRE(f.customer(id));
    CHECK(ActivityRepository(f.db()).interactions(id).size() == 1); // its history came back
    f.session.waitForIdle();
    CHECK(f.session.snapshot()->portfolio.customerCount() == 1);
}

TEST_CASE("a refused edit writes nothing and pushes nothing") {
    EditorFixture f;
    f.editor().addCustomer(record("C1", "Ana"));
    CHECK_THROWS(f.editor().addCustomer(record("C1", "Someone else")));
    CHECK(f.undo().count() == 1);
    CHECK(CustomerRepository(f.db()).count() == 1);
    CHECK_THROWS(f.editor().deleteCustomer(999));
    CHECK_THROWS(f.editor().saveProspect(prospect(42, "Nobody")));
    CHECK(f.undo().count() == 1);
}

TEST_CASE("an undo the file refuses leaves no command claiming it") {
    EditorFixture f;
    const std::int64_t id = f.editor().addCustomer(record("C1", "Ana"));
    CustomerRecord after = f.customer(id)->record;
    after.phone = "+51 1 555 0100";
    f.editor().changeCustomer(id, f.customer(id)->record, after);
    CustomerRepository(f.db()).remove(id); // behind the stack's back
    QSignalSpy failed(&f.session, &PortfolioSession::failed);

    f.undo().undo();
    CHECK(failed.count() == 1);
    CHECK(f.undo().count() == 1); // the edit is gone from the stack, the add is left
    CHECK(f.undo().undoText() == QStringLiteral("Add Ana"));
}

TEST_CASE("recovery edits: cases opened together are one undo step, each step undoes") {
    EditorFixture f;
    const std::int64_t a = f.editor().addCustomer(record("C1", "Ana"));
    const std::int64_t b = f.editor().addCustomer(record("C2", "Ben"));
    const auto ids = f.editor().openRecoveryCases({{a, 20000, 12000}, {b, 20001, 3000}}, 20100);
    REQUIRE(ids.size() == 2);
    CHECK(RecoveryRepository(f.db()).cases().size() == 2);

    RecoveryCase edited = *RecoveryRepository(f.db()).find(ids[0]);
    edited.reason = "price";
    f.editor().moveRecoveryCase(edited, RecoveryState::Verified, 20101);
    f.editor().logRecoveryAttempt(ids[0], {0, 20102, "call", "no answer", ""});
    auto stored = *RecoveryRepository(f.db()).find(ids[0]);
    CHECK(stored.state == RecoveryState::Contacted);
    CHECK(stored.reason == "price");
    CHECK(stored.attempts.size() == 1);

    f.undo().undo();
    f.undo().undo();
    stored = *RecoveryRepository(f.db()).find(ids[0]);
    CHECK(stored.state == RecoveryState::Identified);
    CHECK(stored.reason.empty());
    CHECK(stored.attempts.empty());
    f.undo().undo(); // both openings at once
    CHECK(RecoveryRepository(f.db()).cases().empty());
    CHECK(f.undo().undoText() == QStringLiteral("Add Ben"));
}

TEST_CASE("prospect edits, a conversion with the customer it created") {
    EditorFixture f;
    const std::int64_t id = f.editor().addProspect(prospect(0, "Carla", "carla@example.com"));
    f.editor().logProspectContact(id, {0, 20000, "email", "out", "sent the catalogue"});
    f.editor().setProspectStatus(id, ProspectStatus::Contacted, "");
    f.editor().setProspectStatus(id, ProspectStatus::Qualified, "");
    const std::int64_t customer = f.editor().convertProspect(id, "C9", 20005);
    REQUIRE(f.customer(customer));
    CHECK(ProspectRepository(f.db()).find(id)->status == ProspectStatus::Converted);

    f.undo().undo();
    CHECK_FALSE(f.customer(customer));
    CHECK(ProspectRepository(f.db()).find(id)->status == ProspectStatus::Qualified);
    f.undo().redo();
    CHECK(f.customer(customer));
    f.undo().setIndex(0);
    CHECK(ProspectRepository(f.db()).list().empty());
    CHECK(CustomerRepository(f.db()).count() == 0);
}

TEST_CASE("a profile edit undoes, deleting a customer and undoing brings its tasks and campaigns") {
    EditorFixture f;
    const std::int64_t id = f.editor().addCustomer(record("C1", "Ana"));
    CustomerRecord after = f.customer(id)->record;
    after.profile = {"Retail", "Madrid", "10-49", "vip"};
    f.editor().changeCustomer(id, f.customer(id)->record, after);
    CHECK(f.customer(id)->record.profile.region == "Madrid");
    f.undo().undo();
    CHECK(f.customer(id)->record.profile == Profile{});
    f.undo().redo();
    CHECK(f.customer(id)->record.profile.tags == "vip");

    Task t;
    t.subject = TaskSubject::Customer;
    t.subjectId = id;
    t.due = 20000;
    t.text = "send the catalogue";
    const std::int64_t task = f.editor().addTask(t);
    CustomerListRepository(f.db()).save({"all", ""});
    Campaign c;
    c.name = "Spring";
    c.list = "all";
    c.channel = "email";
    c.controlPercent = 1; // one member: nobody held out
    f.editor().createCampaign(c, {id});
    f.editor().deleteCustomer(id);
    CHECK(!TaskRepository(f.db()).find(task));
    CHECK(
        CampaignRepository(f.db()).members(CampaignRepository(f.db()).find("Spring")->id).empty());
    f.undo().undo();
    REQUIRE(TaskRepository(f.db()).find(task));
    CHECK(TaskRepository(f.db()).find(task)->text == "send the catalogue");
    CHECK(
        CampaignRepository(f.db()).members(CampaignRepository(f.db()).find("Spring")->id).size() ==
        1);
    CHECK(f.customer(id)->record.profile.industry == "Retail");
}
