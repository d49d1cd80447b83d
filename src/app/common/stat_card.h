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
    // The card's colours for a screen-reader-free check: its background and its value's text.
    QColor background() const;
    QColor valueColor() const;

  protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    // Colours come from the palette, again whenever it changes (a dark desktop theme).
    void applyPalette();

    QColor m_accent;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace cartera
