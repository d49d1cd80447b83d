// Times the desktop app on a large portfolio, offscreen, one line per figure:
//   cartera-bench-gui CUSTOMERS [WORKDIR]
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/main_window.h"
#include "app/session/memory_policy.h"
#include "app/session/portfolio_session.h"
#include "core/customers/customer_query.h"
#include "storage/database.h"
#include "storage/demo_writer.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <sstream>

using namespace cartera;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// The longest time the GUI thread went without running its event loop: a 1 ms timer ticks
// whenever the loop runs, so the widest gap between two ticks is the longest freeze a person
// would have seen (typing, scrolling and repainting all wait for it).
// A large list sorts and filters on a worker: wait for its rows as the event loop does.
void waitForRows(const CustomerTableModel& model) {
    while (model.isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

// Whether a widget has painted itself since the last reset: the window's own repaint, which a
// grab() would only repeat (at a million rows a paint of the list is 50-70 ms of text layout).
class PaintWatch : public QObject {
  public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    void reset() { m_painted = false; }
    bool painted() const { return m_painted; }
    bool eventFilter(QObject*, QEvent* event) override {
        m_painted = m_painted || event->type() == QEvent::Paint;
        return false;
    }

  private:
    bool m_painted = false;
};

class StallMeter {
  public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, ms(m_last));
            m_last = Clock::now();
        });
        m_timer.start();
    }
    void reset() {
        settle();
        m_last = Clock::now();
        m_longest = 0;
    }
    // Lets the timer tick after the last synchronous step, so that its gap is counted.
    double longest() {
        settle();
        return m_longest;
    }

  private:
    static void settle() {
        const auto until = Clock::now() + std::chrono::milliseconds(5);
        while (Clock::now() < until)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    QTimer m_timer;
    Clock::time_point m_last = Clock::now();
    double m_longest = 0;
};

// The kernel's memory figures of this process, in kB, by name ("VmHWM:", "VmRSS:", ...).
std::map<std::string, double> memoryStatus() {
    std::ifstream status("/proc/self/status");
    std::map<std::string, double> kb;
    for (std::string line; std::getline(status, line);) {
        std::istringstream fields(line);
        std::string key;
        double value = 0;
        if (fields >> key >> value)
            kb[key] = value;
    }
    return kb;
}

