#pragma once

#include <QDialog>

class QTextBrowser;

namespace cartera {

// The user guide, bundled in the binary so it is there offline; its links to the import
// and domain-rule pages work too.
class UserGuideDialog : public QDialog {
    Q_OBJECT
  public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

  private:
    QTextBrowser* m_browser;
};

} // namespace cartera
