#include "core/demo/demo_generator.h"

#include "core/base/random.h"
#include "core/portfolio/portfolio.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <string_view>
#include <vector>

namespace cartera {

namespace {

struct Culture {
    std::array<std::string_view, 8> first;
    std::array<std::string_view, 8> last;
    std::array<std::string_view, 4> companySuffix;
    std::string_view phonePrefix;
};

const std::array<Culture, 6> kCultures = {{
    {{"Olivia", "James", "Emma", "Noah", "Ava", "Liam", "Grace", "Henry"},
     {"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Evans", "Walker"},
     {"Ltd", "Inc.", "& Sons", "Group"},
     "+44"},
    {{"José", "María", "Lucía", "Álvaro", "Sofía", "Martín", "Inés", "Raúl"},
     {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Núñez"},
     {"S.L.", "S.A.", "y Cía.", "Hermanos"},
     "+34"},
    {{"Jürgen", "Anna", "Lukas", "Małgorzata", "Jörg", "Zoë", "Björn", "Ökan"},
     {"Müller", "Schröder", "Weiß", "Kowalczyk", "Groß", "Böhm", "Nowak", "Wójcik"},
     {"GmbH", "AG", "KG", "sp. z o.o."},
     "+49"},
    {{"Élodie", "François", "Chloé", "Gaël", "Hélène", "Loïc", "Amélie", "Benoît"},
     {"Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fournier", "Mercier", "Lambert"},
     {"SARL", "SA", "et Fils", "SAS"},
     "+33"},
    {{"Анна", "Дмитрий", "Ольга", "Сергей", "Наталья", "Иван", "Екатерина", "Алексей"},
     {"Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков"},
     {"ООО", "АО", "Групп", "Трейд"},
     "+7"},
    {{"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Σοφία", "Δημήτρης", "Άννα"},
     {"Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου", "Καραγιάννη", "Βλάχου", "Ιωάννου",
      "Δημητρίου"},
     {"Α.Ε.", "Ε.Π.Ε.", "Ο.Ε.", "Ι.Κ.Ε."},
     "+30"},
}};

constexpr std::array<std::string_view, 8> kCompanyStems = {
    "Nordwind", "Aurora", "Cobalt", "Atlas", "Verde", "Orion", "Helix", "Solano"};
constexpr std::array<std::string_view, 6> kOwners = {"Ana Ruiz",   "Ben Okafor", "Chen Wei",
                                                     "Dana Kovač", "Elif Şahin", "Farid Haddad"};
constexpr std::array<std::string_view, 6> kSources = {"directory", "list", "press",
                                                      "referral",  "web",  "event"};

std::string asciiHandle(std::size_t index) {
    return fmt::format("customer{}", index);
}

// A profile from its own stream (the purchases stay those of earlier versions), leaning
// towards hospitality and Madrid for the customers who spend the most, so that the prospects'
// fit has something to find.
Profile demoProfile(std::uint64_t seed, std::size_t i, double yearlySpend) {
    static constexpr std::array<std::string_view, 6> industries = {
        "Hospitality", "Retail", "Wholesale", "Health", "Education", "Construction"};
    static constexpr std::array<std::string_view, 5> regions = {"Madrid", "Lyon", "Berlin",
                                                                "Athens", "Warsaw"};
    static constexpr std::array<std::string_view, 4> sizes = {"1-9", "10-49", "50-249", "250+"};
    Random r(seed * 1'000'003 + i);
    const bool big = yearlySpend > 400;
    Profile p;
    p.industry = industries[big && r.chance(0.5) ? 0 : r.below(industries.size())];
    p.region = regions[big && r.chance(0.4) ? 0 : r.below(regions.size())];
    p.sizeBand = sizes[r.below(sizes.size())];
    if (r.chance(0.2))
        p.tags = r.chance(0.5) ? "newsletter" : "trade fair, newsletter";
    return p;
}

} // namespace

void generateDemo(const DemoOptions& options, const DemoSink& sink) {
    Random rng(options.seed);
    const std::int32_t end = options.endDate.days();
    const std::int32_t start = options.endDate.addMonths(-12 * options.years).days();
    const double span = end - start;
    constexpr double growth = 1.2; // later years bring e^1.2 (about 3.3) times more customers

    // Draw acquisition days first and sort them, so that ids follow acquisition order.
    std::vector<std::int32_t> acquired(options.customers);
    for (auto& day : acquired) {
        const double u = rng.uniform();
        const double x = std::log1p(u * std::expm1(growth)) / growth;
        day = start + static_cast<std::int32_t>(x * span);
    }
    std::sort(acquired.begin(), acquired.end());

    std::vector<std::pair<std::int32_t, Cents>> purchases;
    for (std::size_t i = 0; i < options.customers; ++i) {
        const Culture& culture = kCultures[rng.below(kCultures.size())];
        CustomerRecord c;
        c.externalId = fmt::format("C{:07}", i + 1);
        c.name = fmt::format("{} {}", culture.first[rng.below(8)], culture.last[rng.below(8)]);
        if (rng.chance(0.7))
            c.company = fmt::format("{} {}", kCompanyStems[rng.below(kCompanyStems.size())],
                                    culture.companySuffix[rng.below(4)]);
        c.email = asciiHandle(i + 1) + "@example.com";
        c.phone =
            fmt::format("{} {:03} {:06}", culture.phonePrefix, rng.below(1000), rng.below(1000000));
        c.birthday = rng.chance(0.4) ? Date::fromYmd(1950 + static_cast<int>(rng.below(55)),
                                                     1 + static_cast<int>(rng.below(12)),
                                                     1 + static_cast<int>(rng.below(28)))
                                           .days()
                                     : kNoDay;
        const std::int32_t acquisition = acquired[i];
        // Most customers are known from their first purchase; some were signed up earlier.
        c.customerSince = rng.chance(0.25) ? acquisition : kNoDay;
        c.owner = kOwners[rng.below(kOwners.size())];
        c.source = kSources[rng.below(kSources.size())];
        if (c.source == "referral" && i > 0)
            c.referredBy = fmt::format("C{:07}", 1 + rng.below(i));
        // Heterogeneous customers: purchase rate and spend are log-normal, so a minority makes
        // most of the revenue.
        const double perYear = rng.logNormal(std::log(3.3), 1.0);
        const double spend = rng.logNormal(std::log(45.0), 0.9);
        const double lifetimeDays = rng.exponential(2.5 * 365.0);
        const bool neverBuys = c.customerSince != kNoDay && rng.chance(0.04);
        c.profile = demoProfile(options.seed, i, perYear * spend);
        sink.customer(i, c);

        purchases.clear();
        if (!neverBuys) {
            std::int32_t aliveUntil = acquisition + static_cast<std::int32_t>(lifetimeDays);
            double day = acquisition;
            while (true) {
                if (day > aliveUntil) {
                    // Lapsed: a few come back after a break, for another while.
                    if (!rng.chance(0.18))
                        break;
                    day += rng.exponential(400.0) + 180.0;
                    aliveUntil = static_cast<std::int32_t>(day + rng.exponential(365.0));
                }
                const auto d = static_cast<std::int32_t>(day);
                if (d > end)
                    break;
                const double cents = spend * rng.logNormal(0.0, 0.35) * 100.0;
                const Cents amount = std::max<Cents>(0, std::llround(cents));
                purchases.emplace_back(d, amount);
                if (rng.chance(0.015)) {
                    const std::int32_t refundDay = d + 1 + static_cast<std::int32_t>(rng.below(30));
                    if (refundDay <= end)
                        purchases.emplace_back(refundDay, -amount / (rng.chance(0.5) ? 1 : 2));
                }
                day += rng.exponential(365.0 / perYear);
            }
        }
        std::stable_sort(purchases.begin(), purchases.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [d, amount] : purchases)
            sink.purchase(i, d, amount);
    }
}

} // namespace cartera
