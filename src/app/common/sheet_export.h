#pragma once

#include "core/sheets/sheet.h"

#include <QString>
#include <Qt>

class QAbstractItemModel;

namespace cartera {

// A model whose table should reach a spreadsheet typed answers these two roles: the header
// gives each column's SheetColumnKind (as int), a cell its plain value (qint64 for integers
// and money in cents, double for numbers and fractions, QDate, QString). A model that does
// not answer them exports its display text.
inline constexpr int kSheetKindRole = Qt::UserRole + 40;
inline constexpr int kSheetValueRole = Qt::UserRole + 41;

enum class SheetFormat { Xlsx, SpreadsheetCsv, Csv };

// The model's rows as they are shown (filtered, sorted), with its header.
Sheet sheetFromModel(const QAbstractItemModel& model, const QString& name, int minorDigits);

// Writes the model's table as `format`; a spreadsheet CSV uses the locale's decimal mark.
bool exportSheet(const QAbstractItemModel& model, const QString& name, int minorDigits,
                 const QString& path, SheetFormat format, QString* error);

// The file dialog's filters, in SheetFormat's order.
QString sheetFileFilters();

} // namespace cartera
