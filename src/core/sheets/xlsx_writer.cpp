#include "core/sheets/xlsx_writer.h"

#include "core/base/file_io.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace cartera {
namespace {

// libxlsxwriter writes to a named file only; the workbook is built in a private temporary
// file and then handed to writeFileAtomically, like every other export.
struct TemporaryFile {
    std::string path;
    TemporaryFile() {
        const char* dir = std::getenv("TMPDIR");
        std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/cartera-xlsx-XXXXXX";
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            throw FileError(ErrorKind::WorkbookNotStarted, pattern);
        ::close(fd);
        path = pattern;
    }
    ~TemporaryFile() { std::remove(path.c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
};

std::string numberFormat(SheetColumnKind kind, int minorDigits) {
    switch (kind) {
    case SheetColumnKind::Integer:
        return "#,##0";
    case SheetColumnKind::Money:
        return minorDigits > 0 ? "#,##0." + std::string(static_cast<std::size_t>(minorDigits), '0')
                               : "#,##0";
    case SheetColumnKind::Number:
        return "#,##0.00";
    case SheetColumnKind::Percent:
        return "0.0%";
    case SheetColumnKind::Date:
        return "yyyy-mm-dd";
    case SheetColumnKind::Text:
        break;
    }
    return {};
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
std::string sheetName(const std::string& name) {
    std::string out;
    for (char c : name)
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos)
            out += c;
    if (out.size() > 31)
        out.resize(31);
    return out.empty() ? std::string("Sheet1") : out;
}

void check(lxw_error error, const std::string& path) {
    if (error != LXW_NO_ERROR)
        throw FileError(ErrorKind::WorkbookUnwritable, path, lxw_strerror(error));
}

} // namespace

void writeXlsx(const Sheet& sheet, const std::string& path) {
    if (sheet.rows.size() > kMaxSheetRows)
        throw FileError(ErrorKind::WorkbookTooManyRows, path, kMaxSheetRows, sheet.rows.size());
    TemporaryFile temporary;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as written: a large list fits
    lxw_workbook* book = workbook_new_opt(temporary.path.c_str(), &options);
    if (!book)
        throw FileError(ErrorKind::WorkbookNotStarted, temporary.path);
    lxw_worksheet* ws = workbook_add_worksheet(book, sheetName(sheet.name).c_str());
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    std::vector<lxw_format*> formats;
    for (const auto& column : sheet.columns) {
        lxw_format* format = nullptr;
        if (const std::string number = numberFormat(column.kind, sheet.minorDigits);
            !number.empty()) {
            format = workbook_add_format(book);
            format_set_num_format(format, number.c_str());
        }
        formats.push_back(format);
    }
    const auto columns = static_cast<lxw_col_t>(sheet.columns.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        const auto& column = sheet.columns[c];
        const double width = std::max<double>(column.kind == SheetColumnKind::Text ? 18 : 12,
                                              static_cast<double>(column.title.size()) + 2);
        worksheet_set_column(ws, c, c, width, nullptr);
        worksheet_write_string(ws, 0, c, column.title.c_str(), header);
    }
    const double minorUnit = std::pow(10.0, std::clamp(sheet.minorDigits, 0, 4));
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        const auto& cells = sheet.rows[r];
        for (lxw_col_t c = 0; c < columns && c < cells.size(); ++c) {
            const SheetCell& cell = cells[c];
            lxw_format* format = formats[c];
            if (const auto* text = std::get_if<std::string>(&cell)) {
                // A string cell is never evaluated, so no formula guard is needed here.
                worksheet_write_string(ws, row, c, text->c_str(), format);
            } else if (const auto* integer = std::get_if<std::int64_t>(&cell)) {
                const double value = sheet.columns[c].kind == SheetColumnKind::Money
                                         ? static_cast<double>(*integer) / minorUnit
                                         : static_cast<double>(*integer);
                worksheet_write_number(ws, row, c, value, format);
            } else if (const auto* number = std::get_if<double>(&cell)) {
                worksheet_write_number(ws, row, c, *number, format);
            } else if (const auto* date = std::get_if<Date>(&cell)) {
                const Ymd ymd = date->ymd();
                lxw_datetime when{ymd.year, ymd.month, ymd.day, 0, 0, 0.0};
                worksheet_write_datetime(ws, row, c, &when, format);
            }
        }
    }
    if (columns > 0) {
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()), columns - 1);
    }
    check(workbook_close(book), path);
    writeFileAtomically(path, readFileBytes(temporary.path));
}

} // namespace cartera
