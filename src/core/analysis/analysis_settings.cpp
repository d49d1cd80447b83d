#include "core/analysis/analysis_settings.h"

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
    // A cut needs no more than nine significant digits; bounding both terms keeps every
    // product below (and in toString) inside 64 bits.
    constexpr std::int64_t kMaxTerm = 1'000'000'000;
    std::int64_t scale = 1;
    if (!text.empty() && text.back() == '%') {
        text.remove_suffix(1);
        scale = 100;
    }
    std::optional<std::int64_t> num, den;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        num = parseInt(text.substr(0, slash));
        den = parseInt(text.substr(slash + 1));
    } else {
        const auto dot = text.find('.');
        std::string digits(text.substr(0, dot));
        den = 1;
        if (dot != std::string_view::npos) {
            const std::string_view frac = text.substr(dot + 1);
            if (frac.empty() || frac.size() > 9)
                return std::nullopt;
            digits += frac;
            for (std::size_t i = 0; i < frac.size(); ++i)
                *den *= 10;
        }
        if (digits.empty() || digits.front() == '-' || digits.front() == '+')
            return std::nullopt;
        num = parseInt(digits);
    }
    if (!num || !den || *num <= 0 || *den <= 0 || *num > kMaxTerm || *den > kMaxTerm)
        return std::nullopt;
    const Ratio r = reduced(*num, *den * scale);
    if (r.numerator > r.denominator || r.denominator > kMaxTerm)
        return std::nullopt;
    return r;
}

std::string Ratio::toString() const {
    // Shortest decimal that represents the ratio exactly when it has one of at most nine
    // places; otherwise the fraction itself.
    std::int64_t den = denominator;
    int twos = 0, fives = 0;
    while (den > 0 && den % 2 == 0) {
        den /= 2;
        ++twos;
    }
    while (den > 0 && den % 5 == 0) {
        den /= 5;
        ++fives;
    }
    const int places = std::max(twos, fives);
    if (den != 1 || places > 9)
        return fmt::format("{}/{}", numerator, denominator);
    std::int64_t unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    const std::int64_t scaled = numerator * (unit / denominator);
    if (places == 0)
        return fmt::format("{}", scaled);
    return fmt::format("{}.{:0{}}", scaled / unit, scaled % unit, places);
}

} // namespace cartera
