#include "app/command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace cartera {
namespace {

void describe(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Cartera: a customer portfolio as a flow. Lifecycle stages, cohort flow, "
                       "Pareto 80/20 and the recovery of lost customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("CommandLine",
                                    "A portfolio (.cartera) to open, or a CSV file to import"),
        QStringLiteral("[file]"));
}

bool asksHelpOrVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
        if (std::strcmp(argv[i], "--") == 0)
            return false;
    }
    return false;
}

} // namespace

void answerHelpOrVersion(int& argc, char** argv) {
    if (!asksHelpOrVersion(argc, argv))
        return;
    QCoreApplication core(argc, argv);
    QCommandLineParser parser;
    describe(parser);
    parser.process(core); // prints and exits
}

QString fileFromCommandLine(const QCoreApplication& app) {
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        const QString message =
            QCoreApplication::translate("CommandLine", "Give at most one file to open.");
        std::fprintf(stderr, "%s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
        std::exit(2);
    }
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace cartera
