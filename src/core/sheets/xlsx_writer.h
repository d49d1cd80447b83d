#pragma once

#include "core/sheets/sheet.h"

#include <string>

namespace cartera {

// Writes `sheet` as an .xlsx workbook: a bold header row frozen in place with a filter,
// numbers as numbers in a format that fits their kind (money with two decimals and
// thousands grouping, percentages, dates), and columns wide enough for their titles.
// Written like every export (owner-only, atomically); throws FileError naming the file.
void writeXlsx(const Sheet& sheet, const std::string& path);

} // namespace cartera
