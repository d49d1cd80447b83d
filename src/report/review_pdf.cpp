#include "report/review_pdf.h"

#include "core/base/file_io.h"
#include "report/flow_diagram.h"
#include "report/locale_text.h"
#include "report/stage_colors.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>

namespace cartera {

namespace {

// The words of the review, for Qt's translation tools: context "ReviewPdf".
struct ReviewPdf {
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)
};

QString count(std::int64_t n) {
    return numberText(static_cast<qlonglong>(n));
}

QString day(Date d) {
    return dayText(d.days());
}

const QColor kInk(0x20, 0x24, 0x28);
const QColor kMuted(0x5A, 0x63, 0x6C);
const QColor kRule(0xC8, 0xCD, 0xD2);

// One page at a time, top to bottom, in points (1/72 inch).
class Page {
  public:
    Page(QPainter& painter, const QRectF& area) : m_p(painter), m_area(area), m_y(area.top()) {}

    double y() const { return m_y; }
    void skip(double points) { m_y += points; }
    QRectF area() const { return m_area; }

    void heading(const QString& text, double size = 14) {
        QFont f = m_p.font();
        f.setPointSizeF(size);
        f.setBold(true);
        m_p.setFont(f);
        m_p.setPen(kInk);
        const QRectF r(m_area.left(), m_y, m_area.width(), size * 1.6);
        m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += size * 1.6 + 4;
        body();
    }

    void paragraph(const QString& text, const QColor& colour = kInk) {
        body();
        m_p.setPen(colour);
        const QRectF bounds(m_area.left(), m_y, m_area.width(), 1000);
        const QRectF used = m_p.boundingRect(bounds, Qt::TextWordWrap, text);
        m_p.drawText(bounds, Qt::TextWordWrap, text);
        m_y += used.height() + 6;
    }

    void body(double size = 9.5) {
        QFont f = m_p.font();
        f.setPointSizeF(size);
        f.setBold(false);
        m_p.setFont(f);
    }

    // Figures as the overview shows them: a grid of cards, title, value, one line under it.
    struct Figure {
        QString title;
        QString value;
        QString detail;
        QColor accent;
    };
    void figures(const std::vector<Figure>& items, int columns) {
        const double gap = 8, height = 64;
        const double width = (m_area.width() - gap * (columns - 1)) / columns;
        for (std::size_t k = 0; k < items.size(); ++k) {
            const int col = static_cast<int>(k) % columns;
            const int row = static_cast<int>(k) / columns;
            const QRectF box(m_area.left() + col * (width + gap), m_y + row * (height + gap), width,
                             height);
            m_p.setPen(QPen(kRule, 0.8));
            m_p.setBrush(Qt::white);
            m_p.drawRoundedRect(box, 4, 4);
            m_p.fillRect(QRectF(box.left(), box.top(), 4, box.height()), items[k].accent);
            const QRectF inner = box.adjusted(10, 5, -6, -5);
            body(8);
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 12),
                         Qt::AlignLeft | Qt::AlignVCenter, items[k].title);
            QFont big = m_p.font();
            big.setPointSizeF(17);
            big.setBold(true);
            m_p.setFont(big);
            m_p.setPen(kInk);
            m_p.drawText(QRectF(inner.left(), inner.top() + 12, inner.width(), 24),
                         Qt::AlignLeft | Qt::AlignVCenter, items[k].value);
            // The line under the figure may take two lines rather than lose its end.
            body(7);
            m_p.setPen(kMuted);
            m_p.drawText(QRectF(inner.left(), inner.top() + 36, inner.width(), 20),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, items[k].detail);
        }
        const auto rows = static_cast<double>((items.size() + columns - 1) / columns);
        m_y += rows * (height + gap) + 4;
        body();
    }

    // A table with a header row; `right` marks the columns of numbers.
    void table(const QStringList& headers, const std::vector<QStringList>& rows,
               const std::vector<double>& widths, const std::vector<bool>& right) {
        const double rowHeight = 14;
        double total = 0;
        for (double w : widths)
            total += w;
        const double scale = m_area.width() / total;
        auto drawRow = [&](const QStringList& cells, bool header) {
            double x = m_area.left();
            QFont f = m_p.font();
            f.setPointSizeF(8.5);
            f.setBold(header);
            m_p.setFont(f);
            m_p.setPen(kInk);
            for (int c = 0; c < cells.size(); ++c) {
                const double w = widths[static_cast<std::size_t>(c)] * scale;
                const QRectF cell(x + 3, m_y, w - 6, rowHeight);
                const QString text = m_p.fontMetrics().elidedText(cells[c], Qt::ElideRight,
                                                                  static_cast<int>(cell.width()));
                m_p.drawText(cell,
                             (right[static_cast<std::size_t>(c)] ? Qt::AlignRight : Qt::AlignLeft) |
                                 Qt::AlignVCenter,
                             text);
                x += w;
            }
            m_y += rowHeight;
            m_p.setPen(QPen(kRule, header ? 0.8 : 0.3));
            m_p.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
        };
        drawRow(headers, true);
        for (const QStringList& r : rows)
            drawRow(r, false);
        m_y += 10;
        body();
    }

  private:
    QPainter& m_p;
    QRectF m_area;
    double m_y;
};

