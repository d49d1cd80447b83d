#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace cartera {

// A text cell a spreadsheet would run as a formula gets a leading apostrophe.
std::string neutraliseFormula(std::string_view text);
std::string quoteCsvField(std::string_view text);

// RFC 4180 output: comma separated, CRLF line ends, quotes where needed. Text cells are
// neutralised; number cells are written as they are so that "-12.50" stays a number.
class CsvWriter {
  public:
    explicit CsvWriter(std::ostream& out) : m_out(out) {}

    CsvWriter& text(std::string_view value);
    CsvWriter& number(std::string_view value);
    void endRow();

  private:
    void separate();
    std::ostream& m_out;
    bool m_rowStarted = false;
};

} // namespace cartera
