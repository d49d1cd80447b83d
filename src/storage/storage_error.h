#pragma once

#include "core/base/error_fact.h"

namespace cartera {

// A problem with a portfolio file, worded for the person who chose it.
struct StorageError : CarteraError {
    using CarteraError::CarteraError;
};

} // namespace cartera
