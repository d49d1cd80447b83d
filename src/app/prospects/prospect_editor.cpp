#include "app/prospects/prospect_editor.h"

#include "app/common/display_text.h"
#include "core/base/date.h"
#include "core/base/text_limits.h"
#include "core/portfolio/contact_channel.h"
#include "ui_prospect_editor.h"

namespace cartera {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

ProspectEditor::ProspectEditor(QWidget* parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::ProspectEditor>()) {
    m_ui->setupUi(this);
    m_ui->source->addItem(tr("(unknown)"), QString());
    for (const std::string& s : prospectSources())
        m_ui->source->addItem(prospectSourceText(s), q(s));
    for (std::string_view k : kContactChannels)
        m_ui->contactKind->addItem(contactChannelText(k),
                                   QString::fromLatin1(k.data(), static_cast<qsizetype>(k.size())));
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setMaxLength(static_cast<int>(kMaxFieldChars));
    connect(m_ui->save, &QPushButton::clicked, this, &ProspectEditor::saveClicked);
    connect(m_ui->contacted, &QPushButton::clicked, this, &ProspectEditor::contactedClicked);
    connect(m_ui->qualified, &QPushButton::clicked, this, &ProspectEditor::qualifiedClicked);
    connect(m_ui->dropped, &QPushButton::clicked, this, &ProspectEditor::dropClicked);
    connect(m_ui->convert, &QPushButton::clicked, this, &ProspectEditor::convertClicked);
    connect(m_ui->logContact, &QPushButton::clicked, this, &ProspectEditor::logContactClicked);
    // Enter in the note logs the contact, as the button does.
    connect(m_ui->contactNote, &QLineEdit::returnPressed, this, &ProspectEditor::logContactClicked);
}

ProspectEditor::~ProspectEditor() = default;

void ProspectEditor::showProspect(const std::optional<Prospect>& p) {
    if (!p) {
        m_ui->title->setText(tr("Select a prospect."));
        return;
    }
    m_ui->title->setText(
        tr("<b>%1</b> · %2%3")
            .arg(q(clipText(p->name, 80)).toHtmlEscaped(), prospectStatusText(p->status),
                 p->customerId.empty()
                     ? QString()
                     : tr(" · customer %1").arg(q(clipText(p->customerId, 40)).toHtmlEscaped())));
    m_ui->name->setText(q(p->name));
    m_ui->company->setText(q(p->company));
    m_ui->email->setText(q(p->email));
    m_ui->phone->setText(q(p->phone));
    m_ui->referredBy->setText(q(p->referredBy));
    m_ui->owner->setText(q(p->owner));
    m_ui->notes->setText(q(p->notes));
    m_ui->industry->setText(q(p->profile.industry));
    m_ui->region->setText(q(p->profile.region));
    m_ui->sizeBand->setText(q(p->profile.sizeBand));
    m_ui->tags->setText(q(p->profile.tags));
    m_ui->source->setCurrentIndex(std::max(0, m_ui->source->findData(q(p->source))));
    m_ui->contacts->clear();
    for (const ProspectContact& c : p->contacts)
        m_ui->contacts->addItem(QStringLiteral("%1  %2 (%3)  %4")
                                    .arg(dayText(c.day), contactChannelText(c.kind),
                                         c.direction == "in" ? tr("incoming") : tr("outgoing"),
                                         q(c.note)));
}

Prospect ProspectEditor::withFields(Prospect p) const {
    auto text = [](const QLineEdit* edit) { return edit->text().trimmed().toStdString(); };
    p.name = text(m_ui->name);
    p.company = text(m_ui->company);
    p.email = text(m_ui->email);
    p.phone = text(m_ui->phone);
    p.referredBy = text(m_ui->referredBy);
    p.owner = text(m_ui->owner);
    p.notes = text(m_ui->notes);
    p.profile = {text(m_ui->industry), text(m_ui->region), text(m_ui->sizeBand), text(m_ui->tags)};
    p.source = m_ui->source->currentData().toString().toStdString();
    return p;
}

QString ProspectEditor::contactKind() const {
    return m_ui->contactKind->currentData().toString();
}

QString ProspectEditor::contactNote() const {
    return m_ui->contactNote->text();
}

void ProspectEditor::clearContactNote() {
    m_ui->contactNote->clear();
}

} // namespace cartera
