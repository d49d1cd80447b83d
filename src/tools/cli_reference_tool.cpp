// Writes cartera-cli's man page or bash completion at build time (see cli_reference.h).
#include "cli/cli_context.h"
#include "cli/cli_reference.h"

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    const std::string what = argc == 4 ? argv[1] : "";
    if (what != "man" && what != "bash") {
        std::cerr << "usage: cartera-cli-reference man|bash DATE OUT\n";
        return 2;
    }
    std::ostringstream sink;
    cartera::CliContext ctx{sink, sink, false, cartera::Clock::today(), {}};
    CLI::App app{cartera::kCliDescription, "cartera-cli"};
    cartera::addAllCommands(app, ctx);
    std::ofstream out(argv[3], std::ios::binary);
    out << (what == "man" ? cartera::cliManPage(app, CARTERA_VERSION, argv[2])
                          : cartera::cliBashCompletion(app));
    out.close();
    if (!out) {
        std::cerr << "cartera-cli-reference: cannot write " << argv[3] << '\n';
        return 1;
    }
    return 0;
}
