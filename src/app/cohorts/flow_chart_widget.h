#pragma once

#include "core/flow/cohort_flow.h"

#include <QPainterPath>
#include <QWidget>
#include <optional>
#include <vector>

namespace cartera {

// The cohort flow in the Sankey style: states at the start on the left, at the end on the
// right, bands as wide as the number of customers moving. Hover tells count and revenue; a
// click asks for the customers of the band.
class FlowChartWidget : public QWidget {
    Q_OBJECT
  public:
    explicit FlowChartWidget(QWidget* parent = nullptr);
    void setFlow(const CohortFlow& flow, int minorDigits);
    const CohortFlow& flow() const { return m_flow; }

    // The band under a point, as (from, to) states.
    std::optional<std::pair<FlowState, FlowState>> bandAt(const QPointF& point) const;
    QSize sizeHint() const override { return {760, 420}; }
    QSize minimumSizeHint() const override { return {420, 260}; }

  signals:
    void bandClicked(cartera::FlowState from, cartera::FlowState to);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

  private:
    struct Band {
        FlowState from;
        FlowState to;
        QPainterPath path;
    };
    struct Node {
        FlowState state;
        QRectF rect;
        std::int64_t count;
    };
    void layoutBands();
    QString bandText(FlowState from, FlowState to) const;

    CohortFlow m_flow;
    int m_minorDigits = 2;
    bool m_hasFlow = false;
    std::vector<Band> m_bands;
    std::vector<Node> m_left;
    std::vector<Node> m_right;
    std::optional<std::size_t> m_hover;
};

} // namespace cartera
