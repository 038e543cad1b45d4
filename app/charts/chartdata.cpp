#include "chartdata.h"

#include <QSet>

#include <algorithm>

namespace cac {

QList<int> ChartData::years() const
{
    QSet<int> set;
    for (const Series &s : series) {
        for (const Point &p : s.points)
            set.insert(p.year);
    }
    QList<int> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QList<QHash<int, ChartData::Point>> ChartData::pointsByYear() const
{
    QList<QHash<int, Point>> byYear;
    for (const Series &s : series) {
        QHash<int, Point> points;
        for (const Point &p : s.points)
            points.insert(p.year, p);
        byYear << points;
    }
    return byYear;
}

} // namespace cac
