#pragma once

#include "core/base/csv_reader.h"
#include "core/base/date_format.h"
#include "core/base/money.h"
#include "core/import/import_issue.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

struct CsvImportOptions {
    std::string fileName = "input";             // used in messages
    std::optional<Delimiter> delimiter;         // nullopt: detect
    std::optional<bool> header;                 // nullopt: detect from known column names
    std::map<std::string, std::string> columns; // role -> header name or 1-based position
    std::optional<DateFormat> dateFormat;       // nullopt: detect when unambiguous
    char decimalSeparator = '.';
    bool parenthesesNegative = false;
    bool skipBadRows = false;
    // Only guess: a role without a column or dates of no clear format are left open instead
    // of refused, so that a wizard can show every guess it has.
    bool guessOnly = false;
};

// A column the importer understands, the names a header may give it, and where it sits in a
// file without a header.
struct ColumnRole {
    std::string_view role;
    std::vector<std::string_view> aliases;
    bool required = false;
    bool isDate = false;
    std::size_t defaultPosition = 0; // 1-based; 0: none
};

// Resolves delimiter, header, column positions and date format for a file, then hands each
// data record to the caller with the tools to parse its cells and report problems.
class CsvImportReader {
  public:
    CsvImportReader(std::string_view data, const CsvImportOptions& options,
                    std::span<const ColumnRole> roles);

    Delimiter delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    std::optional<DateFormat> dateFormat() const { return m_dateFormat; }
    // 0-based field index of a role, or -1 when the file has no such column.
    int columnOf(std::string_view role) const;

    struct Record {
        std::size_t line;
        std::span<const std::string_view> fields;
    };
    using RecordFn = std::function<void(const Record&)>;

    // Calls fn for each data record. A cell error thrown as ImportIssue from fn either stops the
    // import (ImportError) or, with skipBadRows, is collected and the record skipped.
    using Progress = std::function<void(std::size_t, std::size_t)>;
    void forEach(const RecordFn& fn, const Progress& progress = {});
    // forEach on two threads: the records are cut near the middle at a record's start, and
    // fn(record, part) runs for each half on its own thread, part 0 being the first. fn must
    // keep each part's results apart. A cut that falls inside a quoted field shows when part 0
    // reaches it: then discard(1) drops part 1's results and part 0 reads on to the end.
    // Errors and rejects are those forEach reports, the earliest first.
    using PartFn = std::function<void(const Record&, std::size_t part)>;
    void forEachSplit(const PartFn& fn, const std::function<void(std::size_t part)>& discard,
                      const Progress& progress = {});
    const std::vector<ImportIssue>& rejects() const { return m_rejects; }

    // A column resolved once, so that reading a million rows does no name look-ups.
    struct Column {
        int index = -1;
        std::string_view role;
    };
    Column column(std::string_view role) const { return {columnOf(role), role}; }

    // Cell helpers for RecordFn; they throw ImportIssue naming the cell.
    std::string_view cell(const Record& r, Column c) const;
    std::optional<std::int32_t> dateCell(const Record& r, Column c) const;
    std::optional<Cents> moneyCell(const Record& r, Column c, int minorDigits) const;
    std::string_view cell(const Record& r, std::string_view role) const {
        return cell(r, column(role));
    }
    std::optional<std::int32_t> dateCell(const Record& r, std::string_view role) const {
        return dateCell(r, column(role));
    }

  private:
    void detectDates();
    // Reads records until the next one would start at `stopAt` or later (or `stop` is set);
    // rejects go to `rejects`, a refused record ends the reading with an ImportError.
    void readRecords(CsvReader& reader, bool skipFirst, const RecordFn& fn,
                     std::vector<ImportIssue>& rejects, const Progress& progress,
                     std::size_t stopAt, const std::atomic_bool* stop) const;
    [[noreturn]] void fail(std::size_t line, std::size_t column, ErrorFact fact,
                           std::string_view value) const;

    std::string_view m_data;
    CsvImportOptions m_options;
    std::vector<ColumnRole> m_roles;
    std::map<std::string, int, std::less<>> m_columns;
    Delimiter m_delimiter;
    bool m_hasHeader = false;
    std::size_t m_fieldCount = 0;
    std::optional<DateFormat> m_dateFormat;
    std::vector<ImportIssue> m_rejects;
};

} // namespace cartera
