#include "app/common/list_table.h"

#include <QHeaderView>
#include <QTableView>

namespace cartera {

void setUpListTable(QTableView& table, const QString& accessibleName) {
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.setWordWrap(false);
    // Tab leaves the list for the next control instead of walking its cells.
    table.setTabKeyNavigation(false);
    table.verticalHeader()->hide();
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 8);
    table.horizontalHeader()->setHighlightSections(false);
    table.horizontalHeader()->setStretchLastSection(true);
    table.setAccessibleName(accessibleName);
}

} // namespace cartera
