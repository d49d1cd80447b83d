#include "csv_import_reader.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace cartera {

namespace {

std::string normalise(std::string_view name) {
    while (!name.empty() && name.front() == ' ')
        name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ')
        name.remove_suffix(1);
    std::string out;
    for (char c : name) {
        if (c == ' ' || c == '-')
            out += '_';
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else
            out += c;
    }
    return out;
}

std::optional<std::size_t> parsePosition(std::string_view text) {
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n == 0)
        return std::nullopt;
    return n;
}

} // namespace

CsvImportReader::CsvImportReader(std::string_view data, const CsvImportOptions& options,
                                 std::span<const ColumnRole> roles)
    : m_data(data), m_options(options), m_roles(roles.begin(), roles.end()) {
    const std::string& file = m_options.fileName;
    m_delimiter = m_options.delimiter ? *m_options.delimiter : detectDelimiter(data);

    CsvReader reader(data, m_delimiter);
    std::vector<std::string_view> first;
    try {
        if (!reader.next(first))
            throw ImportError(file, {0, 0, "the file is empty", {}});
    } catch (const CsvParseError& e) {
        throw ImportError(file, {e.line, 0, e.what(), {}});
    }

    std::vector<std::string> headerNames;
    for (std::string_view f : first)
        headerNames.push_back(normalise(f));
    auto headerIndex = [&](std::string_view name) -> int {
        const std::string n = normalise(name);
        const auto it = std::find(headerNames.begin(), headerNames.end(), n);
        return it == headerNames.end() ? -1 : static_cast<int>(it - headerNames.begin());
    };

    if (m_options.header) {
        m_hasHeader = *m_options.header;
    } else {
        m_hasHeader = false;
        for (const ColumnRole& role : m_roles)
            for (std::string_view alias : role.aliases)
                if (headerIndex(alias) >= 0)
                    m_hasHeader = true;
    }
    m_fieldCount = first.size();

    for (const auto& [role, where] : m_options.columns) {
        if (std::none_of(m_roles.begin(), m_roles.end(),
                         [&](const ColumnRole& r) { return r.role == role; }))
            throw ImportError(file, {0, 0, fmt::format("unknown column role '{}'", role), {}});
    }
    for (const ColumnRole& role : m_roles) {
        int index = -1;
        const auto given = m_options.columns.find(std::string(role.role));
        if (given != m_options.columns.end()) {
            if (const auto pos = parsePosition(given->second)) {
                index = static_cast<int>(*pos) - 1;
            } else if (m_hasHeader) {
                index = headerIndex(given->second);
            }
            if (index < 0 || static_cast<std::size_t>(index) >= m_fieldCount)
                throw ImportError(file, {1,
                                         0,
                                         fmt::format("no column '{}' for {} (the file has {} "
                                                     "columns)",
                                                     given->second, role.role, m_fieldCount),
                                         {}});
        } else if (m_hasHeader) {
            for (std::string_view alias : role.aliases) {
                index = headerIndex(alias);
                if (index >= 0)
                    break;
            }
        } else if (role.defaultPosition > 0 && role.defaultPosition <= m_fieldCount) {
            index = static_cast<int>(role.defaultPosition) - 1;
        }
        if (index < 0 && role.required)
            throw ImportError(file, {1,
                                     0,
                                     fmt::format("no {} column: name it in the header or map it "
                                                 "with --column {}=NAME_OR_POSITION",
                                                 role.role, role.role),
                                     {}});
        if (index >= 0)
            m_columns.emplace(std::string(role.role), index);
    }

    m_dateFormat = m_options.dateFormat;
    std::vector<int> dateColumns;
    for (const ColumnRole& role : m_roles)
        if (role.isDate && columnOf(role.role) >= 0)
            dateColumns.push_back(columnOf(role.role));
    if (!m_dateFormat && !dateColumns.empty()) {
        // Sample the first rows; one format must fit them all.
        std::vector<std::string> samples;
        CsvReader sampler(data, m_delimiter);
        std::vector<std::string_view> fields;
        bool skipFirst = m_hasHeader;
        try {
            while (samples.size() < 5000 && sampler.next(fields)) {
                if (skipFirst) {
                    skipFirst = false;
                    continue;
                }
                for (int c : dateColumns)
                    if (static_cast<std::size_t>(c) < fields.size() &&
                        !fields[static_cast<std::size_t>(c)].empty())
                        samples.emplace_back(fields[static_cast<std::size_t>(c)]);
            }
        } catch (const CsvParseError&) {
            // Reported with its line when the records are read.
        }
        std::vector<std::string_view> views(samples.begin(), samples.end());
        m_dateFormat = detectDateFormat(views);
        if (!m_dateFormat && !samples.empty())
            throw ImportError(file, {0, 0,
                                     "cannot tell the date format (YYYY-MM-DD, YYYYMMDD, "
                                     "DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY) from values such as "
                                     "this one; choose it with --date-format",
                                     samples.front()});
    }
}

