#include "app/session/portfolio_edits.h"

#include "storage/customer_repository.h"
#include "storage/prospect_repository.h"
#include "storage/recovery_repository.h"
#include "storage/task_repository.h"

#include <stdexcept>

namespace cartera {

void AddCustomerEdit::apply(Database& db) {
    restoreCustomer(db, added);
}

void AddCustomerEdit::revert(Database& db) {
    CustomerRepository(db).remove(added.customer.id);
}

void RemoveCustomerEdit::apply(Database& db) {
    CustomerRepository(db).remove(removed.customer.id);
}

void RemoveCustomerEdit::revert(Database& db) {
    restoreCustomer(db, removed);
}

namespace {

void changeCustomer(Database& db, std::int64_t id, const CustomerRecord& from,
                    const CustomerRecord& to) {
    CustomerRepository repo(db);
    const auto current = repo.find(id);
    if (!current)
        throw CarteraError(ErrorKind::CustomerGone, id);
    repo.update(id, applyChange(current->record, from, to));
}

} // namespace

void ChangeCustomerEdit::apply(Database& db) {
    changeCustomer(db, id, before, after);
}

void ChangeCustomerEdit::revert(Database& db) {
    changeCustomer(db, id, after, before);
}

void AddLostMarkEdit::apply(Database& db) {
    rowId = ActivityRepository(db).markLost(customerId, day, note);
}

void AddLostMarkEdit::revert(Database& db) {
    ActivityRepository(db).removeLostMark(rowId);
}

void AddInteractionEdit::apply(Database& db) {
    rowId = ActivityRepository(db).addInteraction(interaction);
}

void AddInteractionEdit::revert(Database& db) {
    ActivityRepository(db).removeInteraction(rowId);
}

void OpenRecoveryCaseEdit::apply(Database& db) {
    RecoveryRepository(db).restore(opened);
}

void OpenRecoveryCaseEdit::revert(Database& db) {
    RecoveryRepository(db).removeCase(opened.id);
}

void ChangeRecoveryCaseEdit::apply(Database& db) {
    RecoveryRepository(db).restore(after);
}

void ChangeRecoveryCaseEdit::revert(Database& db) {
    RecoveryRepository(db).restore(before);
}

void AddProspectEdit::apply(Database& db) {
    ProspectRepository(db).restore(added);
}

void AddProspectEdit::revert(Database& db) {
    ProspectRepository(db).remove(added.id);
}

void ChangeProspectEdit::apply(Database& db) {
    if (createdCustomer)
        restoreCustomer(db, *createdCustomer);
    ProspectRepository(db).restore(after);
}

void ChangeProspectEdit::revert(Database& db) {
    if (createdCustomer)
        CustomerRepository(db).remove(createdCustomer->customer.id);
    ProspectRepository(db).restore(before);
}

void SaveListEdit::apply(Database& db) {
    CustomerListRepository(db).save(after);
}

void SaveListEdit::revert(Database& db) {
    if (before)
        CustomerListRepository(db).save(*before);
    else
        CustomerListRepository(db).remove(after.name);
}

void RemoveListEdit::apply(Database& db) {
    CustomerListRepository(db).remove(removed.name);
}

void RemoveListEdit::revert(Database& db) {
    CustomerListRepository(db).save(removed);
}

void AddTaskEdit::apply(Database& db) {
    TaskRepository repo(db);
    if (task.id == 0)
        task.id = repo.add(task);
    else
        repo.restore(task);
}

void AddTaskEdit::revert(Database& db) {
    TaskRepository(db).remove(task.id);
}

void ChangeTaskEdit::apply(Database& db) {
    TaskRepository(db).update(after);
}

void ChangeTaskEdit::revert(Database& db) {
    TaskRepository(db).update(before);
}

void AddCampaignEdit::apply(Database& db) {
    CampaignRepository repo(db);
    if (campaign.id == 0) {
        campaign = repo.create(campaign, customerIds);
        members = repo.members(campaign.id);
    } else {
        repo.restore(campaign, members);
    }
}

void AddCampaignEdit::revert(Database& db) {
    CampaignRepository(db).remove(campaign.id);
}

void RemoveCampaignEdit::apply(Database& db) {
    CampaignRepository(db).remove(campaign.id);
}

void RemoveCampaignEdit::revert(Database& db) {
    CampaignRepository(db).restore(campaign, members);
}

} // namespace cartera
