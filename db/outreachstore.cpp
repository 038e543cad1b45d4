#include "outreachstore.h"

#include "sqlexec.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

OutreachStore::OutreachStore(QSqlDatabase db) : m_db(db) {}

Result<qint64> OutreachStore::logCall(const OutreachCall &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outreach_call (agency_id, year, called_at, caller, outcome, promised_by, notes, "
                             "next_follow_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.agencyId);
    q.addBindValue(c.year);
    q.addBindValue(c.calledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    q.addBindValue(c.caller);
    q.addBindValue(c.outcome);
    q.addBindValue(SqlValue::of(c.promisedBy));
    q.addBindValue(SqlValue::ofText(c.notes));
    q.addBindValue(SqlValue::of(c.nextFollowUp));
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

QList<OutreachCall> OutreachStore::calls(int year) const
{
    QList<OutreachCall> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, agency_id, year, called_at, caller, outcome, promised_by, notes, next_follow_up "
                             "FROM outreach_call WHERE year = ? ORDER BY called_at, id"));
    q.addBindValue(year);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                     QDateTime::fromString(q.value(3).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     q.value(4).toString(), q.value(5).toString(), SqlValue::toDate(q.value(6)), q.value(7).toString(),
                     SqlValue::toDate(q.value(8))});
    }
    return list;
}

Status OutreachStore::assign(qint64 agencyId, int year, const QString &staff)
{
    QSqlQuery q(m_db);
    if (staff.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM outreach_assignment WHERE agency_id = ? AND year = ?"));
        q.addBindValue(agencyId);
        q.addBindValue(year);
    } else {
        q.prepare(QStringLiteral("INSERT INTO outreach_assignment (agency_id, year, staff) VALUES (?, ?, ?) "
                                 "ON CONFLICT (agency_id, year) DO UPDATE SET staff = excluded.staff"));
        q.addBindValue(agencyId);
        q.addBindValue(year);
        q.addBindValue(staff.trimmed());
    }
    return SqlExec::run(q);
}

QHash<qint64, QString> OutreachStore::assignments(int year) const
{
    QHash<qint64, QString> map;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT agency_id, staff FROM outreach_assignment WHERE year = ?"));
    q.addBindValue(year);
    if (q.exec()) {
        while (q.next())
            map.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return map;
}
