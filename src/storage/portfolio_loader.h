#pragma once

#include "core/portfolio/customer_directory.h"
#include "core/portfolio/portfolio.h"
#include "storage/database.h"

namespace cartera {

// Reads customers, their latest lost marks and all purchases into the columnar Portfolio,
// walking the purchases index in (customer, day) order so that nothing needs sorting.
// From `parallelFrom` purchases on, the purchases are read in two halves at once.
Portfolio loadPortfolio(Database& db, std::size_t parallelFrom = 1'000'000);

// Names, companies, e-mails and owners in the same customer order as loadPortfolio().
CustomerDirectory loadCustomerDirectory(Database& db);

} // namespace cartera
