#pragma once

#include "app/metrics/metricsfilter.h"
#include "db/model/yearsummary.h"
#include "db/import/importsummary.h"
#include "db/model/yearrollup.h"
#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cac {

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

    // Keeps the statewide figures in year_rollup, so that charts read a row a year: called after a
    // write that changes many reports (an import). Other writes empty it through the schema's
    // triggers, and reads then compute the figures from the reports, never writing.
    Status keepStatewide();
    // After an import: keeps them if it changed reports. Not keeping them is no error: the
    // figures are then computed from the reports.
    void keepAfter(const ImportSummary &import);
    // How compliance is defined, in words, for every place that shows the figure.
    static QString complianceDefinition();

private:
    // A filter on agencies (kind, county, parent) is computed from the reports each time; the
    // statewide figures are read from year_rollup while it is kept (keepStatewide).
    static bool isStatewide(const MetricsFilter &filter);
    Result<QList<YearRollup>> kept(const MetricsFilter &filter) const;
    Result<QList<YearRollup>> computeStatewide() const;
    // `moreSums`: columns whose sums the filed reports' query also gives, handed by year to
    // `readMore` with the query's row (from column 9).
    Result<QList<YearSummary>> computeByYear(const MetricsFilter &filter, const QStringList &moreSums = {},
                                             const std::function<void(int, const QSqlQuery &)> &readMore = {}) const;
    Result<Categories> computeCategories(const MetricsFilter &filter) const;
    Result<Outcomes> computeOutcomes(const MetricsFilter &filter) const;
    Status run(QSqlQuery &query, const QString &sql, const MetricsFilter &filter) const;
    QSqlDatabase m_db;
};

} // namespace cac
