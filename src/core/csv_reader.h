#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// kWhitespace splits on runs of spaces and tabs, as in fixed-width text exports.
inline constexpr char kWhitespace = '\0';

std::optional<char> delimiterFromName(std::string_view name); // ",", ";", "tab", "space"
std::string delimiterName(char delimiter);

// Guesses the delimiter from the first lines: the one of tab, ';' and ',' that occurs the same
// number of times on every line, else whitespace when the lines have spaces, else ','.
char detectDelimiter(std::string_view data);

struct CsvParseError : std::runtime_error {
    CsvParseError(std::size_t line, const std::string& what)
        : std::runtime_error(what), line(line) {}
    std::size_t line;
};

// RFC 4180 reader over text in memory: quoted fields with embedded delimiters, doubled quotes
// and line breaks; CRLF or LF; a UTF-8 byte order mark is skipped. Field views stay valid
// until the next call to next().
class CsvReader {
  public:
    CsvReader(std::string_view data, char delimiter);

    bool next(std::vector<std::string_view>& fields);
    // Line (1-based) on which the record last returned by next() starts.
    std::size_t line() const { return m_recordLine; }
    std::size_t bytesRead() const { return m_pos; }

  private:
    std::string_view readQuoted();

    std::string_view m_data;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    std::deque<std::string> m_unquoted;
    std::size_t m_unquotedUsed = 0;
};

} // namespace cartera
