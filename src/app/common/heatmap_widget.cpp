#include "app/common/heatmap_widget.h"

#include "app/common/palette_colors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace cartera {

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setGrid(const QStringList& rowLabels, const QStringList& columnLabels,
                            std::vector<std::vector<Cell>> cells, const QString& corner) {
    m_rows = rowLabels;
    m_columns = columnLabels;
    m_cells = std::move(cells);
    m_corner = corner;
    updateGeometry();
    update();
}

const HeatmapWidget::Cell* HeatmapWidget::cellAt(int row, int column) const {
    if (row < 0 || column < 0 || row >= static_cast<int>(m_cells.size()) ||
        column >= static_cast<int>(m_cells[static_cast<std::size_t>(row)].size()))
        return nullptr;
    return &m_cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

int HeatmapWidget::rowHeaderWidth() const {
    int w = fontMetrics().horizontalAdvance(m_corner);
    for (const QString& r : m_rows)
        w = std::max(w, fontMetrics().horizontalAdvance(r));
    return w + 12;
}

int HeatmapWidget::columnHeaderHeight() const {
    return fontMetrics().height() + 8;
}

QRect HeatmapWidget::cellRect(int row, int column) const {
    if (m_rows.isEmpty() || m_columns.isEmpty())
        return {};
    const int left = rowHeaderWidth();
    const int top = columnHeaderHeight();
    const double w = (width() - left) / static_cast<double>(m_columns.size());
    const double h = (height() - top) / static_cast<double>(m_rows.size());
    return QRect(left + static_cast<int>(column * w), top + static_cast<int>(row * h),
                 static_cast<int>(w) - 2, static_cast<int>(h) - 2);
}

std::pair<int, int> HeatmapWidget::cellUnder(const QPoint& point) const {
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c)
            if (cellRect(r, c).contains(point))
                return {r, c};
    return {-1, -1};
}

QSize HeatmapWidget::sizeHint() const {
    return {rowHeaderWidth() + 70 * static_cast<int>(m_columns.size()),
            columnHeaderHeight() + 36 * static_cast<int>(m_rows.size())};
}

QSize HeatmapWidget::minimumSizeHint() const {
    // Every cell stays readable: a large grid asks for room, and a scroll area gives it.
    const int cellWidth = fontMetrics().horizontalAdvance(QStringLiteral("100.0 %")) + 6;
    return {rowHeaderWidth() + cellWidth * static_cast<int>(m_columns.size()),
            columnHeaderHeight() + (fontMetrics().height() + 6) * static_cast<int>(m_rows.size())};
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, rowHeaderWidth(), columnHeaderHeight()), Qt::AlignCenter, m_corner);
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRect r = cellRect(0, c);
        p.drawText(QRect(r.left(), 0, r.width(), columnHeaderHeight()), Qt::AlignCenter,
                   m_columns[c]);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const QRect first = cellRect(row, 0);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, first.top(), rowHeaderWidth() - 6, first.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_rows[row]);
        for (int c = 0; c < m_columns.size(); ++c) {
            const Cell* cell = cellAt(row, c);
            if (!cell || cell->shade < 0)
                continue;
            const QColor fill = heatColor(cell->shade, palette());
            const QRect r = cellRect(row, c);
            p.fillRect(r, fill);
            p.setPen(textOn(fill));
            p.drawText(r, Qt::AlignCenter, cell->text);
        }
    }
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent* event) {
    const auto [row, column] = cellUnder(event->position().toPoint());
    const Cell* cell = cellAt(row, column);
    if (cell && cell->shade >= 0)
        emit cellClicked(row, column);
}

bool HeatmapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [row, column] = cellUnder(help->pos());
        const Cell* cell = cellAt(row, column);
        if (cell && !cell->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), cell->toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cartera
