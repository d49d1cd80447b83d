#pragma once

#include "core/base/error_fact.h"

#include <cstddef>
#include <deque>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// What separates fields: one character, or runs of spaces and tabs as in fixed-width text
// exports. A flag rather than a reserved character, so that no byte of the input can ever be
// taken for the blank-run separator.
class Delimiter {
  public:
    constexpr Delimiter(char character = ',') : m_character(character) {}
    static constexpr Delimiter blanks() {
        Delimiter d(' ');
        d.m_blanks = true;
        return d;
    }
    constexpr bool isBlanks() const { return m_blanks; }
    constexpr char character() const { return m_character; }
    constexpr bool operator==(const Delimiter&) const = default;

  private:
    char m_character;
    bool m_blanks = false;
};

std::optional<Delimiter> delimiterFromName(std::string_view name); // ",", ";", "tab", "space"
std::string delimiterName(Delimiter delimiter);

// Guesses the delimiter from the first lines: the one of tab, ';' and ',' that occurs the same
// number of times on every line, else blanks when the lines have spaces, else ','.
Delimiter detectDelimiter(std::string_view data);

struct CsvParseError : CarteraError {
    CsvParseError(std::size_t line, ErrorKind kind) : CarteraError(kind), line(line) {}
    std::size_t line;
};

// RFC 4180 reader over text in memory: quoted fields with embedded delimiters, doubled quotes
// and line breaks; CRLF or LF; a UTF-8 byte order mark is skipped. A NUL byte is an error (a
// binary file, or UTF-16 that was not converted). Field views stay valid until the next call
// to next().
class CsvReader {
  public:
    CsvReader(std::string_view data, Delimiter delimiter);
    // A reader of a piece cut out of a file at a record's start: lines count from `firstLine`.
    CsvReader(std::string_view data, Delimiter delimiter, std::size_t firstLine);

    bool next(std::vector<std::string_view>& fields);
    // Skips blank lines and says where the next record starts (the data's size when none).
    std::size_t nextRecordStart();
    // Line (1-based) on which the record last returned by next() starts.
    std::size_t line() const { return m_recordLine; }
    std::size_t bytesRead() const { return m_pos; }

  private:
    std::string_view readQuoted();

    [[noreturn]] void nulByte() const;

    std::string_view m_data;
    char m_delimiter;
    bool m_blanks;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    std::deque<std::string> m_unquoted;
    std::size_t m_unquotedUsed = 0;
};

} // namespace cartera