void drawStageChart(QPainter& p, const QRectF& area, const PortfolioReview& r) {
    p.save();
    const double legendHeight = 16, axisHeight = 16, labelWidth = 46;
    const QRectF plot(area.left() + labelWidth, area.top() + 4, area.width() - labelWidth - 4,
                      area.height() - legendHeight - axisHeight - 8);
    std::int64_t top = 1;
    for (const StageCountsOn& on : r.stageSeries) {
        std::int64_t sum = 0;
        for (auto n : on.count)
            sum += n;
        top = std::max(top, sum);
    }
    // Round ticks: 1, 2 or 5 times a power of ten, four or five of them.
    const double raw = static_cast<double>(top) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    const double axisTop = std::ceil(static_cast<double>(top) / step) * step;
    QFont f = p.font();
    f.setPointSizeF(7.5);
    p.setFont(f);
    for (double v = 0; v <= axisTop + 0.5; v += step) {
        const double y = plot.bottom() - v / axisTop * plot.height();
        p.setPen(QPen(kRule, 0.4));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), y - 6, labelWidth - 6, 12),
                   Qt::AlignRight | Qt::AlignVCenter, count(static_cast<std::int64_t>(v)));
    }
    const auto n = static_cast<double>(r.stageSeries.size());
    const double slot = plot.width() / std::max(1.0, n);
    for (std::size_t k = 0; k < r.stageSeries.size(); ++k) {
        const StageCountsOn& on = r.stageSeries[k];
        const double x = plot.left() + static_cast<double>(k) * slot + slot * 0.2;
        double y = plot.bottom();
        for (int s = 0; s < kStageCount; ++s) {
            const double h = static_cast<double>(on.count[static_cast<std::size_t>(s)]) / axisTop *
                             plot.height();
            p.fillRect(QRectF(x, y - h, slot * 0.6, h), stageColor(s + 1));
            y -= h;
        }
        p.setPen(kMuted);
        p.drawText(QRectF(x - slot * 0.2, plot.bottom() + 2, slot, axisHeight), Qt::AlignCenter,
                   day(on.day));
    }
    double lx = plot.left();
    for (int s = 0; s < kStageCount; ++s) {
        const QRectF swatch(lx, area.bottom() - legendHeight + 4, 8, 8);
        p.fillRect(swatch, stageColor(s + 1));
        const QString name = FlowDiagram::stateLabel(static_cast<FlowState>(s + 1));
        p.setPen(kInk);
        p.drawText(QRectF(lx + 11, area.bottom() - legendHeight, 120, legendHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, name);
        lx += 11 + p.fontMetrics().horizontalAdvance(name) + 18;
    }
    p.restore();
}

