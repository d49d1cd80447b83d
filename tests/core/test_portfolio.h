#pragma once

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace cartera::test {

inline Date d(const char* iso) {
    return *Date::parseIso(iso);
}

// Hand-made portfolios for the rule tests: customers in the order given.
class TestPortfolio {
  public:
    struct Buy {
        const char* day;
        Cents amount;
    };
    TestPortfolio& add(std::string id, std::vector<Buy> buys, const char* since = nullptr,
                       const char* lostMark = nullptr) {
        std::sort(buys.begin(), buys.end(),
                  [](const Buy& a, const Buy& b) { return d(a.day) < d(b.day); });
        m_builder.addCustomer(static_cast<std::int64_t>(++m_count), id,
                              since ? d(since).days() : kNoDay,
                              lostMark ? d(lostMark).days() : kNoDay);
        for (const Buy& b : buys)
            m_builder.addPurchase(d(b.day).days(), b.amount);
        return *this;
    }
    Portfolio build() { return m_builder.take(); }

  private:
    PortfolioBuilder m_builder;
    int m_count = 0;
};

} // namespace cartera::test
