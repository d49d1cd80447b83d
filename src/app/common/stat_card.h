#pragma once

#include <QPushButton>

class QLabel;

namespace cartera {

// A figure on the overview: a title, a big number and a line under it. It is a button so that
// it takes focus and clicks through to the customers it counts.
class StatCard : public QPushButton {
    Q_OBJECT
  public:
    StatCard(const QString& title, const QColor& accent, QWidget* parent = nullptr);
    void setFigures(const QString& value, const QString& detail);
    QString value() const;

    QSize sizeHint() const override;

  private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace cartera
