#include "app/cohorts/flow_chart_widget.h"

#include "app/common/display_text.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace cartera {

namespace {

constexpr double kNodeWidth = 16.0;
constexpr double kLabelWidth = 150.0;
constexpr double kGap = 10.0;
constexpr double kTop = 40.0;
constexpr double kBottom = 16.0;

QString stateLabel(FlowState s) {
    switch (s) {
    case FlowState::NotYet:
        return QObject::tr("new customers");
    case FlowState::New:
        return QObject::tr("new");
    case FlowState::Adolescent:
        return QObject::tr("adolescent");
    case FlowState::Mature:
        return QObject::tr("mature");
    case FlowState::Veteran:
        return QObject::tr("veteran");
    case FlowState::Lost:
        return QObject::tr("lost");
    }
    return {};
}

} // namespace

FlowChartWidget::FlowChartWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAccessibleName(tr("Cohort flow chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FlowChartWidget::setFlow(const CohortFlow& flow, int minorDigits) {
    m_flow = flow;
    m_minorDigits = minorDigits;
    m_hasFlow = true;
    m_hover.reset();
    layoutBands();
    update();
}

void FlowChartWidget::resizeEvent(QResizeEvent*) {
    layoutBands();
}

void FlowChartWidget::layoutBands() {
    m_bands.clear();
    m_left.clear();
    m_right.clear();
    if (!m_hasFlow)
        return;
    // Left: every state but "not yet" that stays "not yet"; right: stages and lost.
    auto leftCount = [&](int a) {
        std::int64_t n = 0;
        for (int b = 1; b < kFlowStateCount; ++b)
            n += m_flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
        return n;
    };
    auto rightCount = [&](int b) {
        std::int64_t n = 0;
        for (int a = 0; a < kFlowStateCount; ++a)
            n += m_flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
        return n;
    };
    std::int64_t total = 0;
    for (int a = 0; a < kFlowStateCount; ++a)
        total += leftCount(a);
    if (total == 0)
        return;
    const double height = std::max(40.0, this->height() - kTop - kBottom);
    const double usable = height - kGap * (kFlowStateCount - 1);
    const double scale = usable / static_cast<double>(total);
    const double xLeft = kLabelWidth;
    const double xRight = width() - kLabelWidth - kNodeWidth;

    // Inflow enters at the top left; the lost column sits at the bottom right.
    const int leftOrder[] = {0, 1, 2, 3, 4, 5};
    const int rightOrder[] = {1, 2, 3, 4, 5};
    double y = kTop;
    std::array<double, kFlowStateCount> leftY{}, rightY{};
    for (int a : leftOrder) {
        const std::int64_t n = leftCount(a);
        const double h = static_cast<double>(n) * scale;
        m_left.push_back({static_cast<FlowState>(a), QRectF(xLeft, y, kNodeWidth, h), n});
        leftY[static_cast<std::size_t>(a)] = y;
        y += h + (n > 0 ? kGap : 0);
    }
    y = kTop;
    for (int b : rightOrder) {
        const std::int64_t n = rightCount(b);
        const double h = static_cast<double>(n) * scale;
        m_right.push_back({static_cast<FlowState>(b), QRectF(xRight, y, kNodeWidth, h), n});
        rightY[static_cast<std::size_t>(b)] = y;
        y += h + (n > 0 ? kGap * 1.0 : 0);
    }
    for (int a : leftOrder) {
        for (int b : rightOrder) {
            const std::int64_t n =
                m_flow.count[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
            if (n == 0)
                continue;
            const double h = static_cast<double>(n) * scale;
            double& y0 = leftY[static_cast<std::size_t>(a)];
            double& y1 = rightY[static_cast<std::size_t>(b)];
            const double x0 = xLeft + kNodeWidth;
            const double x1 = xRight;
            const double mid = (x0 + x1) / 2;
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

void FlowChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (!m_hasFlow || m_left.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No customers in this period"));
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(0, 4, kLabelWidth + 60, 24), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("On %1").arg(QString::fromStdString(m_flow.from.toIso())));
    painter.drawText(QRectF(width() - kLabelWidth - 60, 4, kLabelWidth + 56, 24),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("On %1").arg(QString::fromStdString(m_flow.to.toIso())));
    painter.setFont(font());

    for (std::size_t k = 0; k < m_bands.size(); ++k) {
        const Band& band = m_bands[k];
        // Bands take the colour of where customers went, so that the red of "lost" reads
        // as outflow at a glance.
        QColor c = stageColor(static_cast<int>(band.to));
        c.setAlphaF(m_hover == k ? 0.85 : 0.45);
        painter.fillPath(band.path, c);
    }
    const QLocale locale;
    auto drawNodes = [&](const std::vector<Node>& nodes, bool left) {
        for (const Node& node : nodes) {
            if (node.count == 0)
                continue;
            painter.fillRect(node.rect, stageColor(static_cast<int>(node.state)));
            const QString text = QStringLiteral("%1  %2").arg(
                stateLabel(node.state), locale.toString(static_cast<qlonglong>(node.count)));
            QRectF label = left ? QRectF(4, node.rect.top(), kLabelWidth - 10,
                                         std::max(node.rect.height(), 18.0))
                                : QRectF(node.rect.right() + 6, node.rect.top(), kLabelWidth - 10,
                                         std::max(node.rect.height(), 18.0));
            painter.setPen(palette().text().color());
            painter.drawText(label, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                             text);
        }
    };
    drawNodes(m_left, true);
    drawNodes(m_right, false);
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
    if (const auto band = bandAt(event->position()))
        emit bandClicked(band->first, band->second);
}

void FlowChartWidget::leaveEvent(QEvent*) {
    m_hover.reset();
    update();
}

} // namespace cartera
