#include "app/main_window.h"

#include "app/campaigns/campaigns_view.h"
#include "app/cohorts/cohorts_view.h"
#include "app/common/chart_export.h"
#include "app/common/error_message.h"
#include "app/common/sheet_export.h"
#include "app/customers/customer_dialog.h"
#include "app/customers/customer_export.h"
#include "app/customers/customer_table_model.h"
#include "app/customers/customers_view.h"
#include "app/customers/new_customer_dialog.h"
#include "app/help/about_dialog.h"
#include "app/help/user_guide_dialog.h"
#include "app/import/import_wizard.h"
#include "app/overview/overview_view.h"
#include "app/pareto/pareto_view.h"
#include "app/prospects/prospects_view.h"
#include "app/recovery/recovery_view.h"
#include "app/segments/segments_view.h"
#include "app/session/portfolio_session.h"
#include "app/settings/preferences_dialog.h"
#include "app/settings/settings_dialog.h"
#include "app/startup.h"
#include "app/today/today_view.h"
#include "app/value/value_view.h"
#include "core/base/clock.h"
#include "core/review/portfolio_review.h"
#include "report/locale_text.h"
#include "report/review_pdf.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

namespace cartera {

namespace {

QDate toQDate(Date d) {
    const Ymd y = d.ymd();
    return {y.year, y.month, y.day};
}

QString portfolioFilter() {
    return MainWindow::tr("Cartera portfolios (*.cartera);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new PortfolioSession(this)), m_nav(new QListWidget),
      m_pages(new QStackedWidget), m_today(new TodayView(m_session)), m_overview(new OverviewView),
      m_customers(new CustomersView), m_cohorts(new CohortsView), m_pareto(new ParetoView),
      m_recovery(new RecoveryView(m_session)), m_prospects(new ProspectsView(m_session)),
      m_segments(new SegmentsView), m_value(new ValueView),
      m_campaigns(new CampaignsView(m_session)), m_asOf(new QDateEdit), m_statusText(new QLabel),
      m_busy(new QProgressBar), m_cancel(new QToolButton) {
    setWindowTitle(tr("Cartera"));
    resize(1280, 800);

    for (const QString& name :
         {tr("Today"), tr("Overview"), tr("Customers"), tr("Cohorts"), tr("Pareto"), tr("Segments"),
          tr("Value"), tr("Recovery"), tr("Prospects"), tr("Campaigns")})
        m_nav->addItem(name);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setFixedWidth(150);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    m_nav->setSpacing(4);
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_today, m_overview, m_customers, m_cohorts, m_pareto,
                                         m_segments, m_value, m_recovery, m_prospects, m_campaigns})
        m_pages->addWidget(page);
    auto* central = new QWidget;
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_session, &PortfolioSession::cancel);

    buildActions();

