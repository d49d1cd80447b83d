#include "import_issue.h"

#include <fmt/format.h>

namespace cartera {

std::string ImportIssue::format(const std::string& file) const {
    std::string out = file;
    if (line > 0)
        out += fmt::format(":{}", line);
    if (column > 0)
        out += fmt::format(":{}", column);
    out += ": " + message;
    if (!value.empty() || column > 0)
        out += fmt::format(" ('{}')", value);
    return out;
}

} // namespace cartera
