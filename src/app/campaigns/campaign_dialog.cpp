#include "app/campaigns/campaign_dialog.h"

#include "app/common/display_text.h"
#include "core/portfolio/contact_channel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cartera {

CampaignDialog::CampaignDialog(const std::vector<std::string>& lists, std::int32_t today,
                               QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit), m_list(new QComboBox), m_channel(new QComboBox),
      m_offer(new QLineEdit), m_start(new QDateEdit), m_control(new QSpinBox),
      m_window(new QSpinBox), m_seed(new QSpinBox) {
    setWindowTitle(tr("New campaign"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    for (const std::string& l : lists)
        m_list->addItem(QString::fromStdString(l));
    form->addRow(tr("Saved &list:"), m_list);
    for (std::string_view c : kContactChannels)
        m_channel->addItem(contactChannelText(c),
                           QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size())));
    form->addRow(tr("&Channel:"), m_channel);
    m_offer->setPlaceholderText(tr("e.g. 10 % off the spring collection"));
    form->addRow(tr("&Offer:"), m_offer);
    const Ymd y = Date::fromDays(today).ymd();
    m_start->setDate(QDate(y.year, y.month, y.day));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Start:"), m_start);
    m_control->setRange(1, 50);
    m_control->setValue(10);
    m_control->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("C&ontrol group:"), m_control);
    m_window->setRange(1, 730);
    m_window->setValue(60);
    m_window->setSuffix(tr(" days"));
    form->addRow(tr("&Evaluation window:"), m_window);
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    form->addRow(tr("S&eed of the draw:"), m_seed);
    auto* note = new QLabel(tr("The control group is drawn at random (the same seed draws the "
                               "same customers) and is not contacted; everyone else gets a "
                               "contact logged on the start day."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    auto update = [this, ok] {
        ok->setEnabled(!m_name->text().trimmed().isEmpty() && m_list->count() > 0);
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

Campaign CampaignDialog::campaign() const {
    Campaign c;
    c.name = m_name->text().trimmed().toStdString();
    c.list = m_list->currentText().toStdString();
    c.channel = m_channel->currentData().toString().toStdString();
    c.offer = m_offer->text().trimmed().toStdString();
    const QDate d = m_start->date();
    c.start = Date::fromYmd(d.year(), d.month(), d.day()).days();
    c.controlPercent = m_control->value();
    c.windowDays = m_window->value();
    c.seed = static_cast<std::uint64_t>(m_seed->value());
    return c;
}

} // namespace cartera
