#pragma once

#include "core/portfolio/portfolio.h"
#include "core/recovery/recovery_case.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cartera {

// Recovery cases, their attempts and the loss-reason catalogue. Every change is checked by the
// core's rules and written in one transaction.
class RecoveryRepository {
  public:
    explicit RecoveryRepository(Database& db) : m_db(db) {}

    std::vector<RecoveryCase> cases(); // all, with their attempts, oldest first
    std::optional<RecoveryCase> find(std::int64_t id);
    std::optional<RecoveryCase> openCaseOf(std::int64_t customerId);

    // Opens a case for a lost customer; refuses a second open case for the same customer.
    std::int64_t open(std::int64_t customerId, std::int32_t day, std::int32_t lostDay,
                      Cents valueAtStake);
    // Stores the editable fields (reason, fault, competitor, detail, corrective action, cost,
    // let-go reason); the state changes only through transition().
    void update(const RecoveryCase& c);
    // Moves a case on, if the rules allow it; closing dates the case.
    void transition(std::int64_t id, RecoveryState to, std::int32_t day);
    // Logs an attempt; the first attempt on a verified case makes it contacted.
    std::int64_t addAttempt(std::int64_t caseId, const RecoveryAttempt& attempt);
    void removeCase(std::int64_t id);
    // Writes a case exactly as given (state, dates and attempts included), under its id: the
    // undo of any change.
    void restore(const RecoveryCase& c);

    // Marks won back every open case whose customer bought after it opened (up to `asOf`);
    // reads only those customers' purchases since their case opened. Returns how many.
    std::size_t applyWinBacks(Date asOf);

    std::vector<std::string> lossReasons();
    void addLossReason(const std::string& reason);
    void renameLossReason(const std::string& from, const std::string& to);
    void removeLossReason(const std::string& reason);

  private:
    Database& m_db;
};

} // namespace cartera
