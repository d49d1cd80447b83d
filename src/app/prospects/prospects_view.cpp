#include "app/prospects/prospects_view.h"

#include "app/common/display_text.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/prospects/prospect_editor.h"
#include "app/prospects/prospect_table_model.h"
#include "app/session/portfolio_session.h"
#include "app/today/task_dialog.h"
#include "core/base/text_limits.h"
#include "storage/prospect_repository.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <numeric>

namespace cartera {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

ProspectsView::ProspectsView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_filter(new QLineEdit), m_status(new QComboBox),
      m_source(new QComboBox), m_model(new ProspectTableModel(this)), m_table(new QTableView),
      m_referrals(new QTableWidget), m_market(new QTableWidget), m_why(new QLabel),
      m_editor(new ProspectEditor) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter by name, company or e-mail"));
    m_filter->setAccessibleName(tr("Prospect filter"));
    m_status->addItem(tr("Any status"), QString());
    for (int s = 0; s < 5; ++s) {
        const auto status = static_cast<ProspectStatus>(s);
        m_status->addItem(prospectStatusText(status), q(std::string(prospectStatusName(status))));
    }
    m_source->addItem(tr("Any source"), QString());
    for (const std::string& s : prospectSources())
        m_source->addItem(prospectSourceText(s), q(s));
    m_status->setAccessibleName(tr("Status filter"));
    m_source->setAccessibleName(tr("Source filter"));
    auto* add = new QPushButton(tr("&New prospect"));
    auto* import = new QPushButton(tr("&Import prospects…"));
    auto* taskButton = new QPushButton(tr("New &task…"));
    taskButton->setObjectName(QStringLiteral("newTask"));
    taskButton->setToolTip(tr("A task about the selected prospect"));
    connect(taskButton, &QPushButton::clicked, this, [this] {
        if (const auto p = current())
            addTaskByHand(this, m_session, QString::fromStdString(p->name), TaskSubject::Prospect,
                          p->id, TaskKind::Prospect, p->owner);
    });
    top->addWidget(m_filter, 2);
    top->addWidget(m_status);
    top->addWidget(m_source);
    top->addStretch();
    top->addWidget(add);
    top->addWidget(import);
    top->addWidget(taskButton);
    layout->addLayout(top);

    auto* split = new QSplitter;
    m_table->setModel(m_model);
    setUpListTable(*m_table, tr("Prospects"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    const int widths[] = {35, 130, 100, 50, 65, 80, 70, 70};
    for (int c = 0; c < 8; ++c)
        m_table->setColumnWidth(c, widths[c]);
    auto* left = new QWidget;
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_table, 1);
    m_why->setWordWrap(true);
    m_why->setAccessibleName(tr("Why the prospect fits"));
    ll->addWidget(m_why);
    split->addWidget(left);

    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_editor);
    rl->addWidget(new QLabel(tr("<b>Referral leaderboard</b>: customers who bring new ones")));
    m_referrals->setColumnCount(5);
    m_referrals->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Name"), tr("Prospects"), tr("Converted"), tr("Customers")});
    setUpListTable(*m_referrals, tr("Referral leaderboard"));
    m_referrals->setColumnWidth(1, 160);
    rl->addWidget(m_referrals, 1);
    rl->addWidget(new QLabel(tr("<b>Potential market</b>: open prospects by industry and region")));
    m_market->setColumnCount(4);
    m_market->setHorizontalHeaderLabels(
        {tr("Industry"), tr("Region"), tr("Prospects"), tr("Mean fit")});
    setUpListTable(*m_market, tr("Potential market"));
    m_market->setColumnWidth(0, 140);
    m_market->setColumnWidth(1, 140);
    rl->addWidget(m_market, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 560});
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ProspectsView::refresh);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setMaxLength(static_cast<int>(kMaxFieldChars));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ProspectsView::refresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ProspectsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showProspect(); });
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New prospect"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            Prospect p;
            p.name = name.trimmed().toStdString();
            addProspect(p);
        }
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import prospects"), QString(),
                                                          tr("CSV (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_editor, &ProspectEditor::saveClicked, this, [this] { save(); });
    connect(m_editor, &ProspectEditor::contactedClicked, this,
            [this] { setStatus(ProspectStatus::Contacted); });
    connect(m_editor, &ProspectEditor::qualifiedClicked, this,
            [this] { setStatus(ProspectStatus::Qualified); });
    connect(m_editor, &ProspectEditor::dropClicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Drop prospect"), tr("Why is this prospect dropped?"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            setStatus(ProspectStatus::Dropped, reason.trimmed());
    });
    connect(m_editor, &ProspectEditor::convertClicked, this, [this] {
        bool ok = false;
        const QString id = QInputDialog::getText(
            this, tr("Convert to customer"),
            tr("Id of the new customer (empty: P and the prospect's number):"), QLineEdit::Normal,
            QString(), &ok);
        if (ok)
            convert(id.trimmed());
    });
    connect(m_editor, &ProspectEditor::logContactClicked, this, [this] {
        if (addContact(m_editor->contactKind(), QStringLiteral("out"), m_editor->contactNote()))
            m_editor->clearContactNote();
    });
}

