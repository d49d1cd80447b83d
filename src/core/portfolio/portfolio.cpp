#include "core/portfolio/portfolio.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace cartera {

void PortfolioBuilder::reserve(std::size_t customers, std::size_t purchases) {
    m_portfolio.customerId.reserve(customers);
    m_portfolio.externalId.reserve(customers, customers * 8);
    m_portfolio.customerSince.reserve(customers);
    m_portfolio.lostMark.reserve(customers);
    m_portfolio.purchaseBegin.reserve(customers + 1);
    m_portfolio.purchaseDay.reserve(purchases);
    m_portfolio.purchaseAmount.reserve(purchases);
}

std::optional<std::size_t> Portfolio::indexOf(std::int64_t id) const {
    const auto it = std::lower_bound(customerId.begin(), customerId.end(), id);
    if (it == customerId.end() || *it != id)
        return std::nullopt;
    return static_cast<std::size_t>(it - customerId.begin());
}

void PortfolioBuilder::addCustomer(std::int64_t id, std::string_view externalId,
                                   std::int32_t customerSince, std::int32_t lostMark) {
    if (!m_portfolio.customerId.empty() && id <= m_portfolio.customerId.back())
        throw std::logic_error("PortfolioBuilder: customer ids must ascend");
    m_portfolio.customerId.push_back(id);
    m_portfolio.externalId.push_back(externalId);
    m_portfolio.customerSince.push_back(customerSince);
    m_portfolio.lostMark.push_back(lostMark);
    m_portfolio.purchaseBegin.push_back(static_cast<std::uint32_t>(m_portfolio.purchaseCount()));
}

void PortfolioBuilder::addPurchase(std::int32_t day, Cents amount) {
    if (m_portfolio.customerId.empty())
        throw std::logic_error("PortfolioBuilder: purchase before any customer");
    auto& p = m_portfolio;
    const std::size_t first = p.purchaseBegin[p.customerCount() - 1];
    if (p.purchaseCount() > first && p.purchaseDay.back() > day)
        throw std::logic_error("PortfolioBuilder: purchases must be sorted by day");
    p.purchaseDay.push_back(day);
    p.purchaseAmount.push_back(amount);
    ++p.purchaseBegin.back();
}

Portfolio PortfolioBuilder::take() {
    Portfolio out = std::move(m_portfolio);
    m_portfolio = Portfolio{};
    return out;
}

std::pair<std::optional<std::int32_t>, std::optional<std::int32_t>> Portfolio::dayRange() const {
    if (purchaseDay.empty())
        return {};
    // Days are sorted per customer: each customer's first and last are enough.
    std::int32_t first = purchaseDay.front(), last = purchaseDay.front();
    for (std::size_t i = 0; i < customerCount(); ++i) {
        if (purchaseBegin[i] == purchaseBegin[i + 1])
            continue;
        first = std::min(first, purchaseDay[purchaseBegin[i]]);
        last = std::max(last, purchaseDay[purchaseBegin[i + 1] - 1]);
    }
    return {first, last};
}

} // namespace cartera
