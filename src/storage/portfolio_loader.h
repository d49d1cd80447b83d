#pragma once

#include "core/portfolio/customer_directory.h"
#include "core/portfolio/portfolio.h"
#include "core/portfolio/profile.h"
#include "storage/database.h"

namespace cartera {

// Reads customers, their latest lost marks and all purchases into the columnar Portfolio; the
// purchases are copied block by block from the store, already in (customer, day) order.
// From `parallelFrom` customers on, the blocks are read on a second connection meanwhile.
Portfolio loadPortfolio(Database& db, std::size_t parallelFrom = 100'000);

// Names, companies, e-mails and owners in the same customer order as loadPortfolio(); with
// `profiles` and `birthdays` (days, kNoDay when unknown), those too, from the same pass over
// the table.
CustomerDirectory loadCustomerDirectory(Database& db, CustomerProfiles* profiles = nullptr,
                                        std::vector<std::int32_t>* birthdays = nullptr);

} // namespace cartera
