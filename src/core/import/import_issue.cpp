#include "core/import/import_issue.h"

#include <fmt/format.h>

namespace cartera {

std::string shortValue(std::string_view value) {
    constexpr std::size_t kMax = 80;
    if (value.size() <= kMax)
        return std::string(value);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
        --cut;                                                 // not inside a UTF-8 character
    return std::string(value.substr(0, cut)) + "\xE2\x80\xA6"; // U+2026 ellipsis
}

std::string ImportIssue::format(const std::string& file) const {
    std::string out = file;
    if (line > 0)
        out += fmt::format(":{}", line);
    if (column > 0)
        out += fmt::format(":{}", column);
    out += ": " + message();
    if (!value.empty() || column > 0)
        out += fmt::format(" ('{}')", shortValue(value));
    return out;
}

} // namespace cartera
