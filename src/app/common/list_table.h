#pragma once

#include <QString>

class QTableView;

namespace cartera {

// How every list in the app behaves: whole rows selected, read-only, Tab moving on to the next
// control, one line a row at a fixed
// height (a million rows scroll without measuring each), no row numbers, the last column
// stretched, and header titles that stay plain when rows are selected (Qt makes them bold,
// which clipped titles sized to fit).
void setUpListTable(QTableView& table, const QString& accessibleName);

} // namespace cartera
