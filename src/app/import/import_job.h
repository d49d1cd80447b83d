#pragma once

#include "core/base/text_encoding.h"
#include "core/import/csv_import_reader.h"
#include "storage/purchase_importer.h"

#include <QString>
#include <atomic>
#include <optional>
#include <string>
#include <utility>

namespace cartera {

// The file as UTF-8 and the encoding it was in; throws FileError or EncodingError.
std::pair<std::string, TextEncoding> readImportFile(const QString& path,
                                                    std::optional<TextEncoding> forced);

// One import as the wizard runs it off the GUI thread: read, parse, write in one transaction.
struct ImportJob {
    std::string portfolio;
    QString file;
    std::optional<TextEncoding> encoding;
    CsvImportOptions options;
    bool purchases = true;

    struct Outcome {
        bool ok = false;
        QString message; // why nothing was imported
        QString hint;    // what to do about it, in the wizard's words
        ImportSummary summary;
    };
    // Parsing is the first half of `percent`, writing the second; `cancelled` stops either and
    // leaves the portfolio unchanged.
    Outcome run(const std::atomic_bool& cancelled, std::atomic_int& percent) const;
};

} // namespace cartera
