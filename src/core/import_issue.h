#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace cartera {

// One thing wrong with one cell of an input file; line and column are 1-based, 0 when unknown.
struct ImportIssue {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
    std::string value;

    // "file:line:column: message ('value')"
    std::string format(const std::string& file) const;
};

struct ImportError : std::runtime_error {
    ImportError(const std::string& file, ImportIssue issue)
        : std::runtime_error(issue.format(file)), issue(std::move(issue)) {}
    ImportIssue issue;
};

} // namespace cartera
