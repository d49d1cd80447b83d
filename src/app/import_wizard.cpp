#include "import_wizard.h"

#include "core/csv_reader.h"
#include "core/customer_rows.h"
#include "core/purchase_rows.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cartera {

namespace {

std::string readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QObject::tr("cannot read %1: %2").arg(path, f.errorString()).toStdString());
    const QByteArray bytes = f.readAll();
    return bytes.toStdString();
}

// Runs once, when the page is first shown: lets the wizard start the import on arrival.
class RunPage : public QWizardPage {
  public:
    std::function<void()> onShow;
    std::function<bool()> done;
    void initializePage() override {
        if (onShow)
            onShow();
    }
    bool isComplete() const override { return done && done(); }
    void changed() { emit completeChanged(); }
};

} // namespace

ImportWizard::ImportWizard(const QString& portfolioPath, Kind kind, QWidget* parent)
    : QWizard(parent), m_portfolio(portfolioPath), m_kind(kind), m_file(new QLineEdit),
      m_delimiter(new QComboBox), m_header(new QComboBox), m_dateFormat(new QComboBox),
      m_decimalComma(new QCheckBox(tr("Amounts use a decimal &comma (1 234,56)"))),
      m_skipBad(new QCheckBox(tr("&Skip bad rows and list them (otherwise a bad row stops the "
                                 "import and nothing is imported)"))),
      m_preview(new QTableWidget), m_previewNote(new QLabel), m_progress(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel import"))), m_status(new QLabel),
      m_rejects(new QPlainTextEdit) {
    setWindowTitle(kind == Kind::Purchases ? tr("Import purchases") : tr("Import customers"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(820, 600);
    buildPages();
}

void ImportWizard::buildPages() {
    auto* choose = new QWizardPage;
    choose->setTitle(tr("Choose a file"));
    choose->setSubTitle(tr("CSV or text exports in UTF-8; the next page shows how Cartera reads "
                           "them."));
    auto* cl = new QHBoxLayout(choose);
    m_file->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("&Browse…"));
    cl->addWidget(m_file, 1);
    cl->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                          tr("CSV and text (*.csv *.txt *.tsv);;"
                                                             "All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    addPage(choose);

    auto* map = new QWizardPage;
    map->setTitle(tr("Check columns and formats"));
    map->setSubTitle(tr("Columns are guessed from the header; change any that are wrong."));
    auto* ml = new QVBoxLayout(map);
    auto* form = new QFormLayout;
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Runs of spaces"), QStringLiteral("whitespace"));
    m_header->addItem(tr("Detect"), -1);
    m_header->addItem(tr("First row names the columns"), 1);
    m_header->addItem(tr("No header row"), 0);
    m_dateFormat->addItem(tr("Detect (when unambiguous)"), QString());
    for (const char* f : {"YYYY-MM-DD", "YYYYMMDD", "DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY"})
        m_dateFormat->addItem(QString::fromLatin1(f), QString::fromLatin1(f));
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Header"), m_header);
    form->addRow(tr("Date format"), m_dateFormat);
    form->addRow(QString(), m_decimalComma);
    const std::vector<const char*> roles =
        m_kind == Kind::Purchases
            ? std::vector<const char*>{"customer", "date", "amount", "purchase_id", "quantity"}
            : std::vector<const char*>{"id",    "name",           "company", "email",
                                       "phone", "customer_since", "owner",   "source"};
    for (const char* role : roles) {
        auto* box = new QComboBox;
        box->setAccessibleName(tr("Column for %1").arg(QString::fromLatin1(role)));
        m_roles.emplace_back(QString::fromLatin1(role), box);
        form->addRow(tr("Column for <b>%1</b>").arg(QString::fromLatin1(role)), box);
    }
    form->addRow(QString(), m_skipBad);
    ml->addLayout(form);
    m_previewNote->setWordWrap(true);
    ml->addWidget(m_previewNote);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    ml->addWidget(m_preview, 1);
    for (QComboBox* b : {m_delimiter, m_header, m_dateFormat})
        connect(b, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(m_decimalComma, &QCheckBox::toggled, this, &ImportWizard::refreshPreview);
    addPage(map);

    auto* run = new RunPage;
    run->setTitle(tr("Import"));
    auto* rl = new QVBoxLayout(run);
    m_progress->setRange(0, 100);
    rl->addWidget(m_progress);
    rl->addWidget(m_cancel);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    rl->addWidget(m_status);
    m_rejects->setReadOnly(true);
    m_rejects->setPlaceholderText(tr("Rejected rows, with line and column, appear here."));
    rl->addWidget(m_rejects, 1);
    run->onShow = [this] { startImport(); };
    run->done = [this] { return m_started && !m_watcher.isRunning(); };
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled)
            *m_cancelled = true;
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this, run] {
        finish(m_watcher.result());
        run->changed();
    });
    addPage(run);
}

void ImportWizard::setFile(const QString& path) {
    m_file->setText(path);
    refreshPreview();
}

CsvImportOptions ImportWizard::options() const {
    CsvImportOptions o;
    o.fileName = m_file->text().toStdString();
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.delimiter = delimiterFromName(d.toStdString());
    const int h = m_header->currentData().toInt();
    if (h >= 0)
        o.header = h == 1;
    const QString f = m_dateFormat->currentData().toString();
    if (!f.isEmpty())
        o.dateFormat = dateFormatFromName(f.toStdString());
    o.decimalSeparator = m_decimalComma->isChecked() ? ',' : '.';
    o.skipBadRows = m_skipBad->isChecked();
    for (const auto& [role, box] : m_roles) {
        const int column = box->currentData().toInt();
        if (column > 0)
            o.columns[role.toStdString()] = std::to_string(column);
    }
    return o;
}

void ImportWizard::refreshPreview() {
    m_preview->clear();
    std::string data;
    try {
        data = readFile(m_file->text());
    } catch (const std::exception& e) {
        m_previewNote->setText(QString::fromStdString(e.what()));
        return;
    }
    CsvImportOptions o = options();
    o.columns.clear(); // guess afresh from the header
    const Delimiter delimiter = o.delimiter ? *o.delimiter : detectDelimiter(data);
    CsvReader reader(data, delimiter);
    std::vector<std::string_view> fields;
    std::vector<std::vector<QString>> rows;
    try {
        while (rows.size() < 21 && reader.next(fields)) {
            std::vector<QString> row;
            for (auto f : fields)
                row.push_back(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
            rows.push_back(std::move(row));
        }
    } catch (const std::exception& e) {
        m_previewNote->setText(QString::fromStdString(e.what()));
    }
    std::size_t columns = 0;
    for (const auto& r : rows)
        columns = std::max(columns, r.size());
    m_preview->setColumnCount(static_cast<int>(columns));
    m_preview->setRowCount(static_cast<int>(rows.size()));
    QStringList headers;
    for (std::size_t c = 0; c < columns; ++c)
        headers << tr("Column %1").arg(c + 1);
    m_preview->setHorizontalHeaderLabels(headers);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            m_preview->setItem(static_cast<int>(r), static_cast<int>(c),
                               new QTableWidgetItem(rows[r][c]));

    // Let the core's reader guess the mapping, and show its guess in the column boxes.
    QString note = tr("Delimiter: %1.").arg(QString::fromStdString(delimiterName(delimiter)));
    for (const auto& [role, box] : m_roles) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), 0);
        for (std::size_t c = 0; c < columns; ++c) {
            const QString title = rows.empty() || c >= rows[0].size()
                                      ? tr("Column %1").arg(c + 1)
                                      : tr("Column %1: %2").arg(c + 1).arg(rows[0][c].left(24));
            box->addItem(title, static_cast<int>(c + 1));
        }
    }
    // Guess: known header names, else the default positions.
    try {
        CsvImportOptions probe = o;
        probe.skipBadRows = true;
        const std::string head = data.substr(0, std::min<std::size_t>(data.size(), 64 * 1024));
        CsvImportReader reader2(
            head, probe, m_kind == Kind::Purchases ? purchaseColumnRoles() : customerColumnRoles());
        for (const auto& [role, box] : m_roles) {
            const int c = reader2.columnOf(role.toStdString());
            box->setCurrentIndex(std::max(0, box->findData(c + 1)));
        }
        note += reader2.hasHeader() ? tr(" The first row is a header.")
                                    : tr(" No header row: columns are taken by position.");
        if (reader2.dateFormat())
            note += tr(" Dates read as %1.")
                        .arg(QString::fromUtf8(dateFormatName(*reader2.dateFormat()).data()));
        // Amounts with commas and never a point are written with a decimal comma.
        const int amount = reader2.columnOf("amount");
        if (amount >= 0 && !m_decimalComma->isChecked()) {
            bool comma = false, point = false;
            for (std::size_t r = reader2.hasHeader() ? 1 : 0; r < rows.size(); ++r)
                if (static_cast<std::size_t>(amount) < rows[r].size()) {
                    comma = comma || rows[r][static_cast<std::size_t>(amount)].contains(u',');
                    point = point || rows[r][static_cast<std::size_t>(amount)].contains(u'.');
                }
            if (comma && !point) {
                const QSignalBlocker block(m_decimalComma);
                m_decimalComma->setChecked(true);
                note += tr(" Amounts use a decimal comma.");
            }
        }
    } catch (const ImportError& e) {
        note += QLatin1Char(' ') + QString::fromStdString(e.what());
    }
    m_previewNote->setText(note);
}

