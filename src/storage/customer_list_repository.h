#pragma once

#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cartera {

struct SavedList {
    std::string name;
    std::string filter; // CustomerListFilter text
};

// Named customer lists: a filter saved under a name, for campaigns and exports.
class CustomerListRepository {
  public:
    explicit CustomerListRepository(Database& db) : m_db(db) {}

    std::vector<SavedList> lists(); // by name
    std::optional<SavedList> find(const std::string& name);
    // Creates the list or replaces its filter.
    void save(const SavedList& list);
    void remove(const std::string& name);

  private:
    Database& m_db;
};

// What a mailing needs that the analysis does not load: phone numbers, by customer (in the
// Portfolio's order, by row id).
std::vector<std::string> loadCustomerPhones(Database& db);

} // namespace cartera