// Where the peak is reached: resident after each phase and the phase's own peak (the kernel's
// peak is reset after each phase; the overall peak is kept here).
double g_peakKb = 0;
void printResident(const std::string& label, const char* after) {
    auto kb = memoryStatus();
    g_peakKb = std::max(g_peakKb, kb["VmHWM:"]);
    fmt::print("{} resident after {}: {:.0f} MB (peak in this phase {:.0f} MB)\n", label, after,
               kb["VmRSS:"] / 1024, kb["VmHWM:"] / 1024);
    std::ofstream("/proc/self/clear_refs") << "5";
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    limitMemory(); // as the app does
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cartera-bench-gui"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CUSTOMERS [WORKDIR]\n", argv[0]);
        return 2;
    }
    const std::size_t customers = std::stoul(argv[1]);
    const std::filesystem::path dir = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
    const std::string path = (dir / fmt::format("bench-gui-{}.cartera", customers)).string();
    if (!std::filesystem::exists(path)) {
        auto t = Clock::now();
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        const DemoCounts counts = writeDemo(*db, {customers, 42, Date::fromYmd(2026, 6, 30), 8});
        fmt::print("gui {} customers: demo portfolio written ({} purchases) in {:.1f} s\n",
                   customers, counts.purchases, ms(t) / 1000.0);
    }
    const std::string label = fmt::format("gui {}", customers);

    // Start to first painted customer list.
    auto t = Clock::now();
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    window.setAsOf(QDate(2026, 6, 30));
    window.showPage(MainWindow::Customers);
    // A portfolio that fails to load ends the run instead of waiting for it forever.
    QObject::connect(window.session(), &PortfolioSession::failed, [](const QString& message) {
        std::fprintf(stderr, "the portfolio did not load: %s\n", qPrintable(message));
        std::exit(1);
    });
    window.openPortfolio(QString::fromStdString(path));
    // The list paints as soon as the metrics are in; the flows of the overview follow.
    while (!window.session()->snapshot())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    window.customers()->table()->grab();
    printResident(label, "the first painted list");
    fmt::print("{} start to first painted customer list: {:.0f} ms\n", label, ms(t));
    // A large portfolio's names follow the first list.
    while (!window.session()->snapshot()->hasNames())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    window.customers()->table()->grab();
    printResident(label, "the names");
    fmt::print("{} start to names in the list: {:.0f} ms\n", label, ms(t));
    window.waitForIdle();
    printResident(label, "the flows");
    fmt::print("{} start to overview with flows: {:.0f} ms\n", label, ms(t));

    // What a new snapshot costs the GUI thread: every view takes it, synchronously.
    t = Clock::now();
    emit window.session()->snapshotChanged();
    fmt::print("{} snapshot handed to the views (GUI thread): {:.0f} ms\n", label, ms(t));
    window.waitForIdle();

    StallMeter stall;
    auto* view = window.customers();
    auto* model = view->model();
    stall.reset();
    t = Clock::now();
    view->table()->sortByColumn(static_cast<int>(CustomerColumn::Revenue12m), Qt::DescendingOrder);
    waitForRows(*model);
    view->table()->grab();
    fmt::print("{} sort by revenue (12 m): {:.0f} ms\n", label, ms(t));
    fmt::print("{} longest GUI-thread stall, sort: {:.0f} ms\n", label, stall.longest());
    stall.reset();

    // Typing "C00012": the last keystroke narrows the previous result.
    const QString text = QStringLiteral("C00012");
    double first = 0, last = 0;
    for (int k = 1; k <= text.size(); ++k) {
        t = Clock::now();
        view->searchField()->setText(text.left(k));
        waitForRows(*model);
        view->table()->grab();
        (k == 1 ? first : last) = ms(t);
        stall.longest(); // a person types between keystrokes: the loop runs in between
    }
    fmt::print("{} filter keystroke: first {:.0f} ms, last {:.0f} ms ({} rows)\n", label, first,
               last, model->rowCount());
    fmt::print("{} longest GUI-thread stall, filter: {:.0f} ms\n", label, stall.longest());
    view->searchField()->clear();

    // Every page once, each painted.
    stall.reset();
    for (const auto page : {MainWindow::Overview, MainWindow::Cohorts, MainWindow::Pareto,
                            MainWindow::Recovery, MainWindow::Customers}) {
        window.showPage(page);
        window.grab();
        stall.longest();
    }
    fmt::print("{} longest GUI-thread stall, view switch: {:.0f} ms\n", label, stall.longest());
    stall.reset();

    const Date target = Date::fromYmd(2025, 12, 31);
    // The views' own work for the pages just shown ends before the person picks a date.
    window.waitForIdle();
    {
        // What the worker does for a new as-of date, alone on the machine.
        const ListQuery list{model->filter(), model->currentSort()};
        t = Clock::now();
        const SnapshotPtr alone = reanalyse(window.session()->snapshot(), target, list);
        fmt::print("{} new as-of date on the worker alone (metrics, recovery, list): {:.0f} ms\n",
                   label, ms(t));
    }
    printResident(label, "the worker alone");
    stall.reset();
    // Until the window's event loop has painted the list with the new date's rows (the paint
    // after the snapshot reached the views; the list is the page on screen).
    PaintWatch listPaint(view->table()->viewport());
    QObject::connect(window.session(), &PortfolioSession::snapshotChanged, &listPaint,
                     [&listPaint] { listPaint.reset(); });
    t = Clock::now();
    window.setAsOf(QDate(2025, 12, 31));
    while (window.session()->snapshot()->asOf() != target || !listPaint.painted())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    fmt::print("{} recompute for a new as-of date (list repainted): {:.0f} ms\n", label, ms(t));
    printResident(label, "the as-of list");
    // Waiting as the event loop does: waitForIdle() would block this thread and count as a stall.
    while (!window.session()->isIdle())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    view->table()->grab();
    fmt::print("{} recompute for a new as-of date (with flows): {:.0f} ms\n", label, ms(t));
    printResident(label, "the as-of flows");
    fmt::print("{} longest GUI-thread stall, as-of change: {:.0f} ms\n", label, stall.longest());

    // The rules write their tasks on the worker; the Today list then reads them all back.
    t = Clock::now();
    emit window.session()->tasksChanged();
    fmt::print("{} Today list reloaded after the rules (GUI thread): {:.0f} ms\n", label, ms(t));

    // Resident memory: the peak, and now split into the process's own pages and the file's
    // pages mapped by SQLite (clean, shared, given back under memory pressure).
    auto kb = memoryStatus();
    kb["VmHWM:"] = std::max(g_peakKb, kb["VmHWM:"]);
    fmt::print("{} resident: peak {:.0f} MB; now {:.0f} MB, of which {:.0f} MB the process's own "
               "and {:.0f} MB mapped file pages\n",
               label, kb["VmHWM:"] / 1024, kb["VmRSS:"] / 1024, kb["RssAnon:"] / 1024,
               kb["RssFile:"] / 1024);
    return 0;
}
