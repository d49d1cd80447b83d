#include "app/cohorts/flow_chart_widget.h"

#include "app/common/display_text.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <algorithm>

namespace cartera {

namespace {

constexpr double kNodeWidth = 16.0;
constexpr double kGap = 10.0;
constexpr double kTop = 40.0;
constexpr double kBottom = 16.0;
constexpr double kLabelPad = 6.0;

QString stateLabel(FlowState s) {
    switch (s) {
    case FlowState::NotYet:
        return FlowChartWidget::tr("new customers");
    case FlowState::New:
        return FlowChartWidget::tr("new");
    case FlowState::Adolescent:
        return FlowChartWidget::tr("adolescent");
    case FlowState::Mature:
        return FlowChartWidget::tr("mature");
    case FlowState::Veteran:
        return FlowChartWidget::tr("veteran");
    case FlowState::Lost:
        return FlowChartWidget::tr("lost");
    }
    return {};
}

} // namespace

FlowChartWidget::FlowChartWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Cohort flow chart"));
    setAccessibleDescription(tr("Customers moving between lifecycle stages. Use the arrow keys "
                                "to go from band to band and Enter to list a band's customers."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FlowChartWidget::setFlow(const CohortFlow& flow, int minorDigits) {
    m_flow = flow;
    m_minorDigits = minorDigits;
    m_hasFlow = true;
    m_hover.reset();
    m_focus.reset();
    layoutBands();
    update();
}

void FlowChartWidget::clearFlow() {
    m_hasFlow = false;
    m_hover.reset();
    m_focus.reset();
    layoutBands();
    update();
}

void FlowChartWidget::resizeEvent(QResizeEvent*) {
    layoutBands();
}

void FlowChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        layoutBands();
    QWidget::changeEvent(event);
}

void FlowChartWidget::layoutBands() {
    m_bands.clear();
    m_start.clear();
    m_end.clear();
    if (!m_hasFlow)
        return;
    // Start: every state but "not yet" that stays "not yet"; end: stages and lost.
    auto startCount = [&](int a) {
        std::int64_t n = 0;
        for (int b = 1; b < kFlowStateCount; ++b)
            n += m_flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
        return n;
    };
    auto endCount = [&](int b) {
        std::int64_t n = 0;
        for (int a = 0; a < kFlowStateCount; ++a)
            n += m_flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
        return n;
    };
    std::int64_t total = 0;
    for (int a = 0; a < kFlowStateCount; ++a)
        total += startCount(a);
    if (total == 0)
        return;

    // Labels are as wide as the widest one in this font, so that "new customers 1,000,000"
    // is never cut, whatever the language.
    const QLocale locale;
    const QFontMetricsF fm(font());
    auto labelText = [&](FlowState s, std::int64_t n) {
        return QStringLiteral("%1  %2").arg(stateLabel(s),
                                            locale.toString(static_cast<qlonglong>(n)));
    };
    double labelWidth = 0;
    for (int s = 0; s < kFlowStateCount; ++s) {
        const auto state = static_cast<FlowState>(s);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labelText(state, startCount(s))));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labelText(state, endCount(s))));
    }
    labelWidth = std::min(labelWidth + 2 * kLabelPad, width() / 3.0);

    const double height = std::max(40.0, this->height() - kTop - kBottom);
    const double usable = height - kGap * (kFlowStateCount - 1);
    const double scale = usable / static_cast<double>(total);
    // Right to left, time runs from right to left too, and each label stays outside its bar.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const double xStart = rtl ? width() - labelWidth - kNodeWidth : labelWidth;
    const double xEnd = rtl ? labelWidth : width() - labelWidth - kNodeWidth;
    auto node = [&](FlowState s, double x, double y, std::int64_t n, bool start) {
        const double h = static_cast<double>(n) * scale;
        const QRectF bar(x, y, kNodeWidth, h);
        const bool labelOnLeft = start != rtl;
        const double lx =
            labelOnLeft ? bar.left() - labelWidth + kLabelPad : bar.right() + kLabelPad;
        const QRectF label(lx, y, labelWidth - 2 * kLabelPad, std::max(h, fm.height() + 2));
        const Qt::Alignment align =
            Qt::AlignVCenter | (labelOnLeft ? Qt::AlignRight : Qt::AlignLeft);
        return Node{s, bar, n, label, align, labelText(s, n)};
    };

    std::array<double, kFlowStateCount> startY{}, endY{};
    double y = kTop;
    for (int a = 0; a < kFlowStateCount; ++a) {
        const std::int64_t n = startCount(a);
        m_start.push_back(node(static_cast<FlowState>(a), xStart, y, n, true));
        startY[static_cast<std::size_t>(a)] = y;
        y += static_cast<double>(n) * scale + (n > 0 ? kGap : 0);
    }
    y = kTop;
    for (int b = 1; b < kFlowStateCount; ++b) {
        const std::int64_t n = endCount(b);
        m_end.push_back(node(static_cast<FlowState>(b), xEnd, y, n, false));
        endY[static_cast<std::size_t>(b)] = y;
        y += static_cast<double>(n) * scale + (n > 0 ? kGap : 0);
    }
    const double x0 = rtl ? xStart : xStart + kNodeWidth;
    const double x1 = rtl ? xEnd + kNodeWidth : xEnd;
    const double mid = (x0 + x1) / 2;
    for (int a = 0; a < kFlowStateCount; ++a) {
        for (int b = 1; b < kFlowStateCount; ++b) {
            const std::int64_t n =
                m_flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
            if (n == 0)
                continue;
            const double h = static_cast<double>(n) * scale;
            double& y0 = startY[static_cast<std::size_t>(a)];
            double& y1 = endY[static_cast<std::size_t>(b)];
            QPainterPath path(QPointF(x0, y0));
            path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1));
            path.lineTo(x1, y1 + h);
            path.cubicTo(QPointF(mid, y1 + h), QPointF(mid, y0 + h), QPointF(x0, y0 + h));
            path.closeSubpath();
            m_bands.push_back({static_cast<FlowState>(a), static_cast<FlowState>(b), path});
            y0 += h;
            y1 += h;
        }
    }
}

