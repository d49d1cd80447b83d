#pragma once

#include "app/session/portfolio_snapshot.h"
#include "core/customers/customer_query.h"

#include <QWidget>
#include <functional>

class QGridLayout;
class QLabel;

namespace cartera {

class StatCard;

// The portfolio on one screen; each figure clicks through to the customers behind it.
class OverviewView : public QWidget {
    Q_OBJECT
  public:
    explicit OverviewView(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    StatCard* card(const QString& name) const; // by object name, for tests
    QString warningsText() const;
    // The Today list's counts, for the tasks card.
    void setTaskCounts(std::size_t dueToday, std::size_t overdue, const QString& owner);

  signals:
    void showCustomers(const cartera::CustomerFilter& filter, const QString& title);
    void showRecovery();
    void showToday();

  private:
    StatCard* addCard(const QString& name, const QString& title, int flowState, int row, int column,
                      std::function<CustomerFilter()> filter);
    CustomerFilter
    members(std::shared_ptr<const std::vector<std::uint32_t>> FlowFigures::*list) const;

    SnapshotPtr m_snapshot;

    QLabel* m_headline;
    QLabel* m_pareto;
    QLabel* m_warnings;
    QGridLayout* m_grid;
};

} // namespace cartera
