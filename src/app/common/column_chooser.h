#pragma once

#include <QString>
#include <initializer_list>

class QMenu;
class QTableView;

namespace cartera {

// A right click on the table's header shows a checkable list of its columns. Which ones are
// hidden is remembered under settingsKey; until the user chooses, hiddenByDefault are hidden so
// that the list fits a 1280-pixel screen.
void addColumnChooser(QTableView& table, const QString& settingsKey,
                      std::initializer_list<int> hiddenByDefault);

// The header menu's content: one checkable action per column.
void fillColumnMenu(QMenu& menu, QTableView& table, const QString& settingsKey);

} // namespace cartera
