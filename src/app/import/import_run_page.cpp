#include "app/import/import_run_page.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cartera {

ImportRunPage::ImportRunPage(QWidget* parent)
    : QWizardPage(parent), m_progress(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel import"))), m_status(new QLabel),
      m_rejects(new QPlainTextEdit), m_saveRejects(new QPushButton(tr("&Save rejected rows…"))) {
    setTitle(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    m_progress->setRange(0, 100);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    layout->addWidget(m_status);
    m_rejects->setReadOnly(true);
    m_rejects->setPlaceholderText(tr("Rejected rows, with line and column, appear here."));
    layout->addWidget(m_rejects, 1);
    m_saveRejects->setEnabled(false);
    layout->addWidget(m_saveRejects, 0, Qt::AlignRight);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelClicked);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportRunPage::saveRejectsClicked);
}

void ImportRunPage::initializePage() {
    if (onShow)
        onShow();
}

bool ImportRunPage::isComplete() const {
    return finished && finished();
}

void ImportRunPage::showStarted() {
    m_rejects->clear();
    m_status->setText(tr("Importing…"));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_saveRejects->setEnabled(false);
}

void ImportRunPage::setProgress(int percent) {
    m_progress->setValue(percent);
}

void ImportRunPage::showFailure(const QString& message, const QString& hint) {
    m_cancel->setEnabled(false);
    m_saveRejects->setEnabled(false);
    m_progress->setValue(0);
    QString text = tr("<b>Nothing was imported</b>; the portfolio is unchanged.<br>%1")
                       .arg(message.toHtmlEscaped());
    if (!hint.isEmpty())
        text += QStringLiteral("<br>") + hint.toHtmlEscaped();
    m_status->setText(text);
}

void ImportRunPage::showResult(const QString& result, const QString& rejects, bool canSaveRejects) {
    m_cancel->setEnabled(false);
    m_progress->setValue(100);
    m_status->setText(result);
    m_rejects->setPlainText(rejects);
    m_saveRejects->setEnabled(canSaveRejects);
}

QString ImportRunPage::statusText() const {
    return m_status->text();
}

QString ImportRunPage::rejectsText() const {
    return m_rejects->toPlainText();
}

} // namespace cartera
