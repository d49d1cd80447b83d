#include "app/customers/customers_view.h"

#include "app/common/column_chooser.h"
#include "app/common/display_text.h"
#include "app/common/empty_state.h"
#include "app/common/error_message.h"
#include "app/common/list_table.h"
#include "app/customers/customer_table_model.h"
#include "core/customers/customer_list_filter.h"
#include "report/locale_text.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cartera {

namespace {

// Combo entries carry the mask they stand for.
void addMasks(QComboBox* box, const std::vector<std::pair<QString, int>>& entries) {
    for (const auto& [text, mask] : entries)
        box->addItem(text, mask);
}

int indexOfMask(QComboBox* box, int mask) {
    const int i = box->findData(mask);
    return i < 0 ? 0 : i;
}

} // namespace

CustomersView::CustomersView(QWidget* parent)
    : QWidget(parent), m_model(new CustomerTableModel(this)), m_table(new QTableView),
      m_search(new QLineEdit), m_stage(new QComboBox), m_activity(new QComboBox),
      m_class(new QComboBox), m_owner(new QComboBox), m_segment(new QComboBox),
      m_tier(new QComboBox), m_lists(new QComboBox), m_count(new QLabel), m_subset(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* controls = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Filter by name, company, e-mail or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Customer filter"));
    controls->addWidget(m_search, 3);
    addMasks(m_stage, {{tr("All stages"), 0x1F},
                       {tr("In portfolio"), 0x0F},
                       {tr("New"), 0x01},
                       {tr("Adolescent"), 0x02},
                       {tr("Mature"), 0x04},
                       {tr("Veteran"), 0x08},
                       {tr("Not yet customers"), 0x10}});
    addMasks(m_activity, {{tr("Any activity"), 0x07},
                          {tr("Not lost"), 0x03},
                          {tr("Active"), 0x01},
                          {tr("At risk"), 0x02},
                          {tr("Lost"), 0x04}});
    addMasks(m_class, {{tr("Any class"), 0x0F},
                       {tr("Class A (Pareto)"), 0x01},
                       {tr("Class B"), 0x02},
                       {tr("Class C"), 0x04},
                       {tr("Unranked"), 0x08}});
    m_owner->addItem(tr("Any owner"), QString());
    m_stage->setAccessibleName(tr("Stage filter"));
    m_activity->setAccessibleName(tr("Activity filter"));
    m_class->setAccessibleName(tr("Pareto class filter"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_segment->addItem(tr("Any segment"), CustomerFilter::kAny);
    m_tier->addItem(tr("Any tier"), CustomerFilter::kAny);
    m_segment->setAccessibleName(tr("Segment filter"));
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_tier->setAccessibleName(tr("Tier filter"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    for (QComboBox* box : {m_stage, m_activity, m_class, m_owner, m_segment, m_tier}) {
        controls->addWidget(box, 1);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { applyControls(); });
    }
    layout->addLayout(controls);

    auto* subsetRow = new QHBoxLayout;
    subsetRow->addWidget(m_subset);
    auto* clearSubset = new QToolButton;
    clearSubset->setText(tr("Show all"));
    clearSubset->setObjectName(QStringLiteral("clearSubset"));
    subsetRow->addWidget(clearSubset);
    subsetRow->addStretch();
    auto* subsetBox = new QWidget;
    subsetBox->setLayout(subsetRow);
    subsetRow->setContentsMargins(0, 0, 0, 0);
    subsetBox->setObjectName(QStringLiteral("subsetBox"));
    subsetBox->hide();
    layout->addWidget(subsetBox);
    connect(clearSubset, &QToolButton::clicked, this, [this, subsetBox] {
        m_only.reset();
        subsetBox->hide();
        applyControls();
    });

    m_table->setModel(m_model);
    connect(m_model, &CustomerTableModel::busyChanged, this, &CustomersView::updateCount);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(CustomerColumn::RevenueAll), Qt::DescendingOrder);
    setUpListTable(*m_table, tr("Customers"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes what is left: it is what people read first, and the last column (CLV)
    // would otherwise stretch while names are elided.
    header->setSectionResizeMode(static_cast<int>(CustomerColumn::Name), QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // Widths from the font: the widest value each column shows, plus the sort arrow.
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 18; };
    const QString widest[kCustomerColumnCount] = {
        QStringLiteral("C0000000"),        {},
        QStringLiteral("Nordwind & Sons"), QStringLiteral("Farid Haddad"),
        QStringLiteral("adolescent"),      QStringLiteral("at risk"),
        QStringLiteral("2026-06-30"),      QStringLiteral("2026-06-30"),
        QStringLiteral("Purchases"),       QStringLiteral("1,234,567.00"),
        QStringLiteral("12,345,678.00"),   QStringLiteral("Class"),
        QStringLiteral("1,000,000"),       QStringLiteral("RFM"),
        QStringLiteral("Need attention"),  QStringLiteral("Platinum"),
        QStringLiteral("P(alive)"),        QStringLiteral("12,345.00")};
    for (int c = 0; c < kCustomerColumnCount; ++c)
        if (c != static_cast<int>(CustomerColumn::Name))
            m_table->setColumnWidth(
                c,
                std::max(fit(widest[c]), fit(m_model->headerData(c, Qt::Horizontal).toString())));
    // The analysts' columns start hidden so that the list fits a 1280-pixel screen; a right
    // click on the header brings them back.
    addColumnChooser(
        *m_table, QStringLiteral("customers/hiddenColumns"),
        {static_cast<int>(CustomerColumn::FirstPurchase),
         static_cast<int>(CustomerColumn::ParetoRank), static_cast<int>(CustomerColumn::RfmScore),
         static_cast<int>(CustomerColumn::Segment), static_cast<int>(CustomerColumn::Tier),
         static_cast<int>(CustomerColumn::PAlive), static_cast<int>(CustomerColumn::Clv)});
    layout->addWidget(m_table, 1);
    m_empty = new EmptyState(m_table, {});
    connect(m_empty, &QLabel::linkActivated, this, [this] { clearFilters(); });

    auto* bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("customerCount"));
    bottom->addWidget(m_count);
    bottom->addStretch();
    m_lists->setAccessibleName(tr("Saved lists"));
    m_lists->addItem(tr("Saved lists…"));
    m_lists->setMinimumContentsLength(18);
    auto* saveList = new QPushButton(tr("&Save list…"));
    saveList->setObjectName(QStringLiteral("saveList"));
    auto* exportList = new QPushButton(tr("E&xport…"));
    exportList->setObjectName(QStringLiteral("exportCustomers"));
    bottom->addWidget(m_lists);
    bottom->addWidget(saveList);
    bottom->addWidget(exportList);
    bottom->addSpacing(16);
    connect(m_lists, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyList(m_lists->itemText(index));
    });
    connect(saveList, &QPushButton::clicked, this, [this] {
        const auto text = filterText();
        if (!text) {
            QMessageBox::information(this, tr("Save list"),
                                     tr("A chosen set of customers is not a filter: choose stage, "
                                        "activity, class, owner, segment, tier or words, then "
                                        "save."));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save list"), tr("Name of the list:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            emit saveListRequested(name.trimmed(), QString::fromStdString(*text));
    });
    connect(exportList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export customers"),
                                                          tr("customers.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            emit exportRequested(path);
    });
    auto* add = new QPushButton(tr("&Add customer…"));
    auto* remove = new QPushButton(tr("&Delete customer"));
    add->setObjectName(QStringLiteral("addCustomer"));
    remove->setObjectName(QStringLiteral("deleteCustomer"));
    bottom->addWidget(add);
    bottom->addWidget(remove);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyControls(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openCustomer(m_model->customerAt(index.row()));
    });
    connect(add, &QPushButton::clicked, this, &CustomersView::addCustomerRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const auto c = currentCustomer())
            emit deleteCustomerRequested(*c);
    });
    // Delete in the list does what the button does (it asks first). A filter, not a shortcut:
    // the view takes the key before any shortcut sees it.
    m_deleteButton = remove;
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);
    setTabOrder(m_search, m_stage);
    setTabOrder(m_stage, m_activity);
    setTabOrder(m_activity, m_class);
    setTabOrder(m_class, m_owner);
    setTabOrder(m_owner, m_table);
    setTabOrder(m_table, add);
    setTabOrder(add, remove);
}

