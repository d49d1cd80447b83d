#pragma once

#include "core/campaigns/campaign.h"

#include <QCoreApplication>
#include <QDialog>
#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace cartera {

// A new campaign: its name, the saved list, channel, offer, start day, control group and
// evaluation window.
class CampaignDialog : public QDialog {
    // No moc for this header (it has no signals of its own).
    Q_DECLARE_TR_FUNCTIONS(CampaignDialog)

  public:
    CampaignDialog(const std::vector<std::string>& lists, std::int32_t today,
                   QWidget* parent = nullptr);
    Campaign campaign() const;

  private:
    QLineEdit* m_name;
    QComboBox* m_list;
    QComboBox* m_channel;
    QLineEdit* m_offer;
    QDateEdit* m_start;
    QSpinBox* m_control;
    QSpinBox* m_window;
    QSpinBox* m_seed;
};

} // namespace cartera
