// A customer file from bytes to records.
#include "core/base/text_encoding.h"
#include "core/import/customer_rows.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        cartera::convertToUtf8(text);
    } catch (const cartera::EncodingError&) {
        return 0;
    }
    for (const bool skip : {false, true}) {
        cartera::CsvImportOptions options;
        options.skipBadRows = skip;
        try {
            cartera::parseCustomerCsv(text, options);
        } catch (const cartera::ImportError&) {
        }
    }
    return 0;
}
