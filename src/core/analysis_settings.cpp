#include "analysis_settings.h"

#include <charconv>
#include <fmt/format.h>
#include <numeric>

namespace cartera {

namespace {

std::optional<std::int64_t> parseInt(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

Ratio reduced(std::int64_t num, std::int64_t den) {
    const std::int64_t g = std::gcd(num, den);
    return {num / g, den / g};
}

} // namespace

std::optional<Ratio> Ratio::parse(std::string_view text) {
    std::int64_t scale = 1;
    if (!text.empty() && text.back() == '%') {
        text.remove_suffix(1);
        scale = 100;
    }
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        const auto num = parseInt(text.substr(0, slash));
        const auto den = parseInt(text.substr(slash + 1));
        if (!num || !den || *den <= 0 || *num < 0 || *num > *den)
            return std::nullopt;
        return reduced(*num, *den * scale);
    }
    const auto dot = text.find('.');
    std::string digits(text.substr(0, dot));
    std::int64_t den = scale;
    if (dot != std::string_view::npos) {
        const std::string_view frac = text.substr(dot + 1);
        if (frac.empty() || frac.size() > 9)
            return std::nullopt;
        digits += frac;
        for (std::size_t i = 0; i < frac.size(); ++i)
            den *= 10;
    }
    if (digits.empty())
        return std::nullopt;
    const auto num = parseInt(digits);
    if (!num || *num < 0 || *num > den)
        return std::nullopt;
    if (*num == 0)
        return std::nullopt;
    return reduced(*num, den);
}

std::string Ratio::toString() const {
    // Shortest decimal that represents the ratio exactly when it has one.
    std::int64_t den = denominator;
    int twos = 0, fives = 0;
    while (den % 2 == 0) {
        den /= 2;
        ++twos;
    }
    while (den % 5 == 0) {
        den /= 5;
        ++fives;
    }
    if (den != 1)
        return fmt::format("{}/{}", numerator, denominator);
    const int places = std::max(twos, fives);
    std::int64_t scaled = numerator;
    std::int64_t unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    scaled = numerator * (unit / denominator);
    if (places == 0)
        return fmt::format("{}", scaled);
    return fmt::format("{}.{:0{}}", scaled / unit, scaled % unit, places);
}

} // namespace cartera
