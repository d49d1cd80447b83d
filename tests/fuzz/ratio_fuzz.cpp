// Ratios for cuts: what parses is in (0, 1] and prints back to the same ratio.
#include "core/analysis/analysis_settings.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = cartera::Ratio::parse(text);
    if (!r)
        return 0;
    if (r->numerator <= 0 || r->numerator > r->denominator)
        __builtin_trap();
    const auto again = cartera::Ratio::parse(r->toString());
    if (!again || again->numerator != r->numerator || again->denominator != r->denominator)
        __builtin_trap();
    return 0;
}
