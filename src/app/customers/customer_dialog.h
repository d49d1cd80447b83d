#pragma once

#include "core/import/customer_rows.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;

class QChartView;

namespace cartera {

class CustomerContactForm;
class PortfolioSession;

// One customer: contact fields (saved as undoable edits), purchases with a spend chart, the
// interaction log, and where the customer stands today.
class CustomerDialog : public QDialog {
    Q_OBJECT
  public:
    CustomerDialog(PortfolioSession* session, std::int64_t customerId, QWidget* parent = nullptr);

    std::int64_t customerId() const { return m_id; }
    QString statusText() const;
    QString titleText() const;

    void save();
    void markLost();
    void addInteraction();

  private:
    void loadRecord();
    void refresh();

    PortfolioSession* m_session;
    std::int64_t m_id;
    CustomerRecord m_record;
    QLabel* m_title;
    QLabel* m_status;
    QTabWidget* m_tabs;
    CustomerContactForm* m_contact;
    QTableWidget* m_purchases;
    QChartView* m_chart;
    QListWidget* m_interactions;
    QComboBox* m_kind;
    QComboBox* m_direction;
    QDateEdit* m_interactionDay;
    QLineEdit* m_interactionNote;
};

} // namespace cartera
