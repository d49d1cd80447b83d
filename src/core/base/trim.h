#pragma once

#include <string_view>

namespace cartera {

// The text without the spaces, tabs and carriage returns around it: what a person typed in a
// one-line setting or filter.
inline std::string_view trimBlanks(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace cartera
