#pragma once

#include "core/portfolio/customer_directory.h"
#include "core/recovery/recovery_report.h"

#include <span>
#include <string>
#include <vector>

namespace cartera {

// Which lines of the recovery queue to show: the app's filter bar and the command line's
// options are this one rule.
struct RecoveryQueueFilter {
    std::string owner;  // empty: any account manager
    std::string reason; // empty: any; otherwise only cases with this loss reason
    enum class Cases {
        Any,
        NoCaseYet, // lost customers no one has opened a case for
        InState,   // cases in `state`
    };
    Cases cases = Cases::Any;
    RecoveryState state = RecoveryState::Identified;

    bool keepsAll() const { return owner.empty() && reason.empty() && cases == Cases::Any; }
};

// The entries the filter keeps, in the queue's order. `cases` are the cases the queue was built
// from (they carry the reasons).
std::vector<RecoveryQueueEntry> filterRecoveryQueue(std::span<const RecoveryQueueEntry> queue,
                                                    const RecoveryQueueFilter& filter,
                                                    const CustomerDirectory& directory,
                                                    std::span<const RecoveryCase> cases);

} // namespace cartera
