#include "app/import/import_wizard.h"

#include "app/common/error_message.h"
#include "app/common/save_file.h"
#include "app/import/import_job.h"
#include "app/import/import_preview_model.h"
#include "app/import/import_run_page.h"
#include "app/import/import_text.h"
#include "app/session/work_pool.h"
#include "core/base/csv_reader.h"
#include "core/base/csv_writer.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <sstream>

namespace cartera {

namespace {

// A wizard page that may refuse to be left (a file that cannot be read).
class CheckedPage : public QWizardPage {
  public:
    std::function<bool()> check;
    bool validatePage() override { return !check || check(); }
};

} // namespace

ImportWizard::ImportWizard(const QString& portfolioPath, Kind kind, QWidget* parent)
    : QWizard(parent), m_portfolio(portfolioPath), m_kind(kind), m_file(new QLineEdit),
      m_encoding(new QComboBox), m_delimiter(new QComboBox), m_header(new QComboBox),
      m_dateFormat(new QComboBox),
      m_decimalComma(new QCheckBox(tr("Amounts use a decimal &comma (1 234,56)"))),
      m_skipBad(new QCheckBox(tr("&Skip bad rows and list them (otherwise a bad row stops the "
                                 "import and nothing is imported)"))),
      m_preview(new QTableView), m_previewRows(new ImportPreviewModel(this)),
      m_previewNote(new QLabel), m_run(new ImportRunPage) {
    setWindowTitle(kind == Kind::Purchases ? tr("Import purchases") : tr("Import customers"));
    resize(820, 640);
    buildPages();
}

ImportWizard::~ImportWizard() {
    // The path field loses focus while QDialog tears the window down, after this object's own
    // part is gone: its editingFinished must not reach us then.
    disconnect(m_file, nullptr, this, nullptr);
}

void ImportWizard::buildPages() {
    auto* choose = new CheckedPage;
    choose->setTitle(tr("Choose a file"));
    choose->setSubTitle(tr("CSV or text exports (UTF-8, UTF-16 or Windows-1252), invoice lines "
                           "or orders; the next page shows how Cartera reads them."));
    choose->check = [this] {
        if (m_dataPath != m_file->text())
            setFile(m_file->text());
        if (m_loadError.isEmpty())
            return true;
        QMessageBox::warning(this, windowTitle(), m_loadError);
        return false;
    };
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_dataPath != m_file->text())
            setFile(m_file->text());
    });
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
    for (const auto& [name, label] :
         std::vector<std::pair<const char*, QString>>{{"YYYY-MM-DD", tr("YYYY-MM-DD (ISO)")},
                                                      {"YYYYMMDD", QStringLiteral("YYYYMMDD")},
                                                      {"DD.MM.YYYY", tr("D.M.YYYY (day first)")},
                                                      {"DD/MM/YYYY", tr("D/M/YYYY (day first)")},
                                                      {"MM/DD/YYYY", tr("M/D/YYYY (month first)")}})
        m_dateFormat->addItem(label, QString::fromLatin1(name));
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16le"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("windows-1252"));
    form->addRow(tr("Encoding"), m_encoding);
    form->addRow(tr("Delimiter"), m_delimiter);
    form->addRow(tr("Header"), m_header);
    form->addRow(tr("Date format"), m_dateFormat);
    form->addRow(QString(), m_decimalComma);
    // Every role the command line imports, in the core's order.
    for (const ColumnRole& role :
         m_kind == Kind::Purchases ? purchaseColumnRoles() : customerColumnRoles()) {
        const QString name = QString::fromUtf8(role.role.data(), qsizetype(role.role.size()));
        auto* box = new QComboBox;
        const QString words = ErrorMessage::field(role.role);
        box->setAccessibleName(tr("Column for %1").arg(words));
        m_roles.emplace_back(name, box);
        form->addRow(tr("Column for <b>%1</b>").arg(words), box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizard::updateNote);
    }
    form->addRow(QString(), m_skipBad);
    ml->addLayout(form);
    m_previewNote->setWordWrap(true);
    ml->addWidget(m_previewNote);
    m_preview->setModel(m_previewRows);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    ml->addWidget(m_preview, 1);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { setFile(m_file->text()); });
    for (QComboBox* b : {m_delimiter, m_header})
        connect(b, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportWizard::updateNote);
    connect(m_decimalComma, &QCheckBox::toggled, this, &ImportWizard::updateNote);
    addPage(map);

    connect(m_run, &ImportRunPage::saveRejectsClicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), QString(),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveRejects(path, &error))
            QMessageBox::warning(this, tr("Save failed"), error);
    });
    m_run->onShow = [this] { startImport(); };
    m_run->finished = [this] { return m_started && !m_watcher.isRunning(); };
    connect(m_run, &ImportRunPage::cancelClicked, this, [this] {
        if (m_cancelled)
            *m_cancelled = true;
    });
    connect(&m_watcher, &QFutureWatcher<ImportJob::Outcome>::finished, this, [this] {
        finish(m_watcher.result());
        m_run->refreshComplete();
    });
    addPage(m_run);
}

