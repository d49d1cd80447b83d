#include "app/campaigns/campaigns_view.h"
#include "gui_fixture.h"
#include "storage/activity_repository.h"
#include "storage/campaign_repository.h"

#include <QFile>
#include <QTableWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace cartera;
using cartera::test::GuiFixture;

TEST_CASE("a campaign made in the app holds out its control group, undoes, and exports") {
    GuiFixture f;
    f.window->session()->editor()->saveList({"Active", "activity=active"});
    f.window->waitForIdle();
    CampaignsView* view = f.window->campaigns();
    Campaign c;
    c.name = "Summer";
    c.list = "Active";
    c.channel = "letter";
    c.controlPercent = 25;
    c.seed = 3;
    c.start = Date::fromYmd(2026, 6, 30).days();
    REQUIRE(view->create(c));
    REQUIRE(view->rows().size() == 1);
    const auto& snapshot = f.snapshot();
    std::size_t active = 0;
    for (const CustomerStatus& s : snapshot.metrics.status)
        active += s.inPortfolio && s.activity == Activity::Active ? 1 : 0;
    const CampaignResult& r = view->rows()[0].result;
    CHECK(r.treated.customers + r.control.customers == active);
    CHECK(r.control.customers == static_cast<std::size_t>(std::llround(active * 0.25)));
    CHECK(view->table()->item(0, 0)->text() == QStringLiteral("Summer"));
    CHECK_FALSE(view->create(c)); // the name is taken
    CHECK(f.window->lastError().contains(QStringLiteral("already a campaign named")));

    // Treated members got a letter logged; the control group nothing.
    Database& db = *f.window->session()->database();
    CampaignRepository repo(db);
    const auto members = repo.members(repo.find("Summer")->id);
    for (const CampaignMember& m : members) {
        std::size_t letters = 0;
        for (const Interaction& i : ActivityRepository(db).interactions(m.customerId))
            letters += i.kind == "letter" ? 1 : 0;
        CHECK(letters == (m.control ? 0u : 1u));
    }

    const QString path = f.dir.filePath(QStringLiteral("treated.csv"));
    REQUIRE(view->exportTreated(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == static_cast<qsizetype>(r.treated.customers + 1));

    f.window->session()->undoStack()->undo();
    CHECK(view->rows().empty());
    CHECK(repo.list().empty());
    for (const CampaignMember& m : members)
        for (const Interaction& i : ActivityRepository(db).interactions(m.customerId))
            CHECK(i.kind != "letter");
    f.window->session()->undoStack()->redo();
    REQUIRE(view->rows().size() == 1);
    CHECK(repo.members(repo.find("Summer")->id).size() == members.size());
}
