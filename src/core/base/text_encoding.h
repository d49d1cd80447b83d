#pragma once

#include "core/base/error_fact.h"

#include <optional>
#include <string>
#include <string_view>

namespace cartera {

enum class TextEncoding { Utf8, Utf16Le, Utf16Be, Windows1252 };

std::string_view encodingName(TextEncoding encoding);
// "utf-8", "utf-16le", "utf-16be", "windows-1252" (also "cp1252", "latin1"); any case.
std::optional<TextEncoding> encodingFromName(std::string_view name);

struct EncodingError : CarteraError {
    using CarteraError::CarteraError;
};

// Turns the bytes of a text file into UTF-8 in place and says what they were. Without a forced
// encoding: a UTF-16 byte order mark means UTF-16, bytes that are valid UTF-8 are UTF-8 (a
// UTF-8 byte order mark is dropped), anything else is read as Windows-1252, the encoding of
// spreadsheets saved as CSV on Western European Windows. The result is always valid UTF-8.
TextEncoding convertToUtf8(std::string& bytes, std::optional<TextEncoding> forced = {});

bool isValidUtf8(std::string_view text);

} // namespace cartera
