#pragma once

#include "app/metrics/metricsfilter.h"
#include "app/metrics/yearsummary.h"
#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>

// The one place that computes statewide figures by year: the summary command, the charts and
// the meeting packet all read them from here.
//
// Compliance for year Y = agencies that filed for Y / agencies due for Y. An agency is due from
// the first year it has on record until the year its CLETS service ended (inclusive); a due year
// with no report counts as not filed. Sums add the figures of filed reports of due agencies.
class StatewideMetrics
{
public:
    explicit StatewideMetrics(QSqlDatabase db);

    // Each fails with SQLite's message when the file cannot be read: a failed read is never an
    // empty history.
    using Categories = QMap<int, QMap<QString, qint64>>;
    using Outcomes = QMap<int, QMap<QString, std::optional<qint64>>>;

    Result<QList<YearSummary>> byYear(const MetricsFilter &filter = {}) const;
    // Violations by misuse category, summed over the filed reports of due agencies that gave
    // categories; a year no such report covers is absent. Code -> sum.
    Result<Categories> categoriesByYear(const MetricsFilter &filter = {}) const;
    // Outcomes (counseling, ..., no action) by year, summed where reported; unset where no
    // filed report of the year gave that outcome.
    Result<Outcomes> outcomesByYear(const MetricsFilter &filter = {}) const;

    // How compliance is defined, in words, for every place that shows the figure.
    static QString complianceDefinition();

private:
    Status run(QSqlQuery &query, const QString &sql, const MetricsFilter &filter) const;
    QSqlDatabase m_db;
};
