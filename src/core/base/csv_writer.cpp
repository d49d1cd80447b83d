#include "core/base/csv_writer.h"

namespace cartera {

std::string neutraliseFormula(std::string_view text) {
    if (!text.empty()) {
        const char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            return "'" + std::string(text);
    }
    return std::string(text);
}

std::string quoteCsvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::separate() {
    if (m_rowStarted)
        m_out << ',';
    m_rowStarted = true;
}

CsvWriter& CsvWriter::text(std::string_view value) {
    separate();
    m_out << quoteCsvField(neutraliseFormula(value));
    return *this;
}

CsvWriter& CsvWriter::number(std::string_view value) {
    separate();
    m_out << value;
    return *this;
}

void CsvWriter::endRow() {
    m_out << "\r\n";
    m_rowStarted = false;
}

} // namespace cartera
