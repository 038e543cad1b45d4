#include "yeartrendchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// Consecutive years with a known value; a missing or unknown year ends a run.
QList<QList<TrendSeries::Point>> runsOf(const QList<TrendSeries::Point> &points)
{
    QList<QList<TrendSeries::Point>> runs;
    QList<TrendSeries::Point> run;
    int lastYear = 0;
    for (const TrendSeries::Point &p : points) {
        if (!p.low || (!run.isEmpty() && p.year != lastYear + 1)) {
            if (!run.isEmpty())
                runs << run;
            run.clear();
        }
        if (p.low) {
            run << p;
            lastYear = p.year;
        }
    }
    if (!run.isEmpty())
        runs << run;
    return runs;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

QChart *YearTrendChart::build(const QString &title, const QString &yAxisTitle, const QList<TrendSeries> &series,
                              const QString &footnote)
{
    auto *chart = new QChart;
    chart->setTitle(footnote.isEmpty() ? title
                                       : QStringLiteral("<b>%1</b><br><small>%2</small>")
                                                 .arg(title.toHtmlEscaped(), footnote.toHtmlEscaped()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    xAxis->setTitleText(QObject::tr("Reporting year"));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(yAxisTitle);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    int minYear = 9999;
    int maxYear = 0;
    double maxValue = 0;
    for (const TrendSeries &s : series) {
        bool first = true;
        for (const QList<TrendSeries::Point> &run : runsOf(s.points)) {
            auto *line = new QLineSeries;
            auto *upper = new QLineSeries;
            bool hasRange = false;
            for (const TrendSeries::Point &p : run) {
                line->append(p.year, *p.low);
                upper->append(p.year, p.high.value_or(*p.low));
                hasRange = hasRange || p.high.value_or(*p.low) != *p.low;
                minYear = std::min(minYear, p.year);
                maxYear = std::max(maxYear, p.year);
                maxValue = std::max(maxValue, p.high.value_or(*p.low));
            }
            line->setName(s.name);
            line->setPen(QPen(s.color, 2));
            line->setPointsVisible(true);
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
            if (!first)
                hideFromLegend(chart, line);
            if (hasRange) {
                auto *band = new QAreaSeries(upper, new QLineSeries);
                for (const TrendSeries::Point &p : run)
                    band->lowerSeries()->append(p.year, *p.low);
                QColor fill = s.color;
                fill.setAlpha(70);
                band->setBrush(fill);
                band->setPen(QPen(s.color, 1, Qt::DashLine));
                band->setName(QObject::tr("%1 (range)").arg(s.name));
                chart->addSeries(band);
                band->attachAxis(xAxis);
                band->attachAxis(yAxis);
                hideFromLegend(chart, band);
            } else {
                delete upper;
            }
            first = false;
        }
    }
    if (maxYear == 0) {
        minYear = 2010;
        maxYear = 2025;
    }
    // Whole years only: one tick a year while that reads, else every few years.
    const int span = std::max(1, maxYear - minYear);
    int step = 1;
    while (span / step > 12)
        ++step;
    xAxis->setRange(minYear - 0.5, maxYear + 0.5);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(minYear);
    xAxis->setTickInterval(step);
    const double top = maxValue <= 4 ? 4 : std::ceil(maxValue * 1.1);
    yAxis->setRange(0, top);
    yAxis->applyNiceNumbers();
    return chart;
}
