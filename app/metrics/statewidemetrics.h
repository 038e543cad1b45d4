#pragma once

#include "app/metrics/metricsfilter.h"
#include "app/metrics/yearsummary.h"

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>

// The one place that computes statewide figures by year: the summary command, the charts and
// the letters all read them from here.
//
// Compliance for year Y = agencies that filed for Y / agencies due for Y. An agency is due from
// the first year it has on record until the year its CLETS service ended (inclusive); a due year
// with no report counts as not filed. Sums add the figures of filed reports of due agencies.
class StatewideMetrics
{
public:
    explicit StatewideMetrics(QSqlDatabase db);

    QList<YearSummary> byYear(const MetricsFilter &filter = {}) const;
    // Violations by misuse category, summed over the filed reports of due agencies that gave
    // categories; a year no such report covers is absent. Code -> sum.
    QMap<int, QMap<QString, qint64>> categoriesByYear(const MetricsFilter &filter = {}) const;
    // Outcomes (counseling, ..., no action) by year, summed where reported; unset where no
    // filed report of the year gave that outcome.
    QMap<int, QMap<QString, std::optional<qint64>>> outcomesByYear(const MetricsFilter &filter = {}) const;
    QString lastError() const { return m_lastError; }

    // How compliance is defined, in words, for every place that shows the figure.
    static QString complianceDefinition();

private:
    bool run(QSqlQuery &query, const QString &sql, const MetricsFilter &filter) const;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};
