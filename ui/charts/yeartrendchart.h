#pragma once

#include "app/charts/chartdata.h"

#include <functional>

class QChart;

namespace cac {

// Builds a QChart from ChartData: lines by year (a gap where a value is unknown, a band where a
// figure is a range, markers on every known point) or stacked bars by year; whole years on the
// axis, the Okabe-Ito palette, tooltips with exact values (ChartHoverTip), and the footnote under the title.
// The one place that makes charts, so that a later move from Qt Charts touches one file.
namespace YearTrendChart {
// Called with the index of the series whose legend entry was clicked (to show or hide it).
using LegendClick = std::function<void(int series)>;
QChart *build(const ChartData &data, const LegendClick &legendClicked = {});
// A value as the chart's tips and labels show it: whole, or to one decimal.
QString number(double v);
} // namespace YearTrendChart

} // namespace cac
