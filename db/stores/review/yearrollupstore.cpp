#include "db/stores/review/yearrollupstore.h"

#include "db/model/misusecategory.h"
#include "db/model/outcome.h"
#include "db/engine/sqlexec.h"

#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
// The columns in order: the figures, then the outcomes and the categories (schema names).
const QStringList &columns()
{
    static const QStringList list = QStringList{QStringLiteral("year"),
                                                QStringLiteral("agencies_due"),
                                                QStringLiteral("agencies_filed"),
                                                QStringLiteral("investigations"),
                                                QStringLiteral("investigations_reported"),
                                                QStringLiteral("violations_low"),
                                                QStringLiteral("violations_high"),
                                                QStringLiteral("violations_reported"),
                                                QStringLiteral("individuals"),
                                                QStringLiteral("individuals_reported")} +
            Outcome::codes() + MisuseCategory::columns();
    return list;
}
constexpr int FirstOutcome = 10;
constexpr int FirstCategory = FirstOutcome + MisuseReport::OutcomeCount;

std::optional<qint64> sum(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant cell(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

YearRollupStore::YearRollupStore(QSqlDatabase db) : m_db(db) {}

Result<QList<YearRollup>> YearRollupStore::all() const
{
    const QString sql = QStringLiteral("SELECT %1 FROM year_rollup ORDER BY year").arg(columns().join(QStringLiteral(", ")));
    return SqlExec::readAll<QList<YearRollup>>(m_db, sql, {}, [](auto &list, const QSqlQuery &row) {
        YearRollup y;
        y.figures = {row.value(0).toInt(), row.value(1).toInt(), row.value(2).toInt(), sum(row.value(3)), row.value(4).toInt(),
                     sum(row.value(5)),    sum(row.value(6)),    row.value(7).toInt(), sum(row.value(8)), row.value(9).toInt()};
        for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
            y.outcomes[i] = sum(row.value(FirstOutcome + i));
        for (int c = 0; c < MisuseReport::CategoryCount; ++c)
            y.categories[c] = sum(row.value(FirstCategory + c));
        list.append(y);
    });
}

Status YearRollupStore::replace(const QList<YearRollup> &years) const
{
    if (const Status cleared = SqlExec::run(m_db, QStringLiteral("DELETE FROM year_rollup"), {}); !cleared.ok())
        return cleared;
    QStringList placeholders;
    for (qsizetype i = 0; i < columns().size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO year_rollup (%1) VALUES (%2)")
                                .arg(columns().join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return Status::failure(insert.lastError().text());
    for (const YearRollup &y : years) {
        const YearSummary &f = y.figures;
        QVariantList values{f.year,
                            f.agenciesDue,
                            f.agenciesFiled,
                            cell(f.investigations),
                            f.investigationsReported,
                            cell(f.violationsLow),
                            cell(f.violationsHigh),
                            f.violationsReported,
                            cell(f.individuals),
                            f.individualsReported};
        for (const std::optional<qint64> &o : y.outcomes)
            values << cell(o);
        for (const std::optional<qint64> &c : y.categories)
            values << cell(c);
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bindValue(int(i), values.at(i));
        if (const Status run = SqlExec::run(insert); !run.ok())
            return run;
    }
    return Status::success();
}

} // namespace cac
