#include "cli/cli_context.h"
#include "core/base/clock.h"

#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    cartera::CliContext ctx{std::cout, std::cerr, false, cartera::Clock::today(), {}};
    ctx.progressToTerminal = ::isatty(STDERR_FILENO) != 0;
    return cartera::runCli(argc, argv, ctx);
}
