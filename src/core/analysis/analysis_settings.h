#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cartera {

// An exact fraction, so that "cumulative >= cut x total" is decided in integers.
struct Ratio {
    std::int64_t numerator = 4;
    std::int64_t denominator = 5;

    static std::optional<Ratio> parse(std::string_view text); // "0.8", "80%", "4/5"
    double toDouble() const { return static_cast<double>(numerator) / denominator; }
    std::string toString() const; // "0.8"
};

// Every threshold of DESIGN.md; each is a setting stored in the portfolio database.
struct AnalysisSettings {
    int adolescentFromMonths = 12;
    int matureFromMonths = 24;
    int veteranFromMonths = 60;
    int atRiskAfterDays = 180;
    int lostAfterDays = 365;
    int cadenceMinPurchaseDays = 3;
    int cadenceFactor = 3;
    Ratio paretoCut{4, 5};
    Ratio classBCut{19, 20};
    std::string currency = "EUR";
    int minorDigits = 2;
};

} // namespace cartera
