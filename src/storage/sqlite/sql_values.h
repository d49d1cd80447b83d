#pragma once

#include "core/portfolio/portfolio.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <cstdint>
#include <string>

namespace cartera {

// Days are stored as integers, and "no day" (kNoDay) as NULL; empty optional text as NULL.
inline std::int32_t dayOrNone(const SQLite::Column& c) {
    return c.isNull() ? kNoDay : c.getInt();
}

inline void bindDay(SQLite::Statement& q, int index, std::int32_t day) {
    if (day == kNoDay)
        q.bind(index);
    else
        q.bind(index, day);
}

inline void bindTextOrNull(SQLite::Statement& q, int index, const std::string& text) {
    if (text.empty())
        q.bind(index);
    else
        q.bind(index, text);
}

} // namespace cartera
