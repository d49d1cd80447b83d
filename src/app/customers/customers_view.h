#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/customers/customer_query.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cartera {

class CustomerTableModel;
class EmptyState;

// The searchable, sortable customer list.
class CustomersView : public QWidget {
    Q_OBJECT
  public:
    explicit CustomersView(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    // Shows the customers of a filter chosen elsewhere (an overview card, a flow band).
    void showFilter(const CustomerFilter& filter, const QString& title);
    // Every filter back to "any", the search emptied, a shown subset dropped.
    void clearFilters();

    CustomerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    std::optional<std::uint32_t> currentCustomer() const;
    // The list's filter as the text a saved list keeps; empty when a chosen subset is shown
    // (a subset is not a filter).
    std::optional<std::string> filterText() const;
    // Applies a saved list by name; false when there is none (or it no longer reads).
    bool applyList(const QString& name);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  signals:
    void openCustomer(std::uint32_t customer);
    void addCustomerRequested();
    void deleteCustomerRequested(std::uint32_t customer);
    void saveListRequested(const QString& name, const QString& filterText);
    void exportRequested(const QString& path);

  private:
    void applyControls();
    void updateCount();

    CustomerTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_deleteButton = nullptr;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_activity;
    QComboBox* m_class;
    QComboBox* m_owner;
    QComboBox* m_segment;
    QComboBox* m_tier;
    QComboBox* m_lists;
    SnapshotPtr m_snapshot;
    QLabel* m_count;
    EmptyState* m_empty = nullptr;
    QLabel* m_subset;
    std::shared_ptr<const std::vector<std::uint32_t>> m_only;
    bool m_updating = false;
};

} // namespace cartera
