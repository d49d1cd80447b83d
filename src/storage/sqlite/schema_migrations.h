#pragma once

#include <SQLiteCpp/Database.h>

namespace cartera {

// The schema version this build writes (PRAGMA user_version).
int latestSchemaVersion();

// Brings a database from `fromVersion` up to `toVersion`, each step in its own transaction, so
// that an interrupted upgrade leaves the last complete version. Tests call it with a lower
// `toVersion` to build every earlier schema.
void migrateSchema(SQLite::Database& db, int toVersion);

int schemaVersion(SQLite::Database& db);

} // namespace cartera
