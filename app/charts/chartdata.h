#pragma once

#include <QList>
#include <QMap>
#include <QHash>
#include <QString>

#include <optional>

namespace cac {

// A chart as numbers, before any drawing: what the metrics give, what the chart draws, what the
// CSV export writes. A year whose value is unset is a gap, never zero; a value whose low and high
// differ is a range, drawn as a band.
struct ChartData
{
    enum class Style { Lines, StackedBars };

    struct Point
    {
        int year = 0;
        std::optional<double> low;
        std::optional<double> high; // equal to low unless the figure is a range
        // What the value stands on, for a tooltip: the counts behind a rate ("143 of 151
        // agencies due filed"), how many reports gave a sum. Empty where the value says it all.
        QString detail = {};
    };
    struct Series
    {
        QString name;
        QList<Point> points;
        // Hidden by the user (a legend click): left out of the drawing and of the axis's range,
        // its legend entry kept, greyed, to show it again. Never drawn as zeros.
        bool hidden = false;
    };

    QString title;
    QString yTitle;
    QString unit = {}; // after a value in tooltips: "%", " per 100 staff"; empty for counts
    QString footnote;  // data source, date, demo notice, definitions
    Style style = Style::Lines;
    QList<Series> series;
    bool demo = false;
    double yMaximum = 0; // 0: fit the values; 100 for percentages
    // The horizontal axis: years unless labels are given (e.g. weeks around a deadline), in which
    // case a point's "year" is the key of its label.
    QString xTitle;
    QMap<int, QString> xLabels;

    // The years any series covers, in order.
    QList<int> years() const;
    // Each series' points by year, in the order of `series`: what the exports write a row of.
    QList<QHash<int, Point>> pointsByYear() const;
};

} // namespace cac
