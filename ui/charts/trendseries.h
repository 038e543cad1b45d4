#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

// One line of a year-by-year chart. A year whose value is unset is a gap, never zero; a year
// whose low and high differ is drawn as a band.
struct TrendSeries
{
    struct Point
    {
        int year = 0;
        std::optional<double> low;
        std::optional<double> high; // equal to low unless the figure is a range
    };

    QString name;
    QColor color;
    QList<Point> points;
};
