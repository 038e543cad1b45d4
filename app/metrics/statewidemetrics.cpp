#include "app/metrics/statewidemetrics.h"

#include "app/metrics/filingspan.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"
#include "db/sqlite/sqlvalue.h"
#include "db/stores/review/yearrollupstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace cac {

namespace {

// The agencies a figure covers: first year on record and the year service ended, for the due
// counts, which are made below in C++ from these few thousand rows.
const QString SubjectSql = QStringLiteral(R"(
SELECT min(r.year), )") +
        FilingSpan::endYearSql(QStringLiteral("a")) + QStringLiteral(R"(
FROM agency a JOIN misuse_report r ON r.agency_id = a.id
WHERE (CAST(:kind AS TEXT) IS NULL OR a.kind = :kind) AND (CAST(:county AS TEXT) IS NULL OR a.county = :county)
  AND (CAST(:parent AS TEXT) IS NULL OR a.parent_org = :parent)
GROUP BY a.id)");

// A filed report of a due agency (due: up to the year its service ended; a report is never
// before the agency's first year on record), within the years and agencies asked for. The
// sums read the misuse_report_rollup index alone.
QString countedReports()
{
    return QStringLiteral(R"(
FROM misuse_report r JOIN agency a ON a.id = r.agency_id
WHERE r.filed = 1 AND )") +
            FilingSpan::dueReportSql(QStringLiteral("r"), QStringLiteral("a")) + QStringLiteral(R"(
  AND (CAST(:kind AS TEXT) IS NULL OR a.kind = :kind) AND (CAST(:county AS TEXT) IS NULL OR a.county = :county)
  AND (CAST(:parent AS TEXT) IS NULL OR a.parent_org = :parent)
  AND (CAST(:from AS INTEGER) IS NULL OR r.year >= :from) AND (CAST(:to AS INTEGER) IS NULL OR r.year <= :to))");
}

// The filed reports' figures by year, and after them sum(r.<column>) of each of `moreSums`.
QString filedSql(const QStringList &moreSums)
{
    QString sums;
    for (const QString &column : moreSums) // fixed names of the schema, not input
        sums += QStringLiteral(", sum(r.%1)").arg(column);
    return QStringLiteral(R"(
SELECT r.year, count(*), sum(r.investigations), count(r.investigations),
       sum(r.violations_low), sum(r.violations_high), count(r.violations_low),
       sum(r.individuals), count(r.individuals))") +
            sums + countedReports() + QStringLiteral(" GROUP BY r.year");
}
constexpr int FirstMoreSum = 9;

// One row a year with sum(r.<column>) for each column, read from the rollup index like the
// other sums. A column no report of the year filled sums to NULL: unknown, never 0.
QString yearlySumsSql(const QStringList &columns)
{
    QStringList sums;
    for (const QString &column : columns) // fixed names of the schema, not input
        sums << QStringLiteral("sum(r.%1)").arg(column);
    return QStringLiteral("SELECT r.year, ") + sums.join(QStringLiteral(", ")) + countedReports() +
            QStringLiteral(" GROUP BY r.year ORDER BY r.year");
}

std::optional<qint64> sumOrUnknown(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

StatewideMetrics::StatewideMetrics(QSqlDatabase db) : m_db(db) {}

Status StatewideMetrics::run(QSqlQuery &q, const QString &sql, const MetricsFilter &filter) const
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::failure(q.lastError().text());
    q.bindValue(QStringLiteral(":kind"), SqlValue::ofText(filter.kind));
    q.bindValue(QStringLiteral(":county"), SqlValue::ofText(filter.county));
    q.bindValue(QStringLiteral(":parent"), SqlValue::ofText(filter.parentOrg));
    q.bindValue(QStringLiteral(":from"), SqlValue::of(filter.fromYear));
    q.bindValue(QStringLiteral(":to"), SqlValue::of(filter.toYear));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Result<StatewideMetrics::Categories> StatewideMetrics::computeCategories(const MetricsFilter &filter) const
{
    Categories years;
    QSqlQuery q(m_db);
    if (const Status status = run(q, yearlySumsSql(MisuseCategory::columns()), filter); !status.ok())
        return Result<Categories>::failure(status.error());
    while (q.next()) {
        QMap<QString, qint64> year;
        for (int i = 0; i < MisuseCategory::Count; ++i) {
            if (!q.value(1 + i).isNull())
                year.insert(MisuseCategory::codes().at(i), q.value(1 + i).toLongLong());
        }
        if (!year.isEmpty()) // a year no report gave categories for is not a year of zeros
            years.insert(q.value(0).toInt(), year);
    }
    if (q.lastError().isValid())
        return Result<Categories>::failure(q.lastError().text());
    return years;
}

Result<StatewideMetrics::Outcomes> StatewideMetrics::computeOutcomes(const MetricsFilter &filter) const
{
    Outcomes years;
    QSqlQuery q(m_db);
    if (const Status status = run(q, yearlySumsSql(Outcome::codes()), filter); !status.ok())
        return Result<Outcomes>::failure(status.error());
    while (q.next()) {
        QMap<QString, std::optional<qint64>> &year = years[q.value(0).toInt()];
        for (int i = 0; i < Outcome::codes().size(); ++i)
            year.insert(Outcome::codes().at(i), sumOrUnknown(q.value(1 + i)));
    }
    if (q.lastError().isValid())
        return Result<Outcomes>::failure(q.lastError().text());
    return years;
}

Result<QList<YearSummary>> StatewideMetrics::computeByYear(const MetricsFilter &filter, const QStringList &moreSums,
                                                           const std::function<void(int, const QSqlQuery &)> &readMore) const
{
    using R = Result<QList<YearSummary>>;
    QList<YearSummary> years;
    // Who is due when.
    QList<FilingSpan> subjects;
    QSqlQuery subject(m_db);
    if (const Status status = run(subject, SubjectSql, filter); !status.ok())
        return R::failure(status.error());
    int first = 9999;
    while (subject.next()) {
        const QVariant end = subject.value(1);
        subjects.append({subject.value(0).toInt(), end.isNull() ? std::nullopt : std::optional<int>(end.toInt())});
        first = std::min(first, subject.value(0).toInt());
    }
    if (subject.lastError().isValid())
        return R::failure(subject.lastError().text());
    if (subjects.isEmpty())
        return years; // no agency is due: no year to show
    QSqlQuery latest(m_db);
    if (!latest.exec(QStringLiteral("SELECT max(year) FROM misuse_report")) || !latest.next())
        return R::failure(latest.lastError().text());
    const int from = std::max(first, filter.fromYear.value_or(0));
    const int to = std::min(latest.value(0).toInt(), filter.toYear.value_or(9999));
    for (int y = from; y <= to; ++y) {
        YearSummary s;
        s.year = y;
        for (const FilingSpan &span : std::as_const(subjects)) {
            if (span.isDue(y))
                ++s.agenciesDue;
        }
        years.append(s);
    }
    // What the filed reports say.
    QSqlQuery q(m_db);
    if (const Status status = run(q, filedSql(moreSums), filter); !status.ok())
        return R::failure(status.error());
    while (q.next()) {
        const int index = q.value(0).toInt() - from;
        if (index < 0 || index >= years.size())
            continue;
        YearSummary &s = years[index];
        s.agenciesFiled = q.value(1).toInt();
        s.investigations = sumOrUnknown(q.value(2));
        s.investigationsReported = q.value(3).toInt();
        s.violationsLow = sumOrUnknown(q.value(4));
        s.violationsHigh = sumOrUnknown(q.value(5));
        s.violationsReported = q.value(6).toInt();
        s.individuals = sumOrUnknown(q.value(7));
        s.individualsReported = q.value(8).toInt();
        if (readMore)
            readMore(s.year, q);
    }
    if (q.lastError().isValid())
        return R::failure(q.lastError().text());
    return years;
}

Result<QList<YearSummary>> StatewideMetrics::byYear(const MetricsFilter &filter) const
{
    const Result<QList<YearRollup>> rollup = kept(filter);
    if (!rollup.ok())
        return Result<QList<YearSummary>>::failure(rollup.error());
    if (rollup.value().isEmpty())
        return computeByYear(filter);
    QList<YearSummary> years;
    for (const YearRollup &y : rollup.value()) {
        if (filter.coversYear(y.figures.year))
            years.append(y.figures);
    }
    return years;
}

Result<StatewideMetrics::Categories> StatewideMetrics::categoriesByYear(const MetricsFilter &filter) const
{
    const Result<QList<YearRollup>> rollup = kept(filter);
    if (!rollup.ok())
        return Result<Categories>::failure(rollup.error());
    if (rollup.value().isEmpty())
        return computeCategories(filter);
    Categories years;
    for (const YearRollup &y : rollup.value()) {
        QMap<QString, qint64> year;
        for (int c = 0; c < MisuseCategory::Count; ++c) {
            if (y.categories[c])
                year.insert(MisuseCategory::codes().at(c), *y.categories[c]);
        }
        if (filter.coversYear(y.figures.year) && !year.isEmpty())
            years.insert(y.figures.year, year);
    }
    return years;
}

Result<StatewideMetrics::Outcomes> StatewideMetrics::outcomesByYear(const MetricsFilter &filter) const
{
    const Result<QList<YearRollup>> rollup = kept(filter);
    if (!rollup.ok())
        return Result<Outcomes>::failure(rollup.error());
    if (rollup.value().isEmpty())
        return computeOutcomes(filter);
    Outcomes years;
    for (const YearRollup &y : rollup.value()) {
        if (!filter.coversYear(y.figures.year) || y.figures.agenciesFiled == 0) // no counted report, no row
            continue;
        QMap<QString, std::optional<qint64>> &year = years[y.figures.year];
        for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
            year.insert(Outcome::codes().at(i), y.outcomes[i]);
    }
    return years;
}

bool StatewideMetrics::isStatewide(const MetricsFilter &filter)
{
    return filter.kind.isEmpty() && filter.county.isEmpty() && filter.parentOrg.isEmpty();
}

Result<QList<YearRollup>> StatewideMetrics::kept(const MetricsFilter &filter) const
{
    // None for a filter on agencies, and none while a write has emptied them: the figures asked
    // for are then computed from the reports. A read never writes: a chart, a summary or a
    // packet leaves the file as it was.
    if (!isStatewide(filter))
        return QList<YearRollup>();
    return YearRollupStore(m_db).all();
}

Status StatewideMetrics::keepStatewide()
{
    // Computed inside one write transaction, so that no writer can slip in between the reading
    // and the keeping. A file that cannot be written keeps none, and is read the slow way.
    QSqlDatabase db = m_db; // the same connection, not const
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    const Result<QList<YearRollup>> computed = computeStatewide();
    const Status kept = computed.ok() ? YearRollupStore(db).replace(computed.value()) : Status::failure(computed.error());
    if (kept.ok() && db.commit())
        return kept;
    const QString why = kept.ok() ? db.lastError().text() : kept.error();
    db.rollback(); // also after a failed COMMIT, which leaves the transaction open
    return Status::failure(why);
}

void StatewideMetrics::keepAfter(const ImportSummary &import)
{
    if (import.succeeded() && !import.dryRun && import.reportsAdded + import.reportsChanged > 0)
        std::ignore = keepStatewide();
}

Result<QList<YearRollup>> StatewideMetrics::computeStatewide() const
{
    using R = Result<QList<YearRollup>>;
    // One pass over the reports for every figure: the outcomes' and categories' sums are read
    // from the same rows as the others.
    QHash<int, YearRollup> more;
    const auto readMore = [&more](int year, const QSqlQuery &row) {
        YearRollup &y = more[year];
        for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
            y.outcomes[i] = sumOrUnknown(row.value(FirstMoreSum + i));
        for (int c = 0; c < MisuseReport::CategoryCount; ++c)
            y.categories[c] = sumOrUnknown(row.value(FirstMoreSum + MisuseReport::OutcomeCount + c));
    };
    const Result<QList<YearSummary>> summaries = computeByYear({}, Outcome::codes() + MisuseCategory::columns(), readMore);
    if (!summaries.ok())
        return R::failure(summaries.error());
    QList<YearRollup> years;
    for (const YearSummary &s : summaries.value())
        years.append({s, more.value(s.year).outcomes, more.value(s.year).categories});
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

} // namespace cac
