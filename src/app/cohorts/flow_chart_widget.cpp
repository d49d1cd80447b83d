#include "app/cohorts/flow_chart_widget.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace cartera {

FlowChartWidget::FlowChartWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Cohort flow chart"));
    setAccessibleDescription(tr("Customers moving between lifecycle stages. Use the arrow keys "
                                "to go from band to band and Enter to list a band's customers."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FlowChartWidget::setFlow(const CohortFlow& flow, int minorDigits) {
    m_minorDigits = minorDigits;
    m_hasFlow = true;
    m_hover.reset();
    m_focus.reset();
    m_diagram.setFlow(flow);
    relayout();
}

void FlowChartWidget::setComputing(bool computing) {
    if (computing == m_computing)
        return;
    m_computing = computing;
    update();
}

QString FlowChartWidget::placeholderText() const {
    if (!m_hasFlow || (m_computing && m_diagram.empty()))
        return tr("Computing the flow…");
    if (m_diagram.empty())
        return tr("No customers in this period");
    return {};
}

void FlowChartWidget::relayout() {
    m_diagram.layout(QRectF(rect()), font(), layoutDirection() == Qt::RightToLeft);
    update();
}

void FlowChartWidget::resizeEvent(QResizeEvent*) {
    relayout();
}

void FlowChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        relayout();
    QWidget::changeEvent(event);
}

std::pair<FlowState, FlowState> FlowChartWidget::bandStates(std::size_t band) const {
    return {m_diagram.bands()[band].from, m_diagram.bands()[band].to};
}

std::optional<std::pair<FlowState, FlowState>> FlowChartWidget::bandAt(const QPointF& p) const {
    if (const auto band = m_diagram.bandAt(p))
        return bandStates(*band);
    return std::nullopt;
}

std::optional<std::pair<FlowState, FlowState>> FlowChartWidget::focusedBand() const {
    if (!m_focus)
        return std::nullopt;
    return bandStates(*m_focus);
}

QString FlowChartWidget::focusedBandText() const {
    return m_focus ? m_diagram.bandText(*m_focus, m_minorDigits) : QString();
}

void FlowChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (const QString text = placeholderText(); !text.isEmpty()) {
        const bool computing = !m_hasFlow || m_computing;
        painter.setPen(computing ? palette().placeholderText().color() : palette().text().color());
        painter.drawText(rect(), Qt::AlignCenter, text);
        return;
    }
    const FlowDiagram::Colors colors{palette().base().color(), palette().text().color(),
                                     palette().highlight().color()};
    m_diagram.paint(painter, colors, m_hover ? m_hover : m_focus,
                    hasFocus() ? m_focus : std::nullopt);
}

void FlowChartWidget::moveFocus(int step) {
    const auto n = static_cast<int>(m_diagram.bands().size());
    if (n == 0)
        return;
    const int at = m_focus ? static_cast<int>(*m_focus) : (step > 0 ? -1 : n);
    m_focus = static_cast<std::size_t>(std::clamp(at + step, 0, n - 1));
    const QString text = focusedBandText();
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    const QRectF box = m_diagram.bands()[*m_focus].path.boundingRect();
    QToolTip::showText(mapToGlobal(box.center().toPoint()), text, this);
    update();
}

void FlowChartWidget::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveFocus(1);
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveFocus(-1);
        return;
    case Qt::Key_Home:
        m_focus.reset();
        moveFocus(1);
        return;
    case Qt::Key_End:
        m_focus.reset();
        moveFocus(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const auto band = focusedBand()) {
            emit bandClicked(band->first, band->second);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void FlowChartWidget::focusInEvent(QFocusEvent* event) {
    if (!m_focus && event->reason() != Qt::MouseFocusReason)
        moveFocus(1);
    QWidget::focusInEvent(event);
}

void FlowChartWidget::focusOutEvent(QFocusEvent* event) {
    QToolTip::hideText();
    update();
    QWidget::focusOutEvent(event);
}

void FlowChartWidget::mouseMoveEvent(QMouseEvent* event) {
    const std::optional<std::size_t> hover = m_diagram.bandAt(event->position());
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
    if (hover)
        QToolTip::showText(event->globalPosition().toPoint(),
                           m_diagram.bandText(*hover, m_minorDigits), this);
    else
        QToolTip::hideText();
}

void FlowChartWidget::mousePressEvent(QMouseEvent* event) {
    if (const auto band = m_diagram.bandAt(event->position())) {
        m_focus = band;
        const auto [from, to] = bandStates(*band);
        emit bandClicked(from, to);
    }
}

void FlowChartWidget::leaveEvent(QEvent*) {
    m_hover.reset();
    update();
}

} // namespace cartera
