#include "core/base/text_limits.h"

#include <fmt/format.h>

namespace cartera {

std::size_t maxCharsOf(std::string_view field) {
    return field == "notes" || field == "note" || field == "detail" ? kMaxNoteChars
                                                                    : kMaxFieldChars;
}

std::size_t utf8Length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::optional<ErrorFact> lengthError(std::string_view field, std::string_view value) {
    const std::size_t max = maxCharsOf(field);
    if (value.size() <= max) // bytes >= characters: most values stop here
        return std::nullopt;
    const std::size_t n = utf8Length(value);
    if (n <= max)
        return std::nullopt;
    return errorFact(ErrorKind::FieldTooLong, field, max, n);
}

std::string clipText(std::string_view text, std::size_t maxChars) {
    bool clipped = false;
    if (const auto end = text.find_first_of("\r\n"); end != std::string_view::npos) {
        text = text.substr(0, end);
        clipped = true;
    }
    std::size_t chars = 0, i = 0;
    for (; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == maxChars)
            break;
    }
    if (i < text.size()) {
        text = text.substr(0, i);
        clipped = true;
    }
    std::string out(text);
    if (clipped)
        out += "\xE2\x80\xA6"; // U+2026
    return out;
}

std::string terminalCell(std::string_view text, std::size_t maxChars) {
    std::string safe;
    safe.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            safe += '?';
        } else if (c == 0xC2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            safe += '?'; // a C1 control such as U+009B, the one-byte escape sequence
            ++i;
        } else {
            safe += static_cast<char>(c);
        }
    }
    return clipText(safe, maxChars);
}

} // namespace cartera
