#include "core/recovery/recovery_queue_filter.h"

#include <unordered_map>

namespace cartera {

std::vector<RecoveryQueueEntry> filterRecoveryQueue(std::span<const RecoveryQueueEntry> queue,
                                                    const RecoveryQueueFilter& filter,
                                                    const CustomerDirectory& directory,
                                                    std::span<const RecoveryCase> cases) {
    std::unordered_map<std::int64_t, const RecoveryCase*> byId;
    if (!filter.reason.empty())
        for (const RecoveryCase& c : cases)
            byId.emplace(c.id, &c);
    std::vector<RecoveryQueueEntry> kept;
    for (const RecoveryQueueEntry& e : queue) {
        if (!filter.owner.empty() && directory.owner[e.customer] != filter.owner)
            continue;
        if (filter.cases == RecoveryQueueFilter::Cases::NoCaseYet && e.caseId != 0)
            continue;
        if (filter.cases == RecoveryQueueFilter::Cases::InState &&
            (e.caseId == 0 || e.state != filter.state))
            continue;
        if (!filter.reason.empty()) {
            const auto it = byId.find(e.caseId);
            if (e.caseId == 0 || it == byId.end() || it->second->reason != filter.reason)
                continue;
        }
        kept.push_back(e);
    }
    return kept;
}

} // namespace cartera