    connect(m_session, &PortfolioSession::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_session, &PortfolioSession::failed, this, &MainWindow::showError);
    connect(m_session, &PortfolioSession::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_session, &PortfolioSession::busyChanged, this,
            [this](bool busy, const QString& what) {
                m_busy->setVisible(busy);
                m_cancel->setVisible(busy);
                m_statusText->setText(busy ? what : QString());
            });
    connect(m_overview, &OverviewView::showCustomers, this, &MainWindow::showCustomersFor);
    connect(m_overview, &OverviewView::showRecovery, this, [this] { showPage(Recovery); });
    connect(m_overview, &OverviewView::showToday, this, [this] { showPage(Today); });
    connect(m_today, &TodayView::countsChanged, m_overview, &OverviewView::setTaskCounts);
    connect(m_today, &TodayView::openCustomer, this, &MainWindow::openCustomer);
    connect(m_today, &TodayView::openCase, this, [this](std::int64_t customerId) {
        showPage(Recovery);
        m_recovery->selectCustomer(customerId);
    });
    connect(m_today, &TodayView::openProspect, this, [this](std::int64_t id) {
        showPage(Prospects);
        m_prospects->selectProspect(id);
    });
    connect(m_cohorts, &CohortsView::showCustomers, this, &MainWindow::showCustomersFor);
    connect(m_segments, &SegmentsView::showCustomers, this, &MainWindow::showCustomersFor);
    connect(m_customers, &CustomersView::openCustomer, this, &MainWindow::openCustomer);
    connect(m_pareto, &ParetoView::openCustomer, this, &MainWindow::openCustomer);
    connect(m_customers->model(), &CustomerTableModel::queryChanged, this, [this] {
        m_session->setListQuery(
            {m_customers->model()->filter(), m_customers->model()->currentSort()});
    });
    connect(m_customers, &CustomersView::saveListRequested, this,
            [this](const QString& name, const QString& filter) {
                try {
                    m_session->editor()->saveList({name.toStdString(), filter.toStdString()});
                    statusBar()->showMessage(tr("Saved the list %1.").arg(name), 8000);
                } catch (const std::exception& e) {
                    showError(ErrorMessage::of(e));
                }
            });
    connect(m_customers, &CustomersView::exportRequested, this,
            [this](const QString& path) { exportCustomers(path); });
    connect(m_customers, &CustomersView::deleteCustomerRequested, this,
            [this](std::uint32_t c) { deleteCustomer(c); });
    connect(m_customers, &CustomersView::addCustomerRequested, this, [this] { addCustomer(); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    setAcceptDrops(true);
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* newAct = file->addAction(tr("&New portfolio…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("New portfolio"), QString(), portfolioFilter());
        if (!path.isEmpty())
            newPortfolio(path.endsWith(QStringLiteral(".cartera"))
                             ? path
                             : path + QStringLiteral(".cartera"));
    });
    newAct->setShortcut(QKeySequence::New);
    auto* openAct = file->addAction(tr("&Open…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open portfolio"), QString(), portfolioFilter());
        if (!path.isEmpty())
            openPortfolio(path);
    });
    openAct->setShortcut(QKeySequence::Open);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    auto* importPurchases =
        file->addAction(tr("Import &purchases…"), this, [this] { importFile(true); });
    importPurchases->setShortcut(QKeySequence(tr("Ctrl+I")));
    auto* importCustomers =
        file->addAction(tr("Import &customers…"), this, [this] { importFile(false); });
    importCustomers->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    auto* exportAct = file->addAction(tr("&Export Pareto report…"), this, [this] {
        showPage(Pareto);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Pareto report"),
                                                          tr("pareto.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_pareto->exportCsv(path, &error))
            showError(error);
    });
    exportAct->setShortcut(QKeySequence(tr("Ctrl+E")));
    auto* exportTableAct = file->addAction(tr("Export &table…"), this, [this] {
        if (!currentTable())
            return;
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export table"), m_nav->currentItem()->text() + QStringLiteral(".xlsx"),
            sheetFileFilters(), &filter);
        if (path.isEmpty())
            return;
        const int chosen =
            static_cast<int>(sheetFileFilters().split(QStringLiteral(";;")).indexOf(filter));
        exportTable(path, static_cast<SheetFormat>(std::max(chosen, 0)));
    });
    exportTableAct->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    auto* reviewAct = file->addAction(tr("Portfolio &review (PDF)…"), this, [this] {
        const auto s = m_session->snapshot();
        if (!s)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the portfolio review"),
            tr("portfolio-review-%1.pdf").arg(QString::fromStdString(s->asOf().toIso())),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportReview(path);
    });
    reviewAct->setObjectName(QStringLiteral("exportReview"));
    // The current page's charts, each as PNG or SVG (as their context menus offer).
    QMenu* charts = file->addMenu(tr("Export c&hart"));
    charts->setObjectName(QStringLiteral("exportChartMenu"));
    connect(charts, &QMenu::aboutToShow, this,
            [this, charts] { fillChartExportMenu(*charts, *m_pages->currentWidget()); });
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    auto* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto* find = edit->addAction(tr("&Find customer"), this, [this] {
        showPage(Customers);
        m_customers->searchField()->setFocus();
        m_customers->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    auto* view = menuBar()->addMenu(tr("&View"));
    const QString names[kPageCount] = {
        tr("&Today"),    tr("&Overview"), tr("&Customers"), tr("C&ohorts"),   tr("&Pareto"),
        tr("S&egments"), tr("&Value"),    tr("&Recovery"),  tr("Pro&spects"), tr("C&ampaigns")};
    for (int i = 0; i < kPageCount; ++i) {
        auto* a = view->addAction(names[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg((i + 1) % 10)));
    }

    auto* settings = menuBar()->addMenu(tr("&Settings"));
    auto* portfolioSettings = settings->addAction(tr("&Portfolio settings…"), this, [this] {
        if (!m_session->database())
            return;
        SettingsDialog dialog(*m_session->database(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_session->reload();
    });
    portfolioSettings->setShortcut(QKeySequence::Preferences);
    settings->addAction(tr("P&references…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* guide = help->addAction(tr("Cartera &User Guide"), this, [this] {
        auto* dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Cartera"), this, [this] { showAboutDialog(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto* toolbar = addToolBar(tr("As of"));
    toolbar->setObjectName(QStringLiteral("asOfToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("  As of ")));
    m_asOf->setCalendarPopup(true);
    // Typing "2024" into the year must not replay years 2, 20 and 202 on the way.
    m_asOf->setKeyboardTracking(false);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(toQDate(m_session->asOf()));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_asOf->setToolTip(tr("Every view is computed for this day: choose a past day to replay it"));
    toolbar->addWidget(m_asOf);
    auto* today =
        toolbar->addAction(tr("Today"), this, [this] { setAsOf(toQDate(Clock::today())); });
    today->setShortcut(QKeySequence(tr("Ctrl+T")));
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        m_session->setAsOf(Date::fromYmd(d.year(), d.month(), d.day()));
    });
    for (QAction* a : std::initializer_list<QAction*>{undo, redo, find, today})
        addAction(a);
}

bool MainWindow::openPortfolio(const QString& path) {
    if (!m_session->open(path))
        return false;
    addRecent(path);
    setWindowTitle(tr("%1 — Cartera").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::newPortfolio(const QString& path) {
    if (!m_session->open(path, true))
        return false;
    addRecent(path);
    setWindowTitle(tr("%1 — Cartera").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::showPage(Page page) {
    m_nav->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setAsOf(const QDate& date) {
    m_asOf->setDate(date);
}

void MainWindow::waitForIdle() {
    // Twice: a view's work can end after the session's next phase handed it a new snapshot.
    for (int round = 0; round < 2; ++round) {
        m_session->waitForIdle();
        m_cohorts->waitForIdle();
        m_pareto->waitForIdle();
        m_recovery->waitForIdle();
        m_value->waitForIdle();
    }
    QCoreApplication::processEvents();
}

void MainWindow::onSnapshot() {
    const SnapshotPtr& s = m_session->snapshot();
    m_overview->setSnapshot(s);
    m_customers->setSnapshot(s);
    m_cohorts->setSnapshot(s);
    m_pareto->setSnapshot(s);
    m_recovery->setSnapshot(s);
    m_prospects->setSnapshot(s);
    m_today->setSnapshot(s);
    m_campaigns->setSnapshot(s);
    m_segments->setSnapshot(s);
    m_value->setSnapshot(s);
    if (s)
        m_statusText->setText(
            tr("%1 customers, %2 purchases")
                .arg(numberText(static_cast<qulonglong>(s->portfolio.customerCount())),
                     numberText(static_cast<qulonglong>(s->portfolio.purchaseCount()))));
}

void MainWindow::showError(const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::warning(this, tr("Cartera"), message);
}

bool MainWindow::exportCustomers(const QString& path) {
    const SnapshotPtr s = m_session->snapshot();
    if (!s || !m_session->database())
        return false;
    std::vector<std::uint32_t> rows;
    for (int r = 0; r < m_customers->model()->rowCount(); ++r)
        rows.push_back(m_customers->model()->customerAt(r));
    QString error;
    if (!exportCustomerContacts(*s, *m_session->database(), rows, path, &error)) {
        showError(tr("Export failed: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 customers to %2.").arg(rows.size()).arg(path), 8000);
    return true;
}

void MainWindow::showCustomersFor(const CustomerFilter& filter, const QString& title) {
    m_customers->showFilter(filter, title);
    showPage(Customers);
}

void MainWindow::openCustomer(std::uint32_t customer) {
    const SnapshotPtr& s = m_session->snapshot();
    if (!s || customer >= s->portfolio.customerCount())
        return;
    auto* dialog = new CustomerDialog(m_session, s->portfolio.customerId[customer], this);
    dialog->show();
}

void MainWindow::deleteCustomer(std::uint32_t customer, bool ask) {
    const SnapshotPtr& s = m_session->snapshot();
    if (!s || customer >= s->portfolio.customerCount())
        return;
    const QString who = QString::fromUtf8(
        s->nameOf(customer).empty() ? s->portfolio.externalId[customer] : s->nameOf(customer));
    if (ask && QMessageBox::question(this, tr("Delete customer"),
                                     tr("Delete %1 with all purchases and interactions? You can "
                                        "undo this with Ctrl+Z.")
                                         .arg(who)) != QMessageBox::Yes)
        return;
    try {
        m_session->editor()->deleteCustomer(s->portfolio.customerId[customer]);
    } catch (const std::exception& e) {
        showError(ErrorMessage::of(e));
    }
}

NewCustomerDialog* MainWindow::addCustomer() {
    if (!m_session->database())
        return nullptr;
    auto* dialog = new NewCustomerDialog(
        [this](const CustomerRecord& r) { m_session->editor()->addCustomer(r); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ImportWizard* MainWindow::importFile(bool purchases, const QString& file) {
    if (!m_session->database())
        return nullptr;
    auto* wizard = new ImportWizard(
        m_session->path(),
        purchases ? ImportWizard::Kind::Purchases : ImportWizard::Kind::Customers, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, m_session, &PortfolioSession::reload);
    if (!file.isEmpty())
        wizard->setFile(file);
    wizard->show();
    return wizard;
}

QTableView* MainWindow::currentTable() const {
    switch (currentPage()) {
    case Customers:
        return m_customers->table();
    case Pareto:
        return m_pareto->table();
    case Recovery:
        return m_recovery->table();
    case Prospects:
        return m_prospects->table();
    case Campaigns:
        return m_campaigns->table();
    default:
        return nullptr;
    }
}

bool MainWindow::exportReview(const QString& path) {
    const auto s = m_session->snapshot();
    if (!s)
        return false;
    if (!s->hasNames()) {
        showError(ErrorMessage::namesComing());
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const PortfolioReview review =
            buildPortfolioReview(s->portfolio, s->directory(), s->settings, s->cases, s->asOf());
        writeReviewPdf(review, QFileInfo(m_session->path()).fileName(), path);
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        showError(tr("The review could not be saved: %1").arg(ErrorMessage::of(e)));
        return false;
    }
    QApplication::restoreOverrideCursor();
    statusBar()->showMessage(tr("Portfolio review saved to %1").arg(path), 8000);
    return true;
}

bool MainWindow::exportTable(const QString& path, SheetFormat format) {
    const QTableView* table = currentTable();
    if (!table || !table->model())
        return false;
    // The table's name cells are empty until the names are in.
    if (m_session->snapshot() && !m_session->snapshot()->hasNames()) {
        showError(ErrorMessage::namesComing());
        return false;
    }
    QString error;
    const int digits = m_session->snapshot() ? m_session->snapshot()->settings.minorDigits : 2;
    if (!exportSheet(*table->model(), m_nav->currentItem()->text(), digits, path, format, &error)) {
        showError(error);
        return false;
    }
    const int rows = table->model()->rowCount();
    statusBar()->showMessage((rows == 1 ? tr("Exported %Ln row to %1", nullptr, 1)
                                        : tr("Exported %Ln rows to %1", nullptr, rows))
                                 .arg(QDir::toNativeSeparators(path)),
                             5000);
    return true;
}

bool MainWindow::openFile(const QString& path) {
    if (isPortfolioFile(path))
        return openPortfolio(path);
    if (!m_session->database()) {
        showError(tr("Open a portfolio first, then import %1 into it.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // A CSV file does not say whether it holds purchases or customers; the user knows.
    QMessageBox ask(QMessageBox::Question, tr("Import %1").arg(QFileInfo(path).fileName()),
                    tr("What does %1 hold?").arg(QFileInfo(path).fileName()), QMessageBox::Cancel,
                    this);
    auto* purchases = ask.addButton(tr("&Purchases"), QMessageBox::AcceptRole);
    auto* customers = ask.addButton(tr("&Customers"), QMessageBox::AcceptRole);
    ask.setDefaultButton(purchases);
    ask.exec();
    if (ask.clickedButton() != purchases && ask.clickedButton() != customers)
        return false;
    return importFile(ask.clickedButton() == purchases, path) != nullptr;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // The drag source waits for the drop to return; a dialog opened inside it would block it.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    settings.setValue(QStringLiteral("lastFile"), absolute);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    // The name first, then the folder it is in: two portfolios of one name stay apart.
    for (int k = 0; k < recent.size(); ++k) {
        const QString path = recent[k];
        const QFileInfo info(path);
        const QString text =
            QStringLiteral("&%1 %2 — %3")
                .arg(k + 1)
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        m_recent->addAction(text, this, [this, path] { openPortfolio(path); })->setToolTip(path);
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace cartera
