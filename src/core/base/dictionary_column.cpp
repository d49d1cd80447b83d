#include "core/base/dictionary_column.h"

namespace cartera {

void DictionaryColumn::push_back(std::string_view text) {
    // Runs of one value are common (the customers of one owner, imported together): no hash.
    if (!m_codes.empty() && m_values[m_codes.back()] == text) {
        m_codes.push_back(m_codes.back());
        return;
    }
    if (const auto found = m_codeOf.find(text); found != m_codeOf.end()) {
        m_codes.push_back(found->second);
        return;
    }
    const auto code = static_cast<std::uint32_t>(m_values.size());
    m_values.push_back(text);
    m_codes.push_back(code);
    if (m_codeOf.size() < kMaxShared)
        m_codeOf.emplace(text, code);
}

} // namespace cartera