void ImportWizard::setFile(const QString& path) {
    if (m_file->text() != path)
        m_file->setText(path);
    m_dataPath = path;
    m_data.clear();
    m_loadError.clear();
    m_encodingNote.clear();
    try {
        const QString e = m_encoding->currentData().toString();
        auto [data, encoding] =
            readImportFile(path, e.isEmpty() ? std::nullopt : encodingFromName(e.toStdString()));
        m_data = std::move(data);
        m_encodingNote = tr("Encoding: %1.").arg(QString::fromUtf8(encodingName(encoding).data()));
    } catch (const std::exception& e) {
        m_loadError = ErrorMessage::of(e);
    }
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
    m_previewRows->clear();
    if (!m_loadError.isEmpty()) {
        m_previewNote->setText(m_loadError);
        return;
    }
    const std::string_view data = m_data;
    CsvImportOptions o = options();
    o.columns.clear(); // guess afresh from the header
    const QString readError =
        m_previewRows->read(data, o.delimiter ? *o.delimiter : detectDelimiter(data));
    if (!readError.isEmpty())
        m_previewNote->setText(readError);

    // Let the core's reader guess the mapping, and show its guess in the column boxes.
    for (const auto& [role, box] : m_roles) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), 0);
        for (int c = 0; c < m_previewRows->columnCount(); ++c)
            box->addItem(m_previewRows->columnTitle(c), c + 1);
    }
    // Guess: known header names, else the default positions. A role the file does not have
    // stays "(none)" without hiding the guesses for the others.
    try {
        CsvImportOptions probe = o;
        probe.guessOnly = true;
        const std::string_view head = data.substr(0, std::min<std::size_t>(data.size(), 64 * 1024));
        CsvImportReader guess(
            head, probe, m_kind == Kind::Purchases ? purchaseColumnRoles() : customerColumnRoles());
        for (const auto& [role, box] : m_roles) {
            const QSignalBlocker block(box);
            const int c = guess.columnOf(role.toStdString());
            box->setCurrentIndex(std::max(0, box->findData(c + 1)));
        }
        const int amount =
            guess.columnOf("amount") >= 0 ? guess.columnOf("amount") : guess.columnOf("unit_price");
        if (amount >= 0 && !m_decimalComma->isChecked() &&
            m_previewRows->usesDecimalComma(amount, guess.hasHeader())) {
            const QSignalBlocker block(m_decimalComma);
            m_decimalComma->setChecked(true);
        }
    } catch (const ImportError&) {
        // updateNote() says what is wrong.
    }
    updateNote();
}