void ProspectsView::setSnapshot(const SnapshotPtr& snapshot) {
    // The fit arrives with the snapshot's second phase, computed on the worker.
    m_fit = snapshot ? snapshot->prospectFit : nullptr;
    m_snapshot = snapshot;
    // Hidden, the list waits: its queries would hold up the view the user looks at.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

void ProspectsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void ProspectsView::refresh() {
    if (!m_session->database())
        return;
    const std::optional<Prospect> selected = current();
    ProspectRepository repo(*m_session->database());
    m_prospects = repo.list();
    const QString text = m_filter->text().trimmed().toLower();
    const QString status = m_status->currentData().toString();
    const QString source = m_source->currentData().toString();
    std::vector<Prospect> shown;
    for (const Prospect& p : m_prospects) {
        if (!status.isEmpty() && q(std::string(prospectStatusName(p.status))) != status)
            continue;
        if (!source.isEmpty() && q(p.source) != source)
            continue;
        if (!text.isEmpty() && !(q(p.name) + q(p.company) + q(p.email)).toLower().contains(text))
            continue;
        shown.push_back(p);
    }
    // Best fit first; prospects without a profile last.
    std::vector<ProspectFit::Result> fits;
    for (const Prospect& p : shown)
        fits.push_back(m_fit ? m_fit->fitOf(p.profile) : ProspectFit::Result{std::nan(""), {}});
    std::vector<std::size_t> order(shown.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double fa = std::isnan(fits[a].score) ? -1 : fits[a].score;
        const double fb = std::isnan(fits[b].score) ? -1 : fits[b].score;
        return fa > fb;
    });
    std::vector<Prospect> sorted;
    std::vector<ProspectFit::Result> sortedFits;
    for (const std::size_t k : order) {
        sorted.push_back(std::move(shown[k]));
        sortedFits.push_back(std::move(fits[k]));
    }
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setProspects(std::move(sorted), std::move(sortedFits));
    }
    std::vector<double> allFits;
    for (const Prospect& p : m_prospects)
        allFits.push_back(m_fit ? m_fit->fitOf(p.profile).score : std::nan(""));
    const auto market = potentialMarket(m_prospects, allFits);
    m_market->setRowCount(static_cast<int>(market.size()));
    for (std::size_t r = 0; r < market.size(); ++r) {
        const MarketCell& m = market[r];
        const QString cells[] = {
            q(m.industry), q(m.region), numberText(static_cast<qulonglong>(m.prospects)),
            std::isnan(m.meanFit) ? QString()
                                  : numberText(m.meanFit, 'f', 2) + QStringLiteral("×")};
        for (int c = 0; c < 4; ++c)
            m_market->setItem(static_cast<int>(r), c, new QTableWidgetItem(cells[c]));
    }
    if (selected)
        selectProspect(selected->id);
    const auto credit = repo.referralCredit(200);
    m_referrals->setRowCount(static_cast<int>(credit.size()));
    for (std::size_t r = 0; r < credit.size(); ++r) {
        const QString cells[] = {
            q(credit[r].customer), q(credit[r].name), QString::number(credit[r].prospects),
            QString::number(credit[r].converted), QString::number(credit[r].customers)};
        for (int c = 0; c < 5; ++c)
            m_referrals->setItem(static_cast<int>(r), c, new QTableWidgetItem(cells[c]));
    }
    showProspect();
}

void ProspectsView::selectProspect(std::int64_t id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 1));
}

std::optional<Prospect> ProspectsView::current() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_session->database())
        return std::nullopt;
    return ProspectRepository(*m_session->database()).find(m_model->prospect(index.row()).id);
}

void ProspectsView::showProspect() {
    m_editor->showProspect(current());
    const QModelIndex i = m_table->currentIndex();
    const QString fit = i.isValid()
                            ? m_model->index(i.row(), ProspectTableModel::Fit).data().toString()
                            : QString();
    const QString why = i.isValid()
                            ? m_model->index(i.row(), ProspectTableModel::Why).data().toString()
                            : QString();
    m_why->setText(fit.isEmpty() ? tr("Fit: no profile to compare (add industry, region, size "
                                      "band or tags).")
                                 : tr("Fit %1: %2").arg(fit, why));
}

bool ProspectsView::addProspect(const Prospect& prospect) {
    try {
        const std::int64_t id = m_session->editor()->addProspect(prospect);
        refresh();
        selectProspect(id);
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool ProspectsView::save() {
    const auto before = current();
    if (!before)
        return false;
    try {
        m_session->editor()->saveProspect(m_editor->withFields(*before));
        refresh();
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool ProspectsView::setStatus(ProspectStatus status, const QString& reason) {
    const auto before = current();
    if (!before)
        return false;
    try {
        m_session->editor()->setProspectStatus(before->id, status, reason.toStdString());
        refresh();
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool ProspectsView::convert(const QString& customerId) {
    const auto before = current();
    if (!before)
        return false;
    try {
        m_session->editor()->convertProspect(before->id, customerId.toStdString(),
                                             m_session->asOf().days());
        refresh();
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool ProspectsView::addContact(const QString& kind, const QString& direction, const QString& note) {
    const auto before = current();
    if (!before)
        return false;
    try {
        m_session->editor()->logProspectContact(before->id,
                                                {0, m_session->asOf().days(), kind.toStdString(),
                                                 direction.toStdString(), note.toStdString()});
        refresh();
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

bool ProspectsView::importFile(const QString& path) {
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(
                tr("cannot read %1: %2").arg(path, file.errorString()).toStdString());
        const std::string data = file.readAll().toStdString();
        CsvImportOptions o;
        o.fileName = path.toStdString();
        const ProspectRows rows = parseProspectCsv(data, o);
        const auto result = ProspectRepository(*m_session->database()).importAll(rows);
        QString text = tr("%1 prospects added, %2 already present.")
                           .arg(result.added)
                           .arg(result.alreadyPresent);
        for (const std::string& like : result.likeCustomers)
            text += QLatin1Char(' ') + tr("Possible duplicate, the e-mail of a customer: %1.")
                                           .arg(QString::fromStdString(like));
        emit m_session->message(text);
        refresh();
        return true;
    } catch (const std::exception& e) {
        emit m_session->failed(ErrorMessage::of(e));
        return false;
    }
}

} // namespace cartera