void drawParetoCurve(QPainter& p, const QRectF& area, const PortfolioReview& r) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double label = 30;
    const double side = std::min(area.width() - label, area.height() - label);
    const QRectF plot(area.left() + label, area.top() + 4, side, side);
    QFont f = p.font();
    f.setPointSizeF(7.5);
    p.setFont(f);
    for (int v = 0; v <= 100; v += 25) {
        const double x = plot.left() + v / 100.0 * plot.width();
        const double y = plot.bottom() - v / 100.0 * plot.height();
        p.setPen(QPen(kRule, 0.4));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() - label, y - 6, label - 4, 12),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
        p.drawText(QRectF(x - 15, plot.bottom() + 2, 30, 12), Qt::AlignCenter, QString::number(v));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 13, plot.width(), 12), Qt::AlignCenter,
               ReviewPdf::tr("% of customers"));
    p.save();
    p.translate(area.left() + 6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -6, plot.height(), 12), Qt::AlignCenter,
               ReviewPdf::tr("% of revenue"));
    p.restore();
    p.setPen(QPen(kMuted, 0.6, Qt::DashLine));
    p.drawLine(plot.bottomLeft(), plot.topRight());
    const double cut = r.metrics.pareto.cut().toDouble();
    p.setPen(QPen(stageColor(5), 0.8, Qt::DotLine));
    const double cutY = plot.bottom() - cut * plot.height();
    p.drawLine(QPointF(plot.left(), cutY), QPointF(plot.right(), cutY));
    QPainterPath curve;
    for (std::size_t k = 0; k < r.paretoCurve.size(); ++k) {
        const QPointF pt(plot.left() + r.paretoCurve[k].first * plot.width(),
                         plot.bottom() - r.paretoCurve[k].second * plot.height());
        if (k == 0)
            curve.moveTo(pt);
        else
            curve.lineTo(pt);
    }
    p.setPen(QPen(QColor(0xE6, 0x9F, 0x00), 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawPath(curve);
    const ParetoReport& pareto = r.metrics.pareto;
    if (pareto.paretoCount() > 0) {
        const QPointF at(plot.left() + pareto.paretoCustomerShare() * plot.width(),
                         plot.bottom() -
                             pareto.cumulativeShare(pareto.paretoCount()) * plot.height());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x6A, 0x5A, 0xCD));
        p.drawEllipse(at, 3.5, 3.5);
    }
    p.restore();
}

