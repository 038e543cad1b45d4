#include "app/charts/agencyseries.h"

#include <QCoreApplication>

#include <algorithm>

namespace cac {

std::optional<std::pair<double, double>> AgencySeries::value(const MisuseReport &r, Metric metric)
{
    if (!r.filed.value_or(false))
        return std::nullopt;
    switch (metric) {
    case Metric::Investigations:
        return r.investigations ? std::optional(std::pair<double, double>(*r.investigations, *r.investigations)) : std::nullopt;
    case Metric::Violations:
        return r.violations ? std::optional(std::pair<double, double>(r.violations->low, r.violations->high)) : std::nullopt;
    case Metric::Individuals:
        return r.individuals ? std::optional(std::pair<double, double>(*r.individuals, *r.individuals)) : std::nullopt;
    }
    return std::nullopt;
}

QList<ChartData::Point> AgencySeries::points(const AgencyHistory &history, Metric metric, double scale, std::optional<int> from,
                                             std::optional<int> to)
{
    QList<ChartData::Point> list;
    if (history.reports.isEmpty())
        return list;
    const int first = std::max(history.reports.first().year, from.value_or(0));
    const int last = to.value_or(history.reports.last().year);
    for (int year = first; year <= last; ++year) {
        const MisuseReport *report = history.report(year);
        if (!report) {
            if (history.isDue(year))
                list.append({year, std::nullopt, std::nullopt});
            continue;
        }
        const auto v = value(*report, metric);
        if (v && scale > 0 && scale != 1) { // per 100 staff: the count and the staff behind it
            const QString count =
                    v->first == v->second ? QString::number(v->first) : QStringLiteral("%1–%2").arg(v->first).arg(v->second);
            list.append(
                    {year, v->first * scale, v->second * scale,
                     QCoreApplication::translate("AgencySeries", "%1 among %2 sworn staff").arg(count).arg(qRound(100 / scale))});
        } else if (v && scale > 0)
            list.append({year, v->first * scale, v->second * scale});
        else
            list.append({year, std::nullopt, std::nullopt});
    }
    return list;
}

} // namespace cac
