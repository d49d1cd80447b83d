#pragma once

#include "core/base/error_fact.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cartera {

// What kind of problem an issue is, so that each front end can say how to fix it in its own
// words (a command-line option, a control of the import wizard).
enum class ImportProblem {
    Cell,            // a value that cannot be read; fix the file or skip the row
    File,            // the file as a whole (empty, binary, unclosed quote)
    MissingColumn,   // `role` has no column: map one
    UnknownColumn,   // a mapping names a column the file does not have
    DuplicateColumn, // two columns carry the header name `role` resolves to
    DateFormat,      // the date format cannot be told: choose one
};

// One thing wrong with one cell of an input file; line and column are 1-based, 0 when unknown.
struct ImportIssue {
    std::size_t line = 0;
    std::size_t column = 0;
    ErrorFact fact;
    std::string value;
    ImportProblem problem = ImportProblem::Cell;
    std::string role; // the column role concerned, when there is one

    ImportIssue() = default;
    ImportIssue(std::size_t line, std::size_t column, ErrorFact fact, std::string value,
                ImportProblem problem = ImportProblem::Cell, std::string role = {})
        : line(line), column(column), fact(std::move(fact)), value(std::move(value)),
          problem(problem), role(std::move(role)) {}

    // The fact in English, for the CLI and reject files.
    std::string message() const { return errorText(fact); }

    // "file:line:column: message ('value')", the value cut to about 80 characters.
    std::string format(const std::string& file) const;
};

// A value as quoted in messages: at most about 80 characters, cut at a character boundary.
std::string shortValue(std::string_view value);

struct ImportError : std::runtime_error {
    ImportError(const std::string& file, ImportIssue issue)
        : std::runtime_error(issue.format(file)), file(file), issue(std::move(issue)) {}
    std::string file;
    ImportIssue issue;
};

} // namespace cartera