QString FlowChartWidget::bandText(FlowState from, FlowState to) const {
    const auto a = static_cast<std::size_t>(from);
    const auto b = static_cast<std::size_t>(to);
    const QLocale locale;
    const QString start = from == FlowState::NotYet ? tr("not yet customers") : stateLabel(from);
    return tr("%1 → %2: %3 customers, revenue %4 in the period")
        .arg(start, stateLabel(to), locale.toString(static_cast<qlonglong>(m_flow.count[a][b])),
             moneyText(m_flow.revenue[a][b], m_minorDigits));
}

std::optional<std::pair<FlowState, FlowState>> FlowChartWidget::bandAt(const QPointF& p) const {
    for (const Band& band : m_bands)
        if (band.path.contains(p))
            return std::make_pair(band.from, band.to);
    return std::nullopt;
}

std::optional<std::pair<FlowState, FlowState>> FlowChartWidget::focusedBand() const {
    if (!m_focus)
        return std::nullopt;
    return std::make_pair(m_bands[*m_focus].from, m_bands[*m_focus].to);
}

QString FlowChartWidget::focusedBandText() const {
    return m_focus ? bandText(m_bands[*m_focus].from, m_bands[*m_focus].to) : QString();
}

void FlowChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().text().color());
    if (!m_hasFlow) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("Computing the flow…"));
        return;
    }
    if (m_start.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No customers in this period"));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QRectF header(8, 4, width() - 16, 24);
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    const Qt::Alignment trailing = Qt::AlignTrailing | Qt::AlignVCenter;
    painter.drawText(header, QStyle::visualAlignment(layoutDirection(), leading),
                     tr("On %1").arg(QString::fromStdString(m_flow.from.toIso())));
    painter.drawText(header, QStyle::visualAlignment(layoutDirection(), trailing),
                     tr("On %1").arg(QString::fromStdString(m_flow.to.toIso())));
    painter.setFont(font());

    for (std::size_t k = 0; k < m_bands.size(); ++k) {
        const Band& band = m_bands[k];
        // Bands take the colour of where customers went, so that the red of "lost" reads
        // as outflow at a glance.
        QColor c = stageColor(static_cast<int>(band.to));
        c.setAlphaF(m_hover == k || m_focus == k ? 0.85 : 0.45);
        painter.fillPath(band.path, c);
    }
    if (m_focus && hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawPath(m_bands[*m_focus].path);
    }
    painter.setPen(palette().text().color());
    for (const auto* nodes : {&m_start, &m_end})
        for (const Node& node : *nodes) {
            if (node.count == 0)
                continue;
            painter.fillRect(node.rect, stageColor(static_cast<int>(node.state)));
            painter.drawText(node.label, node.align, node.text);
        }
}

void FlowChartWidget::moveFocus(int step) {
    if (m_bands.empty())
        return;
    const auto n = static_cast<int>(m_bands.size());
    const int at = m_focus ? static_cast<int>(*m_focus) : (step > 0 ? -1 : n);
    m_focus = static_cast<std::size_t>(std::clamp(at + step, 0, n - 1));
    const QString text = focusedBandText();
    setAccessibleDescription(text);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    const QRectF box = m_bands[*m_focus].path.boundingRect();
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
    std::optional<std::size_t> hover;
    for (std::size_t k = 0; k < m_bands.size(); ++k)
        if (m_bands[k].path.contains(event->position())) {
            hover = k;
            break;
        }
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
    if (hover)
        QToolTip::showText(event->globalPosition().toPoint(),
                           bandText(m_bands[*hover].from, m_bands[*hover].to), this);
    else
        QToolTip::hideText();
}

void FlowChartWidget::mousePressEvent(QMouseEvent* event) {
    for (std::size_t k = 0; k < m_bands.size(); ++k)
        if (m_bands[k].path.contains(event->position())) {
            m_focus = k;
            emit bandClicked(m_bands[k].from, m_bands[k].to);
            return;
        }
}

void FlowChartWidget::leaveEvent(QEvent*) {
    m_hover.reset();
    update();
}

} // namespace cartera
