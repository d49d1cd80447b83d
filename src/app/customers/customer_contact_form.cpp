#include "app/customers/customer_contact_form.h"

#include "app/common/display_text.h"
#include "core/base/date.h"
#include "core/base/text_limits.h"
#include "ui_customer_contact_form.h"

namespace cartera {

CustomerContactForm::CustomerContactForm(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomerContactForm>()) {
    m_ui->setupUi(this);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setMaxLength(static_cast<int>(kMaxFieldChars));
    connect(m_ui->save, &QPushButton::clicked, this, &CustomerContactForm::saveClicked);
}

CustomerContactForm::~CustomerContactForm() = default;

void CustomerContactForm::showRecord(const CustomerRecord& r) {
    m_shown = r;
    m_ui->externalId->setText(QString::fromStdString(r.externalId));
    m_ui->name->setText(QString::fromStdString(r.name));
    m_ui->company->setText(QString::fromStdString(r.company));
    m_ui->email->setText(QString::fromStdString(r.email));
    m_ui->phone->setText(QString::fromStdString(r.phone));
    m_ui->birthday->setText(isoDayText(r.birthday));
    m_ui->customerSince->setText(isoDayText(r.customerSince));
    m_ui->owner->setText(QString::fromStdString(r.owner));
    m_ui->source->setText(QString::fromStdString(r.source));
    m_ui->referredBy->setText(QString::fromStdString(r.referredBy));
    m_ui->notes->setPlainText(QString::fromStdString(r.notes));
    m_ui->industry->setText(QString::fromStdString(r.profile.industry));
    m_ui->region->setText(QString::fromStdString(r.profile.region));
    m_ui->sizeBand->setText(QString::fromStdString(r.profile.sizeBand));
    m_ui->tags->setText(QString::fromStdString(r.profile.tags));
}

namespace {

std::string typedText(const QLineEdit* edit, const std::string& shown) {
    const QString clipped = QString::fromStdString(shown).left(edit->maxLength());
    return edit->text() == clipped ? shown : edit->text().trimmed().toStdString();
}

} // namespace

CustomerRecord CustomerContactForm::typedRecord() const {
    CustomerRecord r;
    r.externalId = typedText(m_ui->externalId, m_shown.externalId);
    r.name = typedText(m_ui->name, m_shown.name);
    r.company = typedText(m_ui->company, m_shown.company);
    r.email = typedText(m_ui->email, m_shown.email);
    r.phone = typedText(m_ui->phone, m_shown.phone);
    r.owner = typedText(m_ui->owner, m_shown.owner);
    r.source = typedText(m_ui->source, m_shown.source);
    r.referredBy = typedText(m_ui->referredBy, m_shown.referredBy);
    r.profile.industry = typedText(m_ui->industry, m_shown.profile.industry);
    r.profile.region = typedText(m_ui->region, m_shown.profile.region);
    r.profile.sizeBand = typedText(m_ui->sizeBand, m_shown.profile.sizeBand);
    r.profile.tags = typedText(m_ui->tags, m_shown.profile.tags);
    const QString notes = m_ui->notes->toPlainText();
    r.notes = notes == QString::fromStdString(m_shown.notes) ? m_shown.notes : notes.toStdString();
    auto day = [this](const QLineEdit* edit, const QString& label) {
        const std::string value = edit->text().trimmed().toStdString();
        if (value.empty())
            return kNoDay;
        const auto d = Date::parseIso(value);
        if (!d)
            throw std::runtime_error(tr("%1 must be a date as YYYY-MM-DD (not '%2')")
                                         .arg(label, QString::fromStdString(value))
                                         .toStdString());
        return d->days();
    };
    r.birthday = day(m_ui->birthday, tr("Birthday"));
    r.customerSince = day(m_ui->customerSince, tr("Customer since"));
    return r;
}

} // namespace cartera