void ImportWizard::updateNote() {
    if (!m_loadError.isEmpty()) {
        m_previewNote->setText(m_loadError);
        return;
    }
    // Read the file's head with exactly the current choices, and say what they mean.
    const CsvImportOptions o = options();
    const std::string_view data = m_data;
    QStringList note{m_encodingNote};
    try {
        CsvImportOptions probe = o;
        probe.guessOnly = true;
        // Dates are detected over the whole file, as the import will.
        CsvImportReader reader(
            data, probe, m_kind == Kind::Purchases ? purchaseColumnRoles() : customerColumnRoles());
        QString dateFormatLabel;
        if (reader.dateFormat()) {
            const QString name = QString::fromUtf8(dateFormatName(*reader.dateFormat()).data());
            dateFormatLabel = m_dateFormat->itemText(std::max(0, m_dateFormat->findData(name)));
        }
        note << ImportText::readingNote(reader, o, m_kind == Kind::Purchases, dateFormatLabel);
        for (const char* role : {"customer", "date", "id"})
            for (const auto& [name, box] : m_roles)
                if (name == QLatin1String(role) && box->currentData().toInt() == 0)
                    note << tr("Choose the column for %1.").arg(name);
    } catch (const ImportError& e) {
        note << QString::fromStdString(e.issue.format(m_dataPath.toStdString()));
        const QString hint = ImportText::hint(e.issue);
        if (!hint.isEmpty())
            note << hint;
    }
    m_previewNote->setText(note.join(QLatin1Char(' ')));
}

void ImportWizard::startImport() {
    if (m_watcher.isRunning())
        return;
    m_started = true;
    m_reported = false;
    m_succeeded = false;
    m_run->showStarted();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_percent = std::make_shared<std::atomic_int>(0);
    ImportJob job;
    job.portfolio = m_portfolio.toStdString();
    job.file = m_file->text();
    const QString e = m_encoding->currentData().toString();
    job.encoding = e.isEmpty() ? std::nullopt : encodingFromName(e.toStdString());
    job.options = options();
    job.purchases = m_kind == Kind::Purchases;
    auto cancelled = m_cancelled;
    auto percent = m_percent;
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, percent] {
        m_run->setProgress(*percent);
        if (!m_watcher.isRunning())
            timer->deleteLater();
    });
    timer->start(100);
    m_watcher.setFuture(
        runInBackground([job, cancelled, percent] { return job.run(*cancelled, *percent); }));
}

void ImportWizard::waitForImport() {
    m_watcher.waitForFinished();
    QCoreApplication::processEvents();
}

QString ImportWizard::resultText() const {
    return m_run->statusText();
}

QString ImportWizard::noteText() const {
    return m_previewNote->text();
}

QString ImportWizard::rejectsText() const {
    return m_run->rejectsText();
}

void ImportWizard::finish(const ImportJob::Outcome& outcome) {
    if (m_reported)
        return;
    m_reported = true;
    m_succeeded = outcome.ok;
    m_lastRejects.clear();
    if (!outcome.ok) {
        m_run->showFailure(outcome.message, outcome.hint);
        return;
    }
    const ImportSummary& s = outcome.summary;
    m_lastRejects = s.rejects;
    m_run->showResult(ImportText::result(m_kind == Kind::Purchases, s),
                      ImportText::groupedRejects(s.rejects, m_file->text().toStdString()),
                      !m_lastRejects.empty());
    emit imported();
}

bool ImportWizard::saveRejects(const QString& path, QString* error) const {
    std::ostringstream out;
    CsvWriter csv(out);
    csv.text("line").text("column").text("problem").text("value").endRow();
    for (const ImportIssue& issue : m_lastRejects) {
        csv.number(std::to_string(issue.line)).number(std::to_string(issue.column));
        csv.text(issue.message()).text(issue.value).endRow();
    }
    return saveFile(path, out.str(), error);
}

void ImportWizard::done(int result) {
    // Closing while an import runs cancels it and waits: the portfolio is never left to a
    // thread nobody watches.
    if (m_watcher.isRunning()) {
        if (m_cancelled)
            *m_cancelled = true;
        m_watcher.waitForFinished();
        // It may have committed before it saw the cancel: the views must learn of it.
        finish(m_watcher.result());
    }
    QWizard::done(result);
}

} // namespace cartera
