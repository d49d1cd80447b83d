#include "app/settings/task_rules_page.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace cartera {

namespace {

QString labelOf(const std::string& key) {
    if (key == "rule_pareto_at_risk")
        return TaskRulesPage::tr("A class A customer turns at risk");
    if (key == "rule_p_alive_below_percent")
        return TaskRulesPage::tr("Class A or B with P(alive) below, %");
    if (key == "rule_onboarding_days")
        return TaskRulesPage::tr("New customer without a second purchase after, days");
    if (key == "rule_tier_down")
        return TaskRulesPage::tr("A customer moves down a reward tier");
    if (key == "rule_decline_percent")
        return TaskRulesPage::tr("A veteran's 12-month revenue falls by more than, %");
    if (key == "rule_birthday_days")
        return TaskRulesPage::tr("A birthday within, days");
    if (key == "rule_action_overdue")
        return TaskRulesPage::tr("A recovery case's corrective action is overdue");
    if (key == "rule_contacted_quiet_days")
        return TaskRulesPage::tr("A contacted case without an attempt for, days");
    if (key == "rule_prospect_quiet_days")
        return TaskRulesPage::tr("An open prospect without a contact for, days");
    if (key == "rule_lookback_days")
        return TaskRulesPage::tr("Ignore occasions older than, days");
    return QString::fromStdString(key);
}

} // namespace

TaskRulesPage::TaskRulesPage(const TaskRuleSettings& rules, QWidget* parent) : QWidget(parent) {
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(
        tr("Rules run when a portfolio opens, after every import, and with "
           "<tt>cartera-cli rules run</tt>. Each writes one task per customer and occasion, due "
           "on the day the occasion began; a dismissed task does not come back."));
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const auto& [key, value] : rules.toPairs()) {
        const QString name = QString::fromStdString(key);
        if (const auto range = TaskRuleSettings::rangeOf(key)) {
            auto* spin = new QSpinBox;
            spin->setObjectName(name);
            spin->setRange(range->first - 1, range->second);
            spin->setSpecialValueText(tr("off"));
            spin->setValue(value == "off" ? range->first - 1 : std::stoi(value));
            spin->setAccessibleName(labelOf(key));
            form->addRow(labelOf(key), spin);
        } else {
            auto* box = new QCheckBox(labelOf(key));
            box->setObjectName(name);
            box->setChecked(value == "on");
            form->addRow(box);
        }
    }
}

std::vector<std::pair<std::string, std::string>> TaskRulesPage::values() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& key : TaskRuleSettings::keys()) {
        const QString name = QString::fromStdString(key);
        if (const auto* spin = findChild<QSpinBox*>(name))
            out.emplace_back(key, spin->value() == spin->minimum() ? std::string("off")
                                                                   : std::to_string(spin->value()));
        else if (const auto* box = findChild<QCheckBox*>(name))
            out.emplace_back(key, box->isChecked() ? "on" : "off");
    }
    return out;
}

} // namespace cartera
