#pragma once

class QChart;

namespace cartera {

// Qt Charts 6.4 writes value-axis labels in the C locale (and blanks "%d" labels when asked to
// localise them). This replaces each value axis of a finished chart with one whose tick labels
// are numbers as the user's language writes them (1.500.000, 1 500 000), at the same ticks,
// with the same title, side and series. Call it once the chart's ranges are set.
void localizeValueAxes(QChart& chart);

} // namespace cartera
