#pragma once

#include <QString>
#include <string_view>

namespace cartera {

// Writes an export the way every export is written (whole or not at all, owner-only, never
// over a portfolio): a full disk leaves the old file, never half a new one. On failure returns
// false with the reason in *error.
bool saveFile(const QString& path, std::string_view bytes, QString* error);

} // namespace cartera
