#pragma once

#include "core/flow/cohort_flow.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPainterPath>
#include <QRectF>
#include <optional>
#include <vector>

class QPainter;

namespace cartera {

// The cohort flow drawn in the Sankey style: states at the start on one side, at the end on
// the other (left to right, mirrored for right-to-left languages), bands as wide as the number
// of customers moving. Laid out for an area and a font, then painted; the app's interactive
// chart and the printed review draw the same picture.
class FlowDiagram {
    Q_DECLARE_TR_FUNCTIONS(FlowDiagram)

  public:
    struct Band {
        FlowState from;
        FlowState to;
        QPainterPath path;
    };
    struct Colors {
        QColor background;
        QColor text;
        QColor highlight;
    };

    void setFlow(const CohortFlow& flow);
    const CohortFlow& flow() const { return m_flow; }
    bool empty() const { return m_start.empty(); }
    // Places bars, bands and labels in `area`; labels are as wide as their text in `font`.
    void layout(const QRectF& area, const QFont& font, bool rightToLeft);
    void paint(QPainter& painter, const Colors& colors, std::optional<std::size_t> emphasised = {},
               std::optional<std::size_t> outlined = {}) const;

    const std::vector<Band>& bands() const { return m_bands; }
    std::optional<std::size_t> bandAt(const QPointF& point) const;

    static QString stateLabel(FlowState state);
    // "new → adolescent: 565 customers, revenue 279,189.12 in the period"
    QString bandText(std::size_t band, int minorDigits) const;

  private:
    struct Node {
        FlowState state;
        QRectF rect;
        std::int64_t count;
        QRectF label;
        Qt::Alignment align;
        QString text;
    };

    CohortFlow m_flow;
    QRectF m_area;
    QFont m_font;
    bool m_rtl = false;
    std::vector<Band> m_bands;
    std::vector<Node> m_start;
    std::vector<Node> m_end;
};

} // namespace cartera
