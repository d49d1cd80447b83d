#include "app/main_window.h"
#include "app/startup.h"
#include "platform/huge_pages.h"

#include <QApplication>

int main(int argc, char** argv) {
    cartera::useHugePages(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cartera"));
    QApplication::setApplicationName(QStringLiteral("Cartera"));
    QApplication::setApplicationVersion(QStringLiteral(CARTERA_VERSION));
    cartera::MainWindow window;
    window.show();
    const QStringList args = QApplication::arguments();
    cartera::openInitialPortfolio(window, args.size() > 1 ? args.at(1) : QString());
    return QApplication::exec();
}
