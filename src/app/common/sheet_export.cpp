#include "app/common/sheet_export.h"

#include "app/common/error_message.h"
#include "core/base/file_io.h"
#include "core/sheets/spreadsheet_csv.h"
#include "core/sheets/xlsx_writer.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace cartera {
namespace {

SheetCell cellOf(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return std::int64_t{value.toLongLong()};
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return Date::fromYmd(d.year(), d.month(), d.day());
    }
    default: {
        const QString text = value.toString();
        if (text.isEmpty())
            return std::monostate{};
        return text.toStdString();
    }
    }
}

} // namespace

Sheet sheetFromModel(const QAbstractItemModel& model, const QString& name, int minorDigits) {
    Sheet sheet;
    sheet.name = name.toStdString();
    sheet.minorDigits = minorDigits;
    const int columns = model.columnCount();
    std::vector<bool> typed;
    for (int c = 0; c < columns; ++c) {
        const QVariant kind = model.headerData(c, Qt::Horizontal, kSheetKindRole);
        typed.push_back(kind.isValid());
        sheet.columns.push_back(
            {model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toStdString(),
             kind.isValid() ? static_cast<SheetColumnKind>(kind.toInt()) : SheetColumnKind::Text});
    }
    const int rows = model.rowCount();
    sheet.rows.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        std::vector<SheetCell> row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            row.push_back(typed[static_cast<std::size_t>(c)]
                              ? cellOf(model.data(index, kSheetValueRole))
                              : cellOf(model.data(index, Qt::DisplayRole).toString()));
        }
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

bool exportSheet(const QAbstractItemModel& model, const QString& name, int minorDigits,
                 const QString& path, SheetFormat format, QString* error) {
    try {
        const Sheet sheet = sheetFromModel(model, name, minorDigits);
        if (format == SheetFormat::Xlsx) {
            writeXlsx(sheet, path.toStdString());
        } else {
            const bool decimalComma = QLocale().decimalPoint() == QStringLiteral(",");
            writeFileAtomically(path.toStdString(),
                                spreadsheetCsv(sheet, format == SheetFormat::Csv
                                                          ? CsvDialect::rfc4180()
                                                          : CsvDialect::spreadsheet(decimalComma)));
        }
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = ErrorMessage::of(e);
        return false;
    }
}

QString sheetFileFilters() {
    return QCoreApplication::translate("SheetExport", "Excel workbook (*.xlsx)") +
           QStringLiteral(";;") +
           QCoreApplication::translate("SheetExport",
                                       "CSV for Excel and LibreOffice in your language (*.csv)") +
           QStringLiteral(";;") +
           QCoreApplication::translate("SheetExport", "CSV, RFC 4180, for scripts (*.csv)");
}

} // namespace cartera
