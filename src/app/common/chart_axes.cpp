#include "app/common/chart_axes.h"

#include "report/locale_text.h"

#include <QCategoryAxis>
#include <QChart>
#include <QRegularExpression>
#include <QSet>
#include <QValueAxis>
#include <cmath>

namespace cartera {

namespace {

int decimalsOf(const QString& labelFormat) {
    static const QRegularExpression precision(QStringLiteral("\\.(\\d)[fFeEgG]"));
    const auto match = precision.match(labelFormat);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

void localizeValueAxes(QChart& chart) {
    const auto axes = chart.axes();
    for (QAbstractAxis* axis : axes) {
        auto* values = qobject_cast<QValueAxis*>(axis);
        if (!values)
            continue;
        const double min = values->min();
        const double max = values->max();
        const int ticks = std::max(2, values->tickCount());
        // Ticks between whole numbers (five ticks over one week) get the decimals that write
        // them exactly: a category axis needs distinct labels, and 0.25 is not "0".
        QStringList labels;
        for (int decimals = decimalsOf(values->labelFormat()); decimals <= 3; ++decimals) {
            labels.clear();
            bool exact = true;
            const double unit = std::pow(10.0, decimals);
            for (int k = 0; k < ticks; ++k) {
                const double at = min + (max - min) * k / (ticks - 1);
                exact = exact && std::abs(std::round(at * unit) - at * unit) < 1e-6;
                labels << numberText(at, 'f', decimals);
            }
            if (exact && QSet<QString>(labels.begin(), labels.end()).size() == labels.size())
                break;
        }
        auto* labelled = new QCategoryAxis;
        labelled->setTitleText(values->titleText());
        labelled->setTitleFont(values->titleFont());
        labelled->setTitleBrush(values->titleBrush());
        labelled->setLabelsFont(values->labelsFont());
        labelled->setLabelsBrush(values->labelsBrush());
        labelled->setLabelsAngle(values->labelsAngle());
        labelled->setLinePen(values->linePen());
        labelled->setLineVisible(values->isLineVisible());
        labelled->setGridLinePen(values->gridLinePen());
        labelled->setGridLineVisible(values->isGridLineVisible());
        labelled->setShadesVisible(values->shadesVisible());
        labelled->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        labelled->setStartValue(min);
        for (int k = 0; k < ticks; ++k)
            labelled->append(labels[k], min + (max - min) * k / (ticks - 1));
        const Qt::Alignment side = values->alignment();
        QList<QAbstractSeries*> attached;
        for (QAbstractSeries* s : chart.series())
            if (s->attachedAxes().contains(values))
                attached << s;
        chart.removeAxis(values);
        chart.addAxis(labelled, side);
        for (QAbstractSeries* s : attached)
            s->attachAxis(labelled);
        labelled->setRange(min, max); // attaching takes the series' own range
        delete values;
    }
}

} // namespace cartera
