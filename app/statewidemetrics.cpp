#include "statewidemetrics.h"

#include "db/outcome.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The agencies a figure covers, each due from its first year on record to the year its service
// ended: shared by every query below, so every figure counts the same agencies.
const QString SubjectCte = QStringLiteral(R"(
subject AS (
    SELECT a.id, min(r.year) AS first_year,
           CAST(strftime('%Y', a.service_end_date) AS INTEGER) AS last_year
    FROM agency a JOIN misuse_report r ON r.agency_id = a.id
    WHERE (:kind IS NULL OR a.kind = :kind) AND (:county IS NULL OR a.county = :county)
      AND (:parent IS NULL OR a.parent_org = :parent)
    GROUP BY a.id))");

// A filed report of a due agency, within the years asked for.
const QString CountedReport = QStringLiteral(R"(
    r.filed = 1 AND r.year >= s.first_year AND (s.last_year IS NULL OR r.year <= s.last_year)
    AND (:from IS NULL OR r.year >= :from) AND (:to IS NULL OR r.year <= :to))");

const QString ByYearSql = QStringLiteral("WITH RECURSIVE ") + SubjectCte + QStringLiteral(R"(,
bounds AS (
    SELECT max(min(first_year), coalesce(:from, 0)) AS lo,
           min((SELECT max(year) FROM misuse_report), coalesce(:to, 9999)) AS hi
    FROM subject),
years(y) AS (
    SELECT lo FROM bounds WHERE lo IS NOT NULL AND lo <= hi
    UNION ALL SELECT y + 1 FROM years, bounds WHERE y < hi),
due AS (
    SELECT y, count(*) AS n FROM years
    JOIN subject ON y >= first_year AND (last_year IS NULL OR y <= last_year)
    GROUP BY y),
filed AS (
    SELECT r.year AS y, count(*) AS n,
           sum(r.investigations) AS inv, count(r.investigations) AS inv_n,
           sum(r.violations_low) AS vlo, sum(r.violations_high) AS vhi, count(r.violations_low) AS v_n,
           sum(r.individuals) AS ind, count(r.individuals) AS ind_n
    FROM misuse_report r JOIN subject s ON s.id = r.agency_id
    WHERE )") + CountedReport + QStringLiteral(R"(
    GROUP BY r.year)
SELECT years.y, coalesce(due.n, 0), coalesce(filed.n, 0), filed.inv, coalesce(filed.inv_n, 0),
       filed.vlo, filed.vhi, coalesce(filed.v_n, 0), filed.ind, coalesce(filed.ind_n, 0)
FROM years LEFT JOIN due ON due.y = years.y LEFT JOIN filed ON filed.y = years.y
ORDER BY years.y
)");

const QString CategoriesSql = QStringLiteral("WITH ") + SubjectCte + QStringLiteral(R"(
SELECT r.year, c.category, sum(c.count)
FROM misuse_report r JOIN subject s ON s.id = r.agency_id JOIN report_category c ON c.report_id = r.id
WHERE )") + CountedReport + QStringLiteral(R"(
GROUP BY r.year, c.category
)");

QString outcomesSql()
{
    QStringList sums;
    for (const QString &code : Outcome::codes())
        sums << QStringLiteral("sum(r.%1)").arg(code);
    return QStringLiteral("WITH ") + SubjectCte + QStringLiteral("\nSELECT r.year, ") + sums.join(QStringLiteral(", "))
            + QStringLiteral("\nFROM misuse_report r JOIN subject s ON s.id = r.agency_id\nWHERE ") + CountedReport
            + QStringLiteral("\nGROUP BY r.year ORDER BY r.year");
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant yearOrNull(const std::optional<int> &y)
{
    return y ? QVariant(*y) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<qint64> sumOrUnknown(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

StatewideMetrics::StatewideMetrics(QSqlDatabase db) : m_db(db) {}

bool StatewideMetrics::run(QSqlQuery &q, const QString &sql, const MetricsFilter &filter) const
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.bindValue(QStringLiteral(":kind"), textOrNull(filter.kind));
    q.bindValue(QStringLiteral(":county"), textOrNull(filter.county));
    q.bindValue(QStringLiteral(":parent"), textOrNull(filter.parentOrg));
    q.bindValue(QStringLiteral(":from"), yearOrNull(filter.fromYear));
    q.bindValue(QStringLiteral(":to"), yearOrNull(filter.toYear));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    m_lastError.clear();
    return true;
}

QMap<int, QMap<QString, qint64>> StatewideMetrics::categoriesByYear(const MetricsFilter &filter) const
{
    QMap<int, QMap<QString, qint64>> years;
    QSqlQuery q(m_db);
    if (run(q, CategoriesSql, filter)) {
        while (q.next())
            years[q.value(0).toInt()].insert(q.value(1).toString(), q.value(2).toLongLong());
    }
    return years;
}

QMap<int, QMap<QString, std::optional<qint64>>> StatewideMetrics::outcomesByYear(const MetricsFilter &filter) const
{
    QMap<int, QMap<QString, std::optional<qint64>>> years;
    QSqlQuery q(m_db);
    if (run(q, outcomesSql(), filter)) {
        while (q.next()) {
            QMap<QString, std::optional<qint64>> &year = years[q.value(0).toInt()];
            for (int i = 0; i < Outcome::codes().size(); ++i)
                year.insert(Outcome::codes().at(i), sumOrUnknown(q.value(1 + i)));
        }
    }
    return years;
}

QList<YearSummary> StatewideMetrics::byYear(const MetricsFilter &filter) const
{
    QList<YearSummary> years;
    QSqlQuery q(m_db);
    if (!run(q, ByYearSql, filter))
        return years;
    while (q.next()) {
        YearSummary s;
        s.year = q.value(0).toInt();
        s.agenciesDue = q.value(1).toInt();
        s.agenciesFiled = q.value(2).toInt();
        s.investigations = sumOrUnknown(q.value(3));
        s.investigationsReported = q.value(4).toInt();
        s.violationsLow = sumOrUnknown(q.value(5));
        s.violationsHigh = sumOrUnknown(q.value(6));
        s.violationsReported = q.value(7).toInt();
        s.individuals = sumOrUnknown(q.value(8));
        s.individualsReported = q.value(9).toInt();
        years.append(s);
    }
    return years;
}

QString StatewideMetrics::complianceDefinition()
{
    return QCoreApplication::translate(
            "StatewideMetrics",
            "Compliance = agencies that filed for the year / agencies due for the year. An agency is due "
            "from its first year on record until its CLETS service ended; a due year with no report "
            "counts as not filed.");
}
