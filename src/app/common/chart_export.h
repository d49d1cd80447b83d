#pragma once

#include <QString>

class QWidget;

namespace cartera {

enum class ChartImageFormat { Png, Svg };

// Saves what the chart shows as a PNG (at the screen's pixel ratio) or as an SVG that stays
// sharp in a slide; written like every export. On failure returns false with *error.
bool saveChartImage(QWidget& chart, const QString& path, ChartImageFormat format, QString* error);

// Gives a chart a context menu with "Save as PNG…" and "Save as SVG…"; `name` is the
// suggested file name.
void addChartExportMenu(QWidget& chart, const QString& name);

} // namespace cartera
