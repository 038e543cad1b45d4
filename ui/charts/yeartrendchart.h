#pragma once

#include "trendseries.h"

#include <QList>
#include <QString>

class QChart;

// Builds a year-by-year line chart: whole years on the axis, a gap where a value is unknown,
// a band where a figure is a range, markers on every known point, a tooltip-ready name per
// series, and a footnote under the title (data source, demo notice). The one place that makes
// line charts, so that a later move from Qt Charts touches one file.
namespace YearTrendChart {
QChart *build(const QString &title, const QString &yAxisTitle, const QList<TrendSeries> &series,
              const QString &footnote);
}
