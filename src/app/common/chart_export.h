#pragma once

#include <QList>
#include <QString>

class QMenu;
class QWidget;

namespace cartera {

enum class ChartImageFormat { Png, Svg };

// Saves what the chart shows as a PNG (at the screen's pixel ratio) or as an SVG that stays
// sharp in a slide; written like every export. On failure returns false with *error.
bool saveChartImage(QWidget& chart, const QString& path, ChartImageFormat format, QString* error);

// Gives a chart a context menu with "Save as PNG…" and "Save as SVG…"; `name` is the
// suggested file name.
void addChartExportMenu(QWidget& chart, const QString& name);

// The charts with that menu under a page that are on screen now, in reading order.
QList<QWidget*> exportableCharts(const QWidget& page);
// Fills a menu with each of those charts' save actions, named after the chart.
void fillChartExportMenu(QMenu& menu, const QWidget& page);

} // namespace cartera
