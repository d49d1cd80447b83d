#include "app/session/portfolio_editor.h"

#include "app/common/display_text.h"
#include "app/session/edit_command.h"
#include "app/session/portfolio_edits.h"
#include "app/session/portfolio_session.h"
#include "storage/campaign_repository.h"
#include "storage/customer_backup.h"
#include "storage/customer_list_repository.h"
#include "storage/customer_repository.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"
#include "storage/task_repository.h"

#include <QCoreApplication>

namespace cartera {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cartera", text);
}

QString nameOf(const CustomerRecord& r) {
    return QString::fromStdString(r.name.empty() ? r.externalId : r.name);
}

Database& databaseOf(PortfolioSession* session) {
    Database* db = session->database();
    if (!db)
        throw CarteraError(ErrorKind::NoPortfolioOpen);
    return *db;
}

RecoveryCase stored(RecoveryRepository& repo, std::int64_t id) {
    auto c = repo.find(id);
    if (!c)
        throw CarteraError(ErrorKind::CaseMissing, id);
    return *std::move(c);
}

Prospect stored(ProspectRepository& repo, std::int64_t id) {
    auto p = repo.find(id);
    if (!p)
        throw CarteraError(ErrorKind::ProspectMissing, id);
    return *std::move(p);
}

QString stepName(RecoveryState to) {
    switch (to) {
    case RecoveryState::Verified:
        return tr("Verify loss");
    case RecoveryState::WonBack:
        return tr("Won back");
    case RecoveryState::LetGo:
        return tr("Let go");
    default:
        return tr("Move recovery case");
    }
}

// The stored thing as it was before `change` and as it is after, read in the transaction that
// changes it.
template <typename Repository, typename Change>
auto changed(Database& db, std::int64_t id, Change&& change) {
    Repository repo(db);
    return db.write([&] {
        auto before = stored(repo, id);
        change(repo);
        return std::pair{std::move(before), stored(repo, id)};
    });
}

} // namespace

template <typename Edit> void PortfolioEditor::push(const QString& text, Edit edit, Reload reload) {
    m_session->undoStack()->push(new EditCommand<Edit>(m_session, text, std::move(edit)));
    if (reload == Reload::Yes)
        m_session->reload();
    else if (reload == Reload::TasksOnly)
        emit m_session->tasksChanged();
    else if (reload == Reload::CampaignsOnly)
        emit m_session->campaignsChanged();
}

std::int64_t PortfolioEditor::addCustomer(const CustomerRecord& record) {
    Database& db = databaseOf(m_session);
    CustomerBackup added = db.write([&] {
        const std::int64_t id = CustomerRepository(db).add(record);
        return backupCustomer(db, id);
    });
    const std::int64_t id = added.customer.id;
    push(tr("Add %1").arg(nameOf(record)), AddCustomerEdit{std::move(added)}, Reload::Yes);
    return id;
}

void PortfolioEditor::deleteCustomer(std::int64_t id) {
    Database& db = databaseOf(m_session);
    CustomerBackup removed = db.write([&] {
        CustomerBackup backup = backupCustomer(db, id);
        CustomerRepository(db).remove(id);
        return backup;
    });
    const QString who = nameOf(removed.customer.record);
    push(tr("Delete %1").arg(who), RemoveCustomerEdit{std::move(removed)}, Reload::Yes);
}

void PortfolioEditor::changeCustomer(std::int64_t id, const CustomerRecord& before,
                                     const CustomerRecord& after) {
    ChangeCustomerEdit edit{id, before, after};
    Database& db = databaseOf(m_session);
    db.write([&] { edit.apply(db); });
    push(tr("Edit %1").arg(nameOf(after)), std::move(edit), Reload::Yes);
}

void PortfolioEditor::markLost(std::int64_t customerId, std::int32_t day, const std::string& note) {
    AddLostMarkEdit edit{customerId, day, note, 0};
    Database& db = databaseOf(m_session);
    db.write([&] { edit.apply(db); });
    push(tr("Mark as lost"), std::move(edit), Reload::Yes);
}

