#include "report/flow_diagram.h"

#include "report/locale_text.h"
#include "report/stage_colors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <array>

namespace cartera {

namespace {

constexpr double kNodeWidth = 16.0;
constexpr double kGap = 10.0;
constexpr double kHeader = 32.0;
constexpr double kLabelPad = 6.0;

} // namespace

QString FlowDiagram::stateLabel(FlowState s) {
    switch (s) {
    case FlowState::NotYet:
        return tr("new customers");
    case FlowState::New:
        return tr("new");
    case FlowState::Adolescent:
        return tr("adolescent");
    case FlowState::Mature:
        return tr("mature");
    case FlowState::Veteran:
        return tr("veteran");
    case FlowState::Lost:
        return tr("lost");
    }
    return {};
}

void FlowDiagram::setFlow(const CohortFlow& flow) {
    m_flow = flow;
    layout(m_area, m_font, m_rtl);
}

void FlowDiagram::layout(const QRectF& area, const QFont& font, bool rightToLeft) {
    m_area = area;
    m_font = font;
    m_rtl = rightToLeft;
    m_bands.clear();
    m_start.clear();
    m_end.clear();
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
    if (total == 0 || area.isEmpty())
        return;

    // Labels are as wide as the widest one in this font, so that "new customers 1,000,000"
    // is never cut, whatever the language.
    const QFontMetricsF fm(font);
    auto labelText = [&](FlowState s, std::int64_t n) {
        return QStringLiteral("%1  %2").arg(stateLabel(s), numberText(static_cast<qlonglong>(n)));
    };
    double labelWidth = 0;
    for (int s = 0; s < kFlowStateCount; ++s) {
        const auto state = static_cast<FlowState>(s);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labelText(state, startCount(s))));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labelText(state, endCount(s))));
    }
    labelWidth = std::min(labelWidth + 2 * kLabelPad, area.width() / 3.0);

    const double top = area.top() + kHeader + 8;
    const double height = std::max(40.0, area.bottom() - top - 8);
    const double usable = height - kGap * (kFlowStateCount - 1);
    const double scale = usable / static_cast<double>(total);
    // Right to left, time runs from right to left too, and each label stays outside its bar.
    const double xStart =
        rightToLeft ? area.right() - labelWidth - kNodeWidth : area.left() + labelWidth;
    const double xEnd =
        rightToLeft ? area.left() + labelWidth : area.right() - labelWidth - kNodeWidth;
    auto node = [&](FlowState s, double x, double y, std::int64_t n, bool start) {
        const double h = static_cast<double>(n) * scale;
        const QRectF bar(x, y, kNodeWidth, h);
        const bool labelOnLeft = start != rightToLeft;
        const double lx =
            labelOnLeft ? bar.left() - labelWidth + kLabelPad : bar.right() + kLabelPad;
        const QRectF label(lx, y, labelWidth - 2 * kLabelPad, std::max(h, fm.height() + 2));
        const Qt::Alignment align =
            Qt::AlignVCenter | (labelOnLeft ? Qt::AlignRight : Qt::AlignLeft);
        return Node{s, bar, n, label, align, labelText(s, n)};
    };

    std::array<double, kFlowStateCount> startY{}, endY{};
    double y = top;
    for (int a = 0; a < kFlowStateCount; ++a) {
        const std::int64_t n = startCount(a);
        m_start.push_back(node(static_cast<FlowState>(a), xStart, y, n, true));
        startY[static_cast<std::size_t>(a)] = y;
        y += static_cast<double>(n) * scale + (n > 0 ? kGap : 0);
    }
    y = top;
    for (int b = 1; b < kFlowStateCount; ++b) {
        const std::int64_t n = endCount(b);
        m_end.push_back(node(static_cast<FlowState>(b), xEnd, y, n, false));
        endY[static_cast<std::size_t>(b)] = y;
        y += static_cast<double>(n) * scale + (n > 0 ? kGap : 0);
    }
    const double x0 = rightToLeft ? xStart : xStart + kNodeWidth;
    const double x1 = rightToLeft ? xEnd + kNodeWidth : xEnd;
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

void FlowDiagram::paint(QPainter& painter, const Colors& colors,
                        std::optional<std::size_t> emphasised,
                        std::optional<std::size_t> outlined) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colors.text);
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    const QRectF header(m_area.left() + 8, m_area.top() + 4, m_area.width() - 16, kHeader - 8);
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    painter.drawText(header, m_rtl ? right : left, tr("On %1").arg(dayText(m_flow.from.days())));
    painter.drawText(header, m_rtl ? left : right, tr("On %1").arg(dayText(m_flow.to.days())));
    painter.setFont(m_font);

    for (std::size_t k = 0; k < m_bands.size(); ++k) {
        const Band& band = m_bands[k];
        // Bands take the colour of where customers went, so that the red of "lost" reads
        // as outflow at a glance.
        QColor c = stageColor(static_cast<int>(band.to));
        c.setAlphaF(emphasised == k || outlined == k ? 0.85f : 0.45f);
        painter.fillPath(band.path, c);
    }
    if (outlined && *outlined < m_bands.size()) {
        painter.setPen(QPen(colors.highlight, 2));
        painter.drawPath(m_bands[*outlined].path);
    }
    painter.setPen(colors.text);
    for (const auto* nodes : {&m_start, &m_end})
        for (const Node& node : *nodes) {
            if (node.count == 0)
                continue;
            painter.fillRect(node.rect, stageColor(static_cast<int>(node.state)));
            painter.drawText(node.label, node.align, node.text);
        }
    painter.restore();
}

std::optional<std::size_t> FlowDiagram::bandAt(const QPointF& p) const {
    for (std::size_t k = 0; k < m_bands.size(); ++k)
        if (m_bands[k].path.contains(p))
            return k;
    return std::nullopt;
}

QString FlowDiagram::bandText(std::size_t band, int minorDigits) const {
    const auto a = static_cast<std::size_t>(m_bands[band].from);
    const auto b = static_cast<std::size_t>(m_bands[band].to);
    const QString start = m_bands[band].from == FlowState::NotYet ? tr("not yet customers")
                                                                  : stateLabel(m_bands[band].from);
    return tr("%1 → %2: %3 customers, revenue %4 in the period")
        .arg(start, stateLabel(m_bands[band].to),
             numberText(static_cast<qlonglong>(m_flow.count[a][b])),
             moneyText(m_flow.revenue[a][b], minorDigits));
}

} // namespace cartera
