#pragma once

#include <cmath>
#include <cstdint>

namespace cartera {

// xoshiro256** seeded by splitmix64: the same seed gives the same stream on every platform,
// which <random>'s distributions do not promise.
class Random {
  public:
    explicit Random(std::uint64_t seed) {
        for (auto& s : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // In (0, 1): never 0, so that log() is safe.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    double exponential(double mean) { return -mean * std::log(uniform()); }
    double normal() {
        return std::sqrt(-2.0 * std::log(uniform())) * std::cos(6.283185307179586 * uniform());
    }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    bool chance(double p) { return uniform() < p; }

  private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace cartera
