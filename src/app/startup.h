#pragma once

#include <QString>

namespace cartera {

class MainWindow;

// Where the demo portfolio lives: the user's data folder.
QString demoPortfolioPath();

// Opens `path` when given, else the last portfolio, else the demo (created on first start).
bool openInitialPortfolio(MainWindow& window, const QString& path);

} // namespace cartera
