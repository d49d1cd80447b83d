#pragma once

#include <cstddef>
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

// Calls fn(line, number) for every line of a one-row-a-line table that is not blank, trimmed;
// numbers count every line from 1, so that a message points at the line the person sees.
template <typename Fn> void forEachTableLine(std::string_view text, Fn&& fn) {
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trimBlanks(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++number;
        if (!line.empty())
            fn(line, number);
    }
}

} // namespace cartera
