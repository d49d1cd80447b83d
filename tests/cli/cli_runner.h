#pragma once

#include "cli/cli_context.h"

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

namespace cartera::test {

struct CliResult {
    int code = 0;
    std::string out;
    std::string err;
};

// Runs cartera-cli in-process, as a script would call it.
inline CliResult runCliWith(std::initializer_list<std::string> args) {
    std::vector<std::string> owned{"cartera-cli"};
    owned.insert(owned.end(), args.begin(), args.end());
    std::vector<const char*> argv;
    for (const auto& a : owned)
        argv.push_back(a.c_str());
    std::ostringstream out, err;
    CliContext ctx{out, err, false, Date::fromYmd(2026, 11, 26), {}};
    CliResult r;
    r.code = runCli(static_cast<int>(argv.size()), argv.data(), ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
}

// A file as a test writes it: bytes as given.
inline void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace cartera::test
