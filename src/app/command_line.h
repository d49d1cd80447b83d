#pragma once

#include <QString>

class QCoreApplication;

namespace cartera {

// --help and --version are answered before any window system is touched, so they work over
// ssh and in scripts; this returns only when neither was asked for.
void answerHelpOrVersion(int& argc, char** argv);

// The file named on the command line (empty for none); a wrong option ends the process
// with a message on stderr, as any command-line program would.
QString fileFromCommandLine(const QCoreApplication& app);

} // namespace cartera
