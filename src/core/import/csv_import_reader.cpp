#include "core/import/csv_import_reader.h"

#include "core/base/text_limits.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <thread>

namespace cartera {

namespace {

// Header names compare without case, spaces or punctuation: "Customer ID", "customer_id" and
// "CustomerID" are one name. Bytes of non-ASCII letters are kept as they are.
std::string normalise(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 static_cast<unsigned char>(c) >= 0x80)
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

ImportIssue fileIssue(std::size_t line, ImportProblem problem, ErrorFact fact,
                      std::string_view role = {}, std::string_view value = {}) {
    ImportIssue issue{line, 0, std::move(fact), std::string(value)};
    issue.problem = problem;
    issue.role = role;
    return issue;
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
            throw ImportError(
                file, fileIssue(0, ImportProblem::File, errorFact(ErrorKind::ImportEmptyFile)));
    } catch (const CsvParseError& e) {
        throw ImportError(file, fileIssue(e.line, ImportProblem::File, e.fact));
    }

    std::vector<std::string> headerNames;
    for (std::string_view f : first)
        headerNames.push_back(normalise(f));
    auto has = [&](std::string_view name) {
        return std::find(headerNames.begin(), headerNames.end(), normalise(name)) !=
               headerNames.end();
    };
    // An alias "name@other" stands for the column "name" only when the header also has a column
    // "other": Shopify calls its order number "Name", beside "Lineitem name".
    auto headerIndex = [&](std::string_view alias, std::string_view role) -> int {
        if (const auto at = alias.find('@'); at != std::string_view::npos) {
            if (!has(alias.substr(at + 1)))
                return -1;
            alias = alias.substr(0, at);
        }
        const std::string n = normalise(alias);
        const auto it = std::find(headerNames.begin(), headerNames.end(), n);
        if (it == headerNames.end())
            return -1;
        const auto again = std::find(it + 1, headerNames.end(), n);
        if (again != headerNames.end())
            throw ImportError(
                file,
                fileIssue(1, ImportProblem::DuplicateColumn,
                          errorFact(ErrorKind::ImportDuplicateColumn, it - headerNames.begin() + 1,
                                    again - headerNames.begin() + 1,
                                    first[static_cast<std::size_t>(it - headerNames.begin())],
                                    role),
                          role));
        return static_cast<int>(it - headerNames.begin());
    };
    auto roleNamed = [&](std::string_view key) -> const ColumnRole* {
        // A mapping may name a role by its own name or by any of its aliases
        // ("purchase_id" for order_id, "line_amount" for amount).
        for (const ColumnRole& r : m_roles)
            if (r.role == key)
                return &r;
        const std::string n = normalise(key);
        for (const ColumnRole& r : m_roles)
            for (std::string_view alias : r.aliases)
                if (normalise(alias.substr(0, alias.find('@'))) == n)
                    return &r;
        return nullptr;
    };

    if (m_options.header) {
        m_hasHeader = *m_options.header;
    } else {
        m_hasHeader = false;
        for (const ColumnRole& role : m_roles)
            for (std::string_view alias : role.aliases)
                if (has(alias.substr(0, alias.find('@'))))
                    m_hasHeader = true;
    }
    m_fieldCount = first.size();

    std::map<std::string_view, std::string> given;
    for (const auto& [key, where] : m_options.columns) {
        const ColumnRole* role = roleNamed(key);
        if (!role)
            throw ImportError(file, fileIssue(0, ImportProblem::UnknownColumn,
                                              errorFact(ErrorKind::ImportUnknownRole, key), key));
        given[role->role] = where;
    }
    for (const ColumnRole& role : m_roles) {
        int index = -1;
        const auto mapped = given.find(role.role);
        if (mapped != given.end()) {
            if (const auto pos = parsePosition(mapped->second)) {
                index = static_cast<int>(*pos) - 1;
            } else if (m_hasHeader) {
                index = headerIndex(mapped->second, role.role);
            }
            if (index < 0 || static_cast<std::size_t>(index) >= m_fieldCount)
                throw ImportError(file,
                                  fileIssue(1, ImportProblem::UnknownColumn,
                                            errorFact(ErrorKind::ImportNoSuchColumn, mapped->second,
                                                      role.role, m_fieldCount),
                                            role.role));
        } else if (m_hasHeader) {
            for (std::string_view alias : role.aliases) {
                index = headerIndex(alias, role.role);
                if (index >= 0)
                    break;
            }
        } else if (role.defaultPosition > 0 && role.defaultPosition <= m_fieldCount) {
            index = static_cast<int>(role.defaultPosition) - 1;
        }
        if (index < 0 && role.required && !m_options.guessOnly)
            throw ImportError(file, fileIssue(1, ImportProblem::MissingColumn,
                                              errorFact(ErrorKind::ImportMissingColumn, role.role),
                                              role.role));
        if (index >= 0)
            m_columns.emplace(std::string(role.role), index);
    }

