#pragma once

#include "core/base/money.h"
#include "core/campaigns/campaign.h"
#include "core/import/customer_rows.h"
#include "core/prospects/prospect.h"
#include "core/recovery/recovery_case.h"
#include "core/tasks/task.h"
#include "storage/activity_repository.h"
#include "storage/customer_list_repository.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace cartera {

class PortfolioSession;

// The one way a change reaches the portfolio: each method writes its edit in one transaction,
// pushes the command that undoes it, and has the views reload. A refused edit throws (the
// database's or the rule's message) with nothing written and nothing pushed. Widgets only
// call these; tests drive them without widgets.
class PortfolioEditor {
    Q_DECLARE_TR_FUNCTIONS(PortfolioEditor)

  public:
    explicit PortfolioEditor(PortfolioSession* session) : m_session(session) {}

    std::int64_t addCustomer(const CustomerRecord& record);
    void deleteCustomer(std::int64_t id);
    // `before` is the record as the editor showed it; only the fields that differ are written.
    void changeCustomer(std::int64_t id, const CustomerRecord& before, const CustomerRecord& after);
    void markLost(std::int64_t customerId, std::int32_t day, const std::string& note);
    void addInteraction(const Interaction& interaction);

    struct CaseOpening {
        std::int64_t customerId = 0;
        std::int32_t lostDay = 0;
        Cents valueAtStake = 0;
    };
    // One undo step for all of them.
    std::vector<std::int64_t> openRecoveryCases(const std::vector<CaseOpening>& openings,
                                                std::int32_t day);
    // The editable fields of `edited` (reason, fault, cost, …); its state is left as stored.
    void saveRecoveryCase(const RecoveryCase& edited);
    // Saves the editable fields and moves the case on, if the rules allow it.
    void moveRecoveryCase(const RecoveryCase& edited, RecoveryState to, std::int32_t day);
    void logRecoveryAttempt(std::int64_t caseId, const RecoveryAttempt& attempt);

    // Prospects are not part of the analysed portfolio: their edits do not reload the views
    // (undo and redo do, as every command).
    std::int64_t addProspect(const Prospect& prospect);
    void saveProspect(const Prospect& edited);
    void setProspectStatus(std::int64_t id, ProspectStatus status, const std::string& reason);
    // Returns the new customer's row id.
    std::int64_t convertProspect(std::int64_t id, const std::string& customerExternalId,
                                 std::int32_t day);
    void logProspectContact(std::int64_t id, const ProspectContact& contact);

    // A customer-list filter saved under a name (replacing a list of that name), and removed.
    void saveList(const SavedList& list);
    void removeList(const std::string& name);
    // Tasks refresh the Today list only. changeTask stores `edited` as given (state, snooze,
    // reason, due day, owner, text).
    std::int64_t addTask(const Task& task);
    void changeTask(const Task& edited);
    // Creates the campaign for these customers (its control group drawn and stored, a contact
    // logged for each treated member); returns it as stored.
    Campaign createCampaign(const Campaign& campaign, const std::vector<std::int64_t>& customerIds);
    void removeCampaign(const std::string& name);

  private:
    enum class Reload { Yes, No, TasksOnly, CampaignsOnly };
    template <typename Edit> void push(const QString& text, Edit edit, Reload reload);
    PortfolioSession* m_session;
};

} // namespace cartera
