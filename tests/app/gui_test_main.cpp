#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cartera-gui-tests"));
    return Catch::Session().run(argc, argv);
}