void ImportWizard::startImport() {
    if (m_watcher.isRunning())
        return;
    m_started = true;
    m_succeeded = false;
    m_rejects->clear();
    m_status->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_percent = std::make_shared<std::atomic_int>(0);
    const CsvImportOptions o = options();
    const std::string portfolio = m_portfolio.toStdString();
    const QString file = m_file->text();
    const Kind kind = m_kind;
    auto cancelled = m_cancelled;
    auto percent = m_percent;
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, percent] {
        m_progress->setValue(*percent);
        if (!m_watcher.isRunning())
            timer->deleteLater();
    });
    timer->start(100);
    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        Outcome out;
        try {
            const std::string data = readFile(file);
            auto db = Database::open(portfolio);
            ImportProgress progress = [cancelled, percent](std::size_t done, std::size_t total) {
                *percent = total ? static_cast<int>(50 + done * 50 / total) : 100;
                return !*cancelled;
            };
            auto parseProgress = [percent](std::size_t done, std::size_t total) {
                *percent = total ? static_cast<int>(done * 50 / total) : 50;
            };
            if (kind == Kind::Purchases) {
                const auto rows =
                    parsePurchaseCsv(data, o, db->analysisSettings().minorDigits, parseProgress);
                if (*cancelled)
                    throw ImportCancelled();
                out.summary = importPurchases(*db, rows, progress);
            } else {
                out.summary = importCustomers(*db, parseCustomerCsv(data, o), progress);
            }
            *percent = 100;
            out.ok = true;
        } catch (const std::exception& e) {
            out.message = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void ImportWizard::waitForImport() {
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

QString ImportWizard::resultText() const {
    return m_status->text();
}

void ImportWizard::finish(const Outcome& outcome) {
    m_cancel->setEnabled(false);
    m_succeeded = outcome.ok;
    if (!outcome.ok) {
        m_progress->setValue(0);
        m_status->setText(tr("<b>Nothing was imported</b>; the portfolio is unchanged.<br>%1")
                              .arg(outcome.message.toHtmlEscaped()));
        return;
    }
    m_progress->setValue(100);
    const ImportSummary& s = outcome.summary;
    m_status->setText(tr("<b>Imported.</b> %1 rows read: %2 added, %3 updated, %4 already "
                         "present, %5 new customers, %6 rejected.")
                          .arg(s.rows)
                          .arg(s.inserted)
                          .arg(s.updated)
                          .arg(s.duplicates)
                          .arg(s.newCustomers)
                          .arg(s.rejects.size()));
    QString rejects;
    for (const ImportIssue& issue : s.rejects)
        rejects +=
            QString::fromStdString(issue.format(m_file->text().toStdString())) + QLatin1Char('\n');
    m_rejects->setPlainText(rejects);
    emit imported();
}

} // namespace cartera
