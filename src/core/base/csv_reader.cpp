#include "core/base/csv_reader.h"

#include <array>

namespace cartera {

std::optional<Delimiter> delimiterFromName(std::string_view name) {
    if (name == "," || name == "comma")
        return ',';
    if (name == ";" || name == "semicolon")
        return ';';
    if (name == "\t" || name == "tab")
        return '\t';
    if (name == "|" || name == "pipe")
        return '|';
    if (name == " " || name == "space" || name == "whitespace")
        return Delimiter::blanks();
    return std::nullopt;
}

std::string delimiterName(Delimiter delimiter) {
    if (delimiter.isBlanks())
        return "whitespace";
    if (delimiter.character() == '\t')
        return "tab";
    return std::string(1, delimiter.character());
}

namespace {

// Field count when every one of the first records has the same number (at least two), else 0.
std::size_t consistentFieldCount(std::string_view data, Delimiter delimiter) {
    CsvReader reader(data, delimiter);
    std::vector<std::string_view> fields;
    std::size_t expected = 0;
    try {
        for (int i = 0; i < 20 && reader.next(fields); ++i) {
            if (i == 0)
                expected = fields.size();
            else if (fields.size() != expected)
                return 0;
        }
    } catch (const CsvParseError&) {
        return 0; // the sample may end inside a quoted field, or hold a NUL byte
    }
    return expected >= 2 ? expected : 0;
}

} // namespace

Delimiter detectDelimiter(std::string_view data) {
    // Enough of the file for twenty records, cut at a line end.
    std::string_view sample = data.substr(0, 64 * 1024);
    if (sample.size() < data.size()) {
        const std::size_t lastBreak = sample.rfind('\n');
        if (lastBreak != std::string_view::npos)
            sample = sample.substr(0, lastBreak + 1);
    }
    for (char candidate : std::array{'\t', ';', ',', '|'})
        if (consistentFieldCount(sample, candidate) > 0)
            return candidate;
    const std::size_t firstBreak = sample.find('\n');
    const std::string_view firstLine = sample.substr(0, firstBreak);
    if (firstLine.find(' ') != std::string_view::npos &&
        consistentFieldCount(sample, Delimiter::blanks()) > 0)
        return Delimiter::blanks();
    return ',';
}

CsvReader::CsvReader(std::string_view data, Delimiter delimiter)
    : m_data(data), m_delimiter(delimiter.character()), m_blanks(delimiter.isBlanks()) {
    if (m_data.starts_with("\xEF\xBB\xBF"))
        m_pos = 3;
}

CsvReader::CsvReader(std::string_view data, Delimiter delimiter, std::size_t firstLine)
    : m_data(data), m_delimiter(delimiter.character()), m_blanks(delimiter.isBlanks()),
      m_line(firstLine) {}

std::size_t CsvReader::nextRecordStart() {
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (c == '\n') {
            ++m_line;
            ++m_pos;
        } else if (c == '\r' || (m_blanks && (c == ' ' || c == '\t'))) {
            ++m_pos;
        } else {
            break;
        }
    }
    return m_pos;
}

void CsvReader::nulByte() const {
    throw CsvParseError(m_line, ErrorKind::CsvBinary);
}

std::string_view CsvReader::readQuoted() {
    // m_pos is just past the opening quote.
    const std::size_t start = m_pos;
    const std::size_t startLine = m_line;
    std::size_t closing = m_data.find('"', m_pos);
    // Fast path: no doubled quote inside, the field is a plain slice of the input.
    if (closing != std::string_view::npos &&
        (closing + 1 >= m_data.size() || m_data[closing + 1] != '"')) {
        for (std::size_t i = start; i < closing; ++i) {
            if (m_data[i] == '\n')
                ++m_line;
            else if (m_data[i] == '\0')
                nulByte();
        }
        m_pos = closing + 1;
        return m_data.substr(start, closing - start);
    }
    if (m_unquotedUsed == m_unquoted.size())
        m_unquoted.emplace_back();
    std::string& out = m_unquoted[m_unquotedUsed++];
    out.clear();
    while (true) {
        if (m_pos >= m_data.size())
            throw CsvParseError(startLine, ErrorKind::CsvUnclosedQuote);
        const char c = m_data[m_pos++];
        if (c == '"') {
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                out += '"';
                ++m_pos;
                continue;
            }
            return out;
        }
        if (c == '\n')
            ++m_line;
        else if (c == '\0')
            nulByte();
        out += c;
    }
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    m_unquotedUsed = 0;
    const bool ws = m_blanks;
    // Skip blank lines (and, in whitespace mode, blank-looking ones).
    nextRecordStart();
    if (m_pos >= m_data.size())
        return false;
    m_recordLine = m_line;

    while (true) {
        std::string_view field;
        if (m_pos < m_data.size() && m_data[m_pos] == '"') {
            ++m_pos;
            field = readQuoted();
            // Anything between the closing quote and the delimiter is malformed.
            if (m_pos < m_data.size()) {
                const char c = m_data[m_pos];
                const bool separator = ws ? (c == ' ' || c == '\t') : c == m_delimiter;
                if (!separator && c != '\n' && c != '\r')
                    throw CsvParseError(m_line, ErrorKind::CsvTextAfterQuote);
            }
        } else {
            const std::size_t start = m_pos;
            while (m_pos < m_data.size()) {
                const char c = m_data[m_pos];
                if (c == '\n' || c == '\r')
                    break;
                if (ws ? (c == ' ' || c == '\t') : c == m_delimiter)
                    break;
                if (c == '\0')
                    nulByte();
                ++m_pos;
            }
            field = m_data.substr(start, m_pos - start);
        }
        fields.push_back(field);

        if (ws) {
            while (m_pos < m_data.size() && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t'))
                ++m_pos;
        }
        if (m_pos >= m_data.size())
            return true;
        const char c = m_data[m_pos];
        if (c == '\r') {
            ++m_pos;
            if (m_pos < m_data.size() && m_data[m_pos] == '\n') {
                ++m_pos;
                ++m_line;
            }
            return true;
        }
        if (c == '\n') {
            ++m_pos;
            ++m_line;
            return true;
        }
        if (!ws)
            ++m_pos; // the delimiter
    }
}

} // namespace cartera
