#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QApplication app(argc, argv);
    // ctest runs every test case as its own process, several at once: each keeps its own
    // settings, or one test's remembered owner filter changes another's Today list mid-test.
    QApplication::setApplicationName(
        QStringLiteral("cartera-gui-tests-%1").arg(QCoreApplication::applicationPid()));
    const int result = Catch::Session().run(argc, argv);
    QFile::remove(QSettings().fileName());
    return result;
}
