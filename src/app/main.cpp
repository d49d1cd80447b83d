#include "app/command_line.h"
#include "app/language/language.h"
#include "app/main_window.h"
#include "app/session/memory_policy.h"
#include "app/startup.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char** argv) {
    cartera::limitMemory();
    QApplication::setOrganizationName(QStringLiteral("Cartera"));
    QApplication::setApplicationName(QStringLiteral("Cartera"));
    QApplication::setApplicationVersion(QStringLiteral(CARTERA_VERSION));
    cartera::answerHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    cartera::installTranslators(app);
    QApplication::setDesktopFileName(QStringLiteral("org.cartera.Cartera"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cartera.svg")));
    const QString file = cartera::fileFromCommandLine(app);
    cartera::MainWindow window;
    window.show();
    cartera::openInitialPortfolio(window, file);
    return QApplication::exec();
}
