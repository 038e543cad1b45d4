#pragma once

#include "app/charts/agencyseries.h"

#include "chartdata.h"

#include "app/metrics/metricsfilter.h"
#include "db/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cac {

// Turns the metrics into charts: the statewide trends (compliance, activity, categories,
// outcomes) from StatewideMetrics, the same function the summary uses, and the comparison of
// agencies (side by side, or one against the median of its peers). The statewide sums are
// StatewideMetrics' alone; the one figure worked out here is the peers' median.
class ChartDataBuilder
{
public:
    using Metric = AgencySeries::Metric;

    ChartDataBuilder(QSqlDatabase db, QString sourceName);

    // Each fails, with why, when the file cannot be read or an ORI names no agency.
    Result<ChartData> compliance(const MetricsFilter &filter) const;
    Result<ChartData> activity(const MetricsFilter &filter) const;
    Result<ChartData> categories(const MetricsFilter &filter) const;
    Result<ChartData> outcomes(const MetricsFilter &filter) const;
    // 2 to 8 agencies by ORI; `per100` divides by sworn staff (unknown staff: a gap).
    Result<ChartData> compare(const QStringList &oris, Metric metric, bool per100, const MetricsFilter &filter) const;
    // One agency against the median of its peers: same kind, same size band.
    Result<ChartData> againstPeers(const QString &ori, Metric metric, bool per100, const MetricsFilter &filter) const;

    static QString metricName(Metric metric);

private:
    Result<ChartData> base(const QString &title, const QString &yTitle, const MetricsFilter &filter) const;
    QSqlDatabase m_db;
    QString m_source;
};

} // namespace cac