void PortfolioEditor::addInteraction(const Interaction& interaction) {
    AddInteractionEdit edit{interaction, 0};
    Database& db = databaseOf(m_session);
    db.write([&] { edit.apply(db); });
    push(tr("Add interaction"), std::move(edit), Reload::Yes);
}

std::vector<std::int64_t>
PortfolioEditor::openRecoveryCases(const std::vector<CaseOpening>& openings, std::int32_t day) {
    Database& db = databaseOf(m_session);
    RecoveryRepository repo(db);
    const std::vector<RecoveryCase> opened = db.write([&] {
        std::vector<RecoveryCase> out;
        for (const CaseOpening& o : openings)
            out.push_back(stored(repo, repo.open(o.customerId, day, o.lostDay, o.valueAtStake)));
        return out;
    });
    std::vector<std::int64_t> ids;
    QUndoStack* undo = m_session->undoStack();
    undo->beginMacro(tr("Open %1 recovery cases").arg(opened.size()));
    for (const RecoveryCase& c : opened) {
        ids.push_back(c.id);
        push(tr("Open recovery case"), OpenRecoveryCaseEdit{c}, Reload::No);
    }
    undo->endMacro();
    m_session->reload();
    return ids;
}

void PortfolioEditor::saveRecoveryCase(const RecoveryCase& edited) {
    auto [before, after] = changed<RecoveryRepository>(
        databaseOf(m_session), edited.id, [&](RecoveryRepository& repo) { repo.update(edited); });
    push(tr("Edit recovery case"), ChangeRecoveryCaseEdit{std::move(before), std::move(after)},
         Reload::Yes);
}

void PortfolioEditor::moveRecoveryCase(const RecoveryCase& edited, RecoveryState to,
                                       std::int32_t day) {
    auto [before, after] = changed<RecoveryRepository>(databaseOf(m_session), edited.id,
                                                       [&](RecoveryRepository& repo) {
                                                           repo.update(edited);
                                                           repo.transition(edited.id, to, day);
                                                       });
    push(stepName(to), ChangeRecoveryCaseEdit{std::move(before), std::move(after)}, Reload::Yes);
}

void PortfolioEditor::logRecoveryAttempt(std::int64_t caseId, const RecoveryAttempt& attempt) {
    auto [before, after] =
        changed<RecoveryRepository>(databaseOf(m_session), caseId, [&](RecoveryRepository& repo) {
            repo.addAttempt(caseId, attempt);
        });
    push(tr("Log attempt"), ChangeRecoveryCaseEdit{std::move(before), std::move(after)},
         Reload::Yes);
}

std::int64_t PortfolioEditor::addProspect(const Prospect& prospect) {
    Database& db = databaseOf(m_session);
    ProspectRepository repo(db);
    Prospect added = db.write([&] { return stored(repo, repo.add(prospect)); });
    const std::int64_t id = added.id;
    push(tr("New prospect"), AddProspectEdit{std::move(added)}, Reload::No);
    return id;
}

void PortfolioEditor::saveProspect(const Prospect& edited) {
    auto [before, after] = changed<ProspectRepository>(
        databaseOf(m_session), edited.id, [&](ProspectRepository& repo) { repo.update(edited); });
    push(tr("Edit prospect"), ChangeProspectEdit{std::move(before), std::move(after), std::nullopt},
         Reload::No);
}

void PortfolioEditor::setProspectStatus(std::int64_t id, ProspectStatus status,
                                        const std::string& reason) {
    auto [before, after] =
        changed<ProspectRepository>(databaseOf(m_session), id, [&](ProspectRepository& repo) {
            repo.setStatus(id, status, reason);
        });
    push(tr("Prospect %1").arg(prospectStatusText(status)),
         ChangeProspectEdit{std::move(before), std::move(after), std::nullopt}, Reload::No);
}

