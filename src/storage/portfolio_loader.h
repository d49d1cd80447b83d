#pragma once

#include "core/portfolio.h"
#include "database.h"

namespace cartera {

// Reads customers, their latest lost marks and all purchases into the columnar Portfolio,
// walking the purchases index in (customer, day) order so that nothing needs sorting.
Portfolio loadPortfolio(Database& db);

} // namespace cartera
