#pragma once

#include "core/analysis/lifecycle.h"
#include "core/pareto/pareto_report.h"

#include <QColor>
#include <QPalette>

class QChart;

namespace cartera {

// Colours that carry meaning (class tints, activity warnings, heat) in a light and a dark
// variant, chosen from the palette so that a dark desktop keeps them readable.
bool isDark(const QPalette& palette);
// A dark palette for the Fusion style, for desktops that do not hand Qt one.
QPalette darkPalette();
// The background tint of a Pareto class in lists; invalid for "no tint".
QColor paretoClassColor(ParetoClass c, const QPalette& palette);
// The text colour of an activity that needs attention; invalid for "active".
QColor activityColor(Activity activity, const QPalette& palette);
// The main series of a chart (actual values), and a good or bad verdict's text.
QColor seriesColor(const QPalette& palette);
QColor verdictColor(bool good, const QPalette& palette);
// The fill of a heat-map cell at shade 0..1, and a text colour that reads on it.
QColor heatColor(double shade, const QPalette& palette);
QColor textOn(const QColor& fill);
// WCAG 2 contrast ratio between two colours, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);
// A chart in the palette's colours: dark theme on a dark palette, background and text from
// the palette. Call before adding series: a theme recolours what it finds. (Axis numbers stay
// unlocalised: Qt Charts 6.4 drops "%d" labels when asked to localise them.)
void applyPalette(QChart& chart, const QPalette& palette);

} // namespace cartera