std::int64_t PortfolioEditor::convertProspect(std::int64_t id,
                                              const std::string& customerExternalId,
                                              std::int32_t day) {
    Database& db = databaseOf(m_session);
    std::optional<CustomerBackup> created;
    auto [before, after] = changed<ProspectRepository>(db, id, [&](ProspectRepository& repo) {
        created = backupCustomer(db, repo.convert(id, customerExternalId, day));
    });
    const std::int64_t customer = created->customer.id;
    push(tr("Convert prospect"),
         ChangeProspectEdit{std::move(before), std::move(after), std::move(created)}, Reload::Yes);
    return customer;
}

void PortfolioEditor::logProspectContact(std::int64_t id, const ProspectContact& contact) {
    auto [before, after] = changed<ProspectRepository>(
        databaseOf(m_session), id, [&](ProspectRepository& repo) { repo.addContact(id, contact); });
    push(tr("Log contact"), ChangeProspectEdit{std::move(before), std::move(after), std::nullopt},
         Reload::No);
}

void PortfolioEditor::saveList(const SavedList& list) {
    Database& db = databaseOf(m_session);
    CustomerListRepository repo(db);
    SaveListEdit edit = db.write([&] {
        SaveListEdit e{repo.find(list.name), list};
        e.apply(db);
        return e;
    });
    push(tr("Save list %1").arg(QString::fromStdString(list.name)), std::move(edit), Reload::Yes);
}

void PortfolioEditor::removeList(const std::string& name) {
    Database& db = databaseOf(m_session);
    CustomerListRepository repo(db);
    RemoveListEdit edit = db.write([&] {
        auto list = repo.find(name);
        if (!list)
            throw CarteraError(ErrorKind::ListMissing, name);
        RemoveListEdit e{*std::move(list)};
        e.apply(db);
        return e;
    });
    push(tr("Remove list %1").arg(QString::fromStdString(name)), std::move(edit), Reload::Yes);
}

namespace {

QString taskStep(const Task& before, const Task& after) {
    if (after.state == before.state)
        return tr("Edit task");
    switch (after.state) {
    case TaskState::Done:
        return tr("Mark task done");
    case TaskState::Snoozed:
        return tr("Snooze task");
    case TaskState::Dismissed:
        return tr("Dismiss task");
    case TaskState::Open:
        break;
    }
    return tr("Reopen task");
}

} // namespace

std::int64_t PortfolioEditor::addTask(const Task& task) {
    Database& db = databaseOf(m_session);
    AddTaskEdit edit{task};
    edit.task.id = 0;
    db.write([&] { edit.apply(db); });
    const std::int64_t id = edit.task.id;
    push(tr("Add task"), std::move(edit), Reload::TasksOnly);
    return id;
}

void PortfolioEditor::changeTask(const Task& edited) {
    Database& db = databaseOf(m_session);
    TaskRepository repo(db);
    ChangeTaskEdit edit = db.write([&] {
        auto before = repo.find(edited.id);
        if (!before)
            throw CarteraError(ErrorKind::TaskMissing, edited.id);
        ChangeTaskEdit e{*std::move(before), edited};
        e.apply(db);
        return e;
    });
    const QString text = taskStep(edit.before, edit.after);
    push(text, std::move(edit), Reload::TasksOnly);
}

Campaign PortfolioEditor::createCampaign(const Campaign& campaign,
                                         const std::vector<std::int64_t>& customerIds) {
    Database& db = databaseOf(m_session);
    AddCampaignEdit edit{campaign, customerIds, {}};
    edit.campaign.id = 0;
    db.write([&] { edit.apply(db); });
    const Campaign made = edit.campaign;
    push(tr("Create campaign %1").arg(QString::fromStdString(made.name)), std::move(edit),
         Reload::CampaignsOnly);
    return made;
}

void PortfolioEditor::removeCampaign(const std::string& name) {
    Database& db = databaseOf(m_session);
    CampaignRepository repo(db);
    RemoveCampaignEdit edit = db.write([&] {
        auto c = repo.find(name);
        if (!c)
            throw CarteraError(ErrorKind::CampaignMissing, name);
        RemoveCampaignEdit e{*c, repo.members(c->id)};
        e.apply(db);
        return e;
    });
    push(tr("Remove campaign %1").arg(QString::fromStdString(name)), std::move(edit),
         Reload::CampaignsOnly);
}

} // namespace cartera
