// Dates and date-times in every layout, and the detector over the lines of the input.
#include "core/base/date.h"
#include "core/base/date_format.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using cartera::DateFormat;
    for (const DateFormat f : {DateFormat::Iso, DateFormat::Compact, DateFormat::DotDmy,
                               DateFormat::SlashDmy, DateFormat::SlashMdy}) {
        if (const auto d = cartera::parseDate(text, f)) {
            // A day that parses is a real day that prints and parses back.
            if (cartera::Date::parseIso(d->toIso()) != d)
                __builtin_trap();
        }
    }
    cartera::Date::parseIso(text);
    cartera::DateFormatDetector detector;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        detector.add(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    detector.result();
    return 0;
}
