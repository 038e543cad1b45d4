#include "db/stores/outreach/outreachstore.h"

#include "db/engine/sqlexec.h"
#include "db/sqlite/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

OutreachStore::OutreachStore(QSqlDatabase db) : m_db(db) {}

Result<qint64> OutreachStore::logCall(const OutreachCall &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outreach_call (agency_id, year, called_at, caller, outcome, promised_by, notes, "
                             "next_follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.agencyId);
    q.addBindValue(c.year);
    q.addBindValue(c.calledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    q.addBindValue(c.caller);
    q.addBindValue(c.outcome);
    q.addBindValue(SqlValue::of(c.promisedBy));
    q.addBindValue(SqlValue::ofText(c.notes));
    q.addBindValue(SqlValue::of(c.nextFollowUp));
    return SqlExec::insertedId(q);
}

Result<QList<OutreachCall>> OutreachStore::calls(int year) const
{
    return SqlExec::readAll<QList<OutreachCall>>(
            m_db,
            QStringLiteral("SELECT id, agency_id, year, called_at, caller, outcome, promised_by, notes, next_follow_up "
                           "FROM outreach_call WHERE year = ? ORDER BY called_at, id"),
            {year}, [](auto &list, const QSqlQuery &row) {
                list.append({row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toInt(),
                             QDateTime::fromString(row.value(3).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             row.value(4).toString(), row.value(5).toString(), SqlValue::toDate(row.value(6)),
                             row.value(7).toString(), SqlValue::toDate(row.value(8))});
            });
}

Status OutreachStore::assign(const QList<qint64> &agencyIds, int year, const QString &staff)
{
    const QString sql = staff.trimmed().isEmpty()
            ? QStringLiteral("DELETE FROM outreach_assignment WHERE agency_id = ? AND year = ? AND ? = ''")
            : QStringLiteral("INSERT INTO outreach_assignment (agency_id, year, staff) VALUES (?, ?, ?) "
                             "ON CONFLICT (agency_id, year) DO UPDATE SET staff = excluded.staff");
    if (!m_db.transaction())
        return Status::failure(m_db.lastError().text());
    Status status = Status::success();
    for (const qint64 agencyId : agencyIds) {
        status = SqlExec::run(m_db, sql, {agencyId, year, staff.trimmed()});
        if (!status.ok())
            break;
    }
    if (!status.ok() || !m_db.commit()) {
        const QString error = status.ok() ? m_db.lastError().text() : status.error();
        m_db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

Result<QHash<qint64, QString>> OutreachStore::assignments(int year) const
{
    return SqlExec::readAll<QHash<qint64, QString>>(
            m_db, QStringLiteral("SELECT agency_id, staff FROM outreach_assignment WHERE year = ?"), {year},
            [](auto &map, const QSqlQuery &row) { map.insert(row.value(0).toLongLong(), row.value(1).toString()); });
}

} // namespace cac
