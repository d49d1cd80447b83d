#pragma once

#include <stdexcept>
#include <string>

namespace cartera {

// A problem with a portfolio file, worded for the person who chose it.
struct StorageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace cartera
