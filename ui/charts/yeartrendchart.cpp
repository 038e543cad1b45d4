#include "yeartrendchart.h"

#include "charthovertip.h"
#include "chartpalette.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace cac {

namespace {

using Point = ChartData::Point;

// Which series of the ChartData a drawn series or bar set shows: for its legend entry.
const char *const SeriesIndex = "cacSeriesIndex";

QList<QList<Point>> runsOf(const QList<Point> &points)
{
    QList<QList<Point>> runs;
    QList<Point> run;
    int lastYear = 0;
    for (const Point &p : points) {
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

// The footnote in lines of at most `width` characters: a chart title does not wrap by itself,
// it cuts the text short.
QString wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// The title with the footnote wrapped to the chart's width, again whenever the width changes:
// a narrow chart (the profile at 1024 px) would cut a footnote wrapped for a wide one.
void setTitle(QChart *chart, const ChartData &data)
{
    const QString title = data.title.toHtmlEscaped();
    const QString footnote = data.footnote;
    const auto place = [chart, title, footnote] {
        QFont small = chart->titleFont();
        small.setPointSizeF(small.pointSizeF() * 0.83); // <small>
        const double width = chart->rect().width() > 0 ? chart->rect().width() - 40 : 600;
        const int characters = std::max(30, int(width / QFontMetricsF(small).averageCharWidth()));
        chart->setTitle(
                QStringLiteral("<b>%1</b><br><small>%2</small>").arg(title, wrapped(footnote, std::min(characters, 110))));
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QValueAxis *valueAxis(const QString &title, double maxValue, double fixedMaximum)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    if (fixedMaximum > 0) {
        axis->setRange(0, fixedMaximum);
        axis->setTickCount(6);
    } else {
        axis->setRange(0, maxValue <= 4 ? 4 : std::ceil(maxValue * 1.1));
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(maxValue < 10 && maxValue != std::floor(maxValue) ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    return axis;
}

QChart *buildLines(const ChartData &data)
{
    auto *chart = new QChart;
    setTitle(chart, data);
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(QCoreApplication::translate("YearTrendChart", "Reporting year"));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    int minYear = 9999;
    int maxYear = 0;
    double maxValue = 0;
    QList<QAbstractSeries *> added;
    QList<QAbstractSeries *> hidden;
    // The axis spans every year given, known or not: trailing unknown years show as a gap.
    for (const ChartData::Series &s : data.series) {
        for (const Point &p : s.points) {
            minYear = std::min(minYear, p.year);
            maxYear = std::max(maxYear, p.year);
        }
    }
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartData::Series &s = data.series.at(i);
        const QColor color = ChartPalette::color(i);
        bool first = true;
        for (const QList<Point> &run : runsOf(s.points)) {
            auto *line = new QLineSeries;
            bool hasRange = false;
            for (const Point &p : run) {
                line->append(p.year, *p.low);
                hasRange = hasRange || p.high.value_or(*p.low) != *p.low;
                minYear = std::min(minYear, p.year);
                maxYear = std::max(maxYear, p.year);
                if (!s.hidden) // a hidden series does not set the axis's range
                    maxValue = std::max(maxValue, p.high.value_or(*p.low));
            }
            if (first)
                line->setProperty(SeriesIndex, i); // the run that carries the series' legend entry
            // Qt Charts draws legend labels as rich text: escaped, a name prints as written.
            line->setName(s.name.toHtmlEscaped());
            line->setPen(QPen(color, 2));
            line->setPointsVisible(true);
            chart->addSeries(line);
            added << line;
            if (!first)
                hideFromLegend(chart, line);
            if (s.hidden)
                hidden << line;
            if (hasRange) {
                auto *upper = new QLineSeries;
                auto *lower = new QLineSeries;
                for (const Point &p : run) {
                    upper->append(p.year, p.high.value_or(*p.low));
                    lower->append(p.year, *p.low);
                }
                auto *band = new QAreaSeries(upper, lower);
                // QAreaSeries does not own its edges: the band does, or they leak with every chart.
                upper->setParent(band);
                lower->setParent(band);
                QColor fill = color;
                fill.setAlpha(70);
                band->setBrush(fill);
                band->setPen(QPen(color, 1, Qt::DashLine));
                band->setName(QCoreApplication::translate("YearTrendChart", "%1 (range)").arg(s.name.toHtmlEscaped()));
                chart->addSeries(band);
                added << band;
                hideFromLegend(chart, band);
                if (s.hidden)
                    hidden << band;
            }
            first = false;
        }
    }
    if (maxYear == 0) {
        minYear = 2010;
        maxYear = 2025;
    }
    auto *yAxis = valueAxis(data.yTitle, maxValue, data.yMaximum);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : added) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    for (QAbstractSeries *s : hidden)
        s->setVisible(false);
    // Whole years only: one tick a year while that reads, else every few years.
    int step = 1;
    while ((maxYear - minYear) / step > 12)
        ++step;
    xAxis->setRange(minYear - 0.5, maxYear + 0.5);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(minYear);
    xAxis->setTickInterval(step);
    return chart;
}

// The years of a bar chart, first to last with none skipped, so that a year without figures
// stands as an empty place rather than vanishing between its neighbours.
QList<int> everyYear(const ChartData &data)
{
    const QList<int> years = data.years();
    QList<int> all;
    for (int y = years.isEmpty() ? 1 : years.first(); !years.isEmpty() && y <= years.last(); ++y)
        all << y;
    return all;
}

bool knownIn(const ChartData &data, int year)
{
    return std::any_of(data.series.cbegin(), data.series.cend(), [year](const ChartData::Series &s) {
        return std::any_of(s.points.cbegin(), s.points.cend(), [year](const Point &p) { return p.year == year && p.low; });
    });
}

QChart *buildStackedBars(const ChartData &data)
{
    auto *chart = new QChart;
    const QList<int> years = everyYear(data);
    // A year no series knows a value for has no bar, which would read as zero: the footnote
    // names it as not reported.
    QStringList unknown;
    for (const int y : years) {
        if (!knownIn(data, y))
            unknown << QString::number(y);
    }
    ChartData noted = data;
    if (!unknown.isEmpty())
        noted.footnote += QLatin1Char(' ') +
                QCoreApplication::translate("YearTrendChart", "No report gave these figures for %1.")
                        .arg(unknown.join(QStringLiteral(", ")));
    setTitle(chart, noted);
    auto *bars = new QStackedBarSeries;
    QList<double> totals(years.size(), 0);
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartData::Series &s = data.series.at(i);
        auto *set = new QBarSet(s.name.toHtmlEscaped()); // a legend label is rich text
        set->setProperty(SeriesIndex, i);
        set->setColor(ChartPalette::color(i));
        set->setBorderColor(ChartPalette::color(i));
        for (int y = 0; y < years.size(); ++y) {
            double v = 0; // unknown: no segment (and the footnote or the tooltip says so)
            for (const Point &p : s.points) {
                if (p.year == years.at(y) && p.low && !s.hidden) // hidden: taken out of the stack
                    v = *p.low;
            }
            *set << v;
            totals[y] += v;
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    // The bars stand on a category axis, which Qt 6.4 cuts to "…" when its labels are wider
    // than a bar, even at an angle: that axis is hidden, and a year axis beside it labels the
    // bars as the line charts do, every year or every few years.
    auto *categories = new QBarCategoryAxis;
    for (const int y : years)
        categories->append(data.xLabels.value(y, QString::number(y)));
    categories->setVisible(false);
    int step = 1;
    while (years.size() / step > 12)
        ++step;
    QValueAxis *xAxis = nullptr;
    if (data.xLabels.isEmpty()) {
        xAxis = new QValueAxis;
        xAxis->setLabelFormat(QStringLiteral("%d"));
        if (!years.isEmpty()) {
            xAxis->setRange(years.first() - 0.5, years.last() + 0.5);
            xAxis->setTickType(QValueAxis::TicksDynamic);
            xAxis->setTickAnchor(years.first());
            xAxis->setTickInterval(step);
        }
    } else {
        // Labels of their own (the weeks of the filing chart): every few, each at its bar.
        auto *labelled = new QCategoryAxis;
        labelled->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        labelled->setStartValue(-0.5);
        for (int i = 0; i < years.size(); i += step)
            labelled->append(data.xLabels.value(years.at(i), QString::number(years.at(i))), i);
        labelled->setRange(-0.5, years.size() - 0.5);
        xAxis = labelled;
    }
    xAxis->setTitleText(data.xTitle.isEmpty() ? QCoreApplication::translate("YearTrendChart", "Reporting year") : data.xTitle);
    xAxis->setGridLineVisible(false);
    auto *yAxis = valueAxis(data.yTitle, totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()), data.yMaximum);
    // Many series: a legend on the right gives each name its own line instead of cutting it.
    if (data.series.size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(yAxis);
    return chart;
}

// Qt Charts' attached legend is one row that cuts long names short ("Corvina Bay Police
// Depa…", the ORI lost). When the names do not fit in one row across the chart, the legend
// goes below the plot instead, one entry a line across the chart's width, the plot making
// room for it: names print whole. Short names keep the one row.
void placeLegendBelow(QChart *chart)
{
    QLegend *legend = chart->legend();
    legend->setBackgroundVisible(false);
    const QMargins plotMargins = chart->margins();
    const auto place = [chart, legend, plotMargins] {
        const QFontMetricsF metrics(legend->font());
        int entries = 0;
        double row = 0; // the width of the names in one row, with their markers
        for (const QLegendMarker *marker : legend->markers()) {
            if (!marker->isVisible())
                continue;
            ++entries;
            QTextDocument label;
            label.setHtml(marker->label());
            row += metrics.horizontalAdvance(label.toPlainText()) + 3 * metrics.height();
        }
        const QRectF area = chart->rect();
        if (area.width() <= 0)
            return; // not laid out yet: the legend stays as Qt places it until the chart has a size
        if (row < area.width() * 0.9) {
            if (!legend->isAttachedToChart()) {
                chart->setMargins(plotMargins);
                legend->attachToChart();
            }
            legend->setAlignment(Qt::AlignBottom);
            return;
        }
        if (legend->isAttachedToChart())
            legend->detachFromChart();
        legend->setAlignment(Qt::AlignLeft); // a detached legend set on the left lists its entries downwards
        const double height = entries * metrics.height() * 2.0 + 8; // the markers' own padding included
        chart->setMargins(
                QMargins(plotMargins.left(), plotMargins.top(), plotMargins.right(), plotMargins.bottom() + int(height)));
        legend->setGeometry(QRectF(area.left() + 12, area.bottom() - height - 4, area.width() - 24, height));
        legend->update();
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, legend, place);
    place();
}

} // namespace

QString YearTrendChart::number(double v)
{
    return QLocale().toString(v, 'f', std::floor(v) == v ? 0 : 1);
}

namespace {

// No shaping: "fi" stays two letters rather than a ligature glyph, so a chart's words
// ("filed", "fictional") can be searched and copied in a PDF, alone or in a packet.
void unshapeFonts(QChart *chart)
{
    const auto unshaped = [](QFont font) {
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    };
    chart->setTitleFont(unshaped(chart->titleFont()));
    chart->legend()->setFont(unshaped(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(unshaped(axis->labelsFont()));
        axis->setTitleFont(unshaped(axis->titleFont()));
    }
}

// A legend entry shows or hides its series when clicked; a hidden one stays in the legend,
// greyed, so that it can be shown again.
void connectLegend(QChart *chart, const ChartData &data, const YearTrendChart::LegendClick &clicked)
{
    for (QLegendMarker *marker : chart->legend()->markers()) {
        QObject *drawn = marker->series();
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            drawn = bar->barset();
        const QVariant index = drawn ? drawn->property(SeriesIndex) : QVariant();
        if (!index.isValid()) // a later run of a line, or a range band: no legend entry of its own
            continue;
        if (data.series.value(index.toInt()).hidden) {
            marker->setVisible(true); // hiding a series hides its entry too: shown, greyed
            marker->setLabelBrush(QColor(0x90, 0x90, 0x90));
            marker->setBrush(QColor(0xd0, 0xd0, 0xd0));
        }
        if (clicked)
            QObject::connect(marker, &QLegendMarker::clicked, chart, [clicked, i = index.toInt()] { clicked(i); });
    }
}

} // namespace

QChart *YearTrendChart::build(const ChartData &data, const LegendClick &legendClicked)
{
    QChart *chart = data.style == ChartData::Style::StackedBars ? buildStackedBars(data) : buildLines(data);
    unshapeFonts(chart);
    connectLegend(chart, data, legendClicked);
    ChartHoverTip::keep(chart, data);
    // One series: the title says what it is, and a legend would only take room.
    chart->legend()->setVisible(data.series.size() > 1);
    if (data.style != ChartData::Style::StackedBars && data.series.size() > 1)
        placeLegendBelow(chart);
    return chart;
}

} // namespace cac
