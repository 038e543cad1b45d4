#include "ui/charts/charthovertip.h"

#include "app/format/displaytext.h"
#include "ui/charts/yeartrendchart.h"

#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <QCoreApplication>

namespace cac {

namespace {

const char *const DataProperty = "cacChartData";

// The chart's visible value axis in `orientation` (the bar charts' category axis is hidden).
const QValueAxis *valueAxis(const QChart *chart, Qt::Orientation orientation)
{
    for (QAbstractAxis *axis : chart->axes(orientation)) {
        if (const auto *values = qobject_cast<const QValueAxis *>(axis); values && values->isVisible())
            return values;
    }
    return nullptr;
}

const ChartData::Point *pointAt(const ChartData::Series &series, int year)
{
    for (const ChartData::Point &p : series.points) {
        if (p.year == year)
            return &p;
    }
    return nullptr;
}

QString valueText(const ChartData::Point *p, const QString &unit)
{
    if (!p || !p->low)
        return QCoreApplication::translate("ChartHoverTip", "not reported");
    if (p->high && *p->high != *p->low)
        return YearTrendChart::number(*p->low) + QStringLiteral("–") + YearTrendChart::number(*p->high) + unit;
    return YearTrendChart::number(*p->low) + unit;
}

// Which shown series is nearest `value` at `year`: for lines the one whose point or band is
// closest; for stacked bars the segment that holds it. -1 if none.
int nearestSeries(const ChartData &data, int year, double value)
{
    int nearest = -1;
    double best = INFINITY;
    double stacked = 0;
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartData::Series &s = data.series.at(i);
        const ChartData::Point *p = pointAt(s, year);
        if (s.hidden || !p || !p->low)
            continue;
        if (data.style == ChartData::Style::StackedBars) {
            if (value >= stacked && value <= stacked + *p->low)
                return i;
            stacked += *p->low;
            continue;
        }
        const double high = p->high.value_or(*p->low);
        const double distance = value < *p->low ? *p->low - value : (value > high ? value - high : 0);
        if (distance < best) {
            best = distance;
            nearest = i;
        }
    }
    return nearest;
}

} // namespace

ChartHoverTip::ChartHoverTip(QChartView *view) : QObject(view), m_view(view) {}

void ChartHoverTip::keep(QChart *chart, const ChartData &data)
{
    chart->setProperty(DataProperty, QVariant::fromValue(data));
}

void ChartHoverTip::install(QChartView *view)
{
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(new ChartHoverTip(view));
}

bool ChartHoverTip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseMove && event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    const QPoint at = event->type() == QEvent::MouseMove ? static_cast<QMouseEvent *>(event)->position().toPoint()
                                                         : static_cast<QHelpEvent *>(event)->pos();
    const QChart *chart = m_view->chart();
    const QString tip = chart ? textAt(chart, chart->mapFromScene(m_view->mapToScene(at))) : QString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_view->viewport()->mapToGlobal(at), tip, m_view->viewport());
    return event->type() == QEvent::ToolTip;
}

QString ChartHoverTip::textAt(const QChart *chart, QPointF position)
{
    const QVariant stored = chart->property(DataProperty);
    const QRectF plot = chart->plotArea();
    const QValueAxis *x = valueAxis(chart, Qt::Horizontal);
    const QValueAxis *y = valueAxis(chart, Qt::Vertical);
    if (!stored.isValid() || !x || !y || plot.width() <= 0 || plot.height() <= 0 || !plot.contains(position))
        return QString();
    const ChartData data = stored.value<ChartData>();
    const double xValue = x->min() + (position.x() - plot.left()) / plot.width() * (x->max() - x->min());
    const double yValue = y->max() - (position.y() - plot.top()) / plot.height() * (y->max() - y->min());
    int year = 0;
    double distance = INFINITY;
    for (const int candidate : data.years()) {
        if (std::abs(candidate - xValue) < distance) {
            distance = std::abs(candidate - xValue);
            year = candidate;
        }
    }
    if (distance > 0.5)
        return QString();
    return text(data, year, nearestSeries(data, year, yValue));
}

QString ChartHoverTip::text(const ChartData &data, int year, int nearest)
{
    // Rich text, names escaped: a name that looks like markup prints as written.
    QStringList lines{QStringLiteral("<b>%1</b>").arg(data.xLabels.value(year, QString::number(year)).toHtmlEscaped())};
    double total = 0;
    int shown = 0;
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartData::Series &s = data.series.at(i);
        if (s.hidden)
            continue;
        const ChartData::Point *p = pointAt(s, year);
        QString line = QStringLiteral("%1: %2").arg(s.name.toHtmlEscaped(), valueText(p, data.unit).toHtmlEscaped());
        if (p && p->low && !p->detail.isEmpty())
            line += QStringLiteral(" (%1)").arg(p->detail.toHtmlEscaped());
        lines << (i == nearest ? QStringLiteral("<b>%1</b>").arg(line) : line);
        total += p && p->low ? *p->low : 0;
        ++shown;
    }
    if (data.style == ChartData::Style::StackedBars && shown > 1)
        lines << QCoreApplication::translate("ChartHoverTip", "Total shown: %1")
                         .arg(YearTrendChart::number(total) + data.unit)
                         .toHtmlEscaped();
    return QStringLiteral("<p style=\"white-space: pre\">%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

} // namespace cac
