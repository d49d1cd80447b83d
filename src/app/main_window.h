#pragma once

#include "core/customers/customer_query.h"

#include <QMainWindow>

class QDateEdit;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cartera {

enum class SheetFormat;
class CampaignsView;
class CohortsView;
class CustomersView;
class NewCustomerDialog;
class ImportWizard;
class OverviewView;
class ParetoView;
class PortfolioSession;
class ProspectsView;
class RecoveryView;
class SegmentsView;
class TodayView;
class ValueView;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    enum Page {
        Today,
        Overview,
        Customers,
        Cohorts,
        Pareto,
        Segments,
        Value,
        Recovery,
        Prospects,
        Campaigns
    };
    static constexpr int kPageCount = 10;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openPortfolio(const QString& path);
    // A portfolio is opened; any other file starts the import wizard on it (asking whether it
    // holds purchases or customers). Dropping a file on the window does the same.
    bool openFile(const QString& path);
    // The import wizard, on `file` when given.
    ImportWizard* importFile(bool purchases, const QString& file = {});
    bool newPortfolio(const QString& path);
    void showPage(Page page);
    Page currentPage() const;
    void setAsOf(const QDate& date);
    // Opens the customer window for a customer index of the current snapshot.
    void openCustomer(std::uint32_t customer);
    void deleteCustomer(std::uint32_t customer, bool ask = true);
    // The empty customer form; Add stores the customer as an undoable edit.
    NewCustomerDialog* addCustomer();
    // The current page's table, as shown (filtered, sorted), to a spreadsheet file.
    bool exportTable(const QString& path, SheetFormat format);
    // The portfolio review of the as-of day as an A4 PDF (the same as cartera-cli report).
    bool exportReview(const QString& path);
    // The customer list's rows with their contact fields, as `cartera-cli customers --csv`.
    bool exportCustomers(const QString& path);

    PortfolioSession* session() const { return m_session; }
    TodayView* today() const { return m_today; }
    OverviewView* overview() const { return m_overview; }
    CustomersView* customers() const { return m_customers; }
    CohortsView* cohorts() const { return m_cohorts; }
    ParetoView* pareto() const { return m_pareto; }
    RecoveryView* recovery() const { return m_recovery; }
    ProspectsView* prospects() const { return m_prospects; }
    SegmentsView* segments() const { return m_segments; }
    ValueView* value() const { return m_value; }
    CampaignsView* campaigns() const { return m_campaigns; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    // Waits for every background computation (tests, screenshots, benchmarks).
    void waitForIdle();
    QString lastError() const { return m_lastError; }
    // When false, errors are remembered and shown in the status bar instead of a dialog.
    void setInteractive(bool interactive) { m_interactive = interactive; }

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    QTableView* currentTable() const;
    void buildActions();
    void onSnapshot();
    void showError(const QString& message);
    void addRecent(const QString& path);
    void updateRecentMenu();
    void showCustomersFor(const CustomerFilter& filter, const QString& title);

    PortfolioSession* m_session;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    TodayView* m_today;
    OverviewView* m_overview;
    CustomersView* m_customers;
    CohortsView* m_cohorts;
    ParetoView* m_pareto;
    RecoveryView* m_recovery;
    ProspectsView* m_prospects;
    SegmentsView* m_segments;
    ValueView* m_value;
    CampaignsView* m_campaigns;
    QDateEdit* m_asOf;
    QLabel* m_statusText;
    QProgressBar* m_busy;
    QToolButton* m_cancel;
    QMenu* m_recent;
    QString m_lastError;
    bool m_interactive = true;
};

} // namespace cartera
