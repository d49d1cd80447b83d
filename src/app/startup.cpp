#include "app/startup.h"

#include "app/main_window.h"
#include "core/base/clock.h"
#include "storage/database.h"
#include "storage/demo_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cartera {

QString demoPortfolioPath() {
    // <data home>/Cartera, as the README and the command line's run script say.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("Cartera/demo.cartera"));
}

bool isPortfolioFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return path.endsWith(QStringLiteral(".cartera"), Qt::CaseInsensitive);
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

bool openInitialPortfolio(MainWindow& window, const QString& path) {
    if (!path.isEmpty() && isPortfolioFile(path))
        return window.openPortfolio(path);
    if (!path.isEmpty())
        return openInitialPortfolio(window, QString()) && window.openFile(path);
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return window.openPortfolio(last);
    const QString demo = demoPortfolioPath();
    if (!QFileInfo::exists(demo)) {
        QDir().mkpath(QFileInfo(demo).absolutePath());
        auto db = Database::open(demo.toStdString(), Database::OpenMode::CreateNew);
        DemoOptions options;
        options.customers = 5000;
        options.endDate = Clock::today();
        writeDemo(*db, options);
    }
    return window.openPortfolio(demo);
}

} // namespace cartera
