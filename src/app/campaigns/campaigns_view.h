#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/campaigns/campaign.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;

namespace cartera {

class PortfolioSession;

// Campaigns to saved lists, each measured against its control group: response and revenue
// per customer, treated against control, with the uplift and its 95 % interval.
class CampaignsView : public QWidget {
    Q_OBJECT
  public:
    explicit CampaignsView(PortfolioSession* session, QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    void reload();

    QTableWidget* table() const { return m_table; }
    struct Row {
        Campaign campaign;
        CampaignResult result;
        std::vector<std::uint32_t> treated; // portfolio indices
    };
    const std::vector<Row>& rows() const { return m_rows; }

    // The buttons' actions, callable from tests (the buttons ask first).
    bool create(const Campaign& campaign);
    bool removeCurrent();
    bool exportTreated(const QString& path);

  private:
    void showDetail();
    void askCreate();
    void askExport();
    std::optional<std::size_t> currentRow() const;

    PortfolioSession* m_session;
    SnapshotPtr m_snapshot;
    std::vector<Row> m_rows;
    QTableWidget* m_table;
    QLabel* m_detail;
};

} // namespace cartera
