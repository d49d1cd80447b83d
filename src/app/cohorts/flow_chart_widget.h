#pragma once

#include "report/flow_diagram.h"

#include <QWidget>
#include <optional>

namespace cartera {

// The cohort flow diagram on screen. Hover or keyboard focus tells count and revenue; a click,
// Enter or Space asks for the customers of the band. Up and Down (or Left and Right) move
// between bands.
class FlowChartWidget : public QWidget {
    Q_OBJECT
  public:
    explicit FlowChartWidget(QWidget* parent = nullptr);
    void setFlow(const CohortFlow& flow, int minorDigits);
    const CohortFlow& flow() const { return m_diagram.flow(); }
    // A new flow is being computed: a chart with nothing to draw says so rather than "no
    // customers", which may no longer be true.
    void setComputing(bool computing);
    // The sentence drawn instead of a diagram, or empty when the diagram is drawn.
    QString placeholderText() const;

    // The band under a point, as (from, to) states.
    std::optional<std::pair<FlowState, FlowState>> bandAt(const QPointF& point) const;
    // The band the keyboard is on, if any.
    std::optional<std::pair<FlowState, FlowState>> focusedBand() const;
    // What a screen reader says about the focused band (also its tooltip).
    QString focusedBandText() const;
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
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    void relayout();
    void moveFocus(int step);
    std::pair<FlowState, FlowState> bandStates(std::size_t band) const;

    FlowDiagram m_diagram;
    int m_minorDigits = 2;
    bool m_hasFlow = false;
    bool m_computing = false;
    std::optional<std::size_t> m_hover;
    std::optional<std::size_t> m_focus;
};

} // namespace cartera
