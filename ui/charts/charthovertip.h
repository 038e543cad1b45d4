#pragma once

#include "app/charts/chartdata.h"

#include <QObject>
#include <QPointF>

class QChart;
class QChartView;

namespace cac {

// Tooltips that follow the pointer anywhere over a chart's plot, not only on its 2-px lines: the
// year under the pointer, every shown series' value there with its unit ("94.6%") and what it
// stands on ("143 of 151 agencies due filed"), the series nearest the pointer in bold; for
// stacked bars, their total too.
class ChartHoverTip : public QObject
{
    Q_OBJECT
public:
    // Keeps the chart's numbers with it, for the tips of whichever view shows it.
    static void keep(QChart *chart, const ChartData &data);
    // Shows tips over the charts that `view` shows, now and later.
    static void install(QChartView *view);
    // The tip for the pointer at `position` (in the chart's coordinates); empty off the plot or
    // where no year is near.
    static QString textAt(const QChart *chart, QPointF position);
    // The tip for `year`, with series `nearest` (an index into data.series, or -1) in bold.
    static QString text(const ChartData &data, int year, int nearest);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ChartHoverTip(QChartView *view);
    QChartView *m_view;
};

} // namespace cac
