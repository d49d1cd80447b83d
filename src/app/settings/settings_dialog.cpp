#include "app/settings/settings_dialog.h"

#include "app/common/error_message.h"
#include "app/settings/task_rules_page.h"
#include "storage/database.h"
#include "ui_settings_dialog.h"

#include <QMessageBox>
#include <cmath>

namespace cartera {

SettingsDialog::SettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::SettingsDialog>()) {
    m_ui->setupUi(this);
    const AnalysisSettings s = db.analysisSettings();
    m_ui->adolescentFromMonths->setValue(s.adolescentFromMonths);
    m_ui->matureFromMonths->setValue(s.matureFromMonths);
    m_ui->veteranFromMonths->setValue(s.veteranFromMonths);
    m_ui->atRiskAfterDays->setValue(s.atRiskAfterDays);
    m_ui->lostAfterDays->setValue(s.lostAfterDays);
    m_ui->paretoCut->setValue(s.paretoCut.toDouble() * 100.0);
    m_ui->classBCut->setValue(s.classBCut.toDouble() * 100.0);
    m_ui->cadenceFactor->setValue(s.cadenceFactor);
    m_ui->currency->setText(QString::fromStdString(s.currency));
    const ValueSettings v = db.valueSettings();
    m_ui->rfmSegments->setPlainText(QString::fromStdString(v.segments.toText()));
    m_ui->rewardTiers->setPlainText(QString::fromStdString(v.tiers.toText(s.minorDigits)));
    m_ui->clvHorizonMonths->setValue(v.clvHorizonMonths);
    m_ui->clvMonthlyDiscount->setValue(v.clvMonthlyDiscount * 100.0);
    m_rules = new TaskRulesPage(db.taskRuleSettings());
    m_ui->tabs->addTab(m_rules, tr("Task &rules"));
    const int digits = s.minorDigits;
    connect(m_ui->defaultSegments, &QPushButton::clicked, this, [this] {
        m_ui->rfmSegments->setPlainText(
            QString::fromStdString(RfmSegmentTable::defaults().toText()));
    });
    connect(m_ui->defaultTiers, &QPushButton::clicked, this, [this, digits] {
        m_ui->rewardTiers->setPlainText(
            QString::fromStdString(RewardTiers::defaults(digits).toText(digits)));
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    const auto permille = std::llround(m_ui->paretoCut->value() * 10.0);
    try {
        std::vector<std::pair<std::string, std::string>> values = m_rules->values();
        values.insert(
            values.begin(),
            {
                {"adolescent_from_months", std::to_string(m_ui->adolescentFromMonths->value())},
                {"mature_from_months", std::to_string(m_ui->matureFromMonths->value())},
                {"veteran_from_months", std::to_string(m_ui->veteranFromMonths->value())},
                {"at_risk_after_days", std::to_string(m_ui->atRiskAfterDays->value())},
                {"lost_after_days", std::to_string(m_ui->lostAfterDays->value())},
                {"pareto_cut", std::to_string(permille) + "/1000"},
                {"class_b_cut",
                 std::to_string(std::llround(m_ui->classBCut->value() * 10.0)) + "/1000"},
                {"cadence_factor", std::to_string(m_ui->cadenceFactor->value())},
                {"currency", m_ui->currency->text().trimmed().toUpper().toStdString()},
                {"rfm_segments", m_ui->rfmSegments->toPlainText().toStdString()},
                {"reward_tiers", m_ui->rewardTiers->toPlainText().toStdString()},
                {"clv_horizon_months", std::to_string(m_ui->clvHorizonMonths->value())},
                {"clv_monthly_discount_bp",
                 std::to_string(std::llround(m_ui->clvMonthlyDiscount->value() * 100.0))},
            });
        m_db.setSettings(values);
    } catch (const std::exception& e) {
        m_lastError = ErrorMessage::of(e);
        QMessageBox::warning(this, tr("Settings not saved"), m_lastError);
        return;
    }
    QDialog::accept();
}

} // namespace cartera