std::optional<std::uint32_t> CustomersView::currentCustomer() const {
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    return m_model->customerAt(i.row());
}

void CustomersView::setSnapshot(const SnapshotPtr& snapshot) {
    m_updating = true;
    const QString owner = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    if (snapshot)
        for (const std::string& o : snapshot->owners())
            m_owner->addItem(QString::fromStdString(o), QString::fromStdString(o));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    // Segments and tiers are named by the portfolio's tables, known once the value is in.
    if (snapshot && snapshot->value) {
        const int segment = m_segment->currentData().toInt();
        const int tier = m_tier->currentData().toInt();
        m_segment->clear();
        m_segment->addItem(tr("Any segment"), CustomerFilter::kAny);
        const RfmSegmentTable& segments = snapshot->value->settings.segments;
        for (std::size_t k = 0; k < segments.segmentCount(); ++k)
            m_segment->addItem(segmentText(segments.segmentName(k)), static_cast<int>(k));
        m_segment->addItem(tr("Not scored"), -1);
        m_tier->clear();
        m_tier->addItem(tr("Any tier"), CustomerFilter::kAny);
        const auto& tiers = snapshot->value->settings.tiers.tiers();
        for (std::size_t k = 0; k < tiers.size(); ++k)
            m_tier->addItem(tierText(tiers[k].name), static_cast<int>(k));
        m_tier->addItem(tr("No tier"), static_cast<int>(kNoTier));
        m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
        m_tier->setCurrentIndex(std::max(0, m_tier->findData(tier)));
    }
    const QString chosenList = m_lists->currentIndex() > 0 ? m_lists->currentText() : QString();
    m_lists->clear();
    m_lists->addItem(tr("Saved lists…"));
    if (snapshot)
        for (const SavedList& l : snapshot->data->lists)
            m_lists->addItem(QString::fromStdString(l.name));
    m_lists->setCurrentIndex(std::max(0, m_lists->findText(chosenList)));
    m_snapshot = snapshot;
    m_updating = false;
    m_model->setSnapshot(snapshot);
    applyControls();
}

