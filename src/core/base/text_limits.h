#pragma once

#include "core/base/error_fact.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cartera {

// How long a user-supplied text may be, in characters: enough for any real name, address or
// note, and small enough that no label, list or export chokes on it.
inline constexpr std::size_t kMaxFieldChars = 1'000;
inline constexpr std::size_t kMaxNoteChars = 100'000;

// The limit for a field by its name: notes may be long, everything else is a line.
std::size_t maxCharsOf(std::string_view field);

// Characters (code points) in UTF-8 text.
std::size_t utf8Length(std::string_view text);

// FieldTooLong (field, maximum, length), or nullopt when it fits.
std::optional<ErrorFact> lengthError(std::string_view field, std::string_view value);

// Text for one line of a display: at most maxChars characters of its first line, with an
// ellipsis when anything was left out, never cut inside a character.
std::string clipText(std::string_view text, std::size_t maxChars);

// Text for a terminal table cell: control characters (which could move the cursor or change
// colours) become '?', and at most maxChars characters are kept, with an ellipsis when cut.
std::string terminalCell(std::string_view text, std::size_t maxChars);

} // namespace cartera
