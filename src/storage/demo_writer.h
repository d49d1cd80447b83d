#pragma once

#include "core/demo/demo_generator.h"
#include "storage/database.h"
#include "storage/purchase_importer.h"

namespace cartera {

struct DemoCounts {
    std::size_t customers = 0;
    std::size_t purchases = 0;
};

// Fills an empty portfolio with the synthetic demo, in one transaction.
DemoCounts writeDemo(Database& db, const DemoOptions& options, const ImportProgress& progress = {});

} // namespace cartera
