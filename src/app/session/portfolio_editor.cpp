#include "app/session/portfolio_editor.h"

#include "app/session/edit_command.h"
#include "app/session/portfolio_edits.h"
#include "app/session/portfolio_session.h"
#include "storage/customer_backup.h"
#include "storage/customer_repository.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"

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
        throw std::runtime_error("no portfolio is open");
    return *db;
}

RecoveryCase stored(RecoveryRepository& repo, std::int64_t id) {
    auto c = repo.find(id);
    if (!c)
        throw std::runtime_error("the recovery case no longer exists");
    return *std::move(c);
}

Prospect stored(ProspectRepository& repo, std::int64_t id) {
    auto p = repo.find(id);
    if (!p)
        throw std::runtime_error("the prospect no longer exists");
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

} // namespace

template <typename Edit> void PortfolioEditor::push(const QString& text, Edit edit, Reload reload) {
    m_session->undoStack()->push(new EditCommand<Edit>(m_session, text, std::move(edit)));
    if (reload == Reload::Yes)
        m_session->reload();
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
    Database& db = databaseOf(m_session);
    RecoveryRepository repo(db);
    ChangeRecoveryCaseEdit edit = db.write([&] {
        RecoveryCase before = stored(repo, edited.id);
        repo.update(edited);
        return ChangeRecoveryCaseEdit{std::move(before), stored(repo, edited.id)};
    });
    push(tr("Edit recovery case"), std::move(edit), Reload::Yes);
}

void PortfolioEditor::moveRecoveryCase(const RecoveryCase& edited, RecoveryState to,
                                       std::int32_t day) {
    Database& db = databaseOf(m_session);
    RecoveryRepository repo(db);
    ChangeRecoveryCaseEdit edit = db.write([&] {
        RecoveryCase before = stored(repo, edited.id);
        repo.update(edited);
        repo.transition(edited.id, to, day);
        return ChangeRecoveryCaseEdit{std::move(before), stored(repo, edited.id)};
    });
    push(stepName(to), std::move(edit), Reload::Yes);
}

void PortfolioEditor::logRecoveryAttempt(std::int64_t caseId, const RecoveryAttempt& attempt) {
    Database& db = databaseOf(m_session);
    RecoveryRepository repo(db);
    ChangeRecoveryCaseEdit edit = db.write([&] {
        RecoveryCase before = stored(repo, caseId);
        repo.addAttempt(caseId, attempt);
        return ChangeRecoveryCaseEdit{std::move(before), stored(repo, caseId)};
    });
    push(tr("Log attempt"), std::move(edit), Reload::Yes);
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
    Database& db = databaseOf(m_session);
    ProspectRepository repo(db);
    ChangeProspectEdit edit = db.write([&] {
        Prospect before = stored(repo, edited.id);
        repo.update(edited);
        return ChangeProspectEdit{std::move(before), stored(repo, edited.id), std::nullopt};
    });
    push(tr("Edit prospect"), std::move(edit), Reload::No);
}

void PortfolioEditor::setProspectStatus(std::int64_t id, ProspectStatus status,
                                        const std::string& reason) {
    Database& db = databaseOf(m_session);
    ProspectRepository repo(db);
    ChangeProspectEdit edit = db.write([&] {
        Prospect before = stored(repo, id);
        repo.setStatus(id, status, reason);
        return ChangeProspectEdit{std::move(before), stored(repo, id), std::nullopt};
    });
    push(tr("Prospect %1").arg(QString::fromStdString(std::string(prospectStatusName(status)))),
         std::move(edit), Reload::No);
}

std::int64_t PortfolioEditor::convertProspect(std::int64_t id,
                                              const std::string& customerExternalId,
                                              std::int32_t day) {
    Database& db = databaseOf(m_session);
    ProspectRepository repo(db);
    ChangeProspectEdit edit = db.write([&] {
        Prospect before = stored(repo, id);
        const std::int64_t customer = repo.convert(id, customerExternalId, day);
        return ChangeProspectEdit{std::move(before), stored(repo, id),
                                  backupCustomer(db, customer)};
    });
    const std::int64_t customer = edit.createdCustomer->customer.id;
    push(tr("Convert prospect"), std::move(edit), Reload::Yes);
    return customer;
}

void PortfolioEditor::logProspectContact(std::int64_t id, const ProspectContact& contact) {
    Database& db = databaseOf(m_session);
    ProspectRepository repo(db);
    ChangeProspectEdit edit = db.write([&] {
        Prospect before = stored(repo, id);
        repo.addContact(id, contact);
        return ChangeProspectEdit{std::move(before), stored(repo, id), std::nullopt};
    });
    push(tr("Log contact"), std::move(edit), Reload::No);
}

} // namespace cartera