int CsvImportReader::columnOf(std::string_view role) const {
    const auto it = m_columns.find(role);
    return it == m_columns.end() ? -1 : it->second;
}

void CsvImportReader::fail(std::size_t line, std::size_t column, std::string message,
                           std::string_view value) const {
    throw ImportIssue{line, column, std::move(message), std::string(value)};
}

std::string_view CsvImportReader::cell(const Record& r, Column c) const {
    if (c.index < 0)
        return {};
    std::string_view v = r.fields[static_cast<std::size_t>(c.index)];
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

std::optional<std::int32_t> CsvImportReader::dateCell(const Record& r, Column c) const {
    const std::string_view v = cell(r, c);
    if (v.empty())
        return std::nullopt;
    const auto d = m_dateFormat ? parseDate(v, *m_dateFormat) : std::nullopt;
    if (!d)
        fail(r.line, static_cast<std::size_t>(c.index) + 1,
             fmt::format("{} is not a date in the format {}", c.role,
                         m_dateFormat ? dateFormatName(*m_dateFormat) : "chosen"),
             v);
    return d->days();
}

std::optional<Cents> CsvImportReader::moneyCell(const Record& r, Column c, int minorDigits) const {
    const std::string_view v = cell(r, c);
    if (v.empty())
        return std::nullopt;
    const auto m =
        parseMoney(v, {m_options.decimalSeparator, minorDigits, m_options.parenthesesNegative});
    if (!m)
        fail(r.line, static_cast<std::size_t>(c.index) + 1,
             fmt::format("{} is not an amount with decimal separator '{}' and at most {} "
                         "decimals",
                         c.role, m_options.decimalSeparator, minorDigits),
             v);
    return m;
}

void CsvImportReader::forEach(const RecordFn& fn,
                              const std::function<void(std::size_t, std::size_t)>& progress) {
    const std::string& file = m_options.fileName;
    CsvReader reader(m_data, m_delimiter);
    std::vector<std::string_view> fields;
    bool skipFirst = m_hasHeader;
    std::size_t records = 0;
    while (true) {
        try {
            if (!reader.next(fields))
                break;
        } catch (const CsvParseError& e) {
            throw ImportError(file, {e.line, 0, e.what(), {}});
        }
        if (skipFirst) {
            skipFirst = false;
            continue;
        }
        try {
            if (fields.size() != m_fieldCount) {
                fail(reader.line(), std::min(fields.size(), m_fieldCount) + 1,
                     fmt::format("expected {} columns, found {}", m_fieldCount, fields.size()),
                     fields.size() > m_fieldCount ? fields[m_fieldCount] : std::string_view{});
            }
            fn(Record{reader.line(), fields});
        } catch (ImportIssue& issue) {
            if (!m_options.skipBadRows)
                throw ImportError(file, std::move(issue));
            m_rejects.push_back(std::move(issue));
        }
        if (progress && (++records & 0xFFFF) == 0)
            progress(reader.bytesRead(), m_data.size());
    }
    if (progress)
        progress(m_data.size(), m_data.size());
}

} // namespace cartera
