#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cartera {

// Many short strings in one buffer: a million customer ids cost two allocations, not a million.
class StringTable {
  public:
    StringTable() { m_offsets.push_back(0); }

    void reserve(std::size_t count, std::size_t bytes) {
        m_offsets.reserve(count + 1);
        m_chars.reserve(bytes);
    }
    void push_back(std::string_view text) {
        m_chars.append(text);
        m_offsets.push_back(static_cast<std::uint32_t>(m_chars.size()));
    }
    std::string_view operator[](std::size_t i) const {
        return std::string_view(m_chars).substr(m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }
    std::size_t size() const { return m_offsets.size() - 1; }
    bool empty() const { return size() == 0; }

  private:
    std::string m_chars;
    std::vector<std::uint32_t> m_offsets;
};

} // namespace cartera
