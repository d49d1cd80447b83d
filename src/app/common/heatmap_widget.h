#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace cartera {

// A grid of cells shaded by their value, with row and column labels; a click on a cell emits
// its row and column. Used for the R x F grid and for the retention triangle.
class HeatmapWidget : public QWidget {
    Q_OBJECT
  public:
    struct Cell {
        double shade = -1; // 0..1; negative: empty (drawn blank, not clickable)
        QString text;
        QString toolTip;
    };
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setGrid(const QStringList& rowLabels, const QStringList& columnLabels,
                 std::vector<std::vector<Cell>> cells, const QString& corner = {});
    const Cell* cellAt(int row, int column) const;
    // The cell under a point of the widget, as (row, column), or (-1, -1).
    std::pair<int, int> cellUnder(const QPoint& point) const;
    QRect cellRect(int row, int column) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  signals:
    void cellClicked(int row, int column);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

  private:
    int rowHeaderWidth() const;
    int columnHeaderHeight() const;
    QStringList m_rows, m_columns;
    QString m_corner;
    std::vector<std::vector<Cell>> m_cells;
};

} // namespace cartera
