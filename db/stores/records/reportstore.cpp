#include "db/stores/records/reportstore.h"

#include "db/model/misusecategory.h"
#include "db/engine/sqlexec.h"
#include "db/sqlite/sqlvalue.h"

#include <algorithm>

#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
const QString SelectReport =
        QStringLiteral("SELECT id, agency_id, year, filed, filed_date, investigations, violations_low, violations_high, "
                       "individuals, pending, counseling, reprimand, suspension, termination, resignation, criminal_charges, "
                       "no_action, notes, source_file, source_line, %1 FROM misuse_report ")
                .arg(MisuseCategory::columns().join(QStringLiteral(", ")));
constexpr int FirstCategoryColumn = 20;

MisuseReport reportFrom(const QSqlQuery &q)
{
    MisuseReport r;
    r.id = q.value(0).toLongLong();
    r.agencyId = q.value(1).toLongLong();
    r.year = q.value(2).toInt();
    if (!q.value(3).isNull())
        r.filed = q.value(3).toInt() != 0;
    r.filedDate = SqlValue::toDate(q.value(4));
    r.investigations = SqlValue::toInt(q.value(5));
    if (!q.value(6).isNull())
        r.violations = ViolationRange{q.value(6).toInt(), q.value(7).toInt()};
    r.individuals = SqlValue::toInt(q.value(8));
    r.pending = SqlValue::toInt(q.value(9));
    for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
        r.outcomes[i] = SqlValue::toInt(q.value(10 + i));
    r.notes = q.value(17).toString();
    r.sourceFile = q.value(18).toString();
    r.sourceLine = SqlValue::toInt(q.value(19));
    for (int c = 0; c < MisuseReport::CategoryCount; ++c)
        r.categories[c] = SqlValue::toInt(q.value(FirstCategoryColumn + c));
    return r;
}
} // namespace

ReportStore::ReportStore(QSqlDatabase db) : m_db(db) {}

Result<QList<MisuseReport>> ReportStore::select(const QString &where, const QVariantList &values) const
{
    return SqlExec::readAll<QList<MisuseReport>>(m_db, SelectReport + where, values,
                                                 [](auto &list, const QSqlQuery &row) { list.append(reportFrom(row)); });
}

Result<std::optional<MisuseReport>> ReportStore::find(qint64 agencyId, int year) const
{
    const Result<QList<MisuseReport>> found = select(QStringLiteral("WHERE agency_id = ? AND year = ?"), {agencyId, year});
    if (!found.ok())
        return Result<std::optional<MisuseReport>>::failure(found.error());
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().first());
}

Result<QList<MisuseReport>> ReportStore::forAgency(qint64 agencyId) const
{
    return select(QStringLiteral("WHERE agency_id = ? ORDER BY year"), {agencyId});
}

Result<QList<MisuseReport>> ReportStore::all() const
{
    return select(QStringLiteral("ORDER BY agency_id, year"), {});
}

Status ReportStore::each(const QString &where, const QVariantList &values,
                         const std::function<void(MisuseReport &&)> &visit) const
{
    return SqlExec::forEach(m_db, SelectReport + where, values, [&visit](const QSqlQuery &row) { visit(reportFrom(row)); });
}

Status ReportStore::eachOfYear(int year, const std::function<void(MisuseReport &&)> &visit) const
{
    return each(QStringLiteral("WHERE year = ? ORDER BY agency_id"), {year}, visit);
}

Result<QHash<qint64, EarlierReports>> ReportStore::earlierReports(int year, int zeroYears) const
{
    // Two aggregates in one statement (one snapshot): over every earlier report, the first year,
    // the last filed year, and the highest count with the first year it was reached (the count
    // times 10,000 plus (9,999 - year) is largest for the highest count, and among equal counts
    // for the earliest year); and over the filed reports of the last few years only, the recent
    // figures. Apart, the second reads a few years through an index instead of evaluating its
    // conditions on every report (0.21 s -> 0.14 s at 600,000 reports in sqlite3). Portable SQL
    // (no window function, no engine's own aggregate).
    const QString sql =
            QStringLiteral("SELECT 0, agency_id, min(year), max(CASE WHEN filed = 1 THEN year END), "
                           "max(CASE WHEN filed = 1 THEN CAST(violations_high AS BIGINT) * 10000 + (9999 - year) END), "
                           "0, 0, 0, 0, 0 "
                           "FROM misuse_report WHERE year < ? GROUP BY agency_id "
                           "UNION ALL "
                           "SELECT 1, agency_id, NULL, NULL, NULL, "
                           "count(CASE WHEN year >= ? THEN violations_low END), "
                           "sum(CASE WHEN year >= ? THEN violations_low END), "
                           "min(CASE WHEN year >= ? THEN violations_low END), "
                           "max(CASE WHEN year >= ? THEN violations_low END), "
                           "count(CASE WHEN year >= ? AND investigations = 0 THEN 1 END) "
                           "FROM misuse_report WHERE filed = 1 AND year >= ? AND year < ? GROUP BY agency_id");
    const int three = year - 3;
    const int zero = year - zeroYears + 1;
    const QVariantList values{year, three, three, three, three, zero, std::min(three, zero), year};
    return SqlExec::readAll<QHash<qint64, EarlierReports>>(m_db, sql, values, [](auto &all, const QSqlQuery &row) {
        EarlierReports &e = all[row.value(1).toLongLong()];
        if (row.value(0).toInt() == 0) {
            e.firstYear = row.value(2).toInt();
            e.lastFiledYear = SqlValue::toInt(row.value(3));
            if (!row.value(4).isNull()) {
                const qint64 top = row.value(4).toLongLong();
                e.maxViolations = int(top / 10000);
                e.maxViolationsYear = 9999 - int(top % 10000);
            }
            return;
        }
        e.recentLows = row.value(5).toInt();
        e.recentLowsSum = row.value(6).toLongLong();
        e.recentLowsMin = row.value(7).toInt();
        e.recentLowsMax = row.value(8).toInt();
        e.zeroInvestigationYears = row.value(9).toInt();
    });
}

Status ReportStore::eachOfPeers(const QString &kind, int minStaff, int maxStaff, qint64 except,
                                const std::function<void(MisuseReport &&)> &visit) const
{
    return each(QStringLiteral("WHERE agency_id IN (SELECT id FROM agency WHERE coalesce(kind, '') = ? "
                               "AND sworn_staff BETWEEN ? AND ? AND id <> ?) ORDER BY agency_id, year"),
                {kind, minStaff, maxStaff, except}, visit);
}

std::optional<std::pair<int, int>> ReportStore::yearRange() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT min(year), max(year) FROM misuse_report")) && q.next() && !q.value(0).isNull())
        return std::pair(q.value(0).toInt(), q.value(1).toInt());
    return std::nullopt;
}

} // namespace cac
