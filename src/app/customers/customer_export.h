#pragma once

#include "app/session/portfolio_snapshot.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace cartera {

class Database;

// Writes customers (snapshot indices) with their contact fields to a CSV file, as
// `cartera-cli customers --csv` does; phone numbers come from the database. On failure returns
// false with the reason in *error.
bool exportCustomerContacts(const PortfolioSnapshot& snapshot, Database& db,
                            const std::vector<std::uint32_t>& rows, const QString& path,
                            QString* error);

} // namespace cartera