void writePages(QPdfWriter& writer, const PortfolioReview& r, const QString& portfolioName) {
    QPainter painter(&writer);
    const QRectF area = QRectF(writer.pageLayout().paintRect(QPageLayout::Point));
    const QRectF content(0, 0, area.width(), area.height());
    const int digits = r.minorDigits;
    const QString currency = QString::fromStdString(r.currency);
    const StageSummary& s = r.metrics.summary;
    const auto act = [&](Activity a) { return static_cast<std::size_t>(a); };
    auto footer = [&](int page) {
        QFont f = painter.font();
        f.setPointSizeF(7.5);
        f.setBold(false);
        painter.setFont(f);
        painter.setPen(kMuted);
        painter.drawText(QRectF(0, content.bottom() - 12, content.width(), 12),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         ReviewPdf::tr("Cartera · %1 · as of %2").arg(portfolioName, day(r.asOf)));
        painter.drawText(QRectF(0, content.bottom() - 12, content.width(), 12),
                         Qt::AlignRight | Qt::AlignVCenter,
                         ReviewPdf::tr("page %1 of %2").arg(page).arg(kReviewPages));
    };
    const QRectF body(0, 0, content.width(), content.height() - 20);

    // Page 1: the portfolio on one page.
    Page one(painter, body);
    one.heading(ReviewPdf::tr("Portfolio review"), 20);
    one.paragraph(
        ReviewPdf::tr("%1 · as of %2 · amounts in %3").arg(portfolioName, day(r.asOf), currency),
        kMuted);
    one.skip(4);
    Cents revenue12m = 0;
    for (Cents c : s.stageRevenue12m)
        revenue12m += c;
    const auto in12 = [&](Cents c) {
        return ReviewPdf::tr("%1 in 12 months").arg(moneyText(c, digits));
    };
    std::vector<Page::Figure> figures{
        {ReviewPdf::tr("Customers in portfolio"), count(s.inPortfolio()), in12(revenue12m),
         stageColor(3)},
        {ReviewPdf::tr("Active"), count(s.activityCount[act(Activity::Active)]),
         in12(s.activityRevenue12m[act(Activity::Active)]), stageColor(2)},
        {ReviewPdf::tr("At risk"), count(s.activityCount[act(Activity::AtRisk)]),
         in12(s.activityRevenue12m[act(Activity::AtRisk)]), stageColor(4)},
        {ReviewPdf::tr("Lost"), count(s.activityCount[act(Activity::Lost)]),
         ReviewPdf::tr("%1 all time")
             .arg(moneyText(s.activityRevenue[act(Activity::Lost)], digits)),
         stageColor(5)}};
    const char* stageTitles[] = {QT_TRANSLATE_NOOP("ReviewPdf", "New (< 1 year)"),
                                 QT_TRANSLATE_NOOP("ReviewPdf", "Adolescent"),
                                 QT_TRANSLATE_NOOP("ReviewPdf", "Mature"),
                                 QT_TRANSLATE_NOOP("ReviewPdf", "Veteran")};
    for (int g = 0; g < kStageCount; ++g)
        figures.push_back(
            {ReviewPdf::tr(stageTitles[g]), count(s.stageCount[static_cast<std::size_t>(g)]),
             in12(s.stageRevenue12m[static_cast<std::size_t>(g)]), stageColor(g + 1)});
    const ParetoReport& pareto = r.metrics.pareto;
    figures.push_back({ReviewPdf::tr("Inflow, last 12 months"), count(r.lastYear.inflow()),
                       ReviewPdf::tr("new customers since %1").arg(day(r.lastYear.from)),
                       stageColor(1)});
    figures.push_back({ReviewPdf::tr("Outflow, last 12 months"), count(r.lastYear.outflow()),
                       ReviewPdf::tr("customers lost since %1").arg(day(r.lastYear.from)),
                       stageColor(5)});
    figures.push_back({ReviewPdf::tr("Recovered, last 12 months"), count(r.lastYear.recovered()),
                       ReviewPdf::tr("lost customers who bought again"), stageColor(2)});
    figures.push_back({ReviewPdf::tr("Pareto customers (class A)"),
                       count(static_cast<std::int64_t>(pareto.paretoCount())),
                       ReviewPdf::tr("of %1 buying in 12 months")
                           .arg(count(static_cast<std::int64_t>(pareto.rankedCount()))),
                       stageColor(3)});
    one.figures(figures, 4);
    one.heading(ReviewPdf::tr("Cohort flow, last 12 months"));
    one.paragraph(
        ReviewPdf::tr("%1 new customers came in, %2 customers were lost, %3 lost customers came "
                      "back. Bands are as wide as the number of customers moving.")
            .arg(count(r.lastYear.inflow()), count(r.lastYear.outflow()),
                 count(r.lastYear.recovered())));
    FlowDiagram flow;
    QFont flowFont = painter.font();
    flowFont.setPointSizeF(8.5);
    flow.setFlow(r.lastYear);
    const QRectF flowArea(0, one.y(), body.width(), body.bottom() - one.y());
    flow.layout(flowArea, flowFont, false);
    painter.setFont(flowFont);
    flow.paint(painter, {Qt::white, kInk, stageColor(3)});
    footer(1);

    // Page 2: how the stages moved and how concentrated revenue is.
    writer.newPage();
    Page two(painter, body);
    two.heading(ReviewPdf::tr("Customers per stage, quarter by quarter"));
    two.paragraph(ReviewPdf::tr("Customers in each lifecycle stage on each day (lost customers not "
                                "included)."),
                  kMuted);
    drawStageChart(painter, QRectF(0, two.y(), body.width(), 250), r);
    two.skip(262);
    two.heading(ReviewPdf::tr("Revenue concentration (Pareto), last 12 months"));
    if (pareto.rankedCount() > 0)
        two.paragraph(
            ReviewPdf::tr("%1 of customers make %2 of revenue. %3 of %4 customers buying in the "
                          "last 12 months form the Pareto set; total %5; Gini %6.")
                .arg(percentText(pareto.paretoCustomerShare(), 1),
                     percentText(pareto.cut().toDouble(), 0),
                     count(static_cast<std::int64_t>(pareto.paretoCount())),
                     count(static_cast<std::int64_t>(pareto.rankedCount())),
                     currencyText(pareto.total(), digits, currency),
                     numberText(pareto.gini(), 'f', 2)));
    else
        two.paragraph(ReviewPdf::tr("No customer has net revenue in the last 12 months."));
    drawParetoCurve(painter, QRectF(0, two.y(), body.width(), body.bottom() - two.y()), r);
    footer(2);

    // Page 3: who to look after, who to promote, what recovery achieved.
    writer.newPage();
    Page three(painter, body);
    three.heading(ReviewPdf::tr("Top customers, last 12 months"));
    std::vector<QStringList> top;
    for (const ReviewCustomer& c : r.topCustomers)
        top.push_back({count(static_cast<std::int64_t>(c.rank)), QString::fromStdString(c.id),
                       QString::fromStdString(c.name), moneyText(c.revenue, digits),
                       percentText(pareto.share(c.rank), 2)});
    three.table({ReviewPdf::tr("Rank"), ReviewPdf::tr("Id"), ReviewPdf::tr("Name"),
                 ReviewPdf::tr("Revenue"), ReviewPdf::tr("Share")},
                top, {40, 70, 200, 90, 60}, {true, false, false, true, true});
    three.heading(ReviewPdf::tr("Promotion candidates"));
    three.paragraph(ReviewPdf::tr("The customers just below the Pareto cut: a little more business "
                                  "would make them class A."),
                    kMuted);
    std::vector<QStringList> candidates;
    for (const ReviewCustomer& c : r.promotionCandidates)
        candidates.push_back({count(static_cast<std::int64_t>(c.rank)),
                              QString::fromStdString(c.id), QString::fromStdString(c.name),
                              moneyText(c.revenue, digits), moneyText(c.belowCut, digits)});
    if (candidates.empty())
        three.paragraph(ReviewPdf::tr("None."));
    else
        three.table({ReviewPdf::tr("Rank"), ReviewPdf::tr("Id"), ReviewPdf::tr("Name"),
                     ReviewPdf::tr("Revenue"), ReviewPdf::tr("Below the cut")},
                    candidates, {40, 70, 200, 90, 80}, {true, false, false, true, true});
    three.heading(ReviewPdf::tr("Recovery of lost customers"));
    const RecoveryMetrics& m = r.recovery;
    three.paragraph(
        ReviewPdf::tr(
            "%1 open cases; %2 closed: %3 won back, %4 let go. Recovery rate %5; revenue won back "
            "%6; median %7 days to win back.")
            .arg(count(static_cast<std::int64_t>(m.open)),
                 count(static_cast<std::int64_t>(m.closed)),
                 count(static_cast<std::int64_t>(m.wonBack)),
                 count(static_cast<std::int64_t>(m.letGo)), percentText(m.recoveryRate, 0),
                 currencyText(m.revenueWonBack, digits, currency),
                 numberText(m.medianDaysToWinBack, 'f', 0)));
    three.paragraph(
        ReviewPdf::tr("Losses that were our fault: %1 (%2). Corrective actions: %3 open, %4 "
                      "overdue.")
            .arg(count(static_cast<std::int64_t>(m.ourFault)), percentText(m.ourFaultShare, 0),
                 count(static_cast<std::int64_t>(m.actionsOpen)),
                 count(static_cast<std::int64_t>(m.actionsOverdue))));
    QStringList reasons;
    for (const auto& [reason, n] : m.lossesByReason)
        if (n > 0)
            reasons << QStringLiteral("%1: %2").arg(QString::fromStdString(reason),
                                                    count(static_cast<std::int64_t>(n)));
    if (!reasons.isEmpty())
        three.paragraph(
            ReviewPdf::tr("Losses by reason: %1.").arg(reasons.join(QStringLiteral(", "))));
    footer(3);
}

} // namespace

QByteArray reviewPdf(const PortfolioReview& review, const QString& portfolioName) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(40, 40, 40, 36), QPageLayout::Point));
        writer.setResolution(72); // painter units are points
        writer.setTitle(
            ReviewPdf::tr("Portfolio review · %1 · %2").arg(portfolioName, day(review.asOf)));
        writer.setCreator(QStringLiteral("Cartera " CARTERA_VERSION));
        writePages(writer, review, portfolioName);
    }
    return buffer.data();
}

void writeReviewPdf(const PortfolioReview& review, const QString& portfolioName,
                    const QString& path) {
    const QByteArray bytes = reviewPdf(review, portfolioName);
    writeFileAtomically(
        path.toStdString(),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace cartera
