#pragma once

#include "app/session/edit_command.h"
#include "core/campaigns/campaign.h"
#include "core/import/customer_rows.h"
#include "core/prospects/prospect.h"
#include "core/recovery/recovery_case.h"
#include "core/tasks/task.h"
#include "storage/activity_repository.h"
#include "storage/campaign_repository.h"
#include "storage/customer_backup.h"
#include "storage/customer_list_repository.h"

#include <cstdint>
#include <optional>

namespace cartera {

class Database;

// The edits of the portfolio, each as what it writes (apply) and how it is taken back
// (revert); EditCommand runs them inside a transaction. Adding and removing are separate
// edits.

struct AddCustomerEdit {
    CustomerBackup added;
    void apply(Database& db);
    void revert(Database& db);
};

struct RemoveCustomerEdit {
    CustomerBackup removed;
    void apply(Database& db);
    void revert(Database& db);
};

// Writes only the fields the edit changed, so that an import since then keeps what it wrote.
struct ChangeCustomerEdit {
    std::int64_t id = 0;
    CustomerRecord before;
    CustomerRecord after;
    void apply(Database& db);
    void revert(Database& db);
};

struct AddLostMarkEdit {
    std::int64_t customerId = 0;
    std::int32_t day = 0;
    std::string note;
    std::int64_t rowId = 0; // of the mark last written
    void apply(Database& db);
    void revert(Database& db);
};

struct AddInteractionEdit {
    Interaction interaction;
    std::int64_t rowId = 0; // of the interaction last written
    void apply(Database& db);
    void revert(Database& db);
};

struct OpenRecoveryCaseEdit {
    RecoveryCase opened;
    void apply(Database& db);
    void revert(Database& db);
};

struct ChangeRecoveryCaseEdit {
    RecoveryCase before;
    RecoveryCase after;
    void apply(Database& db);
    void revert(Database& db);
};

struct AddProspectEdit {
    Prospect added;
    void apply(Database& db);
    void revert(Database& db);
};

// Any change of a stored prospect; a conversion also carries the customer it created.
struct ChangeProspectEdit {
    Prospect before;
    Prospect after;
    std::optional<CustomerBackup> createdCustomer;
    void apply(Database& db);
    void revert(Database& db);
};

// Saving a list under a name, over the one of that name if there was one.
struct SaveListEdit {
    std::optional<SavedList> before;
    SavedList after;
    void apply(Database& db);
    void revert(Database& db);
};

struct RemoveListEdit {
    SavedList removed;
    void apply(Database& db);
    void revert(Database& db);
};

// Tasks are not part of the analysed portfolio: their edits refresh the Today list only.
struct AddTaskEdit {
    Task task; // its id is the one last written
    static constexpr EditRefresh kRefresh = EditRefresh::Tasks;
    void apply(Database& db);
    void revert(Database& db);
};

struct ChangeTaskEdit {
    Task before;
    Task after;
    static constexpr EditRefresh kRefresh = EditRefresh::Tasks;
    void apply(Database& db);
    void revert(Database& db);
};

// A campaign with its members and the contacts it logged; undone as a whole.
struct AddCampaignEdit {
    Campaign campaign; // its id once written
    std::vector<std::int64_t> customerIds;
    std::vector<CampaignMember> members; // as drawn, once written
    static constexpr EditRefresh kRefresh = EditRefresh::Campaigns;
    void apply(Database& db);
    void revert(Database& db);
};

struct RemoveCampaignEdit {
    Campaign campaign;
    std::vector<CampaignMember> members;
    static constexpr EditRefresh kRefresh = EditRefresh::Campaigns;
    void apply(Database& db);
    void revert(Database& db);
};

} // namespace cartera