void CustomersView::showFilter(const CustomerFilter& filter, const QString& title) {
    m_updating = true;
    m_search->setText(QString::fromStdString(filter.text));
    m_stage->setCurrentIndex(indexOfMask(m_stage, filter.stageMask));
    m_activity->setCurrentIndex(indexOfMask(m_activity, filter.activityMask));
    m_class->setCurrentIndex(indexOfMask(m_class, filter.paretoClassMask));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(QString::fromStdString(filter.owner))));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(filter.segment)));
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(filter.tier)));
    m_only = filter.only;
    m_updating = false;
    auto* subsetBox = findChild<QWidget*>(QStringLiteral("subsetBox"));
    m_subset->setText(tr("Showing: %1").arg(title));
    subsetBox->setVisible(m_only != nullptr);
    applyControls();
}

std::optional<std::string> CustomersView::filterText() const {
    if (m_only || !m_snapshot)
        return std::nullopt;
    return CustomerListFilter::toText(m_model->filter(), m_snapshot->data->value);
}

bool CustomersView::applyList(const QString& name) {
    if (!m_snapshot)
        return false;
    for (const SavedList& l : m_snapshot->data->lists) {
        if (QString::fromStdString(l.name) != name)
            continue;
        try {
            CustomerFilter f = CustomerListFilter::parse(l.filter, m_snapshot->data->value);
            showFilter(f, name);
            m_lists->setCurrentIndex(std::max(0, m_lists->findText(name)));
            return true;
        } catch (const InputError& e) {
            QMessageBox::warning(
                this, tr("Saved list"),
                tr("The list %1 no longer reads: %2").arg(name, ErrorMessage::of(e)));
            return false;
        }
    }
    return false;
}

void CustomersView::applyControls() {
    if (m_updating)
        return;
    CustomerFilter f;
    f.text = m_search->text().trimmed().toStdString();
    f.stageMask = static_cast<std::uint8_t>(m_stage->currentData().toInt());
    f.activityMask = static_cast<std::uint8_t>(m_activity->currentData().toInt());
    f.paretoClassMask = static_cast<std::uint8_t>(m_class->currentData().toInt());
    f.owner = m_owner->currentData().toString().toStdString();
    f.segment = m_segment->currentData().toInt();
    f.tier = m_tier->currentData().toInt();
    f.only = m_only;
    m_model->setFilter(f);
    updateCount();
}

void CustomersView::updateCount() {
    if (m_model->isBusy())
        m_count->setText(tr("Updating the list…"));
    else if (m_model->waitsForNames())
        m_count->setText(tr("Reading the customers' names…"));
    else if (m_snapshot && !m_snapshot->hasNames())
        m_count->setText(tr("%1 customers · reading names…").arg(numberText(m_model->rowCount())));
    else
        m_count->setText(tr("%1 customers").arg(numberText(m_model->rowCount())));
    if (m_snapshot && m_snapshot->portfolio.customerCount() == 0)
        m_empty->setText(tr("This portfolio has no customers yet.<br>Import a purchase or "
                            "customer file with <b>File → Import</b>."));
    else
        m_empty->setText(tr("No customer matches these filters.<br><a href=\"clear\">Clear the "
                            "filters</a>"));
    // Rows still coming are no empty result.
    m_empty->setArmed(m_snapshot != nullptr && !m_model->isBusy() && !m_model->waitsForNames());
}

void CustomersView::clearFilters() {
    m_updating = true;
    m_search->clear();
    for (QComboBox* box : {m_stage, m_activity, m_class, m_owner, m_segment, m_tier})
        box->setCurrentIndex(0);
    m_only.reset();
    m_lists->setCurrentIndex(0);
    findChild<QWidget*>(QStringLiteral("subsetBox"))->hide();
    m_updating = false;
    applyControls();
}

bool CustomersView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        m_deleteButton->click();
        return true;
    }
    // Down from the filter box goes into the list it filters, on its first row.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cartera
