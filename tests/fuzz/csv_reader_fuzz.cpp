// The RFC 4180 reader in every delimiter mode, and delimiter detection, on arbitrary bytes.
#include "core/base/csv_reader.h"

#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using cartera::Delimiter;
    for (const Delimiter d : {cartera::detectDelimiter(text), Delimiter(','), Delimiter(';'),
                              Delimiter('\t'), Delimiter::blanks()}) {
        cartera::CsvReader reader(text, d);
        std::vector<std::string_view> fields;
        std::size_t lastPos = 0;
        try {
            while (reader.next(fields)) {
                // Every record must consume input: a reader that stands still hangs.
                if (reader.bytesRead() <= lastPos)
                    __builtin_trap();
                lastPos = reader.bytesRead();
            }
        } catch (const cartera::CsvParseError&) {
        }
    }
    return 0;
}
