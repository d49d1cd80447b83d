#pragma once

#include "app/main_window.h"
#include "app/session/portfolio_session.h"
#include "core/base/clock.h"
#include "storage/database.h"
#include "storage/demo_writer.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace cartera::test {

// A real main window on a small demo portfolio, replayed as of 2026-06-30, which is also
// "today" for everything the app dates.
struct GuiFixture {
    FixedClock clock{Date::fromYmd(2026, 6, 30)};
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.cartera"));
    std::unique_ptr<MainWindow> window;

    explicit GuiFixture(std::size_t customers = 600) {
        Clock::setInstance(&clock);
        {
            auto db = Database::open(path.toStdString(), Database::OpenMode::CreateNew);
            writeDemo(*db, {customers, 11, Date::fromYmd(2026, 6, 30), 8});
        }
        window = std::make_unique<MainWindow>();
        window->setInteractive(false);
        window->resize(1280, 800);
        window->show();
        window->setAsOf(QDate(2026, 6, 30));
        window->openPortfolio(path);
        window->waitForIdle();
    }
    ~GuiFixture() { Clock::setInstance(nullptr); }
    GuiFixture(const GuiFixture&) = delete;
    GuiFixture& operator=(const GuiFixture&) = delete;
    const PortfolioSnapshot& snapshot() const { return *window->session()->snapshot(); }
};

// A widget found as a person finds it, by the name its form gives it.
template <typename Widget> Widget* named(const QObject* parent, const char* name) {
    auto* widget = parent->findChild<Widget*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace cartera::test
