#pragma once

#include "core/base/error_fact.h"

#include <string>
#include <string_view>

namespace cartera {

// A file that cannot be read or written, in words naming it.
struct FileError : CarteraError {
    using CarteraError::CarteraError;
};

// The whole content of a regular file. A folder, a pipe or a device is refused by name rather
// than read (a pipe would block, a folder reads as garbage sizes).
std::string readFileBytes(const std::string& path);

// True when the file starts with SQLite's header: a portfolio, or someone else's database.
bool isSqliteFile(const std::string& path);

// Writes a report or export: into a temporary file beside the target (owner-only, 0600),
// flushed to disk, then renamed over it, so that a crash or a full disk leaves the old file or
// nothing, never half a file. Refuses to replace a SQLite database (such as the open
// portfolio) or a folder.
void writeFileAtomically(const std::string& path, std::string_view content);

} // namespace cartera
