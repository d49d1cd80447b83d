#pragma once

#include "core/base/error_fact.h"
#include "core/import/import_issue.h"

#include <QCoreApplication>
#include <QString>
#include <exception>
#include <string>
#include <string_view>

namespace cartera {

// The app's words for what the core and the storage refuse: each ErrorKind in the user's
// language, its values (fields, states, numbers) worded or localised too. The CLI keeps the
// core's English (errorText).
class ErrorMessage {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)
  public:
    static QString of(const ErrorFact& fact);
    // A CarteraError or an ImportError in words; anything else by its what().
    static QString of(const std::exception& error);
    // "line 12, column 3: date is empty ('')", the file named when given.
    static QString of(const ImportIssue& issue, const std::string& file = {});
    // An import column role or a record field ("unit_price", "referred_by") in words.
    static QString field(std::string_view code);
    // Why an export or a list of names has to wait: a large portfolio reads its names after
    // its first list is shown.
    static QString namesComing();
};

} // namespace cartera
