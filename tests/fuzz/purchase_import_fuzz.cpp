// A purchase file from bytes to rows: encoding, header and date detection, cells, orders.
#include "core/base/text_encoding.h"
#include "core/import/purchase_rows.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        cartera::convertToUtf8(text);
    } catch (const cartera::EncodingError&) {
        return 0;
    }
    if (!cartera::isValidUtf8(text))
        __builtin_trap(); // nothing is ever stored as invalid UTF-8
    for (const bool skip : {false, true}) {
        cartera::CsvImportOptions options;
        options.skipBadRows = skip;
        try {
            const auto rows = cartera::parsePurchaseCsv(text, options);
            if (rows.size() + rows.mergedLines + rows.skippedNoCustomer > rows.lines)
                __builtin_trap(); // every purchase comes from a line
        } catch (const cartera::ImportError&) {
        }
    }
    return 0;
}
