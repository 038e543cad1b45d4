#include "app/metrics/agencyoverviewquery.h"

#include "app/metrics/filingspan.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
// Each figure is looked up per agency through the (agency_id, year) index, so the list costs a
// few index searches an agency whatever the number of reports (not a pass over all of them).
// "+r.filed": the unary plus keeps SQLite from choosing the rollup index (filed, year, ...) for
// that search, which would scan every filed report for each agency.
const QString OverviewSql = QStringLiteral(R"(
SELECT o.id, o.ori, o.name, o.kind, o.county, o.parent_org, o.first_year, o.end_year, o.last_filed,
       o.filed_this_year, l.investigations, l.violations_low, l.violations_high
FROM (
    SELECT a.id, a.ori, a.name, a.kind, a.county, a.parent_org,
           (SELECT min(r.year) FROM misuse_report r WHERE r.agency_id = a.id) AS first_year,
           )") +
        FilingSpan::endYearSql(QStringLiteral("a")) + QStringLiteral(R"( AS end_year,
           (SELECT max(r.year) FROM misuse_report r
            WHERE r.agency_id = a.id AND r.year <= :year AND +r.filed = 1) AS last_filed,
           coalesce((SELECT CASE WHEN r.filed = 1 THEN 1 ELSE 0 END FROM misuse_report r
                     WHERE r.agency_id = a.id AND r.year = :year), 0)
               AS filed_this_year
    FROM agency a WHERE CAST(:agency AS BIGINT) IS NULL OR a.id = :agency) o
LEFT JOIN misuse_report l ON l.agency_id = o.id AND l.year = o.last_filed
ORDER BY o.ori
)");
} // namespace

AgencyOverviewQuery::AgencyOverviewQuery(QSqlDatabase db) : m_db(db) {}

Result<QList<AgencyOverview>> AgencyOverviewQuery::load(int year) const
{
    return load(year, std::nullopt);
}

Result<std::optional<AgencyOverview>> AgencyOverviewQuery::loadOne(qint64 agencyId, int year) const
{
    const Result<QList<AgencyOverview>> one = load(year, agencyId);
    if (!one.ok())
        return Result<std::optional<AgencyOverview>>::failure(one.error());
    return one.value().isEmpty() ? std::nullopt : std::optional(one.value().first());
}

Result<QList<AgencyOverview>> AgencyOverviewQuery::load(int year, std::optional<qint64> agencyId) const
{
    QList<AgencyOverview> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(OverviewSql);
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":agency"), agencyId ? QVariant(*agencyId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return Result<QList<AgencyOverview>>::failure(q.lastError().text());
    while (q.next()) {
        AgencyOverview a;
        a.id = q.value(0).toLongLong();
        a.ori = q.value(1).toString();
        a.name = q.value(2).toString();
        a.kind = q.value(3).toString();
        a.county = q.value(4).toString();
        a.parentOrg = q.value(5).toString();
        const QVariant firstYear = q.value(6);
        const QVariant endYear = q.value(7);
        const FilingSpan span{firstYear.isNull() ? std::nullopt : std::optional<int>(firstYear.toInt()),
                              endYear.isNull() ? std::nullopt : std::optional<int>(endYear.toInt())};
        const bool due = span.isDue(year);
        const QVariant lastFiled = q.value(8);
        if (!due) {
            a.filing = AgencyOverview::Filing::NotDue;
        } else if (q.value(9).toInt() == 1) {
            a.filing = AgencyOverview::Filing::Filed;
        } else {
            a.filing = AgencyOverview::Filing::NotFiled;
            const int since = lastFiled.isNull() ? firstYear.toInt() - 1 : lastFiled.toInt();
            a.yearsNotFiled = year - since;
        }
        if (!lastFiled.isNull()) {
            a.latestYear = lastFiled.toInt();
            if (!q.value(10).isNull())
                a.latestInvestigations = q.value(10).toInt();
            if (!q.value(11).isNull())
                a.latestViolations = ViolationRange{q.value(11).toInt(), q.value(12).toInt()};
        }
        list.append(a);
    }
    if (q.lastError().isValid())
        return Result<QList<AgencyOverview>>::failure(q.lastError().text());
    return list;
}

Result<std::optional<int>> AgencyOverviewQuery::latestYear() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT max(year) FROM misuse_report")) || !q.next())
        return Result<std::optional<int>>::failure(q.lastError().text());
    return q.value(0).isNull() ? std::nullopt : std::optional(q.value(0).toInt());
}

} // namespace cac