    m_dateFormat = m_options.dateFormat;
    if (!m_dateFormat)
        detectDates();
}

void CsvImportReader::detectDates() {
    const std::string& file = m_options.fileName;
    std::vector<int> dateColumns;
    for (const ColumnRole& role : m_roles)
        if (role.isDate && columnOf(role.role) >= 0)
            dateColumns.push_back(columnOf(role.role));
    if (dateColumns.empty())
        return;
    // The first rows usually settle the format; only when they leave day/month order open does
    // the rest of the file get read for a value that settles it.
    DateFormatDetector detector;
    CsvReader sampler(m_data, m_delimiter);
    std::vector<std::string_view> fields;
    bool skipFirst = m_hasHeader;
    std::size_t firstLine = 0, firstColumn = 0;
    std::string firstValue;
    try {
        while (sampler.next(fields)) {
            if (skipFirst) {
                skipFirst = false;
                continue;
            }
            for (int c : dateColumns) {
                const auto i = static_cast<std::size_t>(c);
                if (i >= fields.size())
                    continue;
                std::string_view v = fields[i];
                while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
                    v.remove_prefix(1);
                while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
                    v.remove_suffix(1);
                if (v.empty())
                    continue;
                if (detector.values() == 0) {
                    firstLine = sampler.line();
                    firstColumn = i + 1;
                    firstValue = v;
                }
                detector.add(v);
            }
            if (detector.values() >= 5000 && !detector.undecidedDayMonth())
                break;
        }
    } catch (const CsvParseError&) {
        // Reported with its line when the records are read.
    }
    m_dateFormat = detector.result();
    if (m_dateFormat || detector.values() == 0 || m_options.guessOnly)
        return;
    ImportIssue issue;
    if (detector.undecidedDayMonth()) {
        issue = fileIssue(0, ImportProblem::DateFormat, errorFact(ErrorKind::ImportAmbiguousDates),
                          {}, firstValue);
    } else {
        // Nothing reads even one value: say which value, and where.
        issue = {firstLine, firstColumn, errorFact(ErrorKind::ImportUnknownDates), firstValue};
        issue.problem = ImportProblem::DateFormat;
    }
    throw ImportError(file, std::move(issue));
}

int CsvImportReader::columnOf(std::string_view role) const {
    const auto it = m_columns.find(role);
    return it == m_columns.end() ? -1 : it->second;
}

void CsvImportReader::fail(std::size_t line, std::size_t column, ErrorFact fact,
                           std::string_view value) const {
    throw ImportIssue{line, column, std::move(fact), shortValue(value)};
}

std::string_view CsvImportReader::cell(const Record& r, Column c) const {
    if (c.index < 0)
        return {};
    std::string_view v = r.fields[static_cast<std::size_t>(c.index)];
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    if (v.size() > kMaxFieldChars) // a long value is refused before it costs anything later
        if (auto error = lengthError(c.role, v))
            fail(r.line, static_cast<std::size_t>(c.index) + 1, std::move(*error), v);
    return v;
}

std::optional<std::int32_t> CsvImportReader::dateCell(const Record& r, Column c) const {
    const std::string_view v = cell(r, c);
    if (v.empty())
        return std::nullopt;
    const auto d = m_dateFormat ? parseDate(v, *m_dateFormat) : std::nullopt;
    if (!d)
        fail(r.line, static_cast<std::size_t>(c.index) + 1,
             errorFact(ErrorKind::ImportNotADate, c.role,
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
             errorFact(ErrorKind::ImportNotAnAmount, c.role, m_options.decimalSeparator,
                       minorDigits),
             v);
    return m;
}

void CsvImportReader::readRecords(CsvReader& reader, bool skipFirst, const RecordFn& fn,
                                  std::vector<ImportIssue>& rejects, const Progress& progress,
                                  std::size_t stopAt, const std::atomic_bool* stop) const {
    const std::string& file = m_options.fileName;
    std::vector<std::string_view> fields;
    std::size_t records = 0;
    while (reader.nextRecordStart() < stopAt && !(stop && *stop)) {
        try {
            if (!reader.next(fields))
                break;
        } catch (const CsvParseError& e) {
            throw ImportError(file, fileIssue(e.line, ImportProblem::File, e.fact));
        }
        if (skipFirst) {
            skipFirst = false;
            continue;
        }
        try {
            if (fields.size() != m_fieldCount) {
                fail(reader.line(), std::min(fields.size(), m_fieldCount) + 1,
                     errorFact(ErrorKind::ImportFieldCount, m_fieldCount, fields.size()),
                     fields.size() > m_fieldCount ? fields[m_fieldCount] : std::string_view{});
            }
            fn(Record{reader.line(), fields});
        } catch (ImportIssue& issue) {
            if (!m_options.skipBadRows)
                throw ImportError(file, std::move(issue));
            rejects.push_back(std::move(issue));
        }
        if (progress && (++records & 0xFFFF) == 0)
            progress(std::min(reader.bytesRead(), stopAt), stopAt);
    }
}

void CsvImportReader::forEach(const RecordFn& fn, const Progress& progress) {
    CsvReader reader(m_data, m_delimiter);
    readRecords(reader, m_hasHeader, fn, m_rejects, progress, m_data.size(), nullptr);
    if (progress)
        progress(m_data.size(), m_data.size());
}

void CsvImportReader::forEachSplit(const PartFn& fn,
                                   const std::function<void(std::size_t)>& discard,
                                   const Progress& progress) {
    // The cut: the first line start after the middle that is no blank line.
    std::size_t cut = m_data.find('\n', m_data.size() / 2);
    if (cut != std::string_view::npos)
        while (++cut < m_data.size() && (m_data[cut] == '\n' || m_data[cut] == '\r')) {
        }
    if (cut == std::string_view::npos || cut >= m_data.size()) {
        forEach([&fn](const Record& r) { fn(r, 0); }, progress);
        return;
    }
    std::vector<ImportIssue> upperRejects;
    std::exception_ptr upperError;
    std::atomic_bool stop = false;
    std::thread upper([&] {
        try {
            const auto line = static_cast<std::size_t>(
                1 + std::count(m_data.begin(), m_data.begin() + static_cast<std::ptrdiff_t>(cut),
                               '\n'));
            CsvReader reader(m_data.substr(cut), m_delimiter, line);
            readRecords(
                reader, false, [&fn](const Record& r) { fn(r, 1); }, upperRejects, {},
                m_data.size(), &stop);
        } catch (...) {
            upperError = std::current_exception();
        }
    });
    // The upper half ends before this frame does, whatever the lower half throws.
    struct Join {
        std::thread& thread;
        std::atomic_bool& stop;
        ~Join() {
            stop = true;
            if (thread.joinable())
                thread.join();
        }
    } join{upper, stop};

    CsvReader reader(m_data, m_delimiter);
    const RecordFn lower = [&fn](const Record& r) { fn(r, 0); };
    // Progress: the lower half stands for the whole.
    const Progress half = progress ? Progress([&](std::size_t done, std::size_t total) {
        progress(done * m_data.size() / std::max<std::size_t>(total, 1), m_data.size());
    })
                                   : Progress();
    readRecords(reader, m_hasHeader, lower, m_rejects, half, cut, nullptr);
    if (reader.nextRecordStart() != cut) {
        // The cut fell inside a record: read on alone.
        stop = true;
        upper.join();
        upperError = nullptr;
        discard(1);
        readRecords(reader, false, lower, m_rejects, {}, m_data.size(), nullptr);
    } else {
        upper.join();
        if (upperError)
            std::rethrow_exception(upperError);
        m_rejects.insert(m_rejects.end(), std::make_move_iterator(upperRejects.begin()),
                         std::make_move_iterator(upperRejects.end()));
    }
    if (progress)
        progress(m_data.size(), m_data.size());
}

} // namespace cartera
