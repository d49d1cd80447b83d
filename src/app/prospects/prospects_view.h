#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/prospects/prospect.h"
#include "core/prospects/prospect_fit.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace cartera {

class PortfolioSession;
class ProspectEditor;
class ProspectTableModel;

// Potential customers: the list with filters, the editor, moving a prospect on, converting it
// into a customer, and the customers who refer the most.
class ProspectsView : public QWidget {
    Q_OBJECT
  public:
    explicit ProspectsView(PortfolioSession* session, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    QTableView* table() const { return m_table; }
    ProspectTableModel* model() const { return m_model; }
    QTableWidget* referrals() const { return m_referrals; }
    QTableWidget* market() const { return m_market; }
    void selectProspect(std::int64_t id);

    bool addProspect(const Prospect& prospect);
    bool save();
    bool setStatus(ProspectStatus status, const QString& reason = {});
    // Converts the selected prospect; an empty id gives "P<number>".
    bool convert(const QString& customerId);
    bool addContact(const QString& kind, const QString& direction, const QString& note);
    bool importFile(const QString& path);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void refresh();
    void showProspect();
    std::optional<Prospect> current() const;

    PortfolioSession* m_session;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const ProspectFit> m_fit; // of the snapshot's customers, once computed
    std::vector<Prospect> m_prospects;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QComboBox* m_source;
    ProspectTableModel* m_model;
    QTableView* m_table;
    QTableWidget* m_referrals;
    QTableWidget* m_market;
    QLabel* m_why;
    ProspectEditor* m_editor;
    bool m_stale = false; // the portfolio changed while the view was hidden
};

} // namespace cartera
