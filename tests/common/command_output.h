#pragma once

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

namespace cartera::test {

// What a shell command prints on standard output (tests that check a file with a system tool).
inline std::string commandOutput(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

} // namespace cartera::test
