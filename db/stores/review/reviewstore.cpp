#include "db/stores/review/reviewstore.h"

#include "db/engine/sqlexec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

ReviewStore::ReviewStore(QSqlDatabase db) : m_db(db) {}

Result<QSet<qint64>> ReviewStore::reviewed(int year) const
{
    return SqlExec::readAll<QSet<qint64>>(m_db, QStringLiteral("SELECT agency_id FROM review_mark WHERE year = ?"), {year},
                                          [](auto &ids, const QSqlQuery &row) { ids.insert(row.value(0).toLongLong()); });
}

Status ReviewStore::markReviewed(qint64 agencyId, int year, bool reviewed, const QString &reviewer)
{
    QSqlQuery q(m_db);
    if (reviewed) {
        q.prepare(QStringLiteral("INSERT INTO review_mark (agency_id, year, reviewed_on, reviewer) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (agency_id, year) DO NOTHING"));
        q.addBindValue(agencyId);
        q.addBindValue(year);
        q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
        q.addBindValue(reviewer);
    } else {
        q.prepare(QStringLiteral("DELETE FROM review_mark WHERE agency_id = ? AND year = ?"));
        q.addBindValue(agencyId);
        q.addBindValue(year);
    }
    return SqlExec::run(q);
}

Result<QHash<qint64, SanctionOverride>> ReviewStore::overrides(int year) const
{
    return SqlExec::readAll<QHash<qint64, SanctionOverride>>(
            m_db,
            QStringLiteral("SELECT agency_id, year, suggested, chosen, reason, decided_on, decided_by "
                           "FROM sanction_override WHERE year = ?"),
            {year}, [](auto &map, const QSqlQuery &row) {
                map.insert(row.value(0).toLongLong(),
                           {row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toString(), row.value(3).toString(),
                            row.value(4).toString(), QDate::fromString(row.value(5).toString(), Qt::ISODate),
                            row.value(6).toString()});
            });
}

Status ReviewStore::setOverride(const SanctionOverride &o)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sanction_override (agency_id, year, suggested, chosen, reason, decided_on, decided_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (agency_id, year) DO UPDATE SET "
                             "suggested = excluded.suggested, chosen = excluded.chosen, reason = excluded.reason, "
                             "decided_on = excluded.decided_on, decided_by = excluded.decided_by"));
    q.addBindValue(o.agencyId);
    q.addBindValue(o.year);
    q.addBindValue(o.suggested);
    q.addBindValue(o.chosen);
    q.addBindValue(o.reason);
    q.addBindValue(o.decidedOn.toString(Qt::ISODate));
    q.addBindValue(o.decidedBy);
    return SqlExec::run(q);
}

Status ReviewStore::clearOverride(qint64 agencyId, int year)
{
    return SqlExec::run(m_db, QStringLiteral("DELETE FROM sanction_override WHERE agency_id = ? AND year = ?"), {agencyId, year});
}

} // namespace cac
