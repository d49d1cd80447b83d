#pragma once

#include <QString>

namespace cartera {

class MainWindow;

// Where the demo portfolio lives: the user's data folder.
QString demoPortfolioPath();

// A portfolio is an SQLite file (whatever its name); anything else is a file to import.
bool isPortfolioFile(const QString& path);

// Opens `path` when given, else the last portfolio, else the demo (created on first start).
// A `path` that is not a portfolio is imported into the portfolio opened instead.
bool openInitialPortfolio(MainWindow& window, const QString& path);

} // namespace cartera
